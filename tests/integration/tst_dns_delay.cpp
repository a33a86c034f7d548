// The delaying proxy in front of a real NSD: every answer arrives late but whole, over UDP and TCP, and a live
// resolver with hundreds of queries in flight pays the delay about once, not once per query.
#include "DelayingDnsProxy.h"
#include "DnsServerFixture.h"
#include "ResolverWait.h"
#include "dns/LiveResolver.h"

#include <QElapsedTimer>
#include <QTest>

using namespace spfm;
using dns::Question;
using dns::RRType;
using testing::DelayingDnsProxy;
using testing::DnsServerFixture;
using testing::Zone;
using testing::ZoneRecord;

class TestDnsDelay : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void oneAnswerIsLate();
    void manyAnswersAreLateTogether();
    void tcpIsRelayedToo();

private:
    dns::ResolverOptions options() const
    {
        dns::ResolverOptions o;
        o.servers = {dns::ServerAddress{m_proxy->address(), m_proxy->port()}};
        o.timeoutMs = 2000;
        return o;
    }
    DnsServerFixture m_server;
    std::unique_ptr<DelayingDnsProxy> m_proxy;
};

void TestDnsDelay::initTestCase()
{
    Zone zone;
    zone.origin = "example.com";
    zone.records = {ZoneRecord::txt("@", "v=spf1 -all"), ZoneRecord::txt("big", QByteArray(3000, 'z'))};
    for (int i = 0; i < 300; ++i)
        zone.records.append(ZoneRecord{"d" + QByteArray::number(i), "A", "192.0.2." + QByteArray::number(i % 250)});
    m_server.addZone(zone);
    const testing::StartResult started = m_server.start();
    QVERIFY2(started.ok, qPrintable(started.error));
    m_proxy = std::make_unique<DelayingDnsProxy>(m_server.address(), m_server.port(), 50);
    const testing::StartResult listening = m_proxy->listen();
    QVERIFY2(listening.ok, qPrintable(listening.error));
}

void TestDnsDelay::oneAnswerIsLate()
{
    dns::LiveResolver resolver(options());
    QElapsedTimer clock;
    clock.start();
    const auto answer = testing::waitForAnswer(resolver, Question("example.com", RRType::TXT));
    QVERIFY(answer);
    QCOMPARE(answer->records.first().joinedText(), QByteArray("v=spf1 -all"));
    QVERIFY2(clock.elapsed() >= 50, qPrintable(QString::number(clock.elapsed())));
}

void TestDnsDelay::manyAnswersAreLateTogether()
{
    dns::LiveResolver resolver(options());
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < 300; ++i)
        QVERIFY(!resolver.lookup(Question(QByteArray("d" + QByteArray::number(i) + ".example.com"), RRType::A)));
    QVERIFY(testing::waitForIdle(resolver, 10000));
    const qint64 elapsed = clock.elapsed();
    qInfo("300 queries through a 50 ms delay: %lld ms, %llu timeouts", elapsed,
          resolver.statistics().transport.timeouts);
    QVERIFY(elapsed >= 50);
    // All out at once, not one after another: the proxy had every query before it passed any reply back. (No bound
    // on wall time: a loaded machine stretches it.)
    QVERIFY2(m_proxy->maxUdpOutstanding() >= 300, qPrintable(QString::number(m_proxy->maxUdpOutstanding())));
    QCOMPARE(resolver.statistics().transport.timeouts, 0u);
    QCOMPARE(resolver.statistics().transport.answered, 300u);
    for (int i = 0; i < 300; ++i) {
        const auto a = resolver.lookup(Question(QByteArray("d" + QByteArray::number(i) + ".example.com"), RRType::A));
        QVERIFY(a);
        QCOMPARE(a->records.size(), 1);
    }
}

void TestDnsDelay::tcpIsRelayedToo()
{
    dns::LiveResolver resolver(options());
    const auto answer = testing::waitForAnswer(resolver, Question("big.example.com", RRType::TXT));
    QVERIFY(answer);
    QCOMPARE(answer->records.first().joinedText(), QByteArray(3000, 'z'));
    QCOMPARE(resolver.statistics().transport.tcpQueriesSent, 1u);
}

QTEST_GUILESS_MAIN(TestDnsDelay)
#include "tst_dns_delay.moc"
