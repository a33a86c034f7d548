// The BIND export against the real tools: named-checkzone accepts every zone block, and a real NSD serving the exported
// zones answers exactly the generated records, multi-string TXT included, compared at the wire level with ldns.
#include "ExportTestSupport.h"
#include "TestConfig.h"
#include "project/Exporters.h"
#include "project/ProjectFile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace spfm::project;
using namespace spfm::testing;
using namespace spfm::testing::exports;

namespace {

QList<GeneratedRecord> fromProject(const QByteArray &json)
{
    auto model = ProjectFile::parse(json);
    if (!model)
        qFatal("test project: %s", qPrintable(model.error().message));
    return generate(model.value().project()).records;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

GeneratedRecord raw(const QByteArray &owner, const QByteArray &zone, const QByteArray &text)
{
    GeneratedRecord r;
    r.owner = owner;
    r.zone = zone;
    r.text = text;
    r.ttl = 600;
    return r;
}

// Three set-ups: the shipped sample; a long policy (three strings) with type 99 copies; and crafted text that must
// stay inside its quoted strings.
QList<GeneratedRecord> scenario(const QByteArray &name)
{
    if (name == "acme")
        return fromProject(readFile(QStringLiteral(SPF_SOURCE_DIR "/examples/acme.spfproj")));
    if (name == "long") {
        QByteArray terms;
        for (int i = 0; i < 45; ++i)
            terms += (i ? ", " : "") + QByteArray("\"ip4:198.51.100.") + QByteArray::number(i) + "\"";
        return fromProject(R"({"format": "spfmanager-project", "version": 1, "spf_rr_type99": true, "ttl": 120,
            "primary": {"domain": "long.example", "terms": [)" +
                           terms + R"(]},
            "dependents": [{"domain": "dep.long-zone.example", "terms": ["exists:%{I}.%{L}._spf.%{d}", "A:Mx.Example.NET/24"]}]})");
    }
    // Hostile terms through the model (no white space allowed there) plus raw records with every dangerous byte.
    QList<GeneratedRecord> records = fromProject(
        R"({"format": "spfmanager-project", "version": 1, "primary": {"domain": "hostile.example",
            "terms": ["a\";$INCLUDE/etc/passwd", "x\\\"y", "semi;colon", "@", "$TTL"]}})");
    records.append(raw("hostile.example", "hostile.example",
                       QByteArray("v=spf1 a\"\n$INCLUDE /etc/passwd\n@ IN A 10.0.0.1 ; \\\r-all", 54)));
    records.append(raw("nul.hostile.example", "hostile.example", QByteArray("v=spf1 \0\x01\x7f\xff -all", 17)));
    return records;
}

} // namespace

class TestExportBind : public QObject
{
    Q_OBJECT

private slots:
    void namedCheckzoneAcceptsEveryZone_data()
    {
        QTest::addColumn<QByteArray>("scenario");
        QTest::newRow("acme") << QByteArray("acme");
        QTest::newRow("long") << QByteArray("long");
        QTest::newRow("hostile") << QByteArray("hostile");
    }
    void namedCheckzoneAcceptsEveryZone()
    {
        QFETCH(QByteArray, scenario);
        const QString tool = findTool(QStringLiteral("named-checkzone"));
        QVERIFY2(!tool.isEmpty(), "named-checkzone is missing: install bind9-utils (scripts/test does)");

        const QList<GeneratedRecord> records = ::scenario(scenario);
        const auto blocks = bindBlocks(BindExporter::write(records));
        QVERIFY(!blocks.isEmpty());
        QTemporaryDir dir;
        int checked = 0;
        for (auto it = blocks.cbegin(); it != blocks.cend(); ++it) {
            const QByteArray origin = it.key(); // with its trailing dot
            QByteArray zone = "$ORIGIN " + origin + "\n$TTL 300\n@ IN SOA ns1." + origin + " hostmaster." + origin +
                              " 1 3600 600 86400 60\n@ IN NS ns1." + origin + "\nns1 IN A 127.0.0.1\n";
            for (const QByteArray &line : it.value())
                zone += line + '\n';
            const QString file = dir.filePath(QString::fromLatin1(origin) + QLatin1String("zone"));
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(zone);
            f.close();
            const ToolRun run = runTool(tool, {QStringLiteral("-D"), QStringLiteral("-o"), QStringLiteral("-"),
                                               QString::fromLatin1(origin), file});
            QVERIFY2(run.started, "named-checkzone did not start");
            QVERIFY2(run.exitCode == 0, QByteArray(origin + ":\n" + run.output + "\n--- zone:\n" + zone).constData());
            // The canonical dump holds exactly our records plus the SOA, NS and A we wrapped around them: nothing
            // crafted became an extra record or a directive.
            int ours = 0;
            int total = 0;
            for (const QByteArray &line : run.output.split('\n')) {
                const QList<QByteArray> fields = line.simplified().split(' ');
                if (fields.size() >= 5 && fields[2] == "IN") {
                    ++total;
                    if (fields[3] == "TXT" || fields[3] == "MX" || fields[3] == "SPF")
                        ++ours;
                }
            }
            QCOMPARE(ours, it.value().size());
            QCOMPARE(total, it.value().size() + 3);
            ++checked;
        }
        QCOMPARE(checked, int(blocks.size()));
    }

    void nsdServesExactlyTheGeneratedRecords_data() { namedCheckzoneAcceptsEveryZone_data(); }
    void nsdServesExactlyTheGeneratedRecords()
    {
        QFETCH(QByteArray, scenario);
        const QList<GeneratedRecord> records = ::scenario(scenario);
        const auto blocks = bindBlocks(BindExporter::write(records));

        DnsServerFixture server(DnsServerFixture::Kind::Nsd);
        for (auto it = blocks.cbegin(); it != blocks.cend(); ++it) {
            Zone zone;
            zone.origin = it.key().chopped(1);
            for (const QByteArray &line : it.value()) {
                // owner TAB ttl TAB IN TAB type TAB rdata: the exported line, verbatim
                const QList<QByteArray> f = line.split('\t');
                QCOMPARE(f.size(), 5);
                zone.records.append(ZoneRecord{f[0], f[3], f[4], f[1].toUInt()});
            }
            server.addZone(zone);
        }
        const StartResult started = server.start();
        QVERIFY2(started.ok, qPrintable(started.error));

        // Expected RRsets by (owner, type), as DNS character-strings.
        QMap<QPair<QByteArray, quint16>, QList<QList<QByteArray>>> expected;
        for (const GeneratedRecord &r : records) {
            const auto key = qMakePair(r.owner, recordTypeNumber(r.type));
            expected[key].append(r.type == RecordType::Mx ? QList<QByteArray>{"0 ."} : txtStrings(r.text));
        }
        int multiString = 0;
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            const Answer a = query(server, it.key().first, ldns_rr_type(it.key().second));
            QVERIFY2(a.status == LDNS_STATUS_OK, ldns_get_errorstr_by_id(a.status));
            QCOMPARE(a.rcode, int(LDNS_RCODE_NOERROR));
            QList<QList<QByteArray>> got = a.records;
            QList<QList<QByteArray>> want = it.value();
            std::sort(got.begin(), got.end());
            std::sort(want.begin(), want.end());
            QCOMPARE(got, want);
            for (const auto &rr : want)
                multiString += rr.size() > 1 ? 1 : 0;
        }
        if (scenario == "long")
            QVERIFY(multiString >= 2); // the TXT and the type-99 copy, three strings each
    }
};

QTEST_GUILESS_MAIN(TestExportBind)
#include "tst_export_bind.moc"
