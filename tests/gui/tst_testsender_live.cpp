#include "DnsServerFixture.h"
#include "GuiTestSupport.h"
#include "TestSenderDialog.h"

#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace spfm;
using testing::DnsServerFixture;
using testing::Zone;
using testing::ZoneRecord;

// "Test a sender" against live DNS: a real NSD serving the zones, asked through the project's resolver settings.
class TestTestSenderLive : public QObject
{
    Q_OBJECT

private:
    DnsServerFixture m_server;
    project::ResolverSettings m_settings;

private slots:
    void initTestCase()
    {
        isolateSettings("tst_testsender_live");
        Zone acme;
        acme.origin = "acme.example";
        acme.records = {ZoneRecord::txt("@", "v=spf1 ip4:192.0.2.25 include:_spf.partner.example -all")};
        Zone partner;
        partner.origin = "partner.example";
        partner.records = {ZoneRecord::txt("_spf", "v=spf1 ip4:198.51.100.0/24 -all")};
        m_server.addZone(acme);
        m_server.addZone(partner);
        const auto started = m_server.start();
        QVERIFY2(started.ok, qPrintable(started.error));
        m_settings.mode = project::ResolverMode::Servers;
        project::ResolverServer server;
        server.address = *net::IpAddress::parse(m_server.address().toString().toLatin1());
        server.port = m_server.port();
        m_settings.servers = {server};
        m_settings.timeoutMs = 1000;
    }

    void evaluatesAgainstTheLiveServer_data()
    {
        QTest::addColumn<QString>("ip");
        QTest::addColumn<int>("result");
        QTest::newRow("own server") << QStringLiteral("192.0.2.25") << int(spf::Result::Pass);
        QTest::newRow("through the include") << QStringLiteral("198.51.100.7") << int(spf::Result::Pass);
        QTest::newRow("stranger") << QStringLiteral("203.0.113.9") << int(spf::Result::Fail);
    }

    void evaluatesAgainstTheLiveServer()
    {
        QFETCH(QString, ip);
        QFETCH(int, result);
        gui::TestSenderDialog dialog;
        dialog.setLiveSettings(m_settings);
        dialog.setUseLive(true);
        dialog.setInputs(ip, QStringLiteral("alice@acme.example"), QStringLiteral("mail.acme.example"));
        QSignalSpy done(&dialog, &gui::TestSenderDialog::evaluated);
        QVERIFY(dialog.evaluate());
        QVERIFY(done.wait(10000));
        QCOMPARE(int(dialog.result().result), result);
        QVERIFY(dialog.headerText().startsWith(QLatin1String("Received-SPF: ")));
        auto *trace = dialog.findChild<QTreeWidget *>(QStringLiteral("traceTree"));
        QVERIFY(trace && trace->topLevelItemCount() > 0);
    }
};

QTEST_MAIN(TestTestSenderLive)
#include "tst_testsender_live.moc"
