#include "net/IpAddress.h"

#include <QTest>

using spfm::net::IpAddress;

class TestIpAddress : public QObject
{
    Q_OBJECT

private slots:
    void parseV4_data();
    void parseV4();
    void parseV6_data();
    void parseV6();
    void parseDispatchesOnColon();
    void text_data();
    void text();
    void construction();
    void mappedV4();
    void networks_data();
    void networks();
    void masked();
    void hostBits();
    void reverseNames();
    void macroForm();
};

void TestIpAddress::parseV4_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << QByteArray("192.0.2.1") << true;
    QTest::newRow("zeros") << QByteArray("0.0.0.0") << true;
    QTest::newRow("max") << QByteArray("255.255.255.255") << true;
    QTest::newRow("single zero octets") << QByteArray("10.0.0.1") << true;
    QTest::newRow("three parts") << QByteArray("1.2.3") << false;
    QTest::newRow("two parts") << QByteArray("10.1") << false;
    QTest::newRow("five parts") << QByteArray("1.2.3.4.5") << false;
    QTest::newRow("leading zero") << QByteArray("192.0.2.01") << false;
    QTest::newRow("octal style") << QByteArray("010.0.0.1") << false;
    QTest::newRow("over 255") << QByteArray("192.0.2.256") << false;
    QTest::newRow("hex") << QByteArray("0x7f.0.0.1") << false;
    QTest::newRow("port") << QByteArray("1.2.3.4:25") << false;
    QTest::newRow("trailing dot") << QByteArray("1.2.3.4.") << false;
    QTest::newRow("empty octet") << QByteArray("1..3.4") << false;
    QTest::newRow("space") << QByteArray(" 1.2.3.4") << false;
    QTest::newRow("trailing NUL") << QByteArray("1.2.3.4\0", 8) << false;
    QTest::newRow("embedded NUL") << QByteArray("1.2.3.4\0junk", 12) << false;
    QTest::newRow("cidr") << QByteArray("1.2.3.0/24") << false;
    QTest::newRow("ipv6") << QByteArray("::1") << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestIpAddress::parseV4()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    const std::optional<IpAddress> ip = IpAddress::parseV4(text);
    QCOMPARE(ip.has_value(), valid);
    if (valid) {
        QVERIFY(ip->isV4());
        QCOMPARE(ip->bitCount(), 32);
        QCOMPARE(ip->toText(), text);
    }
}

void TestIpAddress::parseV6_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("full") << QByteArray("2001:0db8:0000:0000:0000:0000:0000:0001") << true;
    QTest::newRow("compressed") << QByteArray("2001:db8::1") << true;
    QTest::newRow("any") << QByteArray("::") << true;
    QTest::newRow("loopback") << QByteArray("::1") << true;
    QTest::newRow("trailing compression") << QByteArray("fe80::") << true;
    QTest::newRow("upper case") << QByteArray("CAFE:BABE::1") << true;
    QTest::newRow("mapped") << QByteArray("::ffff:192.0.2.1") << true;
    QTest::newRow("mapped upper") << QByteArray("::FFFF:1.2.3.4") << true;
    QTest::newRow("embedded ipv4") << QByteArray("::1.1.1.1") << true;
    QTest::newRow("two compressions") << QByteArray("1::2::3") << false;
    QTest::newRow("leading single colon") << QByteArray(":CAFE::BABE") << false;
    QTest::newRow("nine groups") << QByteArray("1:2:3:4:5:6:7:8:9") << false;
    QTest::newRow("seven groups") << QByteArray("1:2:3:4:5:6:7") << false;
    QTest::newRow("group too long") << QByteArray("12345::") << false;
    QTest::newRow("bad hex") << QByteArray("2001:db8::g") << false;
    QTest::newRow("zone id") << QByteArray("fe80::1%eth0") << false;
    QTest::newRow("brackets") << QByteArray("[::1]") << false;
    QTest::newRow("cidr") << QByteArray("2001:db8::/32") << false;
    QTest::newRow("embedded NUL") << QByteArray("::1\0:2", 6) << false;
    QTest::newRow("ipv4") << QByteArray("192.0.2.1") << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestIpAddress::parseV6()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    const std::optional<IpAddress> ip = IpAddress::parseV6(text);
    QCOMPARE(ip.has_value(), valid);
    if (valid) {
        QVERIFY(ip->isV6());
        QCOMPARE(ip->bitCount(), 128);
    }
}

void TestIpAddress::parseDispatchesOnColon()
{
    QVERIFY(IpAddress::parse("192.0.2.1")->isV4());
    QVERIFY(IpAddress::parse("2001:db8::1")->isV6());
    QVERIFY(IpAddress::parse("::ffff:192.0.2.1")->isV6());
    QVERIFY(!IpAddress::parse("example.com"));
    QVERIFY(!IpAddress::parse(""));
}

void TestIpAddress::text_data()
{
    // RFC 5952: lowercase, no leading zeros, the longest zero run (first on a tie, at least two groups) as "::",
    // dotted notation only for IPv4-mapped addresses.
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("canonical");
    QTest::newRow("full") << QByteArray("2001:0db8:0000:0000:0000:0000:0000:0001") << QByteArray("2001:db8::1");
    QTest::newRow("upper") << QByteArray("CAFE:BABE::1") << QByteArray("cafe:babe::1");
    QTest::newRow("single zero group") << QByteArray("2001:db8:0:1:1:1:1:1") << QByteArray("2001:db8:0:1:1:1:1:1");
    QTest::newRow("longest run") << QByteArray("2001:0:0:1:0:0:0:1") << QByteArray("2001:0:0:1::1");
    QTest::newRow("first of equal runs") << QByteArray("2001:db8:0:0:1:0:0:1") << QByteArray("2001:db8::1:0:0:1");
    QTest::newRow("any") << QByteArray("0:0:0:0:0:0:0:0") << QByteArray("::");
    QTest::newRow("loopback") << QByteArray("0:0:0:0:0:0:0:1") << QByteArray("::1");
    QTest::newRow("trailing run") << QByteArray("1:0:0:0:0:0:0:0") << QByteArray("1::");
    QTest::newRow("later longer run") << QByteArray("0:0:1:0:0:0:0:0") << QByteArray("0:0:1::");
    QTest::newRow("no zeros") << QByteArray("1:2:3:4:5:6:7:8") << QByteArray("1:2:3:4:5:6:7:8");
    QTest::newRow("mapped") << QByteArray("::FFFF:C000:0201") << QByteArray("::ffff:192.0.2.1");
    QTest::newRow("compatible is hex") << QByteArray("::1.2.3.4") << QByteArray("::102:304");
    QTest::newRow("rfc example") << QByteArray("2001:db8::cb01") << QByteArray("2001:db8::cb01");
    QTest::newRow("ipv4") << QByteArray("192.0.2.3") << QByteArray("192.0.2.3");
}

void TestIpAddress::text()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, canonical);
    const std::optional<IpAddress> ip = IpAddress::parse(input);
    QVERIFY(ip);
    QCOMPARE(ip->toText(), canonical);
    QCOMPARE(ip->toString(), QString::fromLatin1(canonical));
    // The canonical text reads back as the same address.
    QCOMPARE(*IpAddress::parse(canonical), *ip);
}

void TestIpAddress::construction()
{
    QCOMPARE(IpAddress::v4(0xC0000201u), *IpAddress::parse("192.0.2.1"));
    const std::uint8_t bytes[16] = {0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xcb, 0x01};
    const IpAddress v6 = IpAddress::fromBytes(IpAddress::Family::V6, bytes);
    QCOMPARE(v6, *IpAddress::parse("2001:db8::cb01"));
    QCOMPARE(v6.bytes()[15], std::uint8_t(0x01));
    const IpAddress v4 = IpAddress::fromBytes(IpAddress::Family::V4, bytes);
    QCOMPARE(v4.toText(), QByteArray("32.1.13.184"));
    // Same bytes, different family: not equal.
    QVERIFY(!(IpAddress::v4(0) == *IpAddress::parse("::")));
    QVERIFY(IpAddress().isV4());
}

void TestIpAddress::mappedV4()
{
    QCOMPARE(IpAddress::parse("::ffff:192.0.2.1")->mappedV4(), IpAddress::parse("192.0.2.1"));
    QCOMPARE(IpAddress::parse("192.0.2.1")->mappedV4(), IpAddress::parse("192.0.2.1"));
    QVERIFY(!IpAddress::parse("::192.0.2.1")->mappedV4());
    QVERIFY(!IpAddress::parse("2001:db8::1")->mappedV4());
    QVERIFY(!IpAddress::parse("::fffe:192.0.2.1")->mappedV4());
}

void TestIpAddress::networks_data()
{
    QTest::addColumn<QByteArray>("address");
    QTest::addColumn<QByteArray>("network");
    QTest::addColumn<int>("prefix");
    QTest::addColumn<bool>("inside");
    QTest::newRow("/24 inside") << QByteArray("192.0.2.77") << QByteArray("192.0.2.0") << 24 << true;
    QTest::newRow("/24 outside") << QByteArray("192.0.3.1") << QByteArray("192.0.2.0") << 24 << false;
    QTest::newRow("/0 anything") << QByteArray("203.0.113.9") << QByteArray("1.1.1.1") << 0 << true;
    QTest::newRow("/32 exact") << QByteArray("1.2.3.4") << QByteArray("1.2.3.4") << 32 << true;
    QTest::newRow("/32 other") << QByteArray("1.2.3.5") << QByteArray("1.2.3.4") << 32 << false;
    QTest::newRow("/25 inside") << QByteArray("192.0.2.127") << QByteArray("192.0.2.0") << 25 << true;
    QTest::newRow("/25 outside") << QByteArray("192.0.2.128") << QByteArray("192.0.2.0") << 25 << false;
    QTest::newRow("/31 bit") << QByteArray("10.0.0.3") << QByteArray("10.0.0.2") << 31 << true;
    QTest::newRow("/33 refused") << QByteArray("1.2.3.4") << QByteArray("1.2.3.4") << 33 << false;
    QTest::newRow("negative refused") << QByteArray("1.2.3.4") << QByteArray("1.2.3.4") << -1 << false;
    QTest::newRow("family mismatch") << QByteArray("::ffff:1.2.3.4") << QByteArray("1.2.3.4") << 0 << false;
    QTest::newRow("v6 /33") << QByteArray("cafe:babe:8000::1") << QByteArray("cafe:babe:8000::") << 33 << true;
    QTest::newRow("v6 /33 outside") << QByteArray("cafe:babe:4000::1") << QByteArray("cafe:babe:8000::") << 33 << false;
    QTest::newRow("v6 /128") << QByteArray("2001:db8::1") << QByteArray("2001:db8::1") << 128 << true;
    QTest::newRow("v6 /129 refused") << QByteArray("2001:db8::1") << QByteArray("2001:db8::1") << 129 << false;
    QTest::newRow("v6 /0") << QByteArray("::1") << QByteArray("2001:db8::") << 0 << true;
}

void TestIpAddress::networks()
{
    QFETCH(QByteArray, address);
    QFETCH(QByteArray, network);
    QFETCH(int, prefix);
    QFETCH(bool, inside);
    QCOMPARE(IpAddress::parse(address)->isInNetwork(*IpAddress::parse(network), prefix), inside);
}

void TestIpAddress::masked()
{
    QCOMPARE(IpAddress::parse("192.0.2.77")->masked(24), *IpAddress::parse("192.0.2.0"));
    QCOMPARE(IpAddress::parse("192.0.2.255")->masked(25), *IpAddress::parse("192.0.2.128"));
    QCOMPARE(IpAddress::parse("192.0.2.77")->masked(0), *IpAddress::parse("0.0.0.0"));
    QCOMPARE(IpAddress::parse("192.0.2.77")->masked(32), *IpAddress::parse("192.0.2.77"));
    QCOMPARE(IpAddress::parse("2001:db8:ffff::1")->masked(36), *IpAddress::parse("2001:db8:f000::"));
    QCOMPARE(IpAddress::parse("2001:db8::1")->masked(128), *IpAddress::parse("2001:db8::1"));
}

void TestIpAddress::hostBits()
{
    QVERIFY(IpAddress::parse("192.0.2.1")->hasHostBits(24));
    QVERIFY(!IpAddress::parse("192.0.2.0")->hasHostBits(24));
    QVERIFY(!IpAddress::parse("192.0.2.1")->hasHostBits(32));
    QVERIFY(IpAddress::parse("192.0.2.128")->hasHostBits(24));
    QVERIFY(!IpAddress::parse("192.0.2.128")->hasHostBits(25));
    QVERIFY(IpAddress::parse("2001:db8::1")->hasHostBits(64));
    QVERIFY(!IpAddress::parse("2001:db8::")->hasHostBits(32));
    QVERIFY(IpAddress::parse("cafe:babe:8000::")->hasHostBits(32));
    QVERIFY(!IpAddress::parse("cafe:babe:8000::")->hasHostBits(33));
}

void TestIpAddress::reverseNames()
{
    QCOMPARE(IpAddress::parse("192.0.2.3")->reverseName(), QByteArray("3.2.0.192.in-addr.arpa"));
    QCOMPARE(IpAddress::parse("10.0.0.255")->reverseName(), QByteArray("255.0.0.10.in-addr.arpa"));
    QCOMPARE(IpAddress::parse("2001:db8::cb01")->reverseName(),
             QByteArray("1.0.b.c.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa"));
    QCOMPARE(IpAddress::parse("::1")->reverseName(),
             QByteArray("1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.ip6.arpa"));
}

void TestIpAddress::macroForm()
{
    // RFC 7208 §7.3: the dotted quad, or 32 dot-separated lowercase nibbles in address order.
    QCOMPARE(IpAddress::parse("192.0.2.3")->macroForm(), QByteArray("192.0.2.3"));
    QCOMPARE(IpAddress::parse("2001:db8::cb01")->macroForm(),
             QByteArray("2.0.0.1.0.d.b.8.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.c.b.0.1"));
    QCOMPARE(IpAddress::parse("CAFE:BABE::1")->macroForm(),
             QByteArray("c.a.f.e.b.a.b.e.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.1"));
    QCOMPARE(IpAddress::parse("::1")->macroForm().size(), 63);
}

QTEST_GUILESS_MAIN(TestIpAddress)
#include "tst_ipaddress.moc"
