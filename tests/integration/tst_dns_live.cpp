// The live resolver against a real NSD: every record type we parse, CNAME handling, negative answers, TCP fallback
// for a large TXT record, and hundreds of queries at once.
#include "DnsServerFixture.h"
#include "ResolverWait.h"
#include "dns/LiveResolver.h"

#include <QElapsedTimer>
#include <QTest>

using namespace spfm;
using dns::LiveResolver;
using dns::Question;
using dns::ResponseCode;
using dns::RRType;
using testing::DnsServerFixture;
using testing::waitForAnswer;
using testing::Zone;
using testing::ZoneRecord;

class TestDnsLive : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void txtStringsAreJoined();
    void parsesEveryType();
    void nxdomainDiffersFromNodata();
    void cnameInsideTheZone();
    void cnameToAnotherZone();
    void cnameLoopEndsInServfail();
    void largeTxtFallsBackToTcp();
    void hundredsOfConcurrentQueries();
    void negativeAnswersExpireBySoaMinimum();

private:
    dns::ResolverOptions options() const
    {
        dns::ResolverOptions o;
        o.servers = {dns::ServerAddress{m_server.address(), m_server.port()}};
        o.timeoutMs = 1000;
        o.tries = 2;
        return o;
    }
    DnsServerFixture m_server;
};

void TestDnsLive::initTestCase()
{
    Zone zone;
    zone.origin = "example.com";
    zone.serial = 42;
    zone.negativeTtl = 1;
    zone.records = {
        ZoneRecord{"@", "TXT", "\"v=spf1 \" \"ip4:192.0.2.0/24\" \" -all\""},
        ZoneRecord{"@", "MX", "10 mail.example.com."},
        ZoneRecord{"@", "MX", "20 backup.example.net."},
        ZoneRecord{"mail", "A", "192.0.2.25", 3600},
        ZoneRecord{"mail", "AAAA", "2001:db8::25"},
        ZoneRecord{"alias", "CNAME", "middle"},
        ZoneRecord{"middle", "CNAME", "mail"},
        ZoneRecord{"outside", "CNAME", "target.example.net."},
        ZoneRecord{"loop1", "CNAME", "loop2"},
        ZoneRecord{"loop2", "CNAME", "loop1"},
        ZoneRecord::txt("big", QByteArray(3000, 'b')),
    };
    for (int i = 0; i < 500; ++i)
        zone.records.append(
            ZoneRecord::txt("h" + QByteArray::number(i), QByteArray("v=spf1 a:h" + QByteArray::number(i) + " -all")));
    m_server.addZone(zone);

    Zone other;
    other.origin = "example.net";
    other.records = {ZoneRecord::txt("target", "v=spf1 -all")};
    m_server.addZone(other);

    Zone reverse;
    reverse.origin = "2.0.192.in-addr.arpa";
    reverse.records = {ZoneRecord{"25", "PTR", "mail.example.com."}};
    m_server.addZone(reverse);

    const testing::StartResult started = m_server.start();
    QVERIFY2(started.ok, qPrintable(started.error));
}

void TestDnsLive::txtStringsAreJoined()
{
    LiveResolver resolver(options());
    const auto answer = waitForAnswer(resolver, Question("example.com", RRType::TXT));
    QVERIFY(answer);
    QCOMPARE(answer->rcode, ResponseCode::NoError);
    QCOMPARE(answer->records.size(), 1);
    const dns::ResourceRecord &txt = answer->records.first();
    QCOMPARE(txt.strings, (QList<QByteArray>{"v=spf1 ", "ip4:192.0.2.0/24", " -all"}));
    QCOMPARE(txt.joinedText(), QByteArray("v=spf1 ip4:192.0.2.0/24 -all")); // RFC 7208 §3.3: no separator
    QCOMPARE(txt.owner, QByteArray("example.com"));
    QCOMPARE(txt.ttl, 300u);
}

void TestDnsLive::parsesEveryType()
{
    LiveResolver resolver(options());
    const auto a = waitForAnswer(resolver, Question("mail.example.com", RRType::A));
    QVERIFY(a);
    QCOMPARE(a->records.size(), 1);
    QCOMPARE(a->records.first().address.toText(), QByteArray("192.0.2.25"));
    QCOMPARE(a->records.first().ttl, 3600u);

    const auto aaaa = waitForAnswer(resolver, Question("mail.example.com", RRType::AAAA));
    QVERIFY(aaaa);
    QCOMPARE(aaaa->records.size(), 1);
    QVERIFY(aaaa->records.first().address.isV6());
    QCOMPARE(aaaa->records.first().address.toText(), QByteArray("2001:db8::25"));

    const auto mx = waitForAnswer(resolver, Question("example.com", RRType::MX));
    QVERIFY(mx);
    QCOMPARE(mx->records.size(), 2);
    QMap<int, QByteArray> exchanges;
    for (const dns::ResourceRecord &r : mx->records)
        exchanges.insert(r.preference, r.target);
    QCOMPARE(exchanges.value(10), QByteArray("mail.example.com"));
    QCOMPARE(exchanges.value(20), QByteArray("backup.example.net"));

    const auto ptr = waitForAnswer(resolver, Question("25.2.0.192.in-addr.arpa", RRType::PTR));
    QVERIFY(ptr);
    QCOMPARE(ptr->records.size(), 1);
    QCOMPARE(ptr->records.first().target, QByteArray("mail.example.com"));

    const auto ns = waitForAnswer(resolver, Question("example.com", RRType::NS));
    QVERIFY(ns);
    QCOMPARE(ns->records.size(), 1);
    QCOMPARE(ns->records.first().target, QByteArray("ns1.example.com"));

    const auto soa = waitForAnswer(resolver, Question("example.com", RRType::SOA));
    QVERIFY(soa);
    QCOMPARE(soa->records.size(), 1);
    QCOMPARE(soa->records.first().serial, 42u);
    QCOMPARE(soa->records.first().target, QByteArray("ns1.example.com"));

    const auto cname = waitForAnswer(resolver, Question("alias.example.com", RRType::CNAME));
    QVERIFY(cname);
    QCOMPARE(cname->records.size(), 1);
    QCOMPARE(cname->records.first().target, QByteArray("middle.example.com"));
    QVERIFY(cname->cnames.isEmpty());
}

void TestDnsLive::nxdomainDiffersFromNodata()
{
    LiveResolver resolver(options());
    const auto nodata = waitForAnswer(resolver, Question("mail.example.com", RRType::TXT));
    QVERIFY(nodata);
    QCOMPARE(nodata->rcode, ResponseCode::NoError);
    QVERIFY(nodata->isVoid());
    const auto nx = waitForAnswer(resolver, Question("nothing.example.com", RRType::TXT));
    QVERIFY(nx);
    QCOMPARE(nx->rcode, ResponseCode::NxDomain);
    QVERIFY(nx->isVoid());
    QVERIFY(!nx->isError());
}

void TestDnsLive::cnameInsideTheZone()
{
    LiveResolver resolver(options());
    const auto answer = waitForAnswer(resolver, Question("alias.example.com", RRType::A));
    QVERIFY(answer);
    QCOMPARE(answer->rcode, ResponseCode::NoError);
    QCOMPARE(answer->cnames.size(), 2);
    QCOMPARE(answer->records.size(), 1);
    QCOMPARE(answer->records.first().owner, QByteArray("mail.example.com"));
    QCOMPARE(answer->records.first().address.toText(), QByteArray("192.0.2.25"));
    QCOMPARE(resolver.statistics().transport.queriesSent, 1u);
}

void TestDnsLive::cnameToAnotherZone()
{
    LiveResolver resolver(options());
    const Question question("outside.example.com", RRType::TXT);
    const auto answer = waitForAnswer(resolver, question);
    QVERIFY(answer);
    QCOMPARE(answer->rcode, ResponseCode::NoError);
    QCOMPARE(answer->cnames.size(), 1);
    QCOMPARE(answer->cnames.first().target, QByteArray("target.example.net"));
    QCOMPARE(answer->records.size(), 1);
    QCOMPARE(answer->records.first().joinedText(), QByteArray("v=spf1 -all"));
    // NSD adds the target's data from another zone it serves; a server that does not is asked again
    // (tst_liveresolver covers that case).
    QVERIFY(resolver.statistics().queriesStarted <= 2u);
}

void TestDnsLive::cnameLoopEndsInServfail()
{
    LiveResolver resolver(options());
    const auto answer = waitForAnswer(resolver, Question("loop1.example.com", RRType::TXT));
    QVERIFY(answer);
    QCOMPARE(answer->rcode, ResponseCode::ServFail);
    QVERIFY(answer->isError());
    QVERIFY(answer->records.isEmpty());
}

void TestDnsLive::largeTxtFallsBackToTcp()
{
    LiveResolver resolver(options());
    const auto answer = waitForAnswer(resolver, Question("big.example.com", RRType::TXT));
    QVERIFY(answer);
    QCOMPARE(answer->rcode, ResponseCode::NoError);
    QCOMPARE(answer->records.size(), 1);
    QCOMPARE(answer->records.first().strings.size(), 12); // 11 strings of 255 bytes and one of 195
    QCOMPARE(answer->records.first().joinedText(), QByteArray(3000, 'b'));
    const dns::ResolverStatistics stats = resolver.statistics();
    QCOMPARE(stats.transport.truncated, 1u);
    QCOMPARE(stats.transport.tcpQueriesSent, 1u);
    QCOMPARE(stats.transport.queriesSent, 2u);
    QVERIFY(stats.transport.bytesReceived > 3000u);
}

void TestDnsLive::hundredsOfConcurrentQueries()
{
    LiveResolver resolver(options());
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < 500; ++i)
        QVERIFY(!resolver.lookup(Question(QByteArray("h" + QByteArray::number(i) + ".example.com"), RRType::TXT)));
    QCOMPARE(resolver.pendingCount(), 500);
    QVERIFY(testing::waitForIdle(resolver, 5000));
    const qint64 elapsed = clock.elapsed();
    for (int i = 0; i < 500; ++i) {
        const auto answer =
            resolver.lookup(Question(QByteArray("h" + QByteArray::number(i) + ".example.com"), RRType::TXT));
        QVERIFY(answer);
        QCOMPARE(answer->rcode, ResponseCode::NoError);
        QCOMPARE(answer->records.first().joinedText(), "v=spf1 a:h" + QByteArray::number(i) + " -all");
    }
    const dns::ResolverStatistics stats = resolver.statistics();
    qInfo("500 queries in %lld ms; sent %llu, answered %llu, timeouts %llu, bytes %llu/%llu", elapsed,
          stats.transport.queriesSent, stats.transport.answered, stats.transport.timeouts, stats.transport.bytesSent,
          stats.transport.bytesReceived);
    QCOMPARE(stats.transport.answered, 500u);
    // A busy machine may need a retry here and there; every retry is a timeout, and nothing else is sent.
    QCOMPARE(stats.transport.queriesSent, 500u + stats.transport.timeouts);
    QVERIFY(stats.transport.timeouts < 10u);
    QCOMPARE(stats.transport.mismatched, 0u);
    QCOMPARE(stats.cacheHits, 500u);
}

void TestDnsLive::negativeAnswersExpireBySoaMinimum()
{
    dns::ResolverOptions o = options();
    o.minimumTtl = 0;
    LiveResolver resolver(o);
    const Question question("later.example.com", RRType::TXT);
    QVERIFY(waitForAnswer(resolver, question));
    QVERIFY(resolver.lookup(question)); // cached NXDOMAIN
    QTest::qWait(1100);                 // the zone's SOA minimum is 1 s (RFC 2308 §5)
    QVERIFY(!resolver.lookup(question));
    QVERIFY(waitForAnswer(resolver, question));
    QCOMPARE(resolver.statistics().queriesStarted, 2u);
}

QTEST_GUILESS_MAIN(TestDnsLive)
#include "tst_dns_live.moc"
