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
    void eachQuestionOnce_data();
    void eachQuestionOnce();
    void typeNinetyNineWhereTxtHasNoPolicy();
    void resultsStreamWhileNamesWaitForRoom();
};

void TestVerifyQueries::eachQuestionOnce_data()
{
    QTest::addColumn<verify::Probe>("probe");
    QTest::newRow("standard") << verify::Probe::Standard;
    QTest::newRow("thorough") << verify::Probe::Thorough;
}

void TestVerifyQueries::eachQuestionOnce()
{
    QFETCH(verify::Probe, probe);
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
    verify::VerifyOptions verifyOptions;
    verifyOptions.probe = probe;
    verify::Verifier verifier(project, resolver, verifyOptions);
    const verify::Summary summary = verifier.run();
    QCOMPARE(summary.done, summary.total);
    QCOMPARE(summary.ok, summary.total);

    // Every name: TXT. The full probe adds the obsolete type 99 (its answer also shows a CNAME at the name, so no
    // CNAME question): for the primary and the HELO names always, for dependents and parked domains only when
    // thorough (their TXT holds a policy here). Parked: MX and _dmarc TXT. HELO names below the primary: the
    // "*.acme.example" wildcard, once for both. The primary's policy: its MX and the MX host's address, once for every
    // dependent and check_host.
    const bool thorough = probe == verify::Probe::Thorough;
    QList<Question> expected;
    QHash<QByteArray, int> perName; // questions per owner name
    for (const char *name : {"acme.example", "mail.acme.example", "mx2.acme.example"}) {
        expected += {Question(name, RRType::TXT), Question(name, RRType::SPF)};
        perName[name] = 2;
    }
    for (const char *name : {"shop.example", "blog.example", "news.example", "parked.example"}) {
        expected.append(Question(name, RRType::TXT));
        if (thorough)
            expected.append(Question(name, RRType::SPF));
        perName[name] = thorough ? 2 : 1;
    }
    expected += {Question("parked.example", RRType::MX), Question("_dmarc.parked.example", RRType::TXT),
                 Question("*.acme.example", RRType::TXT), Question("acme.example", RRType::MX),
                 Question("mail.acme.example", RRType::A)};
    perName["parked.example"] += 1;
    perName["_dmarc.parked.example"] = 1;
    perName["*.acme.example"] = 1;
    perName["acme.example"] += 1;
    perName["mail.acme.example"] += 1;
    QCOMPARE(expected.size(), thorough ? 19 : 15);

    const dns::ResolverStatistics stats = resolver.statistics();
    QHash<QByteArray, int> askedPerName;
    QHash<int, int> askedPerType;
    for (const Question &q : stats.questions) {
        ++askedPerName[q.name];
        ++askedPerType[int(q.type)];
    }
    QCOMPARE(askedPerName, perName);
    QCOMPARE(askedPerType.value(int(RRType::TXT)), 9); // 7 names, _dmarc, the wildcard
    QCOMPARE(askedPerType.value(int(RRType::SPF)), thorough ? 7 : 3);
    QCOMPARE(askedPerType.value(int(RRType::CNAME)), 0);
    // 9 distinct owner names: 15 queries standard, 19 thorough. (This small project's few dependents cannot make up
    // for the extra questions at the primary and the HELO names; on a large one the dependents' one question each
    // brings the standard probe near 1.0 per name.)
    QCOMPARE(askedPerName.size(), 9);
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

// Dependents without a TXT policy are asked type 99 once their TXT answer is in (standard probe): where a record of
// the obsolete type explains the failure. Not where the name does not exist, nor where the TXT holds a policy.
void TestVerifyQueries::typeNinetyNineWhereTxtHasNoPolicy()
{
    project::Project project = sampleProject();
    for (const char *name : {"only99.example", "bare.example", "gone.example"}) {
        project::Dependent d;
        d.domain = dn(name);
        project.dependents.append(d);
    }
    Zone zone = zoneFor(project);
    zone.records.removeIf([](const ZoneRecord &rr) {
        return rr.owner == "only99.example." || rr.owner == "bare.example." || rr.owner == "gone.example.";
    });
    ZoneRecord only99 = ZoneRecord::txt("only99.example.", "v=spf1 include:acme.example -all");
    only99.type = "SPF";
    zone.records += {only99, ZoneRecord::txt("only99.example.", "google-site-verification=x"),
                     ZoneRecord{"bare.example.", "A", "192.0.2.99"}};
    DnsServerFixture server;
    server.addZone(zone);
    const testing::StartResult started = server.start();
    QVERIFY2(started.ok, qPrintable(started.error));

    dns::ResolverOptions options;
    options.servers = {dns::ServerAddress{server.address(), server.port()}};
    options.timeoutMs = 3000;
    options.logQuestions = true;
    dns::LiveResolver resolver(options);
    verify::Verifier verifier(project, resolver);
    const verify::Summary summary = verifier.run();
    QCOMPARE(summary.done, summary.total);
    QCOMPARE(summary.errors, 3);

    const dns::ResolverStatistics stats = resolver.statistics();
    const QSet<Question> asked(stats.questions.cbegin(), stats.questions.cend());
    QCOMPARE(asked.size(), stats.questions.size());
    QVERIFY(asked.contains(Question("only99.example", RRType::SPF)));
    QVERIFY(asked.contains(Question("bare.example", RRType::SPF)));
    QVERIFY(!asked.contains(Question("gone.example", RRType::SPF))); // NXDOMAIN
    QVERIFY(!asked.contains(Question("shop.example", RRType::SPF)));
    // The 15 questions of the clean project, TXT for each of the three, type 99 for two.
    QCOMPARE(stats.questions.size(), 15 + 3 + 2);
    for (const verify::DomainResult &r : verifier.results()) {
        if (r.domain != "only99.example")
            continue;
        const bool explained = std::any_of(r.diagnostics.cbegin(), r.diagnostics.cend(), [](const lint::Diagnostic &d) {
            return d.code == "SPF307" && d.message.contains(QStringLiteral("only as an obsolete SPF (type 99) record"));
        });
        QVERIFY(explained);
    }
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

    // Each name needs its own TXT, so most questions cannot have gone out before the first name was done: the first
    // result came while later names had not started.
    const dns::ResolverStatistics stats = resolver.statistics();
    QVERIFY2(startedAtFirstResult > 0 && startedAtFirstResult < stats.queriesStarted / 2,
             qPrintable(QStringLiteral("%1 of %2 questions sent before the first result")
                            .arg(startedAtFirstResult)
                            .arg(stats.queriesStarted)));
    // Throttled or not, nothing is asked twice: TXT for every name, type 99 for the primary and the two HELO names,
    // plus parked MX and _dmarc, the wildcard, and the primary's MX and MX host.
    const QSet<Question> asked(stats.questions.cbegin(), stats.questions.cend());
    QCOMPARE(asked.size(), stats.questions.size());
    QCOMPARE(stats.questions.size(), summary.total + 3 + 5);
    QCOMPARE(stats.transport.queriesSent, quint64(stats.questions.size()));
}

QTEST_GUILESS_MAIN(TestVerifyQueries)
#include "tst_verify_queries.moc"
