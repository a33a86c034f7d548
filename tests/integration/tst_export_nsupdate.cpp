// The nsupdate export against the real tools: a BIND started by the test (dynamic updates allowed) receives the script
// through the real nsupdate; the SPF records change, sibling TXT records stay, and the answers are read back with ldns.
#include "ExportTestSupport.h"
#include "TestConfig.h"
#include "project/Exporters.h"
#include "project/ProjectFile.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace spfm::project;
using namespace spfm::testing;
using namespace spfm::testing::exports;

namespace {

QByteArray primaryTerms()
{
    QByteArray terms = R"("mx")";
    for (int i = 0; i < 30; ++i)
        terms += ", \"ip4:198.51.100." + QByteArray::number(i) + "\""; // over 255 octets: several strings
    return terms;
}

QByteArray projectJson()
{
    return R"({"format": "spfmanager-project", "version": 1, "ttl": 600,
        "primary": {"domain": "upd.example", "terms": [)" +
           primaryTerms() + R"(]},
        "mail_servers": [{"hostname": "mail.upd.example", "addresses": ["192.0.2.25", "2001:db8::25"]}],
        "dependents": [{"domain": "parked-upd.example", "parked": true}, {"domain": "new-upd.example"}]})";
}

QList<GeneratedRecord> records()
{
    auto model = ProjectFile::parse(projectJson());
    if (!model)
        qFatal("test project: %s", qPrintable(model.error().message));
    return generate(model.value().project()).records;
}

// What is published before the update: an old SPF split in two strings, a site verification beside it, an old HELO
// record, a parked domain that used to send, and a dependent with nothing published yet.
void addPublishedZones(DnsServerFixture &server)
{
    Zone upd;
    upd.origin = "upd.example";
    upd.allowUpdate = true;
    upd.records = {ZoneRecord{"@", "TXT", R"("v=spf1 a " "-all")", 600},
                   ZoneRecord{"@", "TXT", R"("site-verification=abc123")", 600},
                   ZoneRecord{"@", "MX", "10 mail.upd.example.", 600}, ZoneRecord{"mail", "A", "192.0.2.25", 600},
                   ZoneRecord{"mail", "TXT", R"("v=spf1 ip4:192.0.2.99 -all")", 600}};
    server.addZone(upd);
    Zone parked;
    parked.origin = "parked-upd.example";
    parked.allowUpdate = true;
    parked.records = {ZoneRecord{"@", "TXT", R"("v=spf1 include:upd.example -all")", 600},
                      ZoneRecord{"@", "TXT", R"("keybase-site-verification=xyz")", 600},
                      ZoneRecord{"@", "MX", "10 mail.upd.example.", 600},
                      ZoneRecord{"_dmarc", "TXT", R"("v=DMARC1; p=none")", 600}};
    server.addZone(parked);
    Zone fresh;
    fresh.origin = "new-upd.example";
    fresh.allowUpdate = true;
    fresh.records = {ZoneRecord{"@", "TXT", R"("other=1")", 600}};
    server.addZone(fresh);
}

QList<QList<QByteArray>> sorted(QList<QList<QByteArray>> l)
{
    std::sort(l.begin(), l.end());
    return l;
}

QList<QList<QByteArray>> txtAt(const DnsServerFixture &server, const QByteArray &name,
                               ldns_rr_type type = LDNS_RR_TYPE_TXT)
{
    const Answer a = query(server, name, type);
    if (a.status != LDNS_STATUS_OK)
        return {{"query failed: " + QByteArray(ldns_get_errorstr_by_id(a.status))}};
    return sorted(a.records);
}

ToolRun applyScript(const QByteArray &script)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("update.txt"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(script);
    f.close();
    return runTool(findTool(QStringLiteral("nsupdate")), {path});
}

} // namespace

class TestExportNsupdate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!findTool(QStringLiteral("nsupdate")).isEmpty(),
                 "nsupdate is missing: install bind9-dnsutils (scripts/test does)");
    }

    void replacesSpfAndKeepsSiblings()
    {
        DnsServerFixture server(DnsServerFixture::Kind::Bind);
        addPublishedZones(server);
        const StartResult started = server.start();
        QVERIFY2(started.ok, qPrintable(started.error));

        const QList<GeneratedRecord> generated = records();
        NsupdateOptions options;
        options.server = server.address().toString();
        options.port = server.port();
        // As a verification would report them: every TXT record at each name, split as published.
        options.published.records.insert("upd.example", {{"v=spf1 a ", "-all"}, {"site-verification=abc123"}});
        options.published.records.insert("mail.upd.example", {{"v=spf1 ip4:192.0.2.99 -all"}});
        options.published.records.insert("parked-upd.example",
                                         {{"v=spf1 include:upd.example -all"}, {"keybase-site-verification=xyz"}});
        options.published.records.insert("_dmarc.parked-upd.example", {{"v=DMARC1; p=none"}});
        options.published.records.insert("new-upd.example", {{"other=1"}});
        const auto script = NsupdateExporter::write(generated, options);
        QVERIFY(script.ok());
        QVERIFY2(script.value().warnings.isEmpty(), qPrintable(script.value().warnings.join(QLatin1Char('\n'))));

        const ToolRun run = applyScript(script.value().text);
        QVERIFY2(run.started, "nsupdate did not start");
        QVERIFY2(run.exitCode == 0, QByteArray(run.output + "\n--- script:\n" + script.value().text).constData());

        const QList<QByteArray> newPolicy = txtStrings(generated[0].text);
        QVERIFY(newPolicy.size() > 1);
        QCOMPARE(txtAt(server, "upd.example"), sorted({newPolicy, {"site-verification=abc123"}}));
        QCOMPARE(txtAt(server, "mail.upd.example"), sorted({{"v=spf1 ip4:192.0.2.25 ip6:2001:db8::25 -all"}}));
        QCOMPARE(txtAt(server, "parked-upd.example"), sorted({{"v=spf1 -all"}, {"keybase-site-verification=xyz"}}));
        QCOMPARE(txtAt(server, "parked-upd.example", LDNS_RR_TYPE_MX), sorted({{"0 ."}}));
        QCOMPARE(txtAt(server, "_dmarc.parked-upd.example"), sorted({{"v=DMARC1; p=reject"}}));
        QCOMPARE(txtAt(server, "new-upd.example"), sorted({{"v=spf1 include:upd.example -all"}, {"other=1"}}));
        // untouched: the primary's MX set
        QCOMPARE(txtAt(server, "upd.example", LDNS_RR_TYPE_MX), sorted({{"10 mail.upd.example."}}));
    }

    // The CLI's --published file, [[strings]] per record as `dig +short TXT` shows them, through the built tool: the
    // script it writes replaces the split SPF record in a real BIND. The output of verify --json (joined strings,
    // the split unknown) is refused, and nothing changes.
    void cliPublishedFileReplacesTheSplitRecord()
    {
        DnsServerFixture server(DnsServerFixture::Kind::Bind);
        addPublishedZones(server);
        const StartResult started = server.start();
        QVERIFY2(started.ok, qPrintable(started.error));
        QTemporaryDir dir;
        const auto write = [&](const char *name, const QByteArray &data) {
            QFile f(dir.filePath(QString::fromLatin1(name)));
            if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
                qFatal("cannot write %s", name);
            return f.fileName();
        };
        const QString project = write("upd.spfproj", projectJson());
        const QStringList exportArguments{QStringLiteral("export"),   project,
                                          QStringLiteral("--format"), QStringLiteral("nsupdate"),
                                          QStringLiteral("--server"), server.address().toString(),
                                          QStringLiteral("--port"),   QString::number(server.port())};

        const QString joined = write("verify.json", R"({"summary": {"total": 1}, "domains": [
            {"domain": "upd.example", "published": ["v=spf1 a -all"]}]})");
        const ToolRun refused =
            runTool(QStringLiteral(SPF_CLI_PATH), exportArguments + QStringList{QStringLiteral("--published"), joined});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.output.contains("this is the output of verify --json"), refused.output.constData());
        QVERIFY(!refused.output.contains("update add"));

        const QString published = write("published.json", R"({
            "upd.example.": [["v=spf1 a ", "-all"], ["site-verification=abc123"]],
            "mail.upd.example": [["v=spf1 ip4:192.0.2.99 -all"]],
            "parked-upd.example": [["v=spf1 include:upd.example -all"], ["keybase-site-verification=xyz"]],
            "_dmarc.parked-upd.example": [["v=DMARC1; p=none"]],
            "new-upd.example": [["other=1"]]})");
        QProcess cli;
        cli.start(QStringLiteral(SPF_CLI_PATH),
                  exportArguments + QStringList{QStringLiteral("--published"), published});
        QVERIFY(cli.waitForFinished(20000));
        const QByteArray script = cli.readAllStandardOutput();
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        QVERIFY2(script.contains("update delete upd.example. TXT \"v=spf1 a \" \"-all\"\n"), script.constData());

        const ToolRun run = applyScript(script);
        QVERIFY2(run.exitCode == 0, QByteArray(run.output + "\n--- script:\n" + script).constData());
        QCOMPARE(txtAt(server, "upd.example"), sorted({txtStrings(records()[0].text), {"site-verification=abc123"}}));
        QCOMPARE(txtAt(server, "new-upd.example"), sorted({{"v=spf1 include:upd.example -all"}, {"other=1"}}));
    }

    void unknownPublishedValueDeletesNothing()
    {
        DnsServerFixture server(DnsServerFixture::Kind::Bind);
        addPublishedZones(server);
        const StartResult started = server.start();
        QVERIFY2(started.ok, qPrintable(started.error));

        NsupdateOptions options;
        options.server = server.address().toString();
        options.port = server.port();
        const auto script = NsupdateExporter::write(records(), options);
        QVERIFY(script.ok());
        QCOMPARE(script.value().warnings.size(), 5); // all five TXT records, the DMARC one included
        const ToolRun run = applyScript(script.value().text);
        QVERIFY2(run.exitCode == 0, QByteArray(run.output + "\n--- script:\n" + script.value().text).constData());

        // No TXT record anywhere was touched; only the parked domain's MX set was replaced (RFC 7505).
        QCOMPARE(txtAt(server, "upd.example"), sorted({{"v=spf1 a ", "-all"}, {"site-verification=abc123"}}));
        QCOMPARE(txtAt(server, "parked-upd.example"),
                 sorted({{"v=spf1 include:upd.example -all"}, {"keybase-site-verification=xyz"}}));
        QCOMPARE(txtAt(server, "_dmarc.parked-upd.example"), sorted({{"v=DMARC1; p=none"}}));
        QCOMPARE(txtAt(server, "parked-upd.example", LDNS_RR_TYPE_MX), sorted({{"0 ."}}));
    }
};

QTEST_GUILESS_MAIN(TestExportNsupdate)
#include "tst_export_nsupdate.moc"
