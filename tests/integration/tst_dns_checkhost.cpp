// check_host() evaluated live: a real NSD serves the records, the LiveResolver fetches them, and PendingRunner re-runs
// the evaluation as answers arrive.
#include "DnsServerFixture.h"
#include "dns/LiveResolver.h"
#include "dns/PendingRunner.h"
#include "spf/CheckHost.h"

#include <QSignalSpy>
#include <QTest>

using namespace spfm;
using spf::CheckHostRequest;
using spf::CheckHostResult;
using spf::Result;
using testing::DnsServerFixture;
using testing::Zone;
using testing::ZoneRecord;

Q_DECLARE_METATYPE(spfm::spf::Result)

class TestDnsCheckHost : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void evaluatesLive_data();
    void evaluatesLive();
    void manyEvaluationsShareTheCache();

private:
    dns::ResolverOptions options() const
    {
        dns::ResolverOptions o;
        o.servers = {dns::ServerAddress{m_server.address(), m_server.port()}};
        o.timeoutMs = 1000;
        return o;
    }
    DnsServerFixture m_server;
};

void TestDnsCheckHost::initTestCase()
{
    Zone com;
    com.origin = "example.com";
    com.records = {
        ZoneRecord::txt("@", "v=spf1 ip4:192.0.2.0/24 include:_spf.example.net mx -all"),
        ZoneRecord{"@", "MX", "10 mx.example.com."},
        ZoneRecord{"mx", "A", "203.0.113.25"},
        ZoneRecord::txt("broken", "v=spf1 include:gone.example.invalid -all"),
        ZoneRecord::txt("soft", "v=spf1 redirect=example.com"),
        ZoneRecord{"alias", "CNAME", "example.com."},
    };
    m_server.addZone(com);
    Zone net;
    net.origin = "example.net";
    net.records = {ZoneRecord::txt("_spf", "v=spf1 a:mail.example.net ~all"), ZoneRecord{"mail", "A", "198.51.100.7"}};
    m_server.addZone(net);
    const testing::StartResult started = m_server.start();
    QVERIFY2(started.ok, qPrintable(started.error));
}

void TestDnsCheckHost::evaluatesLive_data()
{
    QTest::addColumn<QByteArray>("ip");
    QTest::addColumn<QByteArray>("sender");
    QTest::addColumn<Result>("expected");
    QTest::newRow("ip4 range") << QByteArray("192.0.2.44") << QByteArray("user@example.com") << Result::Pass;
    QTest::newRow("through include") << QByteArray("198.51.100.7") << QByteArray("user@example.com") << Result::Pass;
    QTest::newRow("mx") << QByteArray("203.0.113.25") << QByteArray("user@example.com") << Result::Pass;
    QTest::newRow("nothing matches") << QByteArray("203.0.113.99") << QByteArray("user@example.com") << Result::Fail;
    QTest::newRow("redirect") << QByteArray("198.51.100.7") << QByteArray("user@soft.example.com") << Result::Pass;
    QTest::newRow("TXT through CNAME") << QByteArray("192.0.2.1") << QByteArray("user@alias.example.com")
                                       << Result::Pass;
    // NSD refuses the unknown zone: an error, not a missing name, so the include cannot be decided (§5.2).
    QTest::newRow("include refused") << QByteArray("192.0.2.1") << QByteArray("user@broken.example.com")
                                     << Result::TempError;
    QTest::newRow("no record") << QByteArray("192.0.2.1") << QByteArray("user@mx.example.com") << Result::None;
}

void TestDnsCheckHost::evaluatesLive()
{
    QFETCH(QByteArray, ip);
    QFETCH(QByteArray, sender);
    QFETCH(Result, expected);
    dns::LiveResolver resolver(options());
    dns::PendingRunner runner(resolver);
    QSignalSpy done(&runner, &dns::PendingRunner::allFinished);
    CheckHostRequest request;
    request.ip = *net::IpAddress::parse(ip);
    request.sender = sender;
    request.helo = "mx.example.org";
    CheckHostResult result;
    int runs = 0;
    runner.add([&] {
        ++runs;
        result = spf::checkHost(request, resolver);
        return result.status == CheckHostResult::Status::Complete;
    });
    QVERIFY(done.wait(5000));
    QCOMPARE(result.status, CheckHostResult::Status::Complete);
    QVERIFY2(
        result.result == expected,
        qPrintable(
            QStringLiteral("got %1 (%2)").arg(QString::fromLatin1(spf::resultName(result.result)), result.problem)));
    QVERIFY(runs >= 2); // at least one wait for the network
    QCOMPARE(resolver.statistics().transport.timeouts, 0u);
}

void TestDnsCheckHost::manyEvaluationsShareTheCache()
{
    dns::LiveResolver resolver(options());
    dns::PendingRunner runner(resolver);
    QSignalSpy done(&runner, &dns::PendingRunner::allFinished);
    QList<CheckHostResult> results(200);
    for (int i = 0; i < 200; ++i) {
        runner.add([&, i] {
            CheckHostRequest request;
            request.ip = net::IpAddress::v4(0xC6336400u + std::uint32_t(i % 20)); // 198.51.100.0-19
            request.sender = "user@example.com";
            request.helo = "mx.example.org";
            results[i] = spf::checkHost(request, resolver);
            return results[i].status == CheckHostResult::Status::Complete;
        });
    }
    QVERIFY(done.wait(5000));
    for (int i = 0; i < 200; ++i) {
        const Result expected = i % 20 == 7 ? Result::Pass : Result::Fail;
        QCOMPARE(results[i].result, expected);
    }
    // The distinct questions of the whole batch: TXT example.com, TXT _spf.example.net, A mail.example.net,
    // MX example.com, A mx.example.com.
    const dns::ResolverStatistics stats = resolver.statistics();
    QCOMPARE(stats.queriesStarted, 5u);
    QCOMPARE(stats.transport.queriesSent, 5u);
}

QTEST_GUILESS_MAIN(TestDnsCheckHost)
#include "tst_dns_checkhost.moc"
