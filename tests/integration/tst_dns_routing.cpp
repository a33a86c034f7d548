// The routing proxy between the live resolver and a real NSD: questions for listed names (all types, all but some, or
// one type) go to a silent FaultDnsServer and time out, everything else is relayed to NSD, over UDP and over TCP.
#include "DnsServerFixture.h"
#include "FaultDnsServer.h"
#include "ResolverWait.h"
#include "RoutingDnsProxy.h"
#include "dns/LiveResolver.h"

#include <QTest>

using namespace spfm;
using dns::Question;
using dns::ResponseCode;
using dns::RRType;
using testing::RoutingDnsProxy;
using testing::waitForAnswer;
using testing::ZoneRecord;

class TestDnsRouting : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void questionOfReadsTheWireName();
    void routesByNameAndType_data();
    void routesByNameAndType();
    void relaysTcpAfterTruncation();

private:
    dns::ResolverOptions options() const
    {
        dns::ResolverOptions o;
        o.servers = {dns::ServerAddress{m_proxy->address(), m_proxy->port()}};
        o.timeoutMs = 300;
        o.tries = 1;
        return o;
    }

    testing::DnsServerFixture m_nsd;
    testing::FaultDnsServer m_silent;
    std::unique_ptr<RoutingDnsProxy> m_proxy;
};

void TestDnsRouting::initTestCase()
{
    testing::Zone zone;
    zone.origin = "example.com";
    zone.records = {
        ZoneRecord::txt("plain", "v=spf1 -all"), ZoneRecord{"plain", "A", "192.0.2.1"},
        ZoneRecord::txt("gone", "v=spf1 -all"),  ZoneRecord::txt("half", "v=spf1 -all"),
        ZoneRecord{"half", "A", "192.0.2.2"},    ZoneRecord::txt("typed", "v=spf1 -all"),
        ZoneRecord{"typed", "A", "192.0.2.3"},   ZoneRecord::txt("big", QByteArray(3000, 'b')),
    };
    m_nsd.addZone(zone);
    const testing::StartResult started = m_nsd.start();
    QVERIFY2(started.ok, qPrintable(started.error));
    const testing::StartResult listening = m_silent.listen();
    QVERIFY2(listening.ok, qPrintable(listening.error));
    m_silent.setDefaultBehaviour(testing::FaultDnsServer::Behaviour::Silent);

    m_proxy = std::make_unique<RoutingDnsProxy>(RoutingDnsProxy::Upstream{m_nsd.address(), m_nsd.port()});
    const RoutingDnsProxy::Upstream silent{m_silent.address(), m_silent.port()};
    m_proxy->routeName("GONE.example.com.", silent); // any case, with or without the trailing dot
    m_proxy->routeName("half.example.com", silent, {std::uint16_t(RRType::TXT)});
    m_proxy->routeType("typed.example.com", std::uint16_t(RRType::A), silent);
    const testing::StartResult proxyListening = m_proxy->listen();
    QVERIFY2(proxyListening.ok, qPrintable(proxyListening.error));
}

void TestDnsRouting::questionOfReadsTheWireName()
{
    // Header (id 1, RD, one question), then "\x03a b\x07Example\x00", type TXT, class IN.
    const QByteArray query = QByteArray("\x00\x01\x01\x00\x00\x01\x00\x00\x00\x00\x00\x00", 12) + QByteArray("\x03"
                                                                                                             "a b"
                                                                                                             "\x07"
                                                                                                             "Example"
                                                                                                             "\x00"
                                                                                                             "\x00\x10"
                                                                                                             "\x00\x01",
                                                                                                             17);
    const std::optional<RoutingDnsProxy::QuestionKey> key = RoutingDnsProxy::questionOf(query);
    QVERIFY(key);
    QCOMPARE(key->name, QByteArray("a b.example"));
    QCOMPARE(key->type, std::uint16_t(RRType::TXT));
    QVERIFY(!RoutingDnsProxy::questionOf(query.left(20)));       // cut inside the name
    QVERIFY(!RoutingDnsProxy::questionOf(QByteArray(12, '\0'))); // no question
}

void TestDnsRouting::routesByNameAndType_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<RRType>("type");
    QTest::addColumn<ResponseCode>("expected");
    QTest::newRow("not routed TXT") << QByteArray("plain.example.com") << RRType::TXT << ResponseCode::NoError;
    QTest::newRow("not routed A") << QByteArray("plain.example.com") << RRType::A << ResponseCode::NoError;
    QTest::newRow("name routed TXT") << QByteArray("gone.example.com") << RRType::TXT << ResponseCode::Timeout;
    QTest::newRow("name routed MX") << QByteArray("gone.example.com") << RRType::MX << ResponseCode::Timeout;
    QTest::newRow("excepted type stays") << QByteArray("half.example.com") << RRType::TXT << ResponseCode::NoError;
    QTest::newRow("other types routed") << QByteArray("half.example.com") << RRType::A << ResponseCode::Timeout;
    QTest::newRow("routed type") << QByteArray("typed.example.com") << RRType::A << ResponseCode::Timeout;
    QTest::newRow("other type stays") << QByteArray("typed.example.com") << RRType::TXT << ResponseCode::NoError;
    QTest::newRow("name below a routed one")
        << QByteArray("x.gone.example.com") << RRType::TXT << ResponseCode::NxDomain;
}

void TestDnsRouting::routesByNameAndType()
{
    QFETCH(QByteArray, name);
    QFETCH(RRType, type);
    QFETCH(ResponseCode, expected);
    dns::LiveResolver resolver(options());
    const int silentBefore = m_silent.udpQueries();
    const std::optional<dns::Answer> answer = waitForAnswer(resolver, Question(name, type));
    QVERIFY(answer);
    QCOMPARE(answer->rcode, expected);
    // A timeout here comes from the silent server, never from NSD being slow.
    QCOMPARE(m_silent.udpQueries() > silentBefore, expected == ResponseCode::Timeout);
    if (expected == ResponseCode::NoError)
        QCOMPARE(answer->records.size(), 1);
}

void TestDnsRouting::relaysTcpAfterTruncation()
{
    dns::LiveResolver resolver(options());
    const int relayedBefore = m_proxy->relayed();
    const std::optional<dns::Answer> answer = waitForAnswer(resolver, Question("big.example.com", RRType::TXT));
    QVERIFY(answer);
    QCOMPARE(answer->rcode, ResponseCode::NoError);
    QCOMPARE(answer->records.size(), 1);
    QCOMPARE(answer->records.first().joinedText(), QByteArray(3000, 'b'));
    QCOMPARE(resolver.statistics().transport.tcpQueriesSent, 1u);
    QCOMPARE(m_proxy->relayed() - relayedBefore, 2); // the UDP query, then the same over TCP
}

QTEST_GUILESS_MAIN(TestDnsRouting)
#include "tst_dns_routing.moc"
