#include "TestConfig.h"
#include "dns/AsyncResolver.h"
#include "dns/MemoryZone.h"
#include "project/Generator.h"
#include "verify/Verifier.h"
#include "verify/VerifyCodes.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <functional>

using namespace spfm;
using verify::DomainResult;
using verify::Status;

namespace {

project::DomainName dn(const char *name)
{
    return project::DomainName::parse(QString::fromLatin1(name), project::DomainName::Rule::PolicyName).value();
}

net::IpAddress ip(const char *text)
{
    return *net::IpAddress::parse(text);
}

// A primary with two mail servers (HELO names inside its zone), two sending dependents and one parked domain.
project::Project sampleProject()
{
    project::Project p;
    p.primary.domain = dn("acme.example");
    p.primary.terms = {QStringLiteral("ip4:192.0.2.10"), QStringLiteral("ip4:192.0.2.11")};
    project::MailServer mail;
    mail.hostname = dn("mail.acme.example");
    mail.addresses = {ip("192.0.2.10")};
    project::MailServer mx2;
    mx2.hostname = dn("mx2.acme.example");
    mx2.addresses = {ip("192.0.2.11")};
    p.mailServers = {mail, mx2};
    project::Dependent shop;
    shop.domain = dn("shop.example");
    project::Dependent blog;
    blog.domain = dn("blog.example");
    project::Dependent parked;
    parked.domain = dn("parked.example");
    parked.parked = true;
    p.dependents = {shop, blog, parked};
    return p;
}

dns::ResourceRecord txt(const QByteArray &owner, const QByteArray &text, std::uint32_t ttl = 3600)
{
    dns::ResourceRecord rr;
    rr.owner = dns::normalizeName(owner);
    rr.type = dns::RRType::TXT;
    rr.ttl = ttl;
    for (qsizetype i = 0; i < text.size() || i == 0; i += 255)
        rr.strings.append(text.mid(i, 255));
    return rr;
}

dns::ResourceRecord withTarget(const QByteArray &owner, dns::RRType type, const QByteArray &target,
                               std::uint16_t preference = 0)
{
    dns::ResourceRecord rr;
    rr.owner = dns::normalizeName(owner);
    rr.type = type;
    rr.ttl = 3600;
    rr.target = dns::normalizeName(target);
    rr.preference = preference;
    return rr;
}

// What a zone holds: starts as exactly what the project generates, then each test breaks something.
struct Published
{
    QList<dns::ResourceRecord> records;
    QList<std::pair<QByteArray, dns::ResponseCode>> failures;
    QSet<QByteArray> names; // exist even when their records are removed (NODATA rather than NXDOMAIN)

    explicit Published(const project::Project &project)
    {
        for (const project::GeneratedRecord &r : project::generate(project).records) {
            names.insert(r.owner);
            if (r.type == project::RecordType::Mx)
                records.append(withTarget(r.owner, dns::RRType::MX, "."));
            else
                records.append(txt(r.owner, r.text, r.ttl));
        }
    }
    void remove(const QByteArray &owner, dns::RRType type)
    {
        records.removeIf([&](const dns::ResourceRecord &rr) { return rr.owner == owner && rr.type == type; });
    }
    void setTxt(const QByteArray &owner, const QList<QByteArray> &texts)
    {
        remove(owner, dns::RRType::TXT);
        for (const QByteArray &t : texts)
            records.append(txt(owner, t));
    }
    void fill(dns::MemoryZone &zone) const
    {
        for (const dns::ResourceRecord &rr : records)
            zone.addRecord(rr);
        for (const auto &[name, code] : failures)
            zone.addFailure(name, dns::RRType::TXT, code);
        for (const QByteArray &name : names)
            zone.addName(name);
    }
};

using Mutation = std::function<void(project::Project &, Published &)>;

struct Run
{
    QList<DomainResult> results;
    verify::Summary summary;

    const DomainResult *find(const QByteArray &domain) const
    {
        for (const DomainResult &r : results) {
            if (r.domain == domain)
                return &r;
        }
        return nullptr;
    }
};

Run verifyWith(const Mutation &mutate, const verify::VerifyOptions &options = {})
{
    project::Project project = sampleProject();
    Published published(project);
    mutate(project, published);
    dns::MemoryZone zone;
    published.fill(zone);
    verify::Verifier verifier(project, zone, options);
    QSignalSpy checked(&verifier, &verify::Verifier::domainChecked);
    Run run;
    run.summary = verifier.run();
    run.results = verifier.results();
    // Every result streamed exactly once.
    if (checked.size() != run.results.size())
        qWarning("streamed %d results, kept %d", int(checked.size()), int(run.results.size()));
    return run;
}

QByteArrayList codesOf(const DomainResult &r)
{
    QByteArrayList codes;
    for (const lint::Diagnostic &d : r.diagnostics)
        codes.append(d.code);
    return codes;
}

QString dump(const Run &run)
{
    QString out;
    for (const DomainResult &r : run.results) {
        out += QStringLiteral("\n%1 [%2]").arg(QString::fromUtf8(r.domain), QString::fromLatin1(statusName(r.status)));
        for (const lint::Diagnostic &d : r.diagnostics)
            out += QStringLiteral("\n   %1 %2 | %3").arg(QString::fromLatin1(d.code), d.message, d.fix);
    }
    return out;
}

const lint::Diagnostic *diagnostic(const DomainResult &r, const QByteArray &code)
{
    for (const lint::Diagnostic &d : r.diagnostics) {
        if (d.code == code)
            return &d;
    }
    return nullptr;
}

// An AsyncResolver over a MemoryZone that answers each question only later, from the event loop, as a live resolver
// does: it exercises the verifier's pending/re-run path without a network.
class DeferredZone : public dns::AsyncResolver
{
public:
    explicit DeferredZone(dns::MemoryZone &zone)
        : m_zone(zone)
    {}
    std::optional<dns::Answer> lookup(const dns::Question &q) override
    {
        ++lookups;
        if (m_known.contains(q))
            return m_zone.lookup(q);
        m_missed.append(q);
        if (!m_inFlight.contains(q)) {
            m_inFlight.insert(q);
            ++queries;
            if (silent)
                return std::nullopt; // never answers: the query stays in flight
            QTimer::singleShot(1, this, [this, q] {
                m_inFlight.remove(q);
                m_known.insert(q);
                if (announce)
                    emit answerArrived(q);
                if (m_inFlight.isEmpty())
                    emit idle();
            });
        }
        return std::nullopt;
    }
    QList<dns::Question> takeMissed() override { return std::exchange(m_missed, {}); }
    int pendingCount() const override { return int(m_inFlight.size()); }

    int lookups = 0;
    int queries = 0;
    bool announce = true; // false: answers arrive unannounced, only idle() says so
    bool silent = false;  // true: nothing ever answers

private:
    dns::MemoryZone &m_zone;
    QSet<dns::Question> m_known;
    QSet<dns::Question> m_inFlight;
    QList<dns::Question> m_missed;
};

} // namespace

// Passes questions on to a zone and remembers which were asked.
class RecordingResolver : public dns::Resolver
{
public:
    explicit RecordingResolver(dns::Resolver &inner)
        : m_inner(inner)
    {}
    std::optional<dns::Answer> lookup(const dns::Question &question) override
    {
        asked.insert(question);
        return m_inner.lookup(question);
    }
    QSet<dns::Question> asked;

private:
    dns::Resolver &m_inner;
};

class TestVerifier : public QObject
{
    Q_OBJECT

private slots:
    void cleanSetUpVerifiesClean();
    void findings_data();
    void findings();
    void unauthorisedServerNamesTheFix();
    void ipv6ServerAsksAaaaOfHosts();
    void termLevelDiff();
    void cnameBesideTxtFoundWithoutAskingCname_data();
    void cnameBesideTxtFoundWithoutAskingCname();
    void unreachableDomain();
    void streamsAndCancels();
    void deferredAnswersRerunJobs();
    void unannouncedAnswersStillComplete();
    void deadlineEndsASilentResolver();
    void jsonCarriesTheResult();
    void codesAreDocumented();
};

void TestVerifier::cleanSetUpVerifiesClean()
{
    const Run run = verifyWith([](project::Project &, Published &) {});
    QVERIFY2(run.summary.worst() == Status::Ok, qPrintable(dump(run)));
    QCOMPARE(run.summary.exitCode(), 0);
    // primary, its two HELO names, two dependents, one parked
    QCOMPARE(run.summary.total, 6);
    QCOMPARE(run.results.size(), 6);
    QCOMPARE(run.summary.ok, 6);
    for (const DomainResult &r : run.results) {
        QVERIFY2(lint::worstSeverity(r.diagnostics) == lint::Severity::Info, qPrintable(dump(run)));
        for (const lint::Diagnostic &d : r.diagnostics)
            QVERIFY2(!d.code.startsWith("VFY"), qPrintable(dump(run)));
        QCOMPARE(r.published.size(), 1);
        QCOMPARE(r.published.first(), r.expected);
        QVERIFY(r.diff.same());
        QCOMPARE(r.publishedTtl, r.expectedTtl);
    }
    const DomainResult *shop = run.find("shop.example");
    QVERIFY(shop);
    // Two servers for the sending domain as MAIL FROM; every check passed.
    QCOMPARE(shop->checks.size(), 2);
    for (const verify::ServerCheck &c : shop->checks) {
        QCOMPARE(c.result, spf::Result::Pass);
        QCOMPARE(c.sender, QByteArray("postmaster@shop.example"));
    }
    const DomainResult *helo = run.find("mail.acme.example");
    QVERIFY(helo);
    QVERIFY(helo->hasRole(verify::Role::Helo));
    QCOMPARE(helo->checks.size(), 1);
    QCOMPARE(helo->checks.first().identity, spf::Identity::Helo);
    QVERIFY(run.find("parked.example")->checks.isEmpty()); // parked domains send nothing
}

void TestVerifier::findings_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QByteArray>("domain");
    QTest::addColumn<QByteArrayList>("codes");
    QTest::addColumn<int>("status");
    QTest::addColumn<verify::Probe>("probe");

    const auto row = [](const char *name, Mutation m, const char *domain, QByteArrayList codes, Status status,
                        verify::Probe probe = verify::Probe::Standard) {
        QTest::newRow(name) << m << QByteArray(domain) << codes << int(status) << probe;
    };
    row(
        "missing record", [](project::Project &, Published &p) { p.remove("blog.example", dns::RRType::TXT); },
        "blog.example", {"SPF309"}, Status::Error);
    row(
        "domain does not exist",
        [](project::Project &, Published &p) {
            p.records.removeIf([](const dns::ResourceRecord &rr) { return rr.owner == "blog.example"; });
            p.names.remove("blog.example");
        },
        "blog.example", {"SPF310"}, Status::Error);
    row(
        "two records",
        [](project::Project &, Published &p) {
            p.setTxt("shop.example", {"v=spf1 include:acme.example -all", "v=spf1 mx -all"});
        },
        "shop.example", {"SPF306"}, Status::Error);
    row(
        "misplaced all",
        [](project::Project &, Published &p) { p.setTxt("shop.example", {"v=spf1 -all include:acme.example"}); },
        "shop.example", {"SPF201", "VFY101", "VFY301"}, Status::Error);
    row(
        "dependent includes the wrong domain",
        [](project::Project &, Published &p) {
            p.setTxt("shop.example", {"v=spf1 include:other.example -all"});
            p.records.append(txt("other.example", "v=spf1 ip4:198.51.100.1 -all"));
        },
        "shop.example", {"VFY101", "VFY201", "VFY301"}, Status::Error);
    row(
        "redirect instead of include",
        [](project::Project &, Published &p) { p.setTxt("shop.example", {"v=spf1 redirect=acme.example"}); },
        "shop.example", {"VFY101", "VFY202"}, Status::Warning);
    row(
        "mail server not authorised",
        [](project::Project &, Published &p) { p.setTxt("acme.example", {"v=spf1 ip4:192.0.2.10 -all"}); },
        "acme.example", {"VFY101", "VFY301"}, Status::Error);
    row(
        "helo name without record",
        [](project::Project &, Published &p) { p.remove("mx2.acme.example", dns::RRType::TXT); }, "mx2.acme.example",
        {"SPF309", "VFY302"}, Status::Error);
    row(
        "helo record authorises another address",
        [](project::Project &, Published &p) { p.setTxt("mx2.acme.example", {"v=spf1 ip4:192.0.2.99 -all"}); },
        "mx2.acme.example", {"VFY101", "VFY302"}, Status::Warning);
    row(
        "parked domain softfails",
        [](project::Project &, Published &p) { p.setTxt("parked.example", {"v=spf1 ~all"}); }, "parked.example",
        {"VFY401"}, Status::Warning);
    row(
        "parked domain accepts mail",
        [](project::Project &, Published &p) {
            p.remove("parked.example", dns::RRType::MX);
            p.records.append(withTarget("parked.example", dns::RRType::MX, "mail.acme.example", 10));
        },
        "parked.example", {"VFY402"}, Status::Warning);
    row(
        "parked domain without dmarc reject",
        [](project::Project &, Published &p) { p.setTxt("_dmarc.parked.example", {"v=DMARC1; p=none"}); },
        "parked.example", {"VFY403"}, Status::Warning);
    row(
        "type 99 left behind",
        [](project::Project &, Published &p) {
            dns::ResourceRecord rr = txt("blog.example", "v=spf1 mx -all");
            rr.type = dns::RRType::SPF;
            p.records.append(rr);
        },
        "blog.example", {"SPF307", "SPF308"}, Status::Warning, verify::Probe::Thorough);
    row(
        "type 99 left behind on the primary",
        [](project::Project &, Published &p) {
            dns::ResourceRecord rr = txt("acme.example", "v=spf1 mx -all");
            rr.type = dns::RRType::SPF;
            p.records.append(rr);
        },
        "acme.example", {"SPF307", "SPF308"}, Status::Warning);
    row(
        "only type 99",
        [](project::Project &, Published &p) {
            p.remove("blog.example", dns::RRType::TXT);
            dns::ResourceRecord rr = txt("blog.example", "v=spf1 include:acme.example -all");
            rr.type = dns::RRType::SPF;
            p.records.append(rr);
        },
        "blog.example", {"SPF309", "SPF307"}, Status::Error);
    row(
        "txt beside a cname",
        [](project::Project &, Published &p) {
            p.records.append(withTarget("blog.example", dns::RRType::CNAME, "blog.host.example"));
        },
        "blog.example", {"VFY102"}, Status::Error, verify::Probe::Thorough);
    row(
        "name is an alias",
        [](project::Project &, Published &p) {
            p.remove("blog.example", dns::RRType::TXT);
            p.records.append(withTarget("blog.example", dns::RRType::CNAME, "shop.example"));
        },
        "blog.example", {"VFY103"}, Status::Error);
    row(
        "wildcard covers a helo name",
        [](project::Project &, Published &p) {
            // What a server synthesises from "*.acme.example" for a name without records of its own.
            p.records.append(txt("*.acme.example", "v=spf1 ip4:192.0.2.11 -all"));
        },
        "mx2.acme.example", {"VFY104"}, Status::Warning);
    row(
        "wildcard beside a helo name",
        [](project::Project &, Published &p) { p.records.append(txt("*.acme.example", "v=spf1 a -all")); },
        "mx2.acme.example", {"VFY105"}, Status::Ok);
    row(
        "include loop",
        [](project::Project &, Published &p) {
            p.setTxt("acme.example", {"v=spf1 ip4:192.0.2.10 ip4:192.0.2.11 include:shop.example -all"});
        },
        "blog.example", {"SPF407"}, Status::Error);
    row(
        "eleven lookups",
        [](project::Project &, Published &p) {
            QByteArray policy = "v=spf1 ip4:192.0.2.10 ip4:192.0.2.11";
            for (int i = 0; i < 10; ++i) {
                const QByteArray host = "h" + QByteArray::number(i) + ".acme.example";
                policy += " a:" + host;
                dns::ResourceRecord a;
                a.owner = host;
                a.type = dns::RRType::A;
                a.ttl = 300;
                a.address = ip("198.51.100.1");
                p.records.append(a);
            }
            p.setTxt("acme.example", {policy + " -all"});
        },
        "shop.example", {"SPF401", "VFY203"}, Status::Error);
    row(
        "void lookups",
        [](project::Project &, Published &p) {
            p.setTxt("acme.example", {"v=spf1 a:nx1.acme.example a:nx2.acme.example a:nx3.acme.example "
                                      "ip4:192.0.2.10 ip4:192.0.2.11 -all"});
        },
        "acme.example", {"SPF403"}, Status::Error);
}

void TestVerifier::findings()
{
    QFETCH(Mutation, mutate);
    QFETCH(QByteArray, domain);
    QFETCH(QByteArrayList, codes);
    QFETCH(int, status);
    QFETCH(verify::Probe, probe);

    verify::VerifyOptions options;
    options.probe = probe;
    const Run run = verifyWith(mutate, options);
    const DomainResult *r = run.find(domain);
    QVERIFY2(r, qPrintable(dump(run)));
    const QByteArrayList got = codesOf(*r);
    for (const QByteArray &code : codes)
        QVERIFY2(got.contains(code),
                 qPrintable(QStringLiteral("%1 missing:").arg(QString::fromLatin1(code)) + dump(run)));
    QVERIFY2(int(r->status) == status, qPrintable(dump(run)));
    // The finding stays where it belongs: a clean dependent elsewhere is still clean unless the row broke the primary.
    if (domain != "shop.example" && domain != "acme.example" && !codes.contains("SPF407")) {
        QVERIFY2(run.find("shop.example")->status == Status::Ok, qPrintable(dump(run)));
    }
    // The project's own VFY codes never appear where nothing was broken (the clean run checks the rest).
    QCOMPARE(run.summary.done, run.summary.total);
}

// A project server with an IPv6 address turns on SPF413: an a/mx host without AAAA never matches IPv6 clients.
void TestVerifier::ipv6ServerAsksAaaaOfHosts()
{
    const auto policyWithAHost = [](Published &p) {
        p.setTxt("acme.example", {"v=spf1 a:mail.acme.example ip4:192.0.2.11 ip6:2001:db8::/32 -all"});
        dns::ResourceRecord a;
        a.owner = "mail.acme.example";
        a.type = dns::RRType::A;
        a.ttl = 300;
        a.address = ip("192.0.2.10");
        p.records.append(a);
    };
    const Run v4Only = verifyWith([&](project::Project &, Published &p) { policyWithAHost(p); });
    QVERIFY2(!diagnostic(*v4Only.find("acme.example"), "SPF413"), qPrintable(dump(v4Only)));
    const Run withV6 = verifyWith([&](project::Project &project, Published &p) {
        policyWithAHost(p);
        project.mailServers[1].addresses.append(ip("2001:db8::11"));
    });
    const lint::Diagnostic *d = diagnostic(*withV6.find("acme.example"), "SPF413");
    QVERIFY2(d, qPrintable(dump(withV6)));
    QCOMPARE(d->term, QByteArray("a:mail.acme.example"));
    // Parked stays the verifier's own business: VFY401-VFY403, never SPF506-SPF508 beside them.
    const Run parked =
        verifyWith([](project::Project &, Published &p) { p.setTxt("parked.example", {"v=spf1 ~all"}); });
    QVERIFY(diagnostic(*parked.find("parked.example"), "VFY401"));
    QVERIFY(!diagnostic(*parked.find("parked.example"), "SPF506"));
}

void TestVerifier::unauthorisedServerNamesTheFix()
{
    const Run run =
        verifyWith([](project::Project &, Published &p) { p.setTxt("acme.example", {"v=spf1 ip4:192.0.2.10 -all"}); });
    // The primary itself and every dependent that includes it lose 192.0.2.11.
    for (const char *domain : {"acme.example", "shop.example", "blog.example"}) {
        const DomainResult *r = run.find(domain);
        QVERIFY(r);
        const lint::Diagnostic *d = diagnostic(*r, "VFY301");
        QVERIFY2(d, qPrintable(dump(run)));
        QCOMPARE(d->term, QByteArray("ip4:192.0.2.11"));
        QVERIFY2(d->message.contains(QStringLiteral("mx2.acme.example (192.0.2.11)")), qPrintable(d->message));
        QVERIFY2(d->fix.contains(QStringLiteral("Add ip4:192.0.2.11 to acme.example's policy")), qPrintable(d->fix));
        // The server that is still authorised is not named.
        for (const lint::Diagnostic &other : r->diagnostics)
            QVERIFY(!other.message.contains(QStringLiteral("(192.0.2.10)")));
    }
    // The HELO record of mx2 is its own and still authorises it.
    QCOMPARE(run.find("mx2.acme.example")->status, Status::Ok);
    QCOMPARE(run.summary.exitCode(), 2);

    const Run wrong = verifyWith(
        [](project::Project &, Published &p) { p.setTxt("shop.example", {"v=spf1 ip4:198.51.100.7 -all"}); });
    const lint::Diagnostic *d = diagnostic(*wrong.find("shop.example"), "VFY301");
    QVERIFY2(d, qPrintable(dump(wrong)));
    QCOMPARE(d->fix, QStringLiteral("Add include:acme.example to shop.example's record."));

    const Run misplaced = verifyWith(
        [](project::Project &, Published &p) { p.setTxt("shop.example", {"v=spf1 -all include:acme.example"}); });
    d = diagnostic(*misplaced.find("shop.example"), "VFY301");
    QVERIFY2(d, qPrintable(dump(misplaced)));
    QCOMPARE(d->fix, QStringLiteral("Move -all after include:acme.example in shop.example's record: it decides before "
                                    "the include is reached."));
    // Kept in a variable: d points into the run's results.
    const Run other = verifyWith(
        [](project::Project &, Published &p) { p.setTxt("shop.example", {"v=spf1 include:other.example -all"}); });
    d = diagnostic(*other.find("shop.example"), "VFY201");
    QVERIFY(d);
    QVERIFY2(d->message.startsWith(QStringLiteral("shop.example includes other.example but not acme.example")),
             qPrintable(d->message));
}

void TestVerifier::termLevelDiff()
{
    const Run run =
        verifyWith([](project::Project &, Published &p) { p.setTxt("acme.example", {"v=spf1 ip4:192.0.2.10 ~all"}); });
    const DomainResult *r = run.find("acme.example");
    QVERIFY(r);
    QCOMPARE(r->diff.describe(),
             (QStringList{QStringLiteral("add ip4:192.0.2.11 (as term 2)"), QStringLiteral("change ~all to -all")}));
    const lint::Diagnostic *d = diagnostic(*r, "VFY101");
    QVERIFY(d);
    QVERIFY2(d->message.contains(QStringLiteral("add ip4:192.0.2.11 (as term 2); change ~all to -all")),
             qPrintable(d->message));
}

void TestVerifier::cnameBesideTxtFoundWithoutAskingCname_data()
{
    QTest::addColumn<bool>("askType99");
    QTest::newRow("seen in the type-99 answer") << true;
    QTest::newRow("type 99 not asked: CNAME asked") << false;
}

void TestVerifier::cnameBesideTxtFoundWithoutAskingCname()
{
    QFETCH(bool, askType99);
    const project::Project project = sampleProject();
    Published published(project);
    published.records.append(withTarget("blog.example", dns::RRType::CNAME, "blog.host.example"));
    dns::MemoryZone zone;
    published.fill(zone);
    RecordingResolver resolver(zone);
    verify::VerifyOptions options;
    options.probe = verify::Probe::Thorough; // blog.example is a dependent: the standard probe asks it TXT alone
    options.lint.querySpfType = askType99;
    verify::Verifier verifier(project, resolver, options);
    Run run;
    run.summary = verifier.run();
    run.results = verifier.results();
    const DomainResult *blog = run.find("blog.example");
    QVERIFY2(blog && codesOf(*blog).contains("VFY102"), qPrintable(dump(run)));
    // The CNAME question is the fallback only; with type 99 asked, no name is asked CNAME.
    const bool askedCname = std::any_of(resolver.asked.cbegin(), resolver.asked.cend(),
                                        [](const dns::Question &q) { return q.type == dns::RRType::CNAME; });
    QCOMPARE(askedCname, !askType99);
    QCOMPARE(resolver.asked.contains(dns::Question("blog.example", dns::RRType::SPF)), askType99);
}

void TestVerifier::unreachableDomain()
{
    const Run run = verifyWith([](project::Project &, Published &p) {
        p.remove("blog.example", dns::RRType::TXT);
        p.failures.append({"blog.example", dns::ResponseCode::Timeout});
    });
    const DomainResult *r = run.find("blog.example");
    QVERIFY(r);
    QCOMPARE(r->status, Status::Unreachable);
    QCOMPARE(run.summary.unreachable, 1);
    QCOMPARE(run.summary.errors, 0);
    QCOMPARE(run.summary.exitCode(), 3);
    QCOMPARE(run.find("shop.example")->status, Status::Ok);
}

void TestVerifier::streamsAndCancels()
{
    project::Project project = sampleProject();
    for (int i = 0; i < 300; ++i) {
        project::Dependent d;
        d.domain = dn(qPrintable(QStringLiteral("d%1.example").arg(i)));
        project.dependents.append(d);
    }
    Published published(project);
    dns::MemoryZone zone;
    published.fill(zone);

    verify::VerifyOptions options;
    options.runsPerTurn = 50;
    {
        verify::Verifier verifier(project, zone, options);
        QSignalSpy checked(&verifier, &verify::Verifier::domainChecked);
        QSignalSpy progress(&verifier, &verify::Verifier::progress);
        QSignalSpy finished(&verifier, &verify::Verifier::finished);
        verifier.start();
        QCOMPARE(checked.size(), 0); // nothing from start() itself
        QVERIFY(finished.wait(20000));
        QCOMPARE(checked.size(), verifier.total());
        QCOMPARE(progress.last().at(0).toInt(), verifier.total());
        QCOMPARE(finished.first().at(0).value<verify::Summary>().ok, verifier.total());
    }
    {
        verify::Verifier verifier(project, zone, options);
        QSignalSpy checked(&verifier, &verify::Verifier::domainChecked);
        QSignalSpy finished(&verifier, &verify::Verifier::finished);
        connect(&verifier, &verify::Verifier::domainChecked, &verifier, [&verifier, &checked] {
            if (checked.size() == 60)
                verifier.cancel();
        });
        const verify::Summary s = verifier.run();
        QCOMPARE(finished.size(), 1);
        QVERIFY(s.cancelled);
        QCOMPARE(s.done, 60);
        QCOMPARE(checked.size(), 60);
        QCOMPARE(s.exitCode(), 3); // not everything was checked
        QTest::qWait(20);
        QCOMPARE(checked.size(), 60); // nothing after cancel
    }
}

void TestVerifier::deferredAnswersRerunJobs()
{
    project::Project project = sampleProject();
    Published published(project);
    published.setTxt("acme.example", {"v=spf1 ip4:192.0.2.10 -all"});
    dns::MemoryZone zone;
    published.fill(zone);
    DeferredZone deferred(zone);

    verify::Verifier verifier(project, deferred);
    const verify::Summary s = verifier.run();
    QCOMPARE(s.done, 6);
    QCOMPARE(s.errors, 3); // primary + two dependents lose mx2
    QCOMPARE(verifier.results().size(), 6);
    QVERIFY(diagnostic(verifier.results().at(0), "VFY301"));
    // The same findings as the synchronous run, over a resolver that never answered at once.
    const Run sync =
        verifyWith([](project::Project &, Published &p) { p.setTxt("acme.example", {"v=spf1 ip4:192.0.2.10 -all"}); });
    for (const DomainResult &r : verifier.results())
        QCOMPARE(codesOf(r), codesOf(*sync.find(r.domain)));
    // One query per distinct question, however many jobs asked it.
    QVERIFY(deferred.queries > 0);
    QVERIFY2(deferred.queries < deferred.lookups / 2,
             qPrintable(QStringLiteral("%1 queries for %2 lookups").arg(deferred.queries).arg(deferred.lookups)));
}

void TestVerifier::unannouncedAnswersStillComplete()
{
    project::Project project = sampleProject();
    Published published(project);
    dns::MemoryZone zone;
    published.fill(zone);
    DeferredZone deferred(zone);
    deferred.announce = false;
    verify::Verifier verifier(project, deferred);
    const verify::Summary s = verifier.run();
    QCOMPARE(s.done, 6);
    QCOMPARE(s.ok, 6);
}

void TestVerifier::deadlineEndsASilentResolver()
{
    project::Project project = sampleProject();
    dns::MemoryZone zone;
    DeferredZone deferred(zone);
    deferred.silent = true;
    verify::VerifyOptions options;
    options.deadlineMs = 200;
    verify::Verifier verifier(project, deferred, options);
    QElapsedTimer clock;
    clock.start();
    const verify::Summary s = verifier.run();
    QVERIFY(clock.elapsed() < 5000);
    QCOMPARE(s.done, 6);
    QCOMPARE(s.unreachable, 6);
    QCOMPARE(s.exitCode(), 3);
    const DomainResult first = verifier.results().first();
    QCOMPARE(first.status, Status::Unreachable);
    QVERIFY(diagnostic(first, "VFY502"));
}

void TestVerifier::jsonCarriesTheResult()
{
    const Run run = verifyWith(
        [](project::Project &, Published &p) { p.setTxt("shop.example", {"v=spf1 include:acme.example ~all"}); });
    const QJsonObject o = run.find("shop.example")->toJson();
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("warning"));
    QCOMPARE(o.value(QStringLiteral("expected")).toString(), QStringLiteral("v=spf1 include:acme.example -all"));
    QCOMPARE(o.value(QStringLiteral("published")).toArray().first().toString(),
             QStringLiteral("v=spf1 include:acme.example ~all"));
    const QJsonObject change = o.value(QStringLiteral("diff")).toArray().first().toObject();
    QCOMPARE(change.value(QStringLiteral("change")).toString(), QStringLiteral("qualifier"));
    QCOMPARE(o.value(QStringLiteral("checks")).toArray().size(), 2);
    QCOMPARE(run.summary.toJson().value(QStringLiteral("exitCode")).toInt(), 1);
}

void TestVerifier::codesAreDocumented()
{
    QFile doc(QStringLiteral(SPF_SOURCE_DIR "/docs/diagnostics.md"));
    QVERIFY(doc.open(QIODevice::ReadOnly));
    const QByteArray text = doc.readAll();
    QSet<QByteArray> names;
    for (const verify::CodeInfo &info : verify::allCodes()) {
        const QByteArray name = verify::codeName(info.code);
        QVERIFY2(!names.contains(name), name.constData());
        names.insert(name);
        QCOMPARE(verify::codeInfo(info.code).title, info.title);
        const QByteArray row = "| " + name + " | " + lint::severityName(info.severity) + " |";
        QVERIFY2(text.contains(row), row.constData());
    }
    QCOMPARE(verify::codeName(verify::Code::ServerNotAuthorised), QByteArray("VFY301"));
}

QTEST_GUILESS_MAIN(TestVerifier)
#include "tst_verifier.moc"
