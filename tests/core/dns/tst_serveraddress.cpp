// ADDR[:PORT] as users type it for --server.
#include "dns/ServerAddress.h"

#include <QTest>

using spfm::dns::parseServerAddress;
using spfm::dns::ServerParseError;

Q_DECLARE_METATYPE(spfm::dns::ServerParseError)

class TestServerAddress : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void rejects_data();
    void rejects();
};

void TestServerAddress::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("port");
    QTest::newRow("ipv4") << "192.0.2.1"
                          << "192.0.2.1" << 53;
    QTest::newRow("ipv4 port") << "127.0.0.1:5353"
                               << "127.0.0.1" << 5353;
    QTest::newRow("blanks around") << "  10.0.0.1:1053 "
                                   << "10.0.0.1" << 1053;
    QTest::newRow("bare ipv6") << "2001:db8::1"
                               << "2001:db8::1" << 53;
    QTest::newRow("bracketed ipv6") << "[2001:db8::1]"
                                    << "2001:db8::1" << 53;
    QTest::newRow("bracketed ipv6 port") << "[::1]:5300"
                                         << "::1" << 5300;
    QTest::newRow("scoped ipv6") << "[fe80::1%lo]:53"
                                 << "fe80::1%lo" << 53;
    QTest::newRow("port 65535") << "192.0.2.1:65535"
                                << "192.0.2.1" << 65535;
}

void TestServerAddress::parses()
{
    QFETCH(QString, text);
    QFETCH(QString, address);
    QFETCH(int, port);
    const auto result = parseServerAddress(text);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.server.address.toString(), address);
    QCOMPARE(int(result.server.port), port);
    // The printed form parses back to the same server.
    const auto again = parseServerAddress(result.server.toString());
    QVERIFY2(again.ok(), qPrintable(result.server.toString()));
    QVERIFY(again.server == result.server);
}

void TestServerAddress::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<ServerParseError>("error");
    QTest::newRow("empty") << "  " << ServerParseError::Empty;
    QTest::newRow("host name") << "ns1.example.com" << ServerParseError::BadAddress;
    QTest::newRow("host name port") << "ns1.example.com:53" << ServerParseError::BadAddress;
    QTest::newRow("short ipv4") << "127.1" << ServerParseError::BadAddress;
    QTest::newRow("octet too big") << "192.0.2.256" << ServerParseError::BadAddress;
    QTest::newRow("port zero") << "192.0.2.1:0" << ServerParseError::BadPort;
    QTest::newRow("port too big") << "192.0.2.1:65536" << ServerParseError::BadPort;
    QTest::newRow("port not a number") << "192.0.2.1:dns" << ServerParseError::BadPort;
    QTest::newRow("empty port") << "192.0.2.1:" << ServerParseError::BadPort;
    QTest::newRow("unclosed bracket") << "[::1:53" << ServerParseError::UnclosedBracket;
    QTest::newRow("junk after bracket") << "[::1]x53" << ServerParseError::BadPort;
    QTest::newRow("ipv4 in brackets") << "[192.0.2.1]:53" << ServerParseError::BadAddress;
    QTest::newRow("bad ipv6") << "[2001:db8:::1]:53" << ServerParseError::BadAddress;
}

void TestServerAddress::rejects()
{
    QFETCH(QString, text);
    QFETCH(ServerParseError, error);
    const auto result = parseServerAddress(text);
    QVERIFY(!result.ok());
    QCOMPARE(result.error, error);
    QVERIFY(!result.message.isEmpty());
}

QTEST_GUILESS_MAIN(TestServerAddress)
#include "tst_serveraddress.moc"
