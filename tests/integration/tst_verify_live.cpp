// A project verified over the wire against a real NSD: a correct set-up verifies clean, a broken one is flagged name
// by name (core Verifier over the live resolver, and the CLI with its exit codes, --json and --nagios).
#include "DisagreeingServers.h"
#include "DnsServerFixture.h"
#include "RoutingDnsProxy.h"
#include "TestConfig.h"
#include "dns/AuthoritativeResolver.h"
#include "dns/LiveResolver.h"
#include "project/Generator.h"
#include "project/ProjectFile.h"
#include "verify/Verifier.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace spfm;
using testing::DisagreeingServers;
using testing::DnsServerFixture;
using testing::Zone;
using testing::ZoneRecord;

namespace {

project::DomainName dn(const QString &name)
{
    return project::DomainName::parse(name).value();
}

project::Dependent dependent(const char *name)
{
    project::Dependent d;
    d.domain = dn(QString::fromLatin1(name));
    return d;
}

// The broken dependents, each broken one way; "ok.example" stays right.
const QList<QByteArray> kBroken = {"missing.example", "two.example",  "misplaced.example", "wrong.example",
                                   "noauth.example",  "loop.example", "eleven.example",    "void.example"};

project::Project sampleProject()
{
    project::Project p;
    p.primary.domain = dn(QStringLiteral("acme.example"));
    p.primary.terms = {QStringLiteral("ip4:192.0.2.10"), QStringLiteral("ip4:192.0.2.11")};
    project::MailServer mail;
    mail.hostname = dn(QStringLiteral("mail.acme.example"));
    mail.addresses = {*net::IpAddress::parse("192.0.2.10")};
    project::MailServer mx2;
    mx2.hostname = dn(QStringLiteral("mx2.acme.example"));
    mx2.addresses = {*net::IpAddress::parse("192.0.2.11")};
    p.mailServers = {mail, mx2};
    p.dependents.append(dependent("ok.example"));
    for (const QByteArray &name : kBroken)
        p.dependents.append(dependent(name.constData()));
    project::Dependent parked = dependent("parked.example");
    parked.parked = true;
    p.dependents.append(parked);
    return p;
}

// Zones holding exactly the generated records, one zone per project domain, plus the helper zones broken records
// point at.
QList<Zone> zonesFor(const project::Project &project, bool broken)
{
    QHash<QByteArray, Zone> zones;
    QList<QByteArray> order;
    const auto zone = [&](const QByteArray &origin) -> Zone & {
        if (!zones.contains(origin)) {
            Zone z;
            z.origin = origin;
            zones.insert(origin, z);
            order.append(origin);
        }
        return zones[origin];
    };
    for (const project::GeneratedRecord &r : project::generate(project).records) {
        const QByteArray owner = r.owner + '.';
        if (broken && kBroken.contains(r.owner))
            continue; // written below
        if (r.type == project::RecordType::Mx)
            zone(r.zone).records.append(ZoneRecord{owner, "MX", r.text});
        else
            zone(r.zone).records.append(ZoneRecord::txt(owner, r.text));
    }
    for (const char *name : {"other.example", "loop-a.example", "loop-b.example"})
        zone(name);
    zone("other.example").records.append(ZoneRecord::txt("@", "v=spf1 ip4:198.51.100.1 -all"));
    zone("loop-a.example").records.append(ZoneRecord::txt("@", "v=spf1 include:loop-b.example -all"));
    zone("loop-b.example").records.append(ZoneRecord::txt("@", "v=spf1 include:loop-a.example -all"));
    if (broken) {
        for (const QByteArray &name : kBroken)
            zone(name).records.append(ZoneRecord{"@", "A", "198.51.100.9"});
        zone("two.example").records +=
            {ZoneRecord::txt("@", "v=spf1 include:acme.example -all"), ZoneRecord::txt("@", "v=spf1 mx -all")};
        zone("misplaced.example").records.append(ZoneRecord::txt("@", "v=spf1 -all include:acme.example"));
        zone("wrong.example").records.append(ZoneRecord::txt("@", "v=spf1 include:other.example -all"));
        zone("noauth.example").records.append(ZoneRecord::txt("@", "v=spf1 -ip4:192.0.2.11 include:acme.example -all"));
        zone("loop.example").records.append(ZoneRecord::txt("@", "v=spf1 include:loop-a.example -all"));
        QByteArray eleven = "v=spf1 include:acme.example";
        for (int i = 0; i < 10; ++i) {
            eleven += " a:h" + QByteArray::number(i) + ".eleven.example";
            zone("eleven.example").records.append(ZoneRecord{"h" + QByteArray::number(i), "A", "198.51.100.20"});
        }
        zone("eleven.example").records.append(ZoneRecord::txt("@", QByteArray(eleven + " -all")));
        zone("void.example")
            .records.append(ZoneRecord::txt(
                "@", "v=spf1 include:acme.example a:nx1.void.example a:nx2.void.example a:nx3.void.example -all"));
    }
    QList<Zone> out;
    for (const QByteArray &origin : order)
        out.append(zones.value(origin));
    return out;
}

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliRun cli(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess p;
    p.start(QStringLiteral(SPF_CLI_PATH), arguments);
    p.write(input);
    p.closeWriteChannel();
    CliRun r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        r.err = "timed out";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QByteArrayList codesOf(const QJsonObject &domain)
{
    QByteArrayList codes;
    for (const QJsonValue &d : domain.value(QStringLiteral("diagnostics")).toArray())
        codes.append(d.toObject().value(QStringLiteral("code")).toString().toLatin1());
    return codes;
}

} // namespace

class TestVerifyLive : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanSetUpVerifiesClean();
    void brokenSetUpIsFlaggedNameByName();
    void cliExitCodes();
    void unreachableDnsExitsThree();
    void checkHostAsksLiveDns();
    void checkHostBatch();
    void lintDomainFetchesLive();
    void authoritativeServersDisagree();
    void probeFindsLeftovers_data();
    void probeFindsLeftovers();

private:
    bool startServer(DnsServerFixture &server, bool broken);
    dns::ResolverOptions options(const DnsServerFixture &server) const
    {
        dns::ResolverOptions o;
        o.servers = {dns::ServerAddress{server.address(), server.port()}};
        o.timeoutMs = 1000;
        return o;
    }

    project::Project m_project;
    QTemporaryDir m_dir;
    QString m_projectFile;
};

void TestVerifyLive::initTestCase()
{
    m_project = sampleProject();
    QVERIFY(m_dir.isValid());
    m_projectFile = m_dir.filePath(QStringLiteral("acme.spfproj"));
    const project::Status saved = project::ProjectFile::save(m_projectFile, m_project);
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
}

bool TestVerifyLive::startServer(DnsServerFixture &server, bool broken)
{
    for (const Zone &z : zonesFor(m_project, broken))
        server.addZone(z);
    const testing::StartResult started = server.start();
    if (!started.ok)
        qWarning("%s", qPrintable(started.error));
    return started.ok;
}

void TestVerifyLive::cleanSetUpVerifiesClean()
{
    DnsServerFixture server;
    QVERIFY(startServer(server, false));
    dns::LiveResolver resolver(options(server));
    verify::Verifier verifier(m_project, resolver);
    QSignalSpy checked(&verifier, &verify::Verifier::domainChecked);
    const verify::Summary s = verifier.run();
    QString report;
    for (const verify::DomainResult &r : verifier.results()) {
        for (const lint::Diagnostic &d : r.diagnostics) {
            if (d.severity != lint::Severity::Info)
                report += QStringLiteral("\n%1 %2 %3")
                              .arg(QString::fromUtf8(r.domain), QString::fromLatin1(d.code), d.message);
        }
    }
    QVERIFY2(s.worst() == verify::Status::Ok, qPrintable(report));
    QCOMPARE(s.total, 2 + 1 + kBroken.size() + 1 + 1); // HELO names, ok, broken ones, parked, primary
    QCOMPARE(s.ok, s.total);
    QCOMPARE(checked.size(), s.total);
    for (const verify::DomainResult &r : verifier.results()) {
        QCOMPARE(r.published, QList<QByteArray>{r.expected});
        for (const verify::ServerCheck &c : r.checks)
            QCOMPARE(c.result, spf::Result::Pass);
    }
    // Every question went out once, however many names needed it (the primary's record: every dependent).
    const dns::ResolverStatistics stats = resolver.statistics();
    QVERIFY2(stats.queriesStarted < stats.lookups / 4,
             qPrintable(QStringLiteral("%1 queries for %2 lookups").arg(stats.queriesStarted).arg(stats.lookups)));
}

void TestVerifyLive::brokenSetUpIsFlaggedNameByName()
{
    DnsServerFixture server;
    QVERIFY(startServer(server, true));
    dns::LiveResolver resolver(options(server));
    verify::Verifier verifier(m_project, resolver);
    const verify::Summary s = verifier.run();

    const QHash<QByteArray, QByteArrayList> expected = {
        {"missing.example", {"SPF309"}},
        {"two.example", {"SPF306"}},
        {"misplaced.example", {"SPF201", "VFY101", "VFY301"}},
        {"wrong.example", {"VFY201", "VFY301"}},
        {"noauth.example", {"VFY101", "VFY301"}},
        {"loop.example", {"SPF407", "VFY201"}},
        {"eleven.example", {"SPF401", "VFY101"}},
        {"void.example", {"SPF403", "VFY101"}},
    };
    for (const verify::DomainResult &r : verifier.results()) {
        QByteArrayList codes;
        for (const lint::Diagnostic &d : r.diagnostics)
            codes.append(d.code);
        const QString where = QString::fromUtf8(r.domain) + QStringLiteral(": ") + QString::fromLatin1(codes.join(' '));
        if (!expected.contains(r.domain)) {
            QVERIFY2(r.status == verify::Status::Ok, qPrintable(where));
            continue;
        }
        QVERIFY2(r.status == verify::Status::Error, qPrintable(where));
        for (const QByteArray &code : expected.value(r.domain))
            QVERIFY2(codes.contains(code),
                     qPrintable(QStringLiteral("%1 missing at ").arg(QString::fromLatin1(code)) + where));
    }
    QCOMPARE(s.errors, expected.size());
    QCOMPARE(s.exitCode(), 2);
    // The unauthorised server is named, with the term that fixes it.
    for (const verify::DomainResult &r : verifier.results()) {
        if (r.domain != "noauth.example")
            continue;
        const auto it = std::find_if(r.diagnostics.cbegin(), r.diagnostics.cend(),
                                     [](const lint::Diagnostic &d) { return d.code == "VFY301"; });
        QVERIFY(it != r.diagnostics.cend());
        QCOMPARE(it->term, QByteArray("ip4:192.0.2.11"));
        QVERIFY2(it->message.contains(QStringLiteral("mx2.acme.example (192.0.2.11)")), qPrintable(it->message));
    }
}

void TestVerifyLive::cliExitCodes()
{
    {
        DnsServerFixture server;
        QVERIFY(startServer(server, false));
        const CliRun text =
            cli({QStringLiteral("verify"), QStringLiteral("--server"), server.serverSpec(), m_projectFile});
        QVERIFY2(text.exitCode == 0, QByteArray(text.out + text.err).constData());
        QVERIFY2(text.out.contains("13 names: 13 ok, 0 with warnings, 0 with errors, 0 unreachable"), text.out);
        const CliRun nagios = cli({QStringLiteral("verify"), QStringLiteral("--nagios"), QStringLiteral("--server"),
                                   server.serverSpec(), m_projectFile});
        QCOMPARE(nagios.exitCode, 0);
        QVERIFY2(nagios.out.startsWith("SPF OK - 13 domains verified | domains=13;;; errors=0;;; warnings=0;;; "
                                       "unreachable=0;;; time="),
                 nagios.out);
        QCOMPARE(nagios.out.count('\n'), 1);
    }
    DnsServerFixture server;
    QVERIFY(startServer(server, true));
    const CliRun json = cli({QStringLiteral("verify"), QStringLiteral("--json"), QStringLiteral("--server"),
                             server.serverSpec(), m_projectFile});
    QCOMPARE(json.exitCode, 2);
    QJsonParseError error;
    const QJsonObject doc = QJsonDocument::fromJson(json.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, json.out);
    QCOMPARE(doc.value(QStringLiteral("summary")).toObject().value(QStringLiteral("errors")).toInt(),
             int(kBroken.size()));
    for (const QJsonValue &v : doc.value(QStringLiteral("domains")).toArray()) {
        const QJsonObject d = v.toObject();
        const QByteArray name = d.value(QStringLiteral("domain")).toString().toLatin1();
        const QString status = d.value(QStringLiteral("status")).toString();
        QVERIFY2(status == (kBroken.contains(name) ? QStringLiteral("error") : QStringLiteral("ok")),
                 qPrintable(QString::fromLatin1(name) + QLatin1Char(' ') + status));
        if (name == "wrong.example")
            QVERIFY(codesOf(d).contains("VFY201"));
    }
    const CliRun nagios = cli({QStringLiteral("verify"), QStringLiteral("--nagios"), QStringLiteral("--server"),
                               server.serverSpec(), m_projectFile});
    QCOMPARE(nagios.exitCode, 2);
    QVERIFY2(nagios.out.startsWith("SPF CRITICAL - 8 of 13 domains: 8 with errors ("), nagios.out);
    QVERIFY2(nagios.out.contains("| domains=13;;; errors=8;;; warnings=0;;; unreachable=0;;; time="), nagios.out);
}

void TestVerifyLive::unreachableDnsExitsThree()
{
    // A port where nothing answers: every query times out.
    const quint16 port = DnsServerFixture::freePort(QHostAddress::LocalHost);
    const QString server = QStringLiteral("127.0.0.1:%1").arg(port);
    const CliRun text = cli({QStringLiteral("verify"), QStringLiteral("--timeout"), QStringLiteral("100"),
                             QStringLiteral("--server"), server, m_projectFile});
    QVERIFY2(text.exitCode == 3, QByteArray(text.out + text.err).constData());
    QVERIFY2(text.out.contains("13 names: 0 ok, 0 with warnings, 0 with errors, 13 unreachable"), text.out);
    const CliRun nagios = cli({QStringLiteral("verify"), QStringLiteral("--nagios"), QStringLiteral("--timeout"),
                               QStringLiteral("100"), QStringLiteral("--server"), server, m_projectFile});
    QCOMPARE(nagios.exitCode, 3);
    QVERIFY2(nagios.out.startsWith("SPF UNKNOWN - 13 of 13 domains: 13 unreachable ("), nagios.out);
}

void TestVerifyLive::checkHostAsksLiveDns()
{
    DnsServerFixture server;
    QVERIFY(startServer(server, false));
    const auto checkHost = [&](const char *ip, const char *sender) {
        const CliRun r =
            cli({QStringLiteral("check-host"), QStringLiteral("--json"), QStringLiteral("--server"),
                 server.serverSpec(), QStringLiteral("--timeout"), QStringLiteral("1000"), QStringLiteral("--ip"),
                 QString::fromLatin1(ip), QStringLiteral("--sender"), QString::fromLatin1(sender)});
        if (r.exitCode != 0)
            qWarning("%s%s", r.out.constData(), r.err.constData());
        return QJsonDocument::fromJson(r.out).object();
    };
    QJsonObject o = checkHost("192.0.2.11", "alice@ok.example");
    QCOMPARE(o.value(QStringLiteral("result")).toString(), QStringLiteral("pass"));
    QCOMPARE(o.value(QStringLiteral("mechanism")).toString(), QStringLiteral("include:acme.example"));
    o = checkHost("198.51.100.1", "alice@ok.example");
    QCOMPARE(o.value(QStringLiteral("result")).toString(), QStringLiteral("fail"));
    o = checkHost("192.0.2.10", "bob@nowhere.acme.example");
    QCOMPARE(o.value(QStringLiteral("result")).toString(), QStringLiteral("none"));
}

void TestVerifyLive::checkHostBatch()
{
    DnsServerFixture server;
    QVERIFY(startServer(server, true));
    QByteArray input = "192.0.2.10 alice@ok.example mail.acme.example\n"
                       "198.51.100.1 bob@ok.example\n"
                       "\n# the null sender is checked as postmaster@HELO\n"
                       "192.0.2.11 <> mx2.acme.example\n"
                       "not-an-ip carol@ok.example\n"
                       "192.0.2.10 dave@two.example\n"
                       "192.0.2.10 erin@loop.example\n";
    // Many more queries over the same names: one cache, evaluated together.
    for (int i = 0; i < 200; ++i)
        input += "192.0.2." + QByteArray::number(i % 20) + " user" + QByteArray::number(i) + "@ok.example\n";
    const QStringList args{QStringLiteral("check-host"), QStringLiteral("--server"), server.serverSpec(),
                           QStringLiteral("--batch"), QStringLiteral("-")};
    QElapsedTimer clock;
    clock.start();
    const CliRun text = cli(args, input);
    QVERIFY2(clock.elapsed() < 20000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(text.exitCode, 2); // the bad line
    const QList<QByteArray> lines = text.out.split('\n');
    QCOMPARE(lines.size(), 6 + 200 + 1); // one per query, then the final newline's empty piece
    QCOMPARE(lines[0], QByteArray("pass"));
    QVERIFY2(lines[1].startsWith("fail"), lines[1].constData());
    QCOMPARE(lines[2], QByteArray("pass"));
    QVERIFY2(lines[3].startsWith("error line 6: 'not-an-ip' is not an IPv4 or IPv6 address"), lines[3].constData());
    QVERIFY2(lines[4].startsWith("permerror"), lines[4].constData());
    QVERIFY2(lines[5].startsWith("permerror"), lines[5].constData());
    for (int i = 0; i < 200; ++i) {
        const bool authorised = i % 20 == 10 || i % 20 == 11;
        QVERIFY2(lines[6 + i].startsWith(authorised ? "pass" : "fail"), lines[6 + i].constData());
    }

    const CliRun json = cli(args + QStringList{QStringLiteral("--json")}, input);
    QCOMPARE(json.exitCode, 2);
    const QList<QByteArray> objects = json.out.trimmed().split('\n');
    QCOMPARE(objects.size(), 6 + 200);
    const QJsonObject first = QJsonDocument::fromJson(objects[0]).object();
    QCOMPARE(first.value(QStringLiteral("result")).toString(), QStringLiteral("pass"));
    QCOMPARE(first.value(QStringLiteral("ip")).toString(), QStringLiteral("192.0.2.10"));
    QCOMPARE(first.value(QStringLiteral("helo")).toString(), QStringLiteral("mail.acme.example"));
    QVERIFY(first.contains(QStringLiteral("received_spf")));
    const QJsonObject null = QJsonDocument::fromJson(objects[2]).object();
    QCOMPARE(null.value(QStringLiteral("sender")).toString(), QStringLiteral("postmaster@mx2.acme.example"));
    const QJsonObject bad = QJsonDocument::fromJson(objects[3]).object();
    QCOMPARE(bad.value(QStringLiteral("line")).toInt(), 6);
    QVERIFY(bad.contains(QStringLiteral("error")));
}

void TestVerifyLive::lintDomainFetchesLive()
{
    DnsServerFixture server;
    QVERIFY(startServer(server, true));
    const CliRun r =
        cli({QStringLiteral("lint"), QStringLiteral("--json"), QStringLiteral("--server"), server.serverSpec(),
             QStringLiteral("--domain"), QStringLiteral("ok.example"), QStringLiteral("--domain"),
             QStringLiteral("missing.example"), QStringLiteral("--domain"), QStringLiteral("eleven.example")});
    QCOMPARE(r.exitCode, 2);
    const QJsonArray records = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("records")).toArray();
    QCOMPARE(records.size(), 3);
    QCOMPARE(records[0].toObject().value(QStringLiteral("domain")).toString(), QStringLiteral("ok.example"));
    QCOMPARE(records[0].toObject().value(QStringLiteral("record")).toString(),
             QStringLiteral("v=spf1 include:acme.example -all"));
    QCOMPARE(records[0].toObject().value(QStringLiteral("dns_lookups")).toInt(), 1);
    QVERIFY(codesOf(records[1].toObject()).contains("SPF309"));
    QVERIFY(codesOf(records[2].toObject()).contains("SPF401"));
    QCOMPARE(records[2].toObject().value(QStringLiteral("dns_lookups")).toInt(), 11);
}

void TestVerifyLive::authoritativeServersDisagree()
{
    project::Project project;
    project.primary.domain = dn(QStringLiteral("acme.example"));
    project.primary.terms = {QStringLiteral("ip4:192.0.2.10")};
    project::MailServer mail;
    mail.hostname = dn(QStringLiteral("mail.acme.example"));
    mail.addresses = {*net::IpAddress::parse("192.0.2.10")};
    project.mailServers = {mail};
    const QList<ZoneRecord> mailRecord{ZoneRecord::txt("mail", "v=spf1 ip4:192.0.2.10 -all")};
    DisagreeingServers servers;
    testing::StartResult started =
        servers.start("acme.example", "v=spf1 ip4:192.0.2.10 -all", "v=spf1 -all", mailRecord);
    QVERIFY2(started.ok, qPrintable(started.error));
    // 127.0.0.1 stands in for the recursive resolver: it knows the NS set.
    DnsServerFixture recursive;
    recursive.setPort(servers.ahead.port());
    recursive.addZone(DisagreeingServers::zone("acme.example", DisagreeingServers::kAheadSerial,
                                               "v=spf1 ip4:192.0.2.10 -all", mailRecord));
    started = recursive.start();
    QVERIFY2(started.ok, qPrintable(started.error));

    dns::AuthoritativeOptions o;
    o.recursive.servers = {dns::ServerAddress{recursive.address(), recursive.port()}};
    o.recursive.timeoutMs = 1000;
    o.timeoutMs = 1000;
    o.port = servers.ahead.port();
    dns::AuthoritativeResolver resolver(o);
    verify::Verifier verifier(project, resolver);
    verifier.run();
    const QList<verify::DomainResult> results = verifier.results();
    QCOMPARE(results.size(), 2);
    const verify::DomainResult &apex = results.first();
    QCOMPARE(apex.domain, QByteArray("acme.example"));
    QCOMPARE(apex.servers.size(), 2);
    QMap<quint32, QList<QByteArray>> bySerial;
    for (const verify::ServerView &v : apex.servers) {
        QVERIFY(v.serialKnown);
        bySerial.insert(v.serial, v.records);
    }
    QCOMPARE(bySerial.value(2026112702), QList<QByteArray>{"v=spf1 ip4:192.0.2.10 -all"});
    QCOMPARE(bySerial.value(2026112701), QList<QByteArray>{"v=spf1 -all"});
    const auto it = std::find_if(apex.diagnostics.cbegin(), apex.diagnostics.cend(),
                                 [](const lint::Diagnostic &d) { return d.code == "VFY501"; });
    QVERIFY(it != apex.diagnostics.cend());
    QVERIFY2(it->message.contains(QStringLiteral("serial 2026112701: `v=spf1 -all`")), qPrintable(it->message));
    QVERIFY2(it->message.contains(QStringLiteral("serial 2026112702: `v=spf1 ip4:192.0.2.10 -all`")),
             qPrintable(it->message));
}

void TestVerifyLive::probeFindsLeftovers_data()
{
    QTest::addColumn<verify::Probe>("probe");
    QTest::newRow("standard") << verify::Probe::Standard;
    QTest::newRow("thorough") << verify::Probe::Thorough;
}

// Leftovers of the RFC 4408 era: type-99 records at the primary, a HELO name and a dependent; a dependent whose policy
// survives only as type 99; a CNAME beside a dependent's TXT. The standard probe finds them where it asks type 99.
void TestVerifyLive::probeFindsLeftovers()
{
    QFETCH(verify::Probe, probe);
    project::Project project;
    project.primary.domain = dn(QStringLiteral("acme.example"));
    project.primary.terms = {QStringLiteral("ip4:192.0.2.10"), QStringLiteral("ip4:192.0.2.11")};
    project::MailServer mail;
    mail.hostname = dn(QStringLiteral("mail.acme.example"));
    mail.addresses = {*net::IpAddress::parse("192.0.2.10")};
    project::MailServer mx2;
    mx2.hostname = dn(QStringLiteral("mx2.acme.example"));
    mx2.addresses = {*net::IpAddress::parse("192.0.2.11")};
    project.mailServers = {mail, mx2};
    for (const char *name : {"ok.example", "left99.example", "only99.example", "alias.example"})
        project.dependents.append(dependent(name));

    const auto type99 = [](const QByteArray &owner, const QByteArray &text) {
        ZoneRecord rr = ZoneRecord::txt(owner, text);
        rr.type = "SPF";
        return rr;
    };
    Zone zone;
    zone.origin = "example";
    for (const project::GeneratedRecord &r : project::generate(project).records) {
        if (r.owner != "only99.example")
            zone.records.append(ZoneRecord::txt(r.owner + '.', r.text));
    }
    zone.records +=
        {type99("acme.example.", "v=spf1 ip4:192.0.2.10 ~all"),
         type99("mx2.acme.example.", "v=spf1 ip4:192.0.2.11 -all"), type99("left99.example.", "v=spf1 mx -all"),
         type99("only99.example.", "v=spf1 include:acme.example -all")};
    DnsServerFixture server;
    server.addZone(zone);
    testing::StartResult started = server.start();
    QVERIFY2(started.ok, qPrintable(started.error));
    // NSD refuses a CNAME beside other data, which some servers serve regardless: a second NSD holds the CNAME, and
    // the proxy sends it every question for alias.example but TXT, so answers disagree as they would from such a zone.
    Zone aliased;
    aliased.origin = "example";
    aliased.records = {ZoneRecord{"alias.example.", "CNAME", "host.example."},
                       ZoneRecord::txt("host.example.", "v=spf1 -all")};
    DnsServerFixture aliasServer;
    aliasServer.addZone(aliased);
    started = aliasServer.start();
    QVERIFY2(started.ok, qPrintable(started.error));
    testing::RoutingDnsProxy proxy({server.address(), server.port()});
    proxy.routeName("alias.example", {aliasServer.address(), aliasServer.port()}, {std::uint16_t(dns::RRType::TXT)});
    started = proxy.listen();
    QVERIFY2(started.ok, qPrintable(started.error));

    dns::ResolverOptions o;
    o.servers = {dns::ServerAddress{proxy.address(), proxy.port()}};
    o.timeoutMs = 1000;
    dns::LiveResolver resolver(o);
    verify::VerifyOptions options;
    options.probe = probe;
    verify::Verifier verifier(project, resolver, options);
    const verify::Summary s = verifier.run();
    QCOMPARE(s.done, s.total);

    QHash<QByteArray, verify::DomainResult> byName;
    for (const verify::DomainResult &r : verifier.results())
        byName.insert(r.domain, r);
    const auto codes = [&](const char *name) {
        QByteArrayList out;
        for (const lint::Diagnostic &d : byName.value(name).diagnostics)
            out.append(d.code);
        return out;
    };
    const auto where = [&](const char *name) -> QByteArray { return QByteArray(name) + ": " + codes(name).join(' '); };
    const bool thorough = probe == verify::Probe::Thorough;
    // The primary and a HELO name get the full probe in either mode.
    QVERIFY2(codes("acme.example").contains("SPF307") && codes("acme.example").contains("SPF308"),
             where("acme.example").constData());
    QVERIFY2(codes("mx2.acme.example").contains("SPF307"), where("mx2.acme.example").constData());
    QVERIFY2(!codes("mail.acme.example").contains("SPF307"), where("mail.acme.example").constData());
    // A dependent's leftover and the CNAME beside a dependent's TXT: only the thorough probe asks.
    QCOMPARE(codes("left99.example").contains("SPF307"), thorough);
    QCOMPARE(codes("left99.example").contains("SPF308"), thorough);
    QCOMPARE(byName.value("left99.example").status, thorough ? verify::Status::Warning : verify::Status::Ok);
    QCOMPARE(codes("alias.example").contains("VFY102"), thorough);
    QCOMPARE(byName.value("alias.example").status, thorough ? verify::Status::Error : verify::Status::Ok);
    QCOMPARE(byName.value("ok.example").status, verify::Status::Ok);
    // No TXT policy, only the obsolete type: asked in both modes, because it explains why receivers see none.
    const verify::DomainResult only = byName.value("only99.example");
    QCOMPARE(only.status, verify::Status::Error);
    QVERIFY2(codes("only99.example").contains("SPF309"), where("only99.example").constData());
    const auto it = std::find_if(only.diagnostics.cbegin(), only.diagnostics.cend(),
                                 [](const lint::Diagnostic &d) { return d.code == "SPF307"; });
    QVERIFY2(it != only.diagnostics.cend(), where("only99.example").constData());
    QCOMPARE(it->message, QStringLiteral("only99.example publishes its policy only as an obsolete SPF (type 99) record "
                                         "`v=spf1 include:acme.example -all`: receivers ignore type 99 (RFC 7208 "
                                         "§3.1), so they find no record."));
    QCOMPARE(it->fix, QStringLiteral("Publish `v=spf1 include:acme.example -all` as a TXT record at only99.example, "
                                     "then delete the type 99 record."));
}

QTEST_GUILESS_MAIN(TestVerifyLive)
#include "tst_verify_live.moc"
