// Crafted text cannot inject into an nsupdate script: terms and record text with quotes, line breaks, backslashes,
// "$INCLUDE", ";" and NUL bytes go through the real nsupdate into a BIND started by the test, which then holds exactly
// the records generated, byte for byte, and nothing else: no extra record, no deleted sibling, no other zone touched.
#include "ExportTestSupport.h"
#include "project/Exporters.h"
#include "project/ProjectFile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace spfm::project;
using namespace spfm::testing;
using namespace spfm::testing::exports;

namespace {

GeneratedRecord raw(const QByteArray &owner, const QByteArray &text)
{
    GeneratedRecord r;
    r.owner = owner;
    r.zone = "hostile-upd.example";
    r.text = text;
    r.ttl = 600;
    return r;
}

// Each would end the quoted string, the line or the command if not escaped; the last two are nsupdate commands.
const QByteArray kNewlineCommand = "v=spf1 a\"\nupdate delete other-upd.example. TXT\nsend\n\"";
const QByteArray kEverything = QByteArray("v=spf1 \"q\" \\ ;comment $INCLUDE /etc/passwd\r\n@ 600 IN A 10.0.0.1 ") +
                               QByteArray(1, '\0') + QByteArray("\x01\x7f\xc3\xa9\xff -all");

// The terms are a";$INCLUDE/etc/passwd, x\"y, semi;colon and $TTL.
const QByteArray kHostileProject =
    "{\"format\": \"spfmanager-project\", \"version\": 1, \"ttl\": 600, \"primary\": {\"domain\": "
    "\"hostile-upd.example\", \"terms\": [\"a\\\";$INCLUDE/etc/passwd\", \"x\\\\\\\"y\", \"semi;colon\", \"$TTL\"]}}";

QList<QList<QByteArray>> sorted(QList<QList<QByteArray>> l)
{
    std::sort(l.begin(), l.end());
    return l;
}

} // namespace

class TestExportNsupdateHostile : public QObject
{
    Q_OBJECT

private slots:
    void hostileTextArrivesIntactAndAlone()
    {
        const QString nsupdate = findTool(QStringLiteral("nsupdate"));
        QVERIFY2(!nsupdate.isEmpty(), "nsupdate is missing: install bind9-dnsutils (scripts/test does)");
        DnsServerFixture server(DnsServerFixture::Kind::Bind);
        Zone hostile;
        hostile.origin = "hostile-upd.example";
        hostile.allowUpdate = true;
        hostile.records = {ZoneRecord{"@", "TXT", R"("site-verification=keep")", 600}};
        server.addZone(hostile);
        Zone other;
        other.origin = "other-upd.example";
        other.allowUpdate = true;
        other.records = {ZoneRecord{"@", "TXT", R"("v=spf1 -all")", 600}};
        server.addZone(other);
        const StartResult started = server.start();
        QVERIFY2(started.ok, qPrintable(started.error));

        // Through the model: terms allow no white space, but quotes, backslashes, ';' and '$' pass as written.
        auto model = ProjectFile::parse(kHostileProject);
        QVERIFY2(model, qPrintable(model.ok() ? QString() : model.error().message));
        QList<GeneratedRecord> records;
        for (const GeneratedRecord &r : generate(model.value().project()).records) {
            if (r.owner == "hostile-upd.example" && r.type == RecordType::Txt)
                records.append(r);
        }
        QCOMPARE(records.size(), 1);
        records.append(raw("nl.hostile-upd.example", kNewlineCommand));
        records.append(raw("all.hostile-upd.example", kEverything));
        records.append(raw("long.hostile-upd.example", QByteArray(300, 'x') + kEverything));

        NsupdateOptions options;
        options.server = server.address().toString();
        options.port = server.port();
        options.published.complete = true; // nothing published at these names but the sibling below
        options.published.records.insert("hostile-upd.example", {{"site-verification=keep"}});
        const auto script = NsupdateExporter::write(records, options);
        QVERIFY(script.ok());

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("update.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(script.value().text);
        f.close();
        const ToolRun run = runTool(nsupdate, {path});
        QVERIFY2(run.started, "nsupdate did not start");
        QVERIFY2(run.exitCode == 0, QByteArray(run.output + "\n--- script:\n" + script.value().text).constData());

        // Each name holds exactly its record, string for string; the sibling stays; nothing else appeared.
        QCOMPARE(sorted(query(server, "hostile-upd.example", LDNS_RR_TYPE_TXT).records),
                 sorted({txtStrings(records[0].text), {"site-verification=keep"}}));
        for (qsizetype i = 1; i < records.size(); ++i) {
            const QList<QList<QByteArray>> got = query(server, records[i].owner, LDNS_RR_TYPE_TXT).records;
            QCOMPARE(got, QList<QList<QByteArray>>{txtStrings(records[i].text)});
            QCOMPARE(got.first().join(), records[i].text);
        }
        for (const QByteArray &name : {QByteArray("hostile-upd.example"), QByteArray("all.hostile-upd.example"),
                                       QByteArray("nl.hostile-upd.example")})
            QVERIFY(query(server, name, LDNS_RR_TYPE_A).records.isEmpty());
        QCOMPARE(query(server, "other-upd.example", LDNS_RR_TYPE_TXT).records,
                 QList<QList<QByteArray>>{{"v=spf1 -all"}});
    }
};

QTEST_GUILESS_MAIN(TestExportNsupdateHostile)
#include "tst_export_nsupdate_hostile.moc"
