// Names in their one normalized form (label bytes as they are, "." and "\\" escaped), and the wire codec on replies the
// fuzzer found (tests/fuzz/corpus/dnsreply).
#include "dns/WireCodec.h"

#include <QTest>
#include <cstdlib>
#include <ldns/ldns.h>

using namespace spfm::dns;

class TestWireCodec : public QObject
{
    Q_OBJECT

private slots:
    void normalizeName_data();
    void normalizeName();
    void escapedDotSurvivesTheRoundTrip();
    void replyWithEscapedDotMatchesItsQuery();
    void queryIsWhatLdnsWouldWrite_data();
    void queryIsWhatLdnsWouldWrite();
    void unencodableNamesGiveNoQuery_data();
    void unencodableNamesGiveNoQuery();
};

void TestWireCodec::normalizeName_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("normalized");
    QTest::newRow("plain") << QByteArray("example.com") << QByteArray("example.com");
    QTest::newRow("absolute") << QByteArray("Example.COM.") << QByteArray("example.com");
    QTest::newRow("root") << QByteArray(".") << QByteArray(".");
    QTest::newRow("empty") << QByteArray() << QByteArray();
    // "\." is a dot inside the last label, not the root: it stays, so normalizing is idempotent.
    QTest::newRow("escaped dot") << QByteArray("a.te\\.") << QByteArray("a.te\\.");
    QTest::newRow("escaped dot, absolute") << QByteArray("a.te\\..") << QByteArray("a.te\\.");
    QTest::newRow("escaped backslash, absolute") << QByteArray("a.te\\\\.") << QByteArray("a.te\\\\");
    QTest::newRow("only an escaped dot") << QByteArray("\\.") << QByteArray("\\.");
}

void TestWireCodec::normalizeName()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, normalized);
    QCOMPARE(spfm::dns::normalizeName(name), normalized);
    QCOMPARE(spfm::dns::normalizeName(normalized), normalized);
}

void TestWireCodec::escapedDotSurvivesTheRoundTrip()
{
    const Question question(QByteArray("_spf.fuzz.te\x02\\."), RRType::TXT);
    QCOMPARE(question.name, QByteArray("_spf.fuzz.te\x02\\."));
    const QByteArray query = wire::encodeQuery(question, 0x1234);
    QVERIFY(!query.isEmpty());
    // The last label is four octets: 't', 'e', 0x02 and '.'.
    QVERIFY(query.contains(QByteArray("\x04_spf\x04"
                                      "fuzz\x04te\x02.\x00",
                                      16)));
    const std::optional<wire::Message> decoded = wire::decode(query);
    QVERIFY(decoded);
    QCOMPARE(decoded->questionName, question.name);
}

void TestWireCodec::replyWithEscapedDotMatchesItsQuery()
{
    // Found by fuzz_dnsreply: a question whose last label ends in a dot. Its name lost that dot when normalized a
    // second time, so the reply could never match the query asked for the same name.
    const QByteArray reply = QByteArray::fromBase64("EA2FAAABAAEAAQACBF9zcGYEZnV6egR0ZQIuAAAQAAHADAAQAAEAAAEsAB4ddj1zcG"
                                                    "YxIGlwNjoyMCwxOmEuZnVyei50ZXN0bGzAEQACAAEAAAEs"
                                                    "AAYDbnMxwBHAVgABAAEAAAEsAATAAAI1AAApBNAAAAAAAAA=");
    const std::optional<wire::Message> message = wire::decode(reply);
    QVERIFY(message);
    QCOMPARE(message->questionName, QByteArray("_spf.fuzz.te\x02\\."));
    QCOMPARE(spfm::dns::normalizeName(message->questionName), message->questionName);
    QVERIFY(wire::matchesQuery(*message, Question(message->questionName, RRType::TXT), message->id));
    QVERIFY(!wire::matchesQuery(*message, Question(QByteArray("_spf.fuzz.te\x02"), RRType::TXT), message->id));
    QCOMPARE(message->answer.size(), 1);
    QCOMPARE(message->answer.first().joinedText(), QByteArray("v=spf1 ip6:20,1:a.furz.testll"));
}

void TestWireCodec::queryIsWhatLdnsWouldWrite_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::newRow("plain") << QByteArray("example.org");
    QTest::newRow("absolute") << QByteArray("example.org.");
    QTest::newRow("underscore, digits, hyphen") << QByteArray("_spf.mail-1.example.co.uk");
    QTest::newRow("mixed case") << QByteArray("MiXeD.Example.ORG");
    QTest::newRow("escaped dot") << QByteArray("a\\.b.example");
    QTest::newRow("decimal escape") << QByteArray("x\\065y.example");
    QTest::newRow("63-octet label") << QByteArray(63, 'l') + ".example";
    QTest::newRow("single label") << QByteArray("localhost");
    QTest::newRow("long name") << (QByteArray(60, 'a') + '.' + QByteArray(60, 'b') + '.' + QByteArray(60, 'c') + '.' +
                                   QByteArray(60, 'd'));
}

void TestWireCodec::queryIsWhatLdnsWouldWrite()
{
    // The query is written by hand around ldns's name encoding: byte for byte what ldns_pkt2wire writes.
    QFETCH(QByteArray, name);
    const QByteArray absolute = name.endsWith('.') ? name : name + '.';
    for (const RRType type : {RRType::TXT, RRType::A, RRType::AAAA, RRType::MX, RRType::PTR}) {
        for (const std::uint16_t udpSize : {std::uint16_t(0), std::uint16_t(512), std::uint16_t(1232)}) {
            for (const bool rd : {true, false}) {
                ldns_rdf *owner = nullptr;
                QVERIFY(ldns_str2rdf_dname(&owner, absolute.constData()) == LDNS_STATUS_OK);
                ldns_pkt *packet = ldns_pkt_query_new(owner, ldns_rr_type(type), LDNS_RR_CLASS_IN, rd ? LDNS_RD : 0);
                QVERIFY(packet);
                ldns_pkt_set_id(packet, 0xBEEF);
                if (udpSize > 0)
                    ldns_pkt_set_edns_udp_size(packet, udpSize);
                std::uint8_t *bytes = nullptr;
                size_t size = 0;
                const ldns_status status = ldns_pkt2wire(&bytes, packet, &size);
                ldns_pkt_free(packet);
                QVERIFY(status == LDNS_STATUS_OK);
                const QByteArray expected(reinterpret_cast<const char *>(bytes), qsizetype(size));
                std::free(bytes);
                // Question() would lower-case the name; ldns is given it as it stands, and so is encodeQuery().
                Question question;
                question.name = name;
                question.type = type;
                QCOMPARE(wire::encodeQuery(question, 0xBEEF, {udpSize, rd}).toHex(), expected.toHex());
            }
        }
    }
}

void TestWireCodec::unencodableNamesGiveNoQuery_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::newRow("64-octet label") << QByteArray(64, 'l') + ".example";
    QTest::newRow("empty label") << QByteArray("a..example");
    QTest::newRow("over 255 octets") << (QByteArray(63, 'a') + '.' + QByteArray(63, 'b') + '.' + QByteArray(63, 'c') +
                                         '.' + QByteArray(63, 'd') + '.' + QByteArray(63, 'e'));
}

void TestWireCodec::unencodableNamesGiveNoQuery()
{
    QFETCH(QByteArray, name);
    Question question;
    question.name = name;
    question.type = RRType::TXT;
    QVERIFY(wire::encodeQuery(question, 1).isEmpty());
}

QTEST_GUILESS_MAIN(TestWireCodec)
#include "tst_wirecodec.moc"
