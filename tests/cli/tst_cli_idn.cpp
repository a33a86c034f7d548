// check-host with internationalised names (RFC 8616 §4): a sender domain or HELO name typed in Unicode is looked up,
// and shown in the headers, as A-labels; the zone file holds the records under the A-label name, as DNS does.
#include "CliTestSupport.h"
#include "TestFiles.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace spfm;
using spfm::testing::parseObject;
using spfm::testing::runCli;

namespace {

const QString buecher = QStringLiteral("b\u00fccher.example");

} // namespace

class TestCliIdn : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void senderDomainIsLookedUpAsALabels();
    void heloIdentityIsLookedUpAsALabels();
    void batchLinesAreConverted();
    void invalidNamesAreRefused();

private:
    QTemporaryDir m_dir;
    QString m_zone;
};

void TestCliIdn::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_zone = m_dir.filePath(QStringLiteral("buecher.zone"));
    QVERIFY(testing::writeAll(m_zone, "$ORIGIN xn--bcher-kva.example.\n"
                                      "$TTL 300\n"
                                      "@     IN SOA ns1 hostmaster ( 1 3600 900 604800 300 )\n"
                                      "      IN NS  ns1\n"
                                      "      IN TXT \"v=spf1 ip4:192.0.2.0/24 -all\"\n"
                                      "ns1   IN A   192.0.2.53\n"
                                      "mail  IN A   198.51.100.25\n"
                                      "      IN TXT \"v=spf1 a -all\"\n"));
}

void TestCliIdn::senderDomainIsLookedUpAsALabels()
{
    const testing::Outcome o =
        runCli({QStringLiteral("check-host"), QStringLiteral("--ip"), QStringLiteral("192.0.2.7"),
                QStringLiteral("--sender"), QStringLiteral("bob@") + buecher, QStringLiteral("--helo"),
                QStringLiteral("mail.") + buecher, QStringLiteral("--zone"), m_zone, QStringLiteral("--json")});
    QCOMPARE(o.code, 0);
    const QJsonObject r = parseObject(o.out);
    QCOMPARE(r[QLatin1String("result")].toString(), QStringLiteral("pass"));
    QCOMPARE(r[QLatin1String("domain")].toString(), QStringLiteral("xn--bcher-kva.example"));
    QCOMPARE(r[QLatin1String("sender")].toString(), QStringLiteral("bob@xn--bcher-kva.example"));
    const QString header = r[QLatin1String("received_spf")].toString();
    QVERIFY2(header.contains(QLatin1String("envelope-from=\"bob@xn--bcher-kva.example\";")), qPrintable(header));
    QVERIFY2(header.contains(QLatin1String("helo=mail.xn--bcher-kva.example;")), qPrintable(header));
    QVERIFY2(!header.contains(QLatin1Char('?')), qPrintable(header));
    QVERIFY(r[QLatin1String("authentication_results")].toString().endsWith(
        QLatin1String("smtp.mailfrom=xn--bcher-kva.example")));

    // The text output shows the same names.
    const testing::Outcome text =
        runCli({QStringLiteral("check-host"), QStringLiteral("--ip"), QStringLiteral("198.51.100.9"),
                QStringLiteral("--sender"), QStringLiteral("bob@") + buecher, QStringLiteral("--zone"), m_zone});
    QCOMPARE(text.code, 0);
    QVERIFY2(text.out.contains(QLatin1String("result:       fail")), qPrintable(text.out));
    QVERIFY2(text.out.contains(QLatin1String("xn--bcher-kva.example")), qPrintable(text.out));
}

void TestCliIdn::heloIdentityIsLookedUpAsALabels()
{
    const testing::Outcome o = runCli(
        {QStringLiteral("check-host"), QStringLiteral("--ip"), QStringLiteral("198.51.100.25"),
         QStringLiteral("--identity"), QStringLiteral("helo"), QStringLiteral("--helo"),
         QStringLiteral("MAIL.B\u00dcCHER.example"), QStringLiteral("--zone"), m_zone, QStringLiteral("--json")});
    QCOMPARE(o.code, 0);
    const QJsonObject r = parseObject(o.out);
    QCOMPARE(r[QLatin1String("result")].toString(), QStringLiteral("pass"));
    QCOMPARE(r[QLatin1String("domain")].toString(), QStringLiteral("mail.xn--bcher-kva.example"));
}

void TestCliIdn::batchLinesAreConverted()
{
    const QString input = QStringLiteral("192.0.2.7 bob@%1 mail.%1\n"
                                         "198.51.100.1 <> mail.%1\n"
                                         "192.0.2.7 bob@b\u00fccher..example\n")
                              .arg(buecher);
    const testing::Outcome o = runCli({QStringLiteral("check-host"), QStringLiteral("--batch"), QStringLiteral("-"),
                                       QStringLiteral("--zone"), m_zone, QStringLiteral("--json")},
                                      input);
    QCOMPARE(o.code, 2); // the third line is refused
    const QStringList lines = o.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    const QJsonObject first = parseObject(lines[0]);
    QCOMPARE(first[QLatin1String("result")].toString(), QStringLiteral("pass"));
    QCOMPARE(first[QLatin1String("sender")].toString(), QStringLiteral("bob@xn--bcher-kva.example"));
    // RFC 7208 §2.4: the null sender is postmaster@ the HELO name, in A-labels too.
    const QJsonObject second = parseObject(lines[1]);
    QCOMPARE(second[QLatin1String("sender")].toString(), QStringLiteral("postmaster@mail.xn--bcher-kva.example"));
    QCOMPARE(second[QLatin1String("result")].toString(), QStringLiteral("fail"));
    const QJsonObject third = parseObject(lines[2]);
    QCOMPARE(third[QLatin1String("line")].toInt(), 3);
    QVERIFY2(third[QLatin1String("error")].toString().contains(QLatin1String("internationalised")),
             qPrintable(lines[2]));
}

void TestCliIdn::invalidNamesAreRefused()
{
    const testing::Outcome sender = runCli(
        {QStringLiteral("check-host"), QStringLiteral("--ip"), QStringLiteral("192.0.2.7"), QStringLiteral("--sender"),
         QStringLiteral("bob@b\u00fccher..example"), QStringLiteral("--zone"), m_zone});
    QCOMPARE(sender.code, 2);
    QVERIFY2(sender.err.contains(QLatin1String("not a valid internationalised domain name")), qPrintable(sender.err));
    const testing::Outcome helo =
        runCli({QStringLiteral("check-host"), QStringLiteral("--ip"), QStringLiteral("192.0.2.7"),
                QStringLiteral("--sender"), QString(), QStringLiteral("--helo"),
                QString(QString(70, QChar(0xfc)) + QStringLiteral(".example")), QStringLiteral("--zone"), m_zone});
    QCOMPARE(helo.code, 2);
    QVERIFY2(helo.err.contains(QLatin1String("--helo")), qPrintable(helo.err));
}

QTEST_GUILESS_MAIN(TestCliIdn)
#include "tst_cli_idn.moc"
