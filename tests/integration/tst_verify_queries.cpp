// What a verification asks DNS, counted by the live resolver's own statistics against a real NSD: exactly the
// questions each name needs, each sent once however many checks (linter, check_host of every server, the alias and
// wildcard checks) want its answer; the primary's include tree is fetched once, not once per dependent.
#include "DnsServerFixture.h"
#include "dns/LiveResolver.h"
#include "project/Generator.h"
#include "verify/Verifier.h"

#include <QSet>
#include <QTest>

using namespace spfm;
using dns::Question;
using dns::RRType;
using testing::DnsServerFixture;
using testing::Zone;
using testing::ZoneRecord;

namespace {

project::DomainName dn(const char *name)
{
    return project::DomainName::parse(QString::fromLatin1(name), project::DomainName::Rule::PolicyName).value();
}

// A primary whose policy needs its MX and the MX host's address, two mail servers named inside its zone, three
// sending dependents and one parked domain.
project::Project sampleProject()
{
    project::Project p;
    p.primary.domain = dn("acme.example");
    p.primary.terms = {QStringLiteral("mx"), QStringLiteral("ip4:192.0.2.11")};
    project::MailServer mail;
    mail.hostname = dn("mail.acme.example");
    mail.addresses = {*net::IpAddress::parse("192.0.2.10")};
    project::MailServer mx2;
    mx2.hostname = dn("mx2.acme.example");
    mx2.addresses = {*net::IpAddress::parse("192.0.2.11")};
    p.mailServers = {mail, mx2};
    for (const char *name : {"shop.example", "blog.example", "news.example"}) {
        project::Dependent d;
        d.domain = dn(name);
        p.dependents.append(d);
    }
    project::Dependent parked;
    parked.domain = dn("parked.example");
    parked.parked = true;
    p.dependents.append(parked);
    return p;
}

Zone zoneFor(const project::Project &project)
{
    Zone zone;
    zone.origin = "example";
    for (const project::GeneratedRecord &r : project::generate(project).records) {
        if (r.type == project::RecordType::Mx)
            zone.records.append(ZoneRecord{r.owner + '.', "MX", r.text});
        else
            zone.records.append(ZoneRecord::txt(r.owner + '.', r.text));
    }
    zone.records.append(ZoneRecord{"acme.example.", "MX", "10 mail.acme.example."});
    zone.records.append(ZoneRecord{"mail.acme.example.", "A", "192.0.2.10"});
    return zone;
}

QString describe(const QList<Question> &questions)
{
    QStringList out;
    for (const Question &q : questions)
        out.append(QString::fromLatin1(q.name + '/' + dns::typeName(q.type)));
    return out.join(QStringLiteral(", "));
}

} // namespace

class TestVerifyQueries : public QObject
{
    Q_OBJECT

private slots:
    void eachQuestionOnce();
    void resultsStreamWhileNamesWaitForRoom();
};

void TestVerifyQueries::eachQuestionOnce()
{
    const project::Project project = sampleProject();
    DnsServerFixture server;
    server.addZone(zoneFor(project));
    const testing::StartResult started = server.start();
    QVERIFY2(started.ok, qPrintable(started.error));

    dns::ResolverOptions options;
    options.servers = {dns::ServerAddress{server.address(), server.port()}};
    options.timeoutMs = 3000; // a busy machine must not turn this into retries, which would change the counts
    options.logQuestions = true;
    dns::LiveResolver resolver(options);
    verify::Verifier verifier(project, resolver);
    const verify::Summary summary = verifier.run();
    QCOMPARE(summary.done, summary.total);
    QCOMPARE(summary.ok, summary.total);

    // Every name: TXT and the obsolete type 99 (the type-99 check; its answer also shows a CNAME at the name, so no
    // CNAME question). Parked: MX and _dmarc TXT. HELO names below the primary: the "*.acme.example" wildcard, once
    // for both. The primary's policy: its MX and the MX host's address, once for every dependent and check_host.
    QList<Question> expected;
    for (const char *name : {"acme.example", "mail.acme.example", "mx2.acme.example", "shop.example", "blog.example",
                             "news.example", "parked.example"}) {
        expected.append(Question(name, RRType::TXT));
        expected.append(Question(name, RRType::SPF));
    }
    expected += {Question("parked.example", RRType::MX), Question("_dmarc.parked.example", RRType::TXT),
                 Question("*.acme.example", RRType::TXT), Question("acme.example", RRType::MX),
                 Question("mail.acme.example", RRType::A)};

    const dns::ResolverStatistics stats = resolver.statistics();
    const QSet<Question> asked(stats.questions.cbegin(), stats.questions.cend());
    const QSet<Question> wanted(expected.cbegin(), expected.cend());
    QVERIFY2(asked == wanted, qPrintable(QStringLiteral("asked: ") + describe(stats.questions)));
    QCOMPARE(stats.questions.size(), expected.size()); // none twice
    QCOMPARE(stats.queriesStarted, quint64(expected.size()));
    QCOMPARE(stats.transport.queriesSent, quint64(expected.size())); // no retries, no TCP
    QCOMPARE(stats.transport.answered, quint64(expected.size()));
    // Many lookups shared those answers: the cache and the merging of in-flight questions did their job.
    QVERIFY(stats.lookups > stats.queriesStarted * 2);
}

void TestVerifyQueries::resultsStreamWhileNamesWaitForRoom()
{
    project::Project project = sampleProject();
    for (int i = 0; i < 40; ++i) {
        project::Dependent d;
        d.domain = dn(QByteArray("d" + QByteArray::number(i) + ".example").constData());
        project.dependents.append(d);
    }
    DnsServerFixture server;
    server.addZone(zoneFor(project));
    const testing::StartResult started = server.start();
    QVERIFY2(started.ok, qPrintable(started.error));

    dns::ResolverOptions options;
    options.servers = {dns::ServerAddress{server.address(), server.port()}};
    options.timeoutMs = 3000;
    options.logQuestions = true;
    dns::LiveResolver resolver(options);
    verify::VerifyOptions verifyOptions;
    verifyOptions.maxPendingQueries = 4; // a name starts only while fewer questions are under way
    verify::Verifier verifier(project, resolver, verifyOptions);
    quint64 startedAtFirstResult = 0;
    int results = 0;
    connect(&verifier, &verify::Verifier::domainChecked, this, [&] {
        if (results++ == 0)
            startedAtFirstResult = resolver.statistics().queriesStarted;
    });
    const verify::Summary summary = verifier.run();
    QCOMPARE(summary.ok, summary.total);
    QCOMPARE(results, summary.total);

    // Each name needs its own TXT and type 99, so most questions cannot have gone out before the first name was
    // done: the first result came while later names had not started.
    const dns::ResolverStatistics stats = resolver.statistics();
    QVERIFY2(startedAtFirstResult > 0 && startedAtFirstResult < stats.queriesStarted / 2,
             qPrintable(QStringLiteral("%1 of %2 questions sent before the first result")
                            .arg(startedAtFirstResult)
                            .arg(stats.queriesStarted)));
    // Throttled or not, nothing is asked twice: 2 questions per name, plus parked MX and _dmarc, the wildcard, and
    // the primary's MX and MX host.
    const QSet<Question> asked(stats.questions.cbegin(), stats.questions.cend());
    QCOMPARE(asked.size(), stats.questions.size());
    QCOMPARE(stats.questions.size(), 2 * summary.total + 5);
    QCOMPARE(stats.transport.queriesSent, quint64(stats.questions.size()));
}

QTEST_GUILESS_MAIN(TestVerifyQueries)
#include "tst_verify_queries.moc"
