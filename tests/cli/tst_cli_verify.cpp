// `verify` from the command line against real servers: authoritative servers that disagree (two NSDs), text output
// that streams as results arrive, names that cannot be checked (no answer, SERVFAIL) and how they mix with errors and
// warnings in the exit code, HELO sub-domains without a record of their own (F05), what --thorough adds, and a
// CNAME loop on a term's target (an error of the data, not an unreachable name).
#include "Cli.h"
#include "CliTestSupport.h"
#include "DisagreeingServers.h"
#include "DnsServerFixture.h"
#include "FaultDnsServer.h"
#include "TestConfig.h"
#include "project/Generator.h"
#include "project/ProjectFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

using namespace spfm;
using testing::DisagreeingServers;
using testing::DnsServerFixture;
using testing::FaultDnsServer;
using testing::Outcome;
using testing::parseObject;
using testing::runCli;
using testing::Zone;
using testing::ZoneRecord;

namespace {

// Standard output that remembers every chunk as it was flushed, and lets the test act on the first one.
class RecordingDevice : public QIODevice
{
public:
    QStringList chunks;
    std::function<void()> onFirstChunk;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        chunks.append(QString::fromUtf8(data, size));
        if (chunks.size() == 1 && onFirstChunk)
            onFirstChunk();
        return size;
    }
};

project::DomainName dn(const char *name)
{
    return project::DomainName::parse(QString::fromLatin1(name)).value();
}

project::Project sampleProject(const QList<const char *> &dependents)
{
    project::Project p;
    p.primary.domain = dn("acme.example");
    p.primary.terms = {QStringLiteral("ip4:192.0.2.10")};
    project::MailServer mail;
    mail.hostname = dn("mail.acme.example");
    mail.addresses = {*net::IpAddress::parse("192.0.2.10")};
    p.mailServers = {mail};
    for (const char *name : dependents) {
        project::Dependent d;
        d.domain = dn(name);
        p.dependents.append(d);
    }
    return p;
}

QString saveProject(const QTemporaryDir &dir, const project::Project &p, const QString &name)
{
    const QString path = dir.filePath(name);
    const project::Status saved = project::ProjectFile::save(path, p);
    if (!saved.ok())
        qWarning("cannot save %s: %s", qPrintable(path), qPrintable(saved.error().message));
    return path;
}

// The generated records, except those at the names in `instead`, which publish the text given there.
bool serveProject(FaultDnsServer &server, const project::Project &p, const QHash<QByteArray, QByteArray> &instead = {})
{
    bool ok = true;
    for (const project::GeneratedRecord &r : project::generate(p).records) {
        if (instead.contains(r.owner) && r.isSpfPolicy())
            continue;
        if (r.type == project::RecordType::Mx)
            ok = server.addRecord(r.owner + ". 300 IN MX " + r.text) && ok;
        else
            ok = server.addRecord(r.owner + ". 300 IN TXT \"" + r.text + '"') && ok;
    }
    for (auto it = instead.cbegin(); it != instead.cend(); ++it)
        ok = server.addRecord(it.key() + ". 300 IN TXT \"" + it.value() + '"') && ok;
    return ok;
}

QJsonObject domainIn(const QJsonObject &doc, const char *name)
{
    for (const QJsonValue &v : doc.value(QStringLiteral("domains")).toArray()) {
        if (v.toObject().value(QStringLiteral("domain")).toString() == QLatin1String(name))
            return v.toObject();
    }
    return {};
}

QStringList codesOf(const QJsonObject &domain)
{
    QStringList codes;
    for (const QJsonValue &d : domain.value(QStringLiteral("diagnostics")).toArray())
        codes.append(d.toObject().value(QStringLiteral("code")).toString());
    return codes;
}

// The text output's line for a name ("UNREACHABLE good.example (dependent)").
QString statusLine(const QString &out, const char *name)
{
    for (const QString &line : out.split(QLatin1Char('\n'))) {
        if (!line.startsWith(QLatin1Char(' ')) && line.contains(QLatin1Char(' ') + QLatin1String(name)))
            return line;
    }
    return {};
}

} // namespace

class TestCliVerify : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void authoritativeServersDisagree();
    void nsPortNeedsAuthoritativeMode_data();
    void nsPortNeedsAuthoritativeMode();
    void outputStreamsAsResultsArrive_data();
    void outputStreamsAsResultsArrive();
    void unreachableAndErrorsMix_data();
    void unreachableAndErrorsMix();
    void heloSubdomainWithoutRecord();
    void thoroughAsksEveryNameTypeNinetyNine();
    void cnameLoopIsAnErrorNotUnreachable_data();
    void cnameLoopIsAnErrorNotUnreachable();

private:
    QTemporaryDir m_dir;
};

void TestCliVerify::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestCliVerify::authoritativeServersDisagree()
{
    project::Project p;
    p.primary.domain = dn("acme.example");
    p.primary.terms = {QStringLiteral("ip4:192.0.2.10"), QStringLiteral("ip4:192.0.2.20")};
    project::MailServer mail;
    mail.hostname = dn("mail.acme.example");
    mail.addresses = {*net::IpAddress::parse("192.0.2.10")};
    p.mailServers = {mail};
    const QString file = saveProject(m_dir, p, QStringLiteral("authoritative.spfproj"));
    // Both servers authorise the mail server, so whichever one a receiver asks, the disagreement is the finding.
    DisagreeingServers servers;
    const testing::StartResult started =
        servers.start("acme.example", "v=spf1 ip4:192.0.2.10 ip4:192.0.2.20 -all", "v=spf1 ip4:192.0.2.10 -all",
                      {ZoneRecord::txt("mail", "v=spf1 ip4:192.0.2.10 -all")});
    QVERIFY2(started.ok, qPrintable(started.error));

    // The server ahead also stands in for the recursive resolver that finds the NS set.
    const QStringList args{QStringLiteral("verify"),
                           QStringLiteral("--authoritative"),
                           QStringLiteral("--server"),
                           servers.ahead.serverSpec(),
                           QStringLiteral("--ns-port"),
                           QString::number(servers.ahead.port()),
                           QStringLiteral("--timeout"),
                           QStringLiteral("1000"),
                           file};

    const Outcome text = runCli(args);
    QVERIFY2(text.code == 1, qPrintable(text.out + text.err));
    const QString apex = statusLine(text.out, "acme.example");
    QVERIFY2(apex.startsWith(QLatin1String("WARNING")), qPrintable(text.out));
    QVERIFY2(text.out.contains(QLatin1String("VFY501")), qPrintable(text.out));
    QVERIFY2(text.out.contains(QLatin1String("serial 2026112702: `v=spf1 ip4:192.0.2.10 ip4:192.0.2.20 -all`")),
             qPrintable(text.out));
    QVERIFY2(text.out.contains(QLatin1String("serial 2026112701: `v=spf1 ip4:192.0.2.10 -all`")), qPrintable(text.out));
    // The HELO name lives in the same zone: its record is the same on both, the serials are not.
    QVERIFY2(statusLine(text.out, "mail.acme.example").startsWith(QLatin1String("WARNING")), qPrintable(text.out));
    QVERIFY2(text.out.contains(QLatin1String("2 names: 0 ok, 2 with warnings, 0 with errors, 0 unreachable")),
             qPrintable(text.out.right(400)));

    const Outcome json = runCli(args + QStringList{QStringLiteral("--json")});
    QVERIFY2(json.code == 1, qPrintable(json.out + json.err));
    const QJsonObject doc = parseObject(json.out);
    const QJsonObject acme = domainIn(doc, "acme.example");
    QCOMPARE(acme.value(QStringLiteral("status")).toString(), QStringLiteral("warning"));
    QVERIFY(codesOf(acme).contains(QStringLiteral("VFY501")));
    QMap<qint64, QJsonObject> bySerial;
    for (const QJsonValue &v : acme.value(QStringLiteral("servers")).toArray())
        bySerial.insert(v.toObject().value(QStringLiteral("serial")).toInteger(), v.toObject());
    QCOMPARE(bySerial.keys(), (QList<qint64>{2026112701, 2026112702}));
    QCOMPARE(bySerial.value(2026112701).value(QStringLiteral("published")).toArray(),
             QJsonArray{QStringLiteral("v=spf1 ip4:192.0.2.10 -all")});
    QVERIFY2(bySerial.value(2026112702)
                 .value(QStringLiteral("server"))
                 .toString()
                 .endsWith(QStringLiteral("127.0.0.2:%1").arg(servers.ahead.port())),
             qPrintable(json.out));
    QCOMPARE(doc.value(QStringLiteral("summary")).toObject().value(QStringLiteral("exitCode")).toInt(), 1);

    const Outcome nagios = runCli(args + QStringList{QStringLiteral("--nagios")});
    QCOMPARE(nagios.code, 1);
    QCOMPARE(nagios.out.count(QLatin1Char('\n')), 1);
    QVERIFY2(nagios.out.startsWith(QLatin1String("SPF WARNING - 2 of 2 domains: 2 with warnings (acme.example, "
                                                 "mail.acme.example), authoritative servers disagree for acme.example "
                                                 "(serials ")),
             qPrintable(nagios.out));
    QVERIFY2(nagios.out.contains(QLatin1String("2026112701")) && nagios.out.contains(QLatin1String("2026112702")),
             qPrintable(nagios.out));
    QVERIFY2(nagios.out.contains(QLatin1String("| domains=2;;; errors=0;;; warnings=2;;; unreachable=0;;;")),
             qPrintable(nagios.out));
}

void TestCliVerify::nsPortNeedsAuthoritativeMode_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no authoritative mode") << QStringList{QStringLiteral("--ns-port"), QStringLiteral("5353")}
                                           << QStringLiteral("--ns-port is the port of the authoritative servers");
    QTest::newRow("not a port") << QStringList{QStringLiteral("--authoritative"), QStringLiteral("--ns-port"),
                                               QStringLiteral("70000")}
                                << QStringLiteral("--ns-port 70000: not a port number");
    QTest::newRow("zero") << QStringList{QStringLiteral("--authoritative"), QStringLiteral("--ns-port"),
                                         QStringLiteral("0")}
                          << QStringLiteral("--ns-port 0: not a port number");
}

void TestCliVerify::nsPortNeedsAuthoritativeMode()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QString file = saveProject(m_dir, sampleProject({"good.example"}), QStringLiteral("nsport.spfproj"));
    const Outcome o =
        runCli(QStringList{QStringLiteral("verify"), QStringLiteral("--server"), QStringLiteral("127.0.0.1:9")} +
               arguments + QStringList{file});
    QCOMPARE(o.code, 2);
    QVERIFY2(o.err.contains(message), qPrintable(o.err));
    QVERIFY(o.out.isEmpty());
    const Outcome nagios =
        runCli(QStringList{QStringLiteral("verify"), QStringLiteral("--nagios")} + arguments + QStringList{file});
    QCOMPARE(nagios.code, 3);
    QVERIFY2(nagios.out.startsWith(QLatin1String("SPF UNKNOWN - ") + message), qPrintable(nagios.out));
}

void TestCliVerify::outputStreamsAsResultsArrive_data()
{
    QTest::addColumn<bool>("jsonLines");
    QTest::newRow("text") << false;
    QTest::newRow("json-lines") << true;
}

void TestCliVerify::outputStreamsAsResultsArrive()
{
    QFETCH(bool, jsonLines);
    const project::Project p = sampleProject({"good.example", "slow.example"});
    const QString file = saveProject(m_dir, p, QStringLiteral("stream.spfproj"));
    FaultDnsServer server;
    QVERIFY(server.listen().ok);
    QVERIFY(serveProject(server, p));
    // slow.example's server says nothing until the first result has been written out.
    server.setBehaviour("slow.example", FaultDnsServer::Behaviour::Silent);
    bool slowWasSilent = false;
    RecordingDevice device;
    device.onFirstChunk = [&] {
        slowWasSilent = true;
        server.setBehaviour("slow.example", FaultDnsServer::Behaviour::Answer);
    };
    QVERIFY(device.open(QIODevice::WriteOnly));
    QString in, err;
    QTextStream inStream(&in), outStream(&device), errStream(&err);
    QStringList arguments{QStringLiteral("spfmanager-cli"),
                          QStringLiteral("verify"),
                          QStringLiteral("--server"),
                          server.serverSpec(),
                          QStringLiteral("--timeout"),
                          QStringLiteral("1000"),
                          file};
    if (jsonLines)
        arguments.append(QStringLiteral("--json-lines"));
    const int code = cli::run(arguments, inStream, outStream, errStream);
    outStream.flush();
    QVERIFY(slowWasSilent);
    const QString all = device.chunks.join(QString());
    // One chunk per name (4: primary, HELO name, two dependents), then the summary.
    QVERIFY2(device.chunks.size() == 5, qPrintable(device.chunks.join(QStringLiteral("|"))));
    // The first chunk is one name's result, written while slow.example had not been answered; slow.example's
    // result is the last one, once its queries were asked again (after --timeout) and answered, or ran out of tries.
    QVERIFY2(!device.chunks.first().contains(QLatin1String("slow.example")), qPrintable(all));
    QVERIFY2(device.chunks.at(3).contains(QLatin1String("slow.example")), qPrintable(all));
    QVERIFY2(code == 0 || code == 3, qPrintable(all + err));
    if (jsonLines) {
        for (qsizetype i = 0; i < device.chunks.size(); ++i) {
            const QString &chunk = device.chunks.at(i);
            QCOMPARE(chunk.count(QLatin1Char('\n')), 1);
            const QJsonObject o = parseObject(chunk);
            QVERIFY2(o.contains(i < 4 ? QStringLiteral("domain") : QStringLiteral("summary")), qPrintable(chunk));
        }
        QCOMPARE(parseObject(device.chunks.at(3)).value(QStringLiteral("domain")).toString(),
                 QStringLiteral("slow.example"));
        const QJsonObject summary = parseObject(device.chunks.last()).value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("total")).toInt(), 4);
        QCOMPARE(summary.value(QStringLiteral("exitCode")).toInt(), code);
        return;
    }
    // Text: each chunk is a status line and its indented details; the summary comes last.
    QVERIFY2(device.chunks.last().startsWith(QLatin1String("4 names: ")), qPrintable(all));
    for (qsizetype i = 0; i + 1 < device.chunks.size(); ++i) {
        const QStringList lines = device.chunks.at(i).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(!lines.first().startsWith(QLatin1Char(' ')), qPrintable(device.chunks.at(i)));
        for (qsizetype l = 1; l < lines.size(); ++l)
            QVERIFY2(lines.at(l).startsWith(QLatin1Char(' ')), qPrintable(device.chunks.at(i)));
    }
    QVERIFY2(statusLine(all, "slow.example").startsWith(code == 0 ? QLatin1String("OK") : QLatin1String("UNREACHABLE")),
             qPrintable(all));
}

void TestCliVerify::unreachableAndErrorsMix_data()
{
    QTest::addColumn<QList<QByteArray>>("servfail"); // names answered SERVFAIL
    QTest::addColumn<QList<QByteArray>>("silent");   // names never answered
    QTest::addColumn<bool>("broken");                // broken.example does not include the primary (an error)
    QTest::addColumn<bool>("warning");               // soft.example publishes ~all (a warning)
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("nagiosState");
    const QList<QByteArray> none;
    const QList<QByteArray> good{"good.example"};
    const QList<QByteArray> primary{"acme.example"};
    QTest::newRow("warning only") << none << none << false << true << 1 << QStringLiteral("WARNING");
    QTest::newRow("error only") << none << none << true << false << 2 << QStringLiteral("CRITICAL");
    QTest::newRow("servfail") << good << none << false << false << 3 << QStringLiteral("UNKNOWN");
    QTest::newRow("no answer") << none << good << false << false << 3 << QStringLiteral("UNKNOWN");
    QTest::newRow("servfail and warning") << good << none << false << true << 3 << QStringLiteral("UNKNOWN");
    QTest::newRow("no answer and warning") << none << good << false << true << 3 << QStringLiteral("UNKNOWN");
    QTest::newRow("servfail and error") << good << none << true << false << 2 << QStringLiteral("CRITICAL");
    QTest::newRow("no answer, warning and error") << none << good << true << true << 2 << QStringLiteral("CRITICAL");
    QTest::newRow("include target servfail") << primary << none << false << false << 3 << QStringLiteral("UNKNOWN");
    QTest::newRow("include target servfail and error")
        << primary << none << true << false << 2 << QStringLiteral("CRITICAL");
}

void TestCliVerify::unreachableAndErrorsMix()
{
    QFETCH(QList<QByteArray>, servfail);
    QFETCH(QList<QByteArray>, silent);
    QFETCH(bool, broken);
    QFETCH(bool, warning);
    QFETCH(int, exitCode);
    QFETCH(QString, nagiosState);

    const project::Project p = sampleProject({"good.example", "broken.example", "soft.example"});
    const QString file = saveProject(m_dir, p, QStringLiteral("mix.spfproj"));
    QHash<QByteArray, QByteArray> instead;
    if (broken)
        instead.insert("broken.example", "v=spf1 ip4:192.0.2.10 -all");
    if (warning)
        instead.insert("soft.example", "v=spf1 include:acme.example ~all");
    FaultDnsServer server;
    QVERIFY(server.listen().ok);
    QVERIFY(serveProject(server, p, instead));
    for (const QByteArray &name : servfail)
        server.setBehaviour(name, FaultDnsServer::Behaviour::ServFail);
    for (const QByteArray &name : silent)
        server.setBehaviour(name, FaultDnsServer::Behaviour::Silent);
    const QStringList args{QStringLiteral("verify"),    QStringLiteral("--server"), server.serverSpec(),
                           QStringLiteral("--timeout"), QStringLiteral("100"),      file};

    const Outcome text = runCli(args);
    QVERIFY2(text.code == exitCode, qPrintable(text.out + text.err));
    const Outcome json = runCli(args + QStringList{QStringLiteral("--json")});
    QCOMPARE(json.code, exitCode);
    const QJsonObject doc = parseObject(json.out);
    QCOMPARE(doc.value(QStringLiteral("summary")).toObject().value(QStringLiteral("exitCode")).toInt(), exitCode);
    const Outcome nagios = runCli(args + QStringList{QStringLiteral("--nagios")});
    QCOMPARE(nagios.code, exitCode);
    QVERIFY2(nagios.out.startsWith(QStringLiteral("SPF %1 - ").arg(nagiosState)), qPrintable(nagios.out));
    QCOMPARE(nagios.out.count(QLatin1Char('\n')), 1);

    // The name that did not answer, or answered SERVFAIL, says which of the two it was.
    for (const QByteArray &name : servfail + silent) {
        const bool answered = servfail.contains(name);
        const QJsonObject d = domainIn(doc, name.constData());
        QCOMPARE(d.value(QStringLiteral("status")).toString(), QStringLiteral("unreachable"));
        const QJsonObject why = d.value(QStringLiteral("unreachable")).toObject();
        QCOMPARE(why.value(QStringLiteral("reason")).toString(),
                 answered ? QStringLiteral("server-error") : QStringLiteral("no-answer"));
        QCOMPARE(why.value(QStringLiteral("rcode")).toString(),
                 answered ? QStringLiteral("SERVFAIL") : QStringLiteral("TIMEOUT"));
        QVERIFY(codesOf(d).contains(answered ? QStringLiteral("VFY504") : QStringLiteral("VFY503")));
        QVERIFY2(statusLine(text.out, name.constData()).startsWith(QLatin1String("UNREACHABLE")), qPrintable(text.out));
        QVERIFY2(text.out.contains(
                     answered
                         ? QStringLiteral("The server answered SERVFAIL to the TXT query for %1")
                               .arg(QString::fromLatin1(name))
                         : QStringLiteral("No server answered the TXT query for %1").arg(QString::fromLatin1(name))),
                 qPrintable(text.out));
        QVERIFY2(nagios.out.contains(QString::fromLatin1(name) +
                                     (answered ? QLatin1String(": SERVFAIL") : QLatin1String(": TIMEOUT"))),
                 qPrintable(nagios.out));
    }
    // When the include target fails, the dependents' checks could not be made: unreachable, not errors (§4.4).
    if (servfail.contains("acme.example")) {
        for (const char *name : {"good.example", "soft.example"}) {
            const QJsonObject d = domainIn(doc, name);
            QCOMPARE(d.value(QStringLiteral("status")).toString(), QStringLiteral("unreachable"));
            QCOMPARE(d.value(QStringLiteral("unreachable")).toObject().value(QStringLiteral("reason")).toString(),
                     QStringLiteral("check-failed"));
            QVERIFY2(codesOf(d).contains(QStringLiteral("VFY505")), qPrintable(codesOf(d).join(QLatin1Char(' '))));
        }
    }
    const QJsonObject b = domainIn(doc, "broken.example");
    QCOMPARE(b.value(QStringLiteral("status")).toString(), broken ? QStringLiteral("error")
                                                           : servfail.contains("acme.example")
                                                               ? QStringLiteral("unreachable")
                                                               : QStringLiteral("ok"));
    if (broken)
        QVERIFY(codesOf(b).contains(QStringLiteral("VFY201")));
}

void TestCliVerify::heloSubdomainWithoutRecord()
{
    project::Project p = sampleProject({"good.example"});
    project::MailServer outside;
    outside.hostname = dn("relay.hoster.example");
    outside.addresses = {*net::IpAddress::parse("192.0.2.10")};
    p.mailServers.append(outside);
    const QString file = saveProject(m_dir, p, QStringLiteral("helo.spfproj"));
    // Everything the project generates, except the HELO names' records.
    QList<Zone> zones;
    const auto zoneAt = [](const QByteArray &origin) {
        Zone z;
        z.origin = origin;
        return z;
    };
    Zone acme = zoneAt("acme.example");
    Zone good = zoneAt("good.example");
    Zone hoster = zoneAt("hoster.example");
    hoster.records.append(ZoneRecord{"relay", "A", "192.0.2.10"});
    acme.records.append(ZoneRecord{"mail", "A", "192.0.2.10"});
    for (const project::GeneratedRecord &r : project::generate(p).records) {
        if (r.owner == "acme.example")
            acme.records.append(ZoneRecord::txt("@", r.text));
        else if (r.owner == "good.example")
            good.records.append(ZoneRecord::txt("@", r.text));
    }
    DnsServerFixture server;
    for (const Zone &z : {acme, good, hoster})
        server.addZone(z);
    const testing::StartResult started = server.start();
    QVERIFY2(started.ok, qPrintable(started.error));

    const Outcome json = runCli({QStringLiteral("verify"), QStringLiteral("--json"), QStringLiteral("--server"),
                                 server.serverSpec(), QStringLiteral("--timeout"), QStringLiteral("1000"), file});
    // No record at a HELO name is an error of its own (SPF309, result none); VFY303 says what it means for MAIL FROM.
    QVERIFY2(json.code == 2, qPrintable(json.out + json.err));
    const QJsonObject doc = parseObject(json.out);
    const QJsonObject mail = domainIn(doc, "mail.acme.example");
    QCOMPARE(mail.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
    QVERIFY2(codesOf(mail).contains(QStringLiteral("VFY303")), qPrintable(codesOf(mail).join(QLatin1Char(' '))));
    for (const QJsonValue &v : mail.value(QStringLiteral("diagnostics")).toArray()) {
        const QJsonObject d = v.toObject();
        if (d.value(QStringLiteral("code")).toString() != QLatin1String("VFY303"))
            continue;
        QVERIFY2(d.value(QStringLiteral("message"))
                     .toString()
                     .contains(QLatin1String("the policy of acme.example does not cover sub-domains")),
                 qPrintable(d.value(QStringLiteral("message")).toString()));
        QCOMPARE(d.value(QStringLiteral("fix")).toString(),
                 QStringLiteral("Publish `v=spf1 ip4:192.0.2.10 -all` at mail.acme.example."));
    }
    // A HELO name outside the project's domains is no sub-domain of a sender: only its HELO check (VFY302) applies.
    const QJsonObject relay = domainIn(doc, "relay.hoster.example");
    QVERIFY(!relay.isEmpty());
    QVERIFY(!codesOf(relay).contains(QStringLiteral("VFY303")));
    QVERIFY(codesOf(relay).contains(QStringLiteral("VFY302")));
    // The sending domains themselves are fine.
    QCOMPARE(domainIn(doc, "good.example").value(QStringLiteral("status")).toString(), QStringLiteral("ok"));

    const Outcome text = runCli({QStringLiteral("verify"), QStringLiteral("--server"), server.serverSpec(),
                                 QStringLiteral("--timeout"), QStringLiteral("1000"), file});
    QCOMPARE(text.code, 2);
    QVERIFY2(text.out.contains(QLatin1String("VFY303")), qPrintable(text.out));
}

void TestCliVerify::thoroughAsksEveryNameTypeNinetyNine()
{
    const project::Project p = sampleProject({"good.example", "left99.example"});
    const QString file = saveProject(m_dir, p, QStringLiteral("thorough.spfproj"));
    Zone zone;
    zone.origin = "example";
    for (const project::GeneratedRecord &r : project::generate(p).records)
        zone.records.append(ZoneRecord::txt(r.owner + '.', r.text));
    // A dependent's leftover from the RFC 4408 era, differing from its TXT record.
    ZoneRecord leftover = ZoneRecord::txt("left99.example.", "v=spf1 mx -all");
    leftover.type = "SPF";
    zone.records.append(leftover);
    DnsServerFixture server;
    server.addZone(zone);
    const testing::StartResult started = server.start();
    QVERIFY2(started.ok, qPrintable(started.error));
    const QStringList args{QStringLiteral("verify"),
                           QStringLiteral("--json"),
                           QStringLiteral("--server"),
                           server.serverSpec(),
                           QStringLiteral("--timeout"),
                           QStringLiteral("1000"),
                           file};

    // Standard: a dependent with a TXT policy is not asked type 99, so the leftover goes unseen.
    const Outcome standard = runCli(args);
    QVERIFY2(standard.code == 0, qPrintable(standard.out + standard.err));
    QCOMPARE(domainIn(parseObject(standard.out), "left99.example").value(QStringLiteral("status")).toString(),
             QStringLiteral("ok"));

    const Outcome thorough = runCli(args + QStringList{QStringLiteral("--thorough")});
    QVERIFY2(thorough.code == 1, qPrintable(thorough.out + thorough.err));
    const QJsonObject doc = parseObject(thorough.out);
    const QJsonObject left = domainIn(doc, "left99.example");
    QCOMPARE(left.value(QStringLiteral("status")).toString(), QStringLiteral("warning"));
    QVERIFY2(codesOf(left).contains(QStringLiteral("SPF307")) && codesOf(left).contains(QStringLiteral("SPF308")),
             qPrintable(codesOf(left).join(QLatin1Char(' '))));
    QCOMPARE(domainIn(doc, "good.example").value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
}

void TestCliVerify::cnameLoopIsAnErrorNotUnreachable_data()
{
    QTest::addColumn<QString>("term");          // the primary's first term, whose target is the loop
    QTest::addColumn<bool>("acrossZones");      // the loop's second link lives in another zone on the same server
    QTest::addColumn<QString>("expectedChain"); // as VFY106 writes it
    QTest::newRow("a: target") << QStringLiteral("a:loop.acme.example") << false
                               << QStringLiteral("loop.acme.example → loop2.acme.example → loop.acme.example");
    QTest::newRow("mx: target") << QStringLiteral("mx:loop.acme.example") << false
                                << QStringLiteral("loop.acme.example → loop2.acme.example → loop.acme.example");
    QTest::newRow("a: target, two zones")
        << QStringLiteral("a:loop.acme.example") << true
        << QStringLiteral("loop.acme.example → loop.other.example → loop.acme.example");
}

void TestCliVerify::cnameLoopIsAnErrorNotUnreachable()
{
    QFETCH(QString, term);
    QFETCH(bool, acrossZones);
    QFETCH(QString, expectedChain);
    project::Project p = sampleProject({"good.example"});
    p.primary.terms.prepend(term); // checked before ip4:, so check_host meets the loop
    const QString file = saveProject(m_dir, p, QStringLiteral("loop.spfproj"));

    Zone acme;
    acme.origin = "acme.example";
    Zone good;
    good.origin = "good.example";
    Zone other;
    other.origin = "other.example";
    for (const project::GeneratedRecord &r : project::generate(p).records) {
        if (r.type != project::RecordType::Txt)
            continue;
        if (r.owner.endsWith("acme.example"))
            acme.records.append(ZoneRecord::txt(r.owner + '.', r.text));
        else if (r.owner == "good.example")
            good.records.append(ZoneRecord::txt("@", r.text));
    }
    acme.records.append(ZoneRecord{"mail", "A", "192.0.2.10"});
    if (acrossZones) {
        acme.records.append(ZoneRecord{"loop", "CNAME", "loop.other.example."});
        other.records.append(ZoneRecord{"loop", "CNAME", "loop.acme.example."});
    } else {
        acme.records.append(ZoneRecord{"loop", "CNAME", "loop2"});
        acme.records.append(ZoneRecord{"loop2", "CNAME", "loop"});
    }
    DnsServerFixture server;
    for (const Zone &z : {acme, good, other})
        server.addZone(z);
    const testing::StartResult started = server.start();
    QVERIFY2(started.ok, qPrintable(started.error));
    const QStringList args{QStringLiteral("verify"),    QStringLiteral("--server"), server.serverSpec(),
                           QStringLiteral("--timeout"), QStringLiteral("1000"),     file};

    // The built tool: an error (2), not "could not check" (3).
    QProcess tool;
    tool.start(QStringLiteral(SPF_CLI_PATH), args);
    QVERIFY(tool.waitForFinished(60000));
    const QByteArray toolOut = tool.readAllStandardOutput();
    QVERIFY2(tool.exitStatus() == QProcess::NormalExit && tool.exitCode() == 2, toolOut.constData());
    QVERIFY2(toolOut.contains("VFY106"), toolOut.constData());
    QVERIFY2(toolOut.contains(QString(QStringLiteral("CNAME loop at ") + expectedChain).toUtf8()), toolOut.constData());

    const Outcome json = runCli(args + QStringList{QStringLiteral("--json")});
    QVERIFY2(json.code == 2, qPrintable(json.out + json.err));
    const QJsonObject doc = parseObject(json.out);
    QCOMPARE(doc.value(QStringLiteral("summary")).toObject().value(QStringLiteral("exitCode")).toInt(), 2);
    // The primary, and the dependent whose include meets the same loop: errors with VFY106, never unreachable.
    for (const char *name : {"acme.example", "good.example"}) {
        const QJsonObject d = domainIn(doc, name);
        QCOMPARE(d.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
        QVERIFY(!d.contains(QStringLiteral("unreachable")));
        const QStringList codes = codesOf(d);
        QVERIFY2(codes.contains(QStringLiteral("VFY106")), qPrintable(codes.join(QLatin1Char(' '))));
        QVERIFY(!codes.contains(QStringLiteral("VFY503")) && !codes.contains(QStringLiteral("VFY504")));
        QCOMPARE(codes.count(QStringLiteral("VFY106")), 1); // the A and MX questions meet one loop: said once
        for (const QJsonValue &v : d.value(QStringLiteral("diagnostics")).toArray()) {
            const QJsonObject diag = v.toObject();
            if (diag.value(QStringLiteral("code")).toString() != QLatin1String("VFY106"))
                continue;
            QCOMPARE(diag.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
            QVERIFY2(diag.value(QStringLiteral("message"))
                         .toString()
                         .startsWith(QStringLiteral("CNAME loop at ") + expectedChain),
                     qPrintable(diag.value(QStringLiteral("message")).toString()));
            QVERIFY(diag.value(QStringLiteral("fix")).toString().startsWith(QLatin1String("Fix the alias")));
        }
        // Receivers see a DNS error: check_host says temperror for the mail server, as RFC 7208 §5 has it.
        QVERIFY2(codes.contains(QStringLiteral("VFY505")), qPrintable(codes.join(QLatin1Char(' '))));
        bool sawTempError = false;
        for (const QJsonValue &c : d.value(QStringLiteral("checks")).toArray())
            sawTempError =
                sawTempError || c.toObject().value(QStringLiteral("result")).toString() == QLatin1String("temperror");
        QVERIFY(sawTempError);
    }
}

QTEST_GUILESS_MAIN(TestCliVerify)
#include "tst_cli_verify.moc"
