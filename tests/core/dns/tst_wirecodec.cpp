// Names in their one normalized form (label bytes as they are, "." and "\\" escaped), and the wire codec on replies the
// fuzzer found (tests/fuzz/corpus/dnsreply).
#include "dns/WireCodec.h"

#include <QTest>

using namespace spfm::dns;

class TestWireCodec : public QObject
{
    Q_OBJECT

private slots:
    void normalizeName_data();
    void normalizeName();
    void escapedDotSurvivesTheRoundTrip();
    void replyWithEscapedDotMatchesItsQuery();
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

QTEST_GUILESS_MAIN(TestWireCodec)
#include "tst_wirecodec.moc"
