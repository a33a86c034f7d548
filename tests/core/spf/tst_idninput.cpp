// RFC 8616 §4: a sender domain or HELO name typed in Unicode is evaluated as A-labels, the local part stays as written.
#include "dns/MemoryZone.h"
#include "spf/CheckHost.h"
#include "spf/IdnInput.h"

#include <QTest>

using namespace spfm;

class TestIdnInput : public QObject
{
    Q_OBJECT

private slots:
    void host_data();
    void host();
    void sender_data();
    void sender();
    void checkHostFindsTheALabelRecord();
};

void TestIdnInput::host_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("U-label") << QStringLiteral("b\u00fccher.example") << true << QByteArray("xn--bcher-kva.example");
    QTest::newRow("upper case, trailing dot")
        << QStringLiteral("B\u00fccher.EXAMPLE.") << true << QByteArray("xn--bcher-kva.example.");
    QTest::newRow("ideographic full stop")
        << QStringLiteral("b\u00fccher\u3002example") << true << QByteArray("xn--bcher-kva.example");
    // ASCII reaches the engine byte for byte, even what IDNA would refuse: check_host() gives the RFC's answer for it.
    QTest::newRow("ASCII kept") << QStringLiteral("Mail.Example.COM") << true << QByteArray("Mail.Example.COM");
    QTest::newRow("A-label kept") << QStringLiteral("xn--bcher-kva.example") << true
                                  << QByteArray("xn--bcher-kva.example");
    QTest::newRow("64-octet ASCII label kept") << QString(QString(64, QLatin1Char('a')) + QStringLiteral(".example"))
                                               << true << QByteArray(QByteArray(64, 'a') + ".example");
    QTest::newRow("empty") << QString() << true << QByteArray();
    QTest::newRow("empty label") << QStringLiteral("b\u00fccher..example") << false << QByteArray();
    QTest::newRow("label too long") << QString(QString(70, QChar(0xfc)) + QStringLiteral(".example")) << false
                                    << QByteArray();
}

void TestIdnInput::host()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QFETCH(QByteArray, expected);
    const std::optional<QByteArray> ace = spf::hostToAce(input);
    QCOMPARE(ace.has_value(), valid);
    if (valid)
        QCOMPARE(*ace, expected);
}

void TestIdnInput::sender_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("domain converted") << QStringLiteral("bob@b\u00fccher.example") << true
                                      << QByteArray("bob@xn--bcher-kva.example");
    // IDNA has no form for a local part: it stays UTF-8.
    QTest::newRow("local part kept") << QStringLiteral("j\u00fcrgen@b\u00fccher.example") << true
                                     << QByteArray("j\xc3\xbc"
                                                   "rgen@xn--bcher-kva.example");
    QTest::newRow("last @ splits") << QStringLiteral("a@b@b\u00fccher.example") << true
                                   << QByteArray("a@b@xn--bcher-kva.example");
    QTest::newRow("no local part") << QStringLiteral("b\u00fccher.example") << true
                                   << QByteArray("xn--bcher-kva.example");
    QTest::newRow("ASCII kept") << QStringLiteral("Bob@Example.COM") << true << QByteArray("Bob@Example.COM");
    QTest::newRow("null sender") << QString() << true << QByteArray();
    QTest::newRow("bad domain") << QStringLiteral("bob@b\u00fccher..example") << false << QByteArray();
}

void TestIdnInput::sender()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QFETCH(QByteArray, expected);
    const std::optional<QByteArray> ace = spf::senderToAce(input);
    QCOMPARE(ace.has_value(), valid);
    if (valid)
        QCOMPARE(*ace, expected);
}

void TestIdnInput::checkHostFindsTheALabelRecord()
{
    dns::MemoryZone zone;
    dns::ResourceRecord txt;
    txt.owner = "xn--bcher-kva.example";
    txt.type = dns::RRType::TXT;
    txt.strings = {"v=spf1 ip4:192.0.2.0/24 -all"};
    zone.addRecord(txt);

    spf::CheckHostRequest request;
    request.ip = *net::IpAddress::parse("192.0.2.7");
    request.sender = *spf::senderToAce(QStringLiteral("bob@b\u00fccher.example"));
    request.helo = *spf::hostToAce(QStringLiteral("mail.b\u00fccher.example"));
    request.receiver = "mx.example.org";
    const spf::CheckHostResult r = spf::checkHost(request, zone);
    QCOMPARE(r.result, spf::Result::Pass);
    QCOMPARE(r.domain, QByteArray("xn--bcher-kva.example"));
    const QByteArray header = r.receivedSpfHeader();
    QVERIFY2(header.contains("envelope-from=\"bob@xn--bcher-kva.example\";"), header.constData());
    QVERIFY2(header.contains("helo=mail.xn--bcher-kva.example;"), header.constData());
    QVERIFY2(!header.contains('?'), header.constData());
}

QTEST_GUILESS_MAIN(TestIdnInput)
#include "tst_idninput.moc"
