#include "TestConfig.h"
#include "project/Exporters.h"
#include "project/ProjectFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace spfm::project;

namespace {

GeneratedRecord txt(const QByteArray &owner, const QByteArray &zone, const QByteArray &text,
                    RecordRole role = RecordRole::Dependent)
{
    GeneratedRecord r;
    r.owner = owner;
    r.zone = zone;
    r.text = text;
    r.role = role;
    r.ttl = 300;
    return r;
}

QList<GeneratedRecord> issueRecords()
{
    QFile f(QStringLiteral(SPF_TEST_DATA_DIR "/project/issue-shape.spfproj"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("no test data");
    return generate(ProjectFile::parse(f.readAll()).value().project()).records;
}

// Crafted text that would end a quoted string, start a new line, a directive, a comment or a field if not escaped.
const QByteArray kHostileText =
    QByteArray("v=spf1 a\";$INCLUDE /etc/passwd\n@ IN TXT \"x\\\" ip4:1:2\r\n'evil:x:1\t,=cmd|x ", 68) +
    QByteArray(1, '\0') + QByteArray("\x7f\xc3\xa9 -all");
const QByteArray kHostileOwner = QByteArray("bad\"name\n$INCLUDE x;\\:.example");

QList<GeneratedRecord> hostileRecords()
{
    return {txt("good.example", "good.example", kHostileText), txt(kHostileOwner, "good.example", "v=spf1 -all"),
            txt("long.example", "long.example", QByteArray(300, 'a') + kHostileText)};
}

// Master-file <character-string> decoding (RFC 1035 §5.1): what BIND would read back.
QList<QByteArray> decodeQuotedStrings(const QByteArray &rdata)
{
    QList<QByteArray> out;
    qsizetype i = 0;
    while (i < rdata.size()) {
        while (i < rdata.size() && rdata[i] == ' ')
            ++i;
        if (i >= rdata.size())
            break;
        if (rdata[i] != '"')
            return {"<not quoted>"};
        ++i;
        QByteArray s;
        while (i < rdata.size() && rdata[i] != '"') {
            if (rdata[i] == '\\') {
                if (i + 3 < rdata.size() && isdigit(uchar(rdata[i + 1]))) {
                    s += char(rdata.mid(i + 1, 3).toInt());
                    i += 4;
                } else {
                    s += rdata[i + 1];
                    i += 2;
                }
            } else {
                s += rdata[i++];
            }
        }
        ++i;
        out.append(s);
    }
    return out;
}

QByteArray decodeOctal(const QByteArray &field)
{
    QByteArray s;
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field[i] == '\\' && i + 3 < field.size() + 0) {
            s += char(field.mid(i + 1, 3).toInt(nullptr, 8));
            i += 3;
        } else {
            s += field[i];
        }
    }
    return s;
}

// RFC 4180 reader: rows of fields.
QList<QList<QByteArray>> parseCsv(const QByteArray &csv)
{
    QList<QList<QByteArray>> rows;
    QList<QByteArray> row;
    QByteArray field;
    bool quoted = false;
    for (qsizetype i = 0; i < csv.size(); ++i) {
        const char c = csv[i];
        if (quoted) {
            if (c == '"' && i + 1 < csv.size() && csv[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            row.append(field);
            field.clear();
        } else if (c == '\r' && i + 1 < csv.size() && csv[i + 1] == '\n') {
            row.append(field);
            field.clear();
            rows.append(row);
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace

class TestExporters : public QObject
{
    Q_OBJECT

private slots:
    void bind()
    {
        const QByteArray out = BindExporter::write(issueRecords());
        const QByteArray expected =
            "; SPF Manager: zone snippets. Owner names are absolute; paste each block into the zone named above it.\n"
            "\n; zone example.com.\n"
            "example.com.\t3600\tIN\tTXT\t\"v=spf1 a mx ip4:192.0.2.0/24 -all\"\n"
            "mail.example.com.\t3600\tIN\tTXT\t\"v=spf1 ip4:192.0.2.10 ip6:2001:db8::10 -all\"\n"
            "\n; zone example.net.\n"
            "example.net.\t3600\tIN\tTXT\t\"v=spf1 include:example.com -all\"\n"
            "\n; zone example.org.\n"
            "example.org.\t3600\tIN\tTXT\t\"v=spf1 include:example.com include:servers.mcsv.net ~all\"\n"
            "\n; zone parked.example.\n"
            "parked.example.\t3600\tIN\tTXT\t\"v=spf1 -all\"\n"
            "parked.example.\t3600\tIN\tMX\t0 .\n"
            "_dmarc.parked.example.\t3600\tIN\tTXT\t\"v=DMARC1; p=reject\"\n";
        QCOMPARE(QString::fromUtf8(out), QString::fromUtf8(expected));
    }

    void bindHostile()
    {
        const QList<GeneratedRecord> records = hostileRecords();
        const QByteArray out = BindExporter::write(records);
        const QList<QByteArray> lines = out.split('\n');
        QList<QByteArray> recordLines;
        for (const QByteArray &l : lines) {
            QVERIFY2(!l.startsWith('$'), l.constData());
            if (!l.isEmpty() && !l.startsWith(';'))
                recordLines.append(l);
        }
        QCOMPARE(recordLines.size(), records.size()); // nothing split a record into two lines
        for (qsizetype i = 0; i < records.size(); ++i) {
            const QList<QByteArray> fields = recordLines[i].split('\t');
            QCOMPARE(fields.size(), 5);
            QCOMPARE(decodeQuotedStrings(fields[4]).join(), records[i].text);
            QCOMPARE(decodeQuotedStrings(fields[4]), txtStrings(records[i].text));
            for (char c : recordLines[i])
                QVERIFY(uchar(c) >= 0x20 || c == '\t');
        }
        QCOMPARE(recordLines[1].split('\t').first(),
                 QByteArray("bad\\034name\\010\\036INCLUDE\\032x\\059\\092\\058.example."));
    }

    void nsupdate()
    {
        QList<GeneratedRecord> records = issueRecords();
        NsupdateOptions o;
        o.server = QStringLiteral("127.0.0.1");
        o.port = 5353;
        o.key = QStringLiteral("hmac-sha256:upd-key:c2VjcmV0c2VjcmV0");
        o.published.records.insert("example.com",
                                   {{"v=spf1 a -all"}, {"google-site-verification=abc"}, {"v=spf1 ", "mx -all"}});
        o.published.records.insert("example.net", {{"v=spf1 include:example.com -all"}});
        o.published.records.insert("_dmarc.parked.example", {{"v=DMARC1; p=none"}});
        const auto r = NsupdateExporter::write(records, o);
        QVERIFY(r.ok());
        const QByteArray &s = r.value().text;
        QVERIFY(s.contains("\nserver 127.0.0.1 5353\nkey hmac-sha256:upd-key c2VjcmV0c2VjcmV0\n"));
        // exactly the published SPF values go; the site verification stays
        QVERIFY(s.contains("zone example.com.\nupdate delete example.com. TXT \"v=spf1 a -all\"\n"
                           "update delete example.com. TXT \"v=spf1 \" \"mx -all\"\n"
                           "update add example.com. 3600 TXT \"v=spf1 a mx ip4:192.0.2.0/24 -all\"\n"));
        QVERIFY(!s.contains("google-site-verification"));
        QVERIFY(s.contains("; unchanged: example.net. TXT"));
        QVERIFY(!s.contains("update add example.net."));
        // unknown published value: left out, with a warning, never a wholesale delete
        QVERIFY(s.contains("; left out: example.org. TXT"));
        QVERIFY(!s.contains("update add example.org."));
        QVERIFY(!s.contains(QByteArray("TXT\n")));
        QVERIFY(s.contains("update delete parked.example. MX\nupdate add parked.example. 3600 MX 0 .\n"));
        QVERIFY(s.contains("update delete _dmarc.parked.example. TXT \"v=DMARC1; p=none\"\n"
                           "update add _dmarc.parked.example. 3600 TXT \"v=DMARC1; p=reject\"\nsend\n"));
        QCOMPARE(r.value().warnings.size(), 3); // example.org, mail.example.com, parked.example TXT
        for (const QByteArray &line : s.split('\n')) {
            if (line.startsWith("update delete") && line.contains(" TXT"))
                QVERIFY2(line.contains(" TXT \""), line.constData());
        }
    }

    void nsupdateNothingPublishedYet()
    {
        NsupdateOptions o;
        o.published.complete = true;
        const auto r = NsupdateExporter::write(issueRecords(), o);
        QVERIFY(r.ok());
        QVERIFY(r.value().warnings.isEmpty());
        QCOMPARE(r.value().text.count("update add "), 7);
        QCOMPARE(r.value().text.count("update delete "), 1); // the MX set of the parked domain
        QCOMPARE(r.value().text.count("\nsend\n"), 4);
        QVERIFY(!r.value().text.contains("\nserver "));
    }

    void nsupdateRefusesInjectedOptions_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("key");
        QTest::newRow("server newline") << QStringLiteral("127.0.0.1\nupdate delete example.com.") << QString();
        QTest::newRow("server space") << QStringLiteral("127.0.0.1 53") << QString();
        QTest::newRow("key newline") << QString() << QStringLiteral("name:c2VjcmV0\nsend");
        QTest::newRow("key no secret") << QString() << QStringLiteral("name");
    }
    void nsupdateRefusesInjectedOptions()
    {
        QFETCH(QString, server);
        QFETCH(QString, key);
        NsupdateOptions o;
        o.server = server;
        o.key = key;
        QVERIFY(!NsupdateExporter::write(issueRecords(), o).ok());
    }

    void nsupdateHostile()
    {
        NsupdateOptions o;
        o.published.complete = true;
        o.published.records.insert("good.example", {{QByteArray("v=spf1 \"old\";\n$INCLUDE")}});
        const QList<GeneratedRecord> records = hostileRecords();
        const auto r = NsupdateExporter::write(records, o);
        QVERIFY(r.ok());
        int adds = 0;
        for (const QByteArray &line : r.value().text.split('\n')) {
            if (line.isEmpty() || line.startsWith(';'))
                continue;
            const bool known = line.startsWith("zone ") || line.startsWith("update add ") ||
                               line.startsWith("update delete ") || line == "send";
            QVERIFY2(known, line.constData());
            if (line.startsWith("update add ")) {
                const QList<QByteArray> strings = decodeQuotedStrings(line.mid(line.indexOf('"')));
                QCOMPARE(strings.join(), records[adds].text);
                ++adds;
            }
            if (line.startsWith("update delete ")) {
                QCOMPARE(decodeQuotedStrings(line.mid(line.indexOf('"'))).join(),
                         QByteArray("v=spf1 \"old\";\n$INCLUDE"));
            }
        }
        QCOMPARE(adds, records.size());
    }

    void tinydns()
    {
        const QByteArray out = TinydnsExporter::write(issueRecords());
        const QByteArray expected =
            "# SPF Manager: tinydns-data lines\n"
            "# zone example.com\n"
            "'example.com:v=spf1 a mx ip4\\072192.0.2.0/24 -all:3600\n"
            "'mail.example.com:v=spf1 ip4\\072192.0.2.10 ip6\\0722001\\072db8\\072\\07210 -all:3600\n"
            "# zone example.net\n"
            "'example.net:v=spf1 include\\072example.com -all:3600\n"
            "# zone example.org\n"
            "'example.org:v=spf1 include\\072example.com include\\072servers.mcsv.net ~all:3600\n"
            "# zone parked.example\n"
            "'parked.example:v=spf1 -all:3600\n"
            ":parked.example:15:\\000\\000\\000:3600\n"
            "'_dmarc.parked.example:v=DMARC1; p=reject:3600\n";
        QCOMPARE(QString::fromUtf8(out), QString::fromUtf8(expected));
    }

    void tinydnsHostile()
    {
        QList<GeneratedRecord> records = hostileRecords();
        GeneratedRecord spf99 = records[0];
        spf99.type = RecordType::Spf;
        spf99.zone = "z99.example"; // zones keep first-appearance order, so this line comes last
        records.append(spf99);
        const QByteArray out = TinydnsExporter::write(records);
        QList<QByteArray> lines;
        for (const QByteArray &l : out.split('\n')) {
            if (!l.isEmpty() && !l.startsWith('#'))
                lines.append(l);
        }
        QCOMPARE(lines.size(), records.size());
        for (qsizetype i = 0; i < 3; ++i) {
            QVERIFY(lines[i].startsWith('\''));
            const QList<QByteArray> fields = lines[i].mid(1).split(':');
            QCOMPARE(fields.size(), 3); // fqdn, text, ttl: no crafted ':' survived unescaped
            QCOMPARE(decodeOctal(fields[0]), records[i].owner);
            QCOMPARE(decodeOctal(fields[1]), records[i].text);
            for (char c : lines[i])
                QVERIFY(uchar(c) >= 0x20 && uchar(c) < 0x7f);
        }
        const QList<QByteArray> generic = lines[3].split(':');
        QCOMPARE(generic.size(), 5);
        QCOMPARE(generic[2], QByteArray("99"));
        const QByteArray rdata = decodeOctal(generic[3]);
        QCOMPARE(int(uchar(rdata[0])), int(kHostileText.size()));
        QCOMPARE(rdata.mid(1), kHostileText);
    }

    void json()
    {
        QList<GeneratedRecord> records = hostileRecords();
        records.append(issueRecords());
        const QByteArray out = JsonExporter::write(records);
        QJsonParseError e;
        const QJsonDocument doc = QJsonDocument::fromJson(out, &e);
        QCOMPARE(e.error, QJsonParseError::NoError);
        QCOMPARE(doc.object().value(QStringLiteral("format")).toString(), QStringLiteral("spfmanager-records"));
        const QJsonArray list = doc.object().value(QStringLiteral("records")).toArray();
        QCOMPARE(list.size(), records.size());
        for (qsizetype i = 0; i < records.size(); ++i) {
            const QJsonObject o = list[i].toObject();
            QCOMPARE(o.value(QStringLiteral("name")).toString().toUtf8(), records[i].owner);
            QCOMPARE(o.value(QStringLiteral("value")).toString().toUtf8(), records[i].text);
            QCOMPARE(o.value(QStringLiteral("ttl")).toInteger(), qint64(records[i].ttl));
            QCOMPARE(o.value(QStringLiteral("type")).toString().toLatin1(), recordTypeName(records[i].type));
        }
        const QJsonObject primary = list[3].toObject();
        QCOMPARE(primary.value(QStringLiteral("role")).toString(), QStringLiteral("primary"));
        QCOMPARE(primary.value(QStringLiteral("lookups")).toInt(), 2);
        QCOMPARE(primary.value(QStringLiteral("strings")).toArray().size(), 1);
    }

    void csv()
    {
        QList<GeneratedRecord> records = issueRecords();
        const QByteArray out = CsvExporter::write(records);
        QVERIFY(out.startsWith(
            "zone,name,type,ttl,value\r\nexample.com,example.com,TXT,3600,v=spf1 a mx ip4:192.0.2.0/24 -all\r\n"));
        QVERIFY(out.contains("\r\nparked.example,parked.example,MX,3600,0 .\r\n"));
        QCOMPARE(parseCsv(out).size(), records.size() + 1);
    }

    void csvHostile()
    {
        QList<GeneratedRecord> records = hostileRecords();
        records.append(txt("=HYPERLINK(\"x\").example", "z.example", "+cmd|' /C calc'!A0"));
        records.append(txt("-2+3.example", "@z.example", "v=spf1, \"quoted\" -all"));
        const QList<QList<QByteArray>> rows = parseCsv(CsvExporter::write(records));
        QCOMPARE(rows.size(), records.size() + 1);
        for (qsizetype i = 0; i < records.size(); ++i) {
            const QList<QByteArray> &row = rows[i + 1];
            QCOMPARE(row.size(), 5);
            QCOMPARE(row[2], QByteArray("TXT"));
            QCOMPARE(row[4], records[i].text.startsWith('+') ? '\'' + records[i].text : records[i].text);
        }
        QCOMPARE(rows[4][1], QByteArray("'=HYPERLINK(\"x\").example"));
        QCOMPARE(rows[5][0], QByteArray("'@z.example"));
        QCOMPARE(rows[5][1], QByteArray("'-2+3.example"));
        QCOMPARE(CsvExporter::cell("v=spf1 -all"), QByteArray("v=spf1 -all"));
    }

    void formatNames()
    {
        for (const char *n : {"bind", "nsupdate", "tinydns", "json", "csv"}) {
            const auto f = exportFormatFromName(QString::fromLatin1(n));
            QVERIFY(f.has_value());
            QCOMPARE(exportFormatName(*f), QByteArray(n));
        }
        QVERIFY(!exportFormatFromName(QStringLiteral("BIND")).has_value());
    }
};

QTEST_GUILESS_MAIN(TestExporters)
#include "tst_exporters.moc"
