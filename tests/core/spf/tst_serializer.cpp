#include "TestConfig.h"
#include "spf/Parser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace spfm::spf;
using spfm::net::IpAddress;

namespace {

// Terms compare equal when everything parsed from them is equal.
bool sameTerm(const Term &a, const Term &b)
{
    return a.kind == b.kind && a.mechanism == b.mechanism && a.modifier == b.modifier && a.qualifier == b.qualifier &&
           a.qualifierWritten == b.qualifierWritten && a.text == b.text && a.name == b.name &&
           a.domainSpec == b.domainSpec && a.hasDomainSpec == b.hasDomainSpec && a.network == b.network &&
           a.cidr4 == b.cidr4 && a.cidr6 == b.cidr6 && a.value == b.value && a.error == b.error;
}

// Every SPF record text (TXT or type 99) in a conformance suite; multi-string answers joined as §3.3 says.
QList<QByteArray> suiteRecords(const QString &file)
{
    QFile f(QStringLiteral(SPF_TEST_DATA_DIR "/conformance/") + file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> records;
    const QJsonArray scenarios = QJsonDocument::fromJson(f.readAll()).array();
    for (const QJsonValue &scenario : scenarios) {
        const QJsonObject zones = scenario.toObject().value(QLatin1String("zonedata")).toObject();
        for (auto zone = zones.begin(); zone != zones.end(); ++zone) {
            for (const QJsonValue &rr : zone.value().toArray()) {
                const QJsonObject o = rr.toObject();
                for (const QLatin1String type : {QLatin1String("TXT"), QLatin1String("SPF")}) {
                    const QJsonValue v = o.value(type);
                    QByteArray text;
                    if (v.isString()) {
                        text = v.toString().toUtf8();
                    } else if (v.isArray()) {
                        for (const QJsonValue &s : v.toArray())
                            text += s.toString().toUtf8();
                    }
                    if (isSpfRecord(text))
                        records.append(text);
                }
            }
        }
    }
    return records;
}

} // namespace

class TestSerializer : public QObject
{
    Q_OBJECT

private slots:
    void handCases_data();
    void handCases();
    void builtTerms();
    void invalidTermsKeepTheirText();
    void conformanceRecordsRoundTrip_data();
    void conformanceRecordsRoundTrip();
};

void TestSerializer::handCases_data()
{
    QTest::addColumn<QByteArray>("record");
    QTest::addColumn<QByteArray>("canonical");
    QTest::newRow("empty") << QByteArray("v=spf1") << QByteArray("v=spf1");
    QTest::newRow("trailing space") << QByteArray("v=spf1 ") << QByteArray("v=spf1");
    QTest::newRow("extra spaces") << QByteArray("v=spf1   a    -all  ") << QByteArray("v=spf1 a -all");
    QTest::newRow("version case") << QByteArray("V=SPF1 -all") << QByteArray("v=spf1 -all");
    QTest::newRow("case kept") << QByteArray("v=spf1 Include:_SPF.Example.COM MX/24 -ALL")
                               << QByteArray("v=spf1 Include:_SPF.Example.COM MX/24 -ALL");
    QTest::newRow("qualifiers as written") << QByteArray("v=spf1 +a -mx ~ptr ?exists:%{i}.x.example.com all")
                                           << QByteArray("v=spf1 +a -mx ~ptr ?exists:%{i}.x.example.com all");
    QTest::newRow("dual cidr") << QByteArray("v=spf1 a/24//64 mx:example.com//48 a:example.com/0//0")
                               << QByteArray("v=spf1 a/24//64 mx:example.com//48 a:example.com/0//0");
    QTest::newRow("ip as written") << QByteArray("v=spf1 ip6:Cafe:Babe:8000::/33 ip4:192.0.2.0/24 ip6:::FFFF:1.2.3.4")
                                   << QByteArray("v=spf1 ip6:Cafe:Babe:8000::/33 ip4:192.0.2.0/24 ip6:::FFFF:1.2.3.4");
    QTest::newRow("macros") << QByteArray("v=spf1 exists:%{ir}.%{l1r+-}._spf.%{d} redirect=%{d}.d.spf.example.com.")
                            << QByteArray("v=spf1 exists:%{ir}.%{l1r+-}._spf.%{d} redirect=%{d}.d.spf.example.com.");
    QTest::newRow("modifiers in order") << QByteArray("v=spf1 exp=why.example.com moo.cow-far_out=man:dog/cat -all")
                                        << QByteArray("v=spf1 exp=why.example.com moo.cow-far_out=man:dog/cat -all");
    QTest::newRow("broken terms as written") << QByteArray("v=spf1  ipv4:192.0.2.1   include=x.example.com -all")
                                             << QByteArray("v=spf1 ipv4:192.0.2.1 include=x.example.com -all");
}

void TestSerializer::handCases()
{
    QFETCH(QByteArray, record);
    QFETCH(QByteArray, canonical);
    const Record first = parseRecord(record);
    const QByteArray text = serializeRecord(first);
    QCOMPARE(text, canonical);
    const Record second = parseRecord(text);
    QCOMPARE(second.terms.size(), first.terms.size());
    for (qsizetype i = 0; i < first.terms.size(); ++i)
        QVERIFY(sameTerm(first.terms[i], second.terms[i]));
    QCOMPARE(second.issues.size(), first.issues.size());
    QCOMPARE(serializeRecord(second), text);
}

void TestSerializer::builtTerms()
{
    // Terms assembled in code (no text) are written from their fields.
    Term ip4;
    ip4.mechanism = Mechanism::Ip4;
    ip4.name = "ip4";
    ip4.network = *IpAddress::parse("192.0.2.0");
    ip4.cidr4 = 24;
    QCOMPARE(serializeTerm(ip4), QByteArray("ip4:192.0.2.0/24"));

    Term ip6;
    ip6.mechanism = Mechanism::Ip6;
    ip6.name = "ip6";
    ip6.network = *IpAddress::parse("2001:DB8:0:0::");
    ip6.cidr6 = 32;
    QCOMPARE(serializeTerm(ip6), QByteArray("ip6:2001:db8::/32"));

    Term a;
    a.mechanism = Mechanism::A;
    a.name = "a";
    a.qualifier = Qualifier::SoftFail;
    a.qualifierWritten = true;
    a.domainSpec = "mail.example.com";
    a.hasDomainSpec = true;
    a.cidr6 = 64;
    QCOMPARE(serializeTerm(a), QByteArray("~a:mail.example.com//64"));

    Term all;
    all.mechanism = Mechanism::All;
    all.name = "all";
    all.qualifier = Qualifier::Fail;
    all.qualifierWritten = true;
    QCOMPARE(serializeTerm(all), QByteArray("-all"));

    Term redirect;
    redirect.kind = Term::Kind::Modifier;
    redirect.modifier = Modifier::Redirect;
    redirect.name = "redirect";
    redirect.value = "_spf.example.com";
    QCOMPARE(serializeTerm(redirect), QByteArray("redirect=_spf.example.com"));

    Record r;
    r.terms = {ip4, a, redirect};
    const QByteArray text = serializeRecord(r);
    QCOMPARE(text, QByteArray("v=spf1 ip4:192.0.2.0/24 ~a:mail.example.com//64 redirect=_spf.example.com"));
    QVERIFY(parseRecord(text).isValid());

    // A parsed term whose fields were edited is written from the fields, not from the stale text.
    Term edited = parseTerm("ip4:192.0.2.0/24");
    edited.network = *IpAddress::parse("198.51.100.0");
    edited.cidr4 = 25;
    QCOMPARE(serializeTerm(edited), QByteArray("ip4:198.51.100.0/25"));
    Term renamed = parseTerm("include:a.example.com");
    renamed.domainSpec = "b.example.com";
    QCOMPARE(serializeTerm(renamed), QByteArray("include:b.example.com"));
}

void TestSerializer::invalidTermsKeepTheirText()
{
    const Record r = parseRecord("v=spf1 a:museum ip4:1.2.3.4//32 -all");
    QCOMPARE(r.issues.size(), 2);
    QCOMPARE(serializeRecord(r), QByteArray("v=spf1 a:museum ip4:1.2.3.4//32 -all"));
    QCOMPARE(serializeTerm(r.terms[0]), QByteArray("a:museum"));
}

void TestSerializer::conformanceRecordsRoundTrip_data()
{
    QTest::addColumn<QByteArray>("record");
    int clean = 0;
    for (const QString &file : {QStringLiteral("rfc7208-tests.json"), QStringLiteral("rfc4408-tests.json")}) {
        const QList<QByteArray> records = suiteRecords(file);
        QVERIFY2(records.size() > 100, qPrintable(file));
        for (const QByteArray &record : records) {
            if (!parseRecord(record).isValid())
                continue;
            ++clean;
            QTest::addRow("%s #%d", qPrintable(file.left(7)), clean) << record;
        }
    }
    // Both suites hold well over a hundred clean records; a lower count means the data was not read.
    QVERIFY(clean > 200);
}

void TestSerializer::conformanceRecordsRoundTrip()
{
    QFETCH(QByteArray, record);
    const Record first = parseRecord(record);
    QVERIFY(first.isValid());
    const QByteArray text = serializeRecord(first);
    const Record second = parseRecord(text);
    QVERIFY(second.isValid());
    QCOMPARE(second.terms.size(), first.terms.size());
    for (qsizetype i = 0; i < first.terms.size(); ++i) {
        QVERIFY2(sameTerm(first.terms[i], second.terms[i]), first.terms[i].text.constData());
        QCOMPARE(second.terms[i].text, first.terms[i].text);
    }
    QCOMPARE(serializeRecord(second), text);
    // Only the spacing and the version tag's case may change.
    QCOMPARE(text.mid(6), record.mid(6).simplified().prepend(first.terms.isEmpty() ? "" : " "));
}

QTEST_GUILESS_MAIN(TestSerializer)
#include "tst_serializer.moc"
