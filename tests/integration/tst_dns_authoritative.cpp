// Authoritative mode against real servers: the zone's NS set is found through a recursive server, every
// authoritative server is asked directly, and two servers serving different serials are told apart.
#include "DnsServerFixture.h"
#include "ResolverWait.h"
#include "dns/AuthoritativeResolver.h"
#include "dns/PendingRunner.h"

#include <QSignalSpy>
#include <QTest>

using namespace spfm;
using dns::AuthoritativeResolver;
using dns::AuthoritativeResult;
using dns::Question;
using dns::ResponseCode;
using dns::RRType;
using testing::DnsServerFixture;
using testing::Zone;
using testing::ZoneRecord;

class TestDnsAuthoritative : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void eachServerAnswersForItself();
    void agreeingServersDoNotDisagree();
    void nameBelowTheApexFindsItsZone();
    void unknownZoneIsAnError();
    void resolverViewUsesTheServers();

private:
    std::optional<AuthoritativeResult> each(AuthoritativeResolver &resolver, const Question &question);
    dns::AuthoritativeOptions options() const;

    // 127.0.0.1 plays the recursive resolver (it serves the delegation data); 127.0.0.2 and .3 are the zone's
    // authoritative servers, on the same port as authoritative servers share port 53; 127.0.0.4 is listed but dead.
    DnsServerFixture m_recursive;
    DnsServerFixture m_primary;
    DnsServerFixture m_secondary;
};

Zone servedZone(std::uint32_t serial, const QByteArray &policy)
{
    Zone zone;
    zone.origin = "example.org";
    zone.serial = serial;
    zone.nameServers = {"ns1.example.org", "ns2.example.org", "ns3.example.org"};
    zone.records = {ZoneRecord::txt("@", policy), ZoneRecord::txt("same", "v=spf1 mx -all"),
                    ZoneRecord{"ns1", "A", "127.0.0.2"}, ZoneRecord{"ns2", "A", "127.0.0.3"},
                    ZoneRecord{"ns3", "A", "127.0.0.4"}};
    return zone;
}

void TestDnsAuthoritative::initTestCase()
{
    m_primary.setAddress(QHostAddress(QStringLiteral("127.0.0.2")));
    m_primary.addZone(servedZone(2024060102, "v=spf1 ip4:192.0.2.0/24 -all"));
    testing::StartResult started = m_primary.start();
    QVERIFY2(started.ok, qPrintable(started.error));

    m_secondary.setAddress(QHostAddress(QStringLiteral("127.0.0.3")));
    m_secondary.setPort(m_primary.port());
    m_secondary.addZone(servedZone(2024060101, "v=spf1 -all"));
    started = m_secondary.start();
    QVERIFY2(started.ok, qPrintable(started.error));

    // What a recursive resolver would know: the zone's SOA and NS set, and the servers' addresses.
    m_recursive.setPort(m_primary.port());
    m_recursive.addZone(servedZone(2024060102, "v=spf1 ip4:192.0.2.0/24 -all"));
    started = m_recursive.start();
    QVERIFY2(started.ok, qPrintable(started.error));
}

dns::AuthoritativeOptions TestDnsAuthoritative::options() const
{
    dns::AuthoritativeOptions o;
    o.recursive.servers = {dns::ServerAddress{m_recursive.address(), m_recursive.port()}};
    o.recursive.timeoutMs = 1000;
    o.timeoutMs = 800; // the dead server costs this once per question; live ones answer in a millisecond
    o.tries = 1;
    o.port = m_primary.port();
    return o;
}

std::optional<AuthoritativeResult> TestDnsAuthoritative::each(AuthoritativeResolver &resolver, const Question &question)
{
    std::optional<AuthoritativeResult> result;
    dns::PendingRunner runner(resolver);
    QSignalSpy done(&runner, &dns::PendingRunner::allFinished);
    runner.add([&] {
        result = resolver.lookupEach(question);
        return result.has_value();
    });
    if (!done.wait(5000))
        qWarning("still waiting for %s", question.name.constData());
    return result;
}

void TestDnsAuthoritative::eachServerAnswersForItself()
{
    AuthoritativeResolver resolver(options());
    const auto result = each(resolver, Question("example.org", RRType::TXT));
    QVERIFY(result);
    QCOMPARE(result->rcode, ResponseCode::NoError);
    QCOMPARE(result->zone, QByteArray("example.org"));
    QCOMPARE(result->servers.size(), 3);

    QMap<QByteArray, dns::AuthoritativeAnswer> byName;
    for (const dns::AuthoritativeAnswer &a : result->servers)
        byName.insert(a.nameServer, a);
    const dns::AuthoritativeAnswer primary = byName.value("ns1.example.org");
    QCOMPARE(primary.server.toString(), QStringLiteral("127.0.0.2:%1").arg(m_primary.port()));
    QCOMPARE(primary.soaSerial, std::optional<std::uint32_t>(2024060102));
    QCOMPARE(primary.answer.records.size(), 1);
    QCOMPARE(primary.answer.records.first().joinedText(), QByteArray("v=spf1 ip4:192.0.2.0/24 -all"));

    const dns::AuthoritativeAnswer secondary = byName.value("ns2.example.org");
    QCOMPARE(secondary.soaSerial, std::optional<std::uint32_t>(2024060101));
    QCOMPARE(secondary.answer.records.first().joinedText(), QByteArray("v=spf1 -all"));

    const dns::AuthoritativeAnswer dead = byName.value("ns3.example.org");
    QCOMPARE(dead.answer.rcode, ResponseCode::Timeout);
    QVERIFY(!dead.soaSerial);

    QVERIFY(result->serversDisagree());
}

void TestDnsAuthoritative::agreeingServersDoNotDisagree()
{
    AuthoritativeResolver resolver(options());
    auto result = each(resolver, Question("same.example.org", RRType::TXT));
    QVERIFY(result);
    QCOMPARE(result->rcode, ResponseCode::NoError);
    // Only the live servers: same record, but different serials, which still counts as disagreeing.
    result->servers.removeIf([](const dns::AuthoritativeAnswer &a) { return a.answer.isError(); });
    QCOMPARE(result->servers.size(), 2);
    QCOMPARE(result->servers.at(0).answer.records.first().joinedText(),
             result->servers.at(1).answer.records.first().joinedText());
    QVERIFY(result->serversDisagree());
    result->servers[1].soaSerial = result->servers[0].soaSerial;
    QVERIFY(!result->serversDisagree());
}

void TestDnsAuthoritative::nameBelowTheApexFindsItsZone()
{
    AuthoritativeResolver resolver(options());
    const auto result = each(resolver, Question("a.b.nothing.example.org", RRType::TXT));
    QVERIFY(result);
    QCOMPARE(result->rcode, ResponseCode::NoError);
    QCOMPARE(result->zone, QByteArray("example.org"));
    for (const dns::AuthoritativeAnswer &a : result->servers) {
        if (a.nameServer != "ns3.example.org")
            QCOMPARE(a.answer.rcode, ResponseCode::NxDomain);
    }
}

void TestDnsAuthoritative::unknownZoneIsAnError()
{
    AuthoritativeResolver resolver(options());
    // NSD refuses names outside its zones, as a recursive resolver that cannot reach them fails.
    const auto result = each(resolver, Question("example.invalid", RRType::TXT));
    QVERIFY(result);
    QVERIFY(result->rcode != ResponseCode::NoError);
    QVERIFY(!result->detail.isEmpty());
    QVERIFY(result->servers.isEmpty());
}

void TestDnsAuthoritative::resolverViewUsesTheServers()
{
    AuthoritativeResolver resolver(options());
    const auto answer = testing::waitForAnswer(resolver, Question("example.org", RRType::TXT));
    QVERIFY(answer);
    QCOMPARE(answer->rcode, ResponseCode::NoError);
    QCOMPARE(answer->records.size(), 1);
    const dns::ResolverStatistics stats = resolver.statistics();
    QVERIFY(stats.transport.queriesSent >= 8u); // SOA, NS, 3 A, then TXT and SOA at each of three servers
    QCOMPARE(stats.transport.timeouts, 2u);     // the dead server, once for TXT and once for SOA
}

QTEST_GUILESS_MAIN(TestDnsAuthoritative)
#include "tst_dns_authoritative.moc"
