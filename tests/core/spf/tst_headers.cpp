#include "spf/CheckHost.h"

#include <QTest>

Q_DECLARE_METATYPE(spfm::spf::Result)

using namespace spfm;
using namespace spfm::spf;

namespace {

CheckHostResult passResult()
{
    CheckHostResult r;
    r.result = Result::Pass;
    r.ip = *net::IpAddress::parse("192.0.2.1");
    r.sender = "myname@example.com";
    r.envelopeFrom = "myname@example.com";
    r.domain = "example.com";
    r.helo = "foo.example.com";
    r.receiver = "mybox.example.org";
    r.matchedDomain = "example.com";
    r.matchedTerm = "ip4:192.0.2.0/24";
    return r;
}

QList<QByteArray> lines(const QByteArray &header)
{
    return header.split('\n');
}

// RFC 5322 §2.2.3: unfolding removes each CRLF that precedes whitespace; the fold replaced one space.
QByteArray unfold(QByteArray header)
{
    return header.replace("\r\n", "");
}

} // namespace

class TestHeaders : public QObject
{
    Q_OBJECT

private slots:
    void receivedSpfPass()
    {
        const QByteArray header = passResult().receivedSpfHeader();
        QCOMPARE(header, QByteArray("Received-SPF: pass (mybox.example.org: domain of myname@example.com designates\r\n"
                                    " 192.0.2.1 as permitted sender) client-ip=192.0.2.1;\r\n"
                                    " envelope-from=\"myname@example.com\"; helo=foo.example.com;\r\n"
                                    " receiver=mybox.example.org; identity=mailfrom; mechanism=\"ip4:192.0.2.0/24\";"));
    }

    void receivedSpfLinesStayWithin78Columns()
    {
        CheckHostResult r = passResult();
        r.result = Result::PermError;
        r.matchedTerm.clear();
        r.problem = QStringLiteral("syntax error in the SPF record of example.com at offset 12 (\"moo\"): unknown "
                                   "mechanism (RFC 7208 §4.6)");
        const QByteArray header = r.receivedSpfHeader();
        for (const QByteArray &line : lines(header)) {
            const QByteArray text = line.endsWith('\r') ? line.chopped(1) : line;
            // The problem is one quoted value and is never split; every other line must fit.
            if (!text.contains("problem="))
                QVERIFY2(text.size() <= 78, text.constData());
        }
        QVERIFY(!header.endsWith("\r\n"));
        QVERIFY(header.contains("\r\n problem=\"syntax error in the SPF record of example.com at offset 12 "
                                "(\\\"moo\\\"): unknown mechanism (RFC 7208 section 4.6)\";"));
        // Unfolded, it is one line holding every part in order.
        const QByteArray flat = unfold(header);
        QVERIFY(flat.startsWith("Received-SPF: permerror (mybox.example.org: the SPF record of the domain of "
                                "myname@example.com is in error) client-ip=192.0.2.1;"));
        QVERIFY(!flat.contains("mechanism="));
    }

    void receivedSpfCommentPerResult_data()
    {
        QTest::addColumn<Result>("result");
        QTest::addColumn<QByteArray>("comment");
        QTest::newRow("pass") << Result::Pass
                              << QByteArray("(r.example: domain of a@example.com designates 192.0.2.1 as permitted "
                                            "sender)");
        QTest::newRow("fail") << Result::Fail
                              << QByteArray("(r.example: domain of a@example.com does not designate 192.0.2.1 as "
                                            "permitted sender)");
        QTest::newRow("softfail") << Result::SoftFail
                                  << QByteArray("(r.example: domain of a@example.com does not designate 192.0.2.1 "
                                                "as permitted sender, softfail)");
        QTest::newRow("neutral") << Result::Neutral
                                 << QByteArray("(r.example: domain of a@example.com neither permits nor denies "
                                               "192.0.2.1)");
        QTest::newRow("none") << Result::None
                              << QByteArray("(r.example: domain of a@example.com publishes no SPF record)");
        QTest::newRow("temperror") << Result::TempError
                                   << QByteArray("(r.example: temporary error while checking the domain of "
                                                 "a@example.com)");
    }
    void receivedSpfCommentPerResult()
    {
        QFETCH(Result, result);
        QFETCH(QByteArray, comment);
        CheckHostResult r;
        r.result = result;
        r.ip = *net::IpAddress::parse("192.0.2.1");
        r.sender = "a@example.com";
        r.envelopeFrom = "a@example.com";
        r.domain = "example.com";
        r.receiver = "r.example";
        const QByteArray flat = unfold(r.receivedSpfHeader());
        QCOMPARE(flat, QByteArray("Received-SPF: " + resultName(result) + ' ' + comment +
                                  " client-ip=192.0.2.1; envelope-from=\"a@example.com\"; receiver=r.example;"
                                  " identity=mailfrom;"));
    }

    void receivedSpfHeloIdentityAndIpv6()
    {
        CheckHostResult r;
        r.result = Result::Fail;
        r.identity = Identity::Helo;
        r.ip = *net::IpAddress::parse("2001:db8::1");
        r.helo = "mail.example.net";
        r.sender = "postmaster@mail.example.net";
        r.domain = "mail.example.net";
        r.receiver = "mx.example.org";
        r.matchedTerm = "-all";
        const QByteArray flat = unfold(r.receivedSpfHeader());
        // A HELO check before MAIL FROM has no envelope sender to report; an IPv6 address is not a dot-atom.
        QCOMPARE(flat, QByteArray("Received-SPF: fail (mx.example.org: domain of mail.example.net does not designate "
                                  "2001:db8::1 as permitted sender) client-ip=\"2001:db8::1\"; helo=mail.example.net;"
                                  " receiver=mx.example.org; identity=helo; mechanism=-all;"));
    }

    void receivedSpfNullSender()
    {
        CheckHostResult r = passResult();
        r.envelopeFrom.clear();
        r.sender = "postmaster@foo.example.com";
        QVERIFY(unfold(r.receivedSpfHeader()).contains(" envelope-from=\"\";"));
    }

    void receivedSpfEscapesUntrustedText()
    {
        CheckHostResult r = passResult();
        r.sender = "we(ird)\\\"x\"@example.com";
        r.envelopeFrom = r.sender;
        r.helo = "h\xc3\xa9lo.example";
        const QByteArray flat = unfold(r.receivedSpfHeader());
        // In the comment, parentheses and backslashes are quoted-pairs; in values, quotes and backslashes are.
        QVERIFY(flat.contains("domain of we\\(ird\\)\\\\\"x\"@example.com designates"));
        QVERIFY(flat.contains("envelope-from=\"we(ird)\\\\\\\"x\\\"@example.com\";"));
        // Non-ASCII bytes never reach the header.
        QVERIFY(flat.contains("helo=\"h??lo.example\";") || flat.contains("helo=h??lo.example;"));
        for (const char c : flat)
            QVERIFY(static_cast<unsigned char>(c) < 0x80);
    }

    void authenticationResults_data()
    {
        QTest::addColumn<Result>("result");
        QTest::addColumn<int>("identity");
        QTest::addColumn<QString>("problem");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("pass") << Result::Pass << int(Identity::MailFrom) << QString()
                              << QByteArray("spf=pass (domain of myname@example.com designates 192.0.2.1 as "
                                            "permitted sender) smtp.mailfrom=example.com");
        QTest::newRow("fail") << Result::Fail << int(Identity::MailFrom) << QString()
                              << QByteArray("spf=fail (domain of myname@example.com does not designate 192.0.2.1 as "
                                            "permitted sender) smtp.mailfrom=example.com");
        QTest::newRow("helo") << Result::None << int(Identity::Helo) << QString()
                              << QByteArray("spf=none (domain of foo.example.com publishes no SPF record) "
                                            "smtp.helo=foo.example.com");
        QTest::newRow("permerror") << Result::PermError << int(Identity::MailFrom) << QStringLiteral("2 SPF records")
                                   << QByteArray("spf=permerror (the SPF record of the domain of myname@example.com "
                                                 "is in error) reason=\"2 SPF records\" smtp.mailfrom=example.com");
    }
    void authenticationResults()
    {
        QFETCH(Result, result);
        QFETCH(int, identity);
        QFETCH(QString, problem);
        QFETCH(QByteArray, expected);
        CheckHostResult r = passResult();
        r.result = result;
        r.identity = Identity(identity);
        r.problem = problem;
        QCOMPARE(r.authenticationResults(), expected);
    }
};

QTEST_GUILESS_MAIN(TestHeaders)
#include "tst_headers.moc"
