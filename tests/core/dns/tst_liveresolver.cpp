// The live resolver against the fault-injecting server: every fault ends in the right code within its tries,
// and the cache, merging, server rotation and statistics do what they promise.
#include "FaultDnsServer.h"
#include "ResolverWait.h"
#include "dns/LiveResolver.h"

#include <QTest>

using namespace spfm;
using dns::Answer;
using dns::CnameFault;
using dns::LiveResolver;
using dns::Question;
using dns::ResolverOptions;
using dns::ResponseCode;
using dns::RRType;
using testing::FaultDnsServer;
using testing::waitForAnswer;

Q_DECLARE_METATYPE(FaultDnsServer::Behaviour)
Q_DECLARE_METATYPE(spfm::dns::ResponseCode)

namespace {

constexpr int kTimeoutMs = 300;

dns::ServerAddress serverOf(const FaultDnsServer &server)
{
    return dns::ServerAddress{server.address(), server.port()};
}

ResolverOptions optionsFor(QList<dns::ServerAddress> servers)
{
    ResolverOptions options;
    options.servers = std::move(servers);
    options.timeoutMs = kTimeoutMs;
    options.tries = 2;
    return options;
}

} // namespace

class TestLiveResolver : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void faults_data();
    void faults();
    void nxdomainDiffersFromNodata();
    void formerrToEdnsIsAskedAgainWithout();
    void followsCnameChainInTheReply();
    void cnameLoopIsServfail();
    void danglingCnameTargetIsAskedNext();
    void danglingCnameLoopIsServfail();
    void identicalLookupsShareOneQuery();
    void cacheHonoursTtl();
    void silentServerRotatesToTheNext();
    void servfailMovesOnToAnotherServer();
    void hundredsInFlightAgainstOneServer();
    void destroyingWithQueriesInFlightIsSafe();

private:
    std::unique_ptr<FaultDnsServer> m_server;
};

void TestLiveResolver::init()
{
    m_server = std::make_unique<FaultDnsServer>();
    const testing::StartResult started = m_server->listen();
    QVERIFY2(started.ok, qPrintable(started.error));
    for (const char *name :
         {"ok", "silent", "servfail", "refused", "truncate", "tcpdrop", "wrongid", "wrongq", "garbage"})
        QVERIFY(m_server->addRecord(QByteArray(name) + ".test. 300 IN TXT \"v=spf1 " + name + " -all\""));
    m_server->setBehaviour("silent.test", FaultDnsServer::Behaviour::Silent);
    m_server->setBehaviour("servfail.test", FaultDnsServer::Behaviour::ServFail);
    m_server->setBehaviour("refused.test", FaultDnsServer::Behaviour::Refused);
    m_server->setBehaviour("truncate.test", FaultDnsServer::Behaviour::Truncate);
    m_server->setBehaviour("tcpdrop.test", FaultDnsServer::Behaviour::TruncateTcpDrop);
    m_server->setBehaviour("wrongid.test", FaultDnsServer::Behaviour::WrongId);
    m_server->setBehaviour("wrongq.test", FaultDnsServer::Behaviour::WrongQuestion);
    m_server->setBehaviour("garbage.test", FaultDnsServer::Behaviour::Garbage);
}

void TestLiveResolver::faults_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<ResponseCode>("rcode");
    QTest::addColumn<bool>("waits"); // the resolver must wait out its tries (no usable reply ever comes)
    QTest::newRow("answer") << QByteArray("ok.test") << ResponseCode::NoError << false;
    QTest::newRow("silent") << QByteArray("silent.test") << ResponseCode::Timeout << true;
    QTest::newRow("servfail") << QByteArray("servfail.test") << ResponseCode::ServFail << false;
    QTest::newRow("refused") << QByteArray("refused.test") << ResponseCode::Refused << false;
    QTest::newRow("truncated, TCP answers") << QByteArray("truncate.test") << ResponseCode::NoError << false;
    QTest::newRow("truncated, TCP dropped") << QByteArray("tcpdrop.test") << ResponseCode::NetworkError << true;
    QTest::newRow("wrong id") << QByteArray("wrongid.test") << ResponseCode::Timeout << true;
    QTest::newRow("wrong question") << QByteArray("wrongq.test") << ResponseCode::Timeout << true;
    QTest::newRow("garbage") << QByteArray("garbage.test") << ResponseCode::NetworkError << true;
}

void TestLiveResolver::faults()
{
    QFETCH(QByteArray, name);
    QFETCH(ResponseCode, rcode);
    QFETCH(bool, waits);
    LiveResolver resolver(optionsFor({serverOf(*m_server)}));
    const Question question(name, RRType::TXT);
    QVERIFY(!resolver.lookup(question)); // nothing is known before the network answered
    const std::optional<Answer> answer = waitForAnswer(resolver, question);
    QVERIFY2(answer, "no answer at all");
    QCOMPARE(answer->rcode, rcode);
    const dns::ResolverStatistics stats = resolver.statistics();
    // How long it took is the machine's business; how many attempts it made and waited out is ours: never more than
    // the tries, and none at all when a usable reply came.
    QVERIFY(stats.transport.queriesSent - stats.transport.tcpQueriesSent <= 2u);
    QVERIFY(stats.transport.timeouts <= 2u);
    if (rcode == ResponseCode::NoError) {
        QCOMPARE(answer->records.size(), 1);
        QCOMPARE(answer->records.first().joinedText(), "v=spf1 " + name.left(name.indexOf('.')) + " -all");
        QCOMPARE(stats.transport.timeouts, 0u);
    } else {
        QVERIFY(answer->records.isEmpty());
        QVERIFY2(!answer->detail.isEmpty(), "an error says why");
        QVERIFY(answer->isError());
    }
    if (!waits)
        QCOMPARE(stats.transport.timeouts, 0u);
    if (name == "truncate.test") {
        QCOMPARE(stats.transport.truncated, 1u);
        QCOMPARE(stats.transport.tcpQueriesSent, 1u);
        QCOMPARE(m_server->tcpQueries(), 1);
    }
    if (name == "tcpdrop.test") {
        QCOMPARE(stats.transport.truncated, 2u); // one per try
        QVERIFY2(answer->detail.contains(QStringLiteral("TCP")), qPrintable(answer->detail));
    }
    if (name == "wrongid.test" || name == "wrongq.test") {
        QCOMPARE(stats.transport.mismatched, 2u);
        QCOMPARE(stats.transport.answered, 0u);
        QCOMPARE(stats.transport.timeouts, 2u);
    }
    if (name == "garbage.test")
        QCOMPARE(stats.transport.malformed, 2u);
    if (name == "silent.test") {
        QCOMPARE(stats.transport.timeouts, 2u);
        QCOMPARE(stats.transport.queriesSent, 2u);
        QCOMPARE(m_server->queriesFor("silent.test"), 2);
    }
    // The error is cached like an answer, so a re-run meets it again at once.
    QVERIFY(resolver.lookup(question));
    QCOMPARE(resolver.lookup(question)->rcode, rcode);
}

void TestLiveResolver::nxdomainDiffersFromNodata()
{
    LiveResolver resolver(optionsFor({serverOf(*m_server)}));
    const auto nodata = waitForAnswer(resolver, Question("ok.test", RRType::A));
    QVERIFY(nodata);
    QCOMPARE(nodata->rcode, ResponseCode::NoError);
    QVERIFY(nodata->isVoid());
    const auto nx = waitForAnswer(resolver, Question("nothere.test", RRType::TXT));
    QVERIFY(nx);
    QCOMPARE(nx->rcode, ResponseCode::NxDomain);
    QVERIFY(nx->isVoid());
}

void TestLiveResolver::formerrToEdnsIsAskedAgainWithout()
{
    m_server->setBehaviour("ok.test", FaultDnsServer::Behaviour::FormErrOnEdns);
    LiveResolver resolver(optionsFor({serverOf(*m_server)}));
    const auto answer = waitForAnswer(resolver, Question("ok.test", RRType::TXT));
    QVERIFY(answer);
    QCOMPARE(answer->rcode, ResponseCode::NoError);
    QCOMPARE(answer->records.size(), 1);
    QCOMPARE(resolver.statistics().transport.queriesSent, 2u);
    QCOMPARE(resolver.statistics().transport.timeouts, 0u);

    // Configured without EDNS, the first query is already plain and answered.
    m_server->setBehaviour("servfail.test", FaultDnsServer::Behaviour::FormErrOnEdns);
    ResolverOptions plain = optionsFor({serverOf(*m_server)});
    plain.ednsUdpSize = 0;
    LiveResolver noEdns(plain);
    const auto direct = waitForAnswer(noEdns, Question("servfail.test", RRType::TXT));
    QVERIFY(direct);
    QCOMPARE(direct->rcode, ResponseCode::NoError);
    QCOMPARE(noEdns.statistics().transport.queriesSent, 1u);
}

void TestLiveResolver::followsCnameChainInTheReply()
{
    QVERIFY(m_server->addRecord("alias.test. 300 IN CNAME middle.test."));
    QVERIFY(m_server->addRecord("middle.test. 300 IN CNAME ok.test."));
    LiveResolver resolver(optionsFor({serverOf(*m_server)}));
    const auto answer = waitForAnswer(resolver, Question("Alias.Test.", RRType::TXT));
    QVERIFY(answer);
    QCOMPARE(answer->rcode, ResponseCode::NoError);
    QCOMPARE(answer->cnames.size(), 2);
    QCOMPARE(answer->cnames.at(0).target, QByteArray("middle.test"));
    QCOMPARE(answer->records.size(), 1);
    QCOMPARE(answer->records.first().owner, QByteArray("ok.test"));
    QCOMPARE(answer->records.first().joinedText(), QByteArray("v=spf1 ok -all"));
    QCOMPARE(resolver.statistics().transport.queriesSent, 1u);
}

void TestLiveResolver::cnameLoopIsServfail()
{
    QVERIFY(m_server->addRecord("loop1.test. 300 IN CNAME loop2.test."));
    QVERIFY(m_server->addRecord("loop2.test. 300 IN CNAME loop1.test."));
    LiveResolver resolver(optionsFor({serverOf(*m_server)}));
    const auto answer = waitForAnswer(resolver, Question("loop1.test", RRType::TXT));
    QVERIFY(answer);
    QCOMPARE(answer->rcode, ResponseCode::ServFail);
    QVERIFY(answer->records.isEmpty());
    QCOMPARE(answer->cnameFault, CnameFault::Loop);
    QCOMPARE(answer->cnames.size(), 2);
}

void TestLiveResolver::danglingCnameTargetIsAskedNext()
{
    QVERIFY(m_server->addRecord("hop1.test. 300 IN CNAME hop2.test."));
    QVERIFY(m_server->addRecord("hop2.test. 300 IN CNAME ok.test."));
    m_server->setBehaviour("hop1.test", FaultDnsServer::Behaviour::CnameOnly);
    m_server->setBehaviour("hop2.test", FaultDnsServer::Behaviour::CnameOnly);
    LiveResolver resolver(optionsFor({serverOf(*m_server)}));
    const auto answer = waitForAnswer(resolver, Question("hop1.test", RRType::TXT));
    QVERIFY(answer);
    QCOMPARE(answer->rcode, ResponseCode::NoError);
    QCOMPARE(answer->cnames.size(), 2);
    QCOMPARE(answer->cnames.at(1).target, QByteArray("ok.test"));
    QCOMPARE(answer->records.size(), 1);
    QCOMPARE(answer->records.first().joinedText(), QByteArray("v=spf1 ok -all"));
    QCOMPARE(resolver.statistics().queriesStarted, 3u);
    // The intermediate answers are cached under their own names.
    QVERIFY(resolver.lookup(Question("hop2.test", RRType::TXT)));
}

void TestLiveResolver::danglingCnameLoopIsServfail()
{
    QVERIFY(m_server->addRecord("ring1.test. 300 IN CNAME ring2.test."));
    QVERIFY(m_server->addRecord("ring2.test. 300 IN CNAME ring1.test."));
    m_server->setBehaviour("ring1.test", FaultDnsServer::Behaviour::CnameOnly);
    m_server->setBehaviour("ring2.test", FaultDnsServer::Behaviour::CnameOnly);
    LiveResolver resolver(optionsFor({serverOf(*m_server)}));
    const auto answer = waitForAnswer(resolver, Question("ring1.test", RRType::TXT));
    QVERIFY(answer);
    QCOMPARE(answer->rcode, ResponseCode::ServFail);
    QVERIFY(answer->detail.contains(QStringLiteral("loop")));
    QCOMPARE(answer->cnameFault, CnameFault::Loop);
    // The chain across both replies: ring1 -> ring2 -> ring1.
    QCOMPARE(answer->cnames.size(), 2);
    QCOMPARE(answer->cnames.first().owner, QByteArray("ring1.test"));
    QCOMPARE(answer->cnames.last().target, QByteArray("ring1.test"));
    QCOMPARE(resolver.statistics().queriesStarted, 2u);
}

void TestLiveResolver::identicalLookupsShareOneQuery()
{
    LiveResolver resolver(optionsFor({serverOf(*m_server)}));
    const Question question("ok.test", RRType::TXT);
    QVERIFY(!resolver.lookup(question));
    QVERIFY(!resolver.lookup(question));
    QVERIFY(!resolver.lookup(Question("OK.TEST.", RRType::TXT)));
    QCOMPARE(resolver.pendingCount(), 1);
    QVERIFY(waitForAnswer(resolver, question));
    QVERIFY(resolver.lookup(question));
    const dns::ResolverStatistics stats = resolver.statistics();
    QCOMPARE(m_server->queriesFor("ok.test"), 1);
    QCOMPARE(stats.queriesStarted, 1u);
    QCOMPARE(stats.transport.queriesSent, 1u);
    QCOMPARE(stats.transport.answered, 1u);
    QVERIFY(stats.merged >= 2u);
    QVERIFY(stats.cacheHits >= 1u);
    QVERIFY(stats.transport.bytesSent > 20u);
    QVERIFY(stats.transport.bytesReceived > stats.transport.bytesSent);
    const QList<Question> missed = resolver.takeMissed();
    QCOMPARE(missed.size(), 1);
    QCOMPARE(missed.first(), question);
    QVERIFY(resolver.takeMissed().isEmpty());
}

void TestLiveResolver::cacheHonoursTtl()
{
    QVERIFY(m_server->addRecord("short.test. 1 IN TXT \"short\""));
    ResolverOptions options = optionsFor({serverOf(*m_server)});
    options.minimumTtl = 0;
    LiveResolver resolver(options);
    const Question question("short.test", RRType::TXT);
    QVERIFY(waitForAnswer(resolver, question));
    QVERIFY(resolver.lookup(question)); // fresh: from the cache
    QCOMPARE(m_server->queriesFor("short.test"), 1);
    QTest::qWait(1100);
    QVERIFY(!resolver.lookup(question)); // expired: asked again
    QVERIFY(waitForAnswer(resolver, question));
    QCOMPARE(m_server->queriesFor("short.test"), 2);

    // With the default floor the same record stays for the run.
    LiveResolver floored(optionsFor({serverOf(*m_server)}));
    QVERIFY(waitForAnswer(floored, question));
    QTest::qWait(1100);
    QVERIFY(floored.lookup(question));
    QCOMPARE(m_server->queriesFor("short.test"), 3);
}

void TestLiveResolver::silentServerRotatesToTheNext()
{
    FaultDnsServer silent;
    QVERIFY(silent.listen().ok);
    silent.setDefaultBehaviour(FaultDnsServer::Behaviour::Silent);
    LiveResolver resolver(optionsFor({serverOf(silent), serverOf(*m_server)}));
    const auto answer = waitForAnswer(resolver, Question("ok.test", RRType::TXT));
    QVERIFY(answer);
    QCOMPARE(answer->rcode, ResponseCode::NoError);
    QCOMPARE(silent.udpQueries(), 1); // one attempt waited out, then the next server
    QCOMPARE(resolver.statistics().transport.timeouts, 1u);
}

void TestLiveResolver::servfailMovesOnToAnotherServer()
{
    FaultDnsServer broken;
    QVERIFY(broken.listen().ok);
    broken.setDefaultBehaviour(FaultDnsServer::Behaviour::ServFail);
    LiveResolver resolver(optionsFor({serverOf(broken), serverOf(*m_server)}));
    const auto answer = waitForAnswer(resolver, Question("ok.test", RRType::TXT));
    QVERIFY(answer);
    QCOMPARE(answer->rcode, ResponseCode::NoError);
    QCOMPARE(broken.udpQueries(), 1);
    QCOMPARE(resolver.statistics().transport.timeouts, 0u);
}

void TestLiveResolver::hundredsInFlightAgainstOneServer()
{
    for (int i = 0; i < 300; ++i)
        QVERIFY(m_server->addRecord("n" + QByteArray::number(i) + ".test. 300 IN A 192.0.2." +
                                    QByteArray::number(i % 250)));
    // Every answer is late, so a resolver that waited for one answer before sending the next query would show it in
    // the server's count of queries received before its first reply. No wall-time bound: the machine may be busy.
    m_server->setDelay(50);
    ResolverOptions options = optionsFor({serverOf(*m_server)});
    options.timeoutMs = 3000; // this is about concurrency: a slow machine (or ASan) must not turn it into timeouts
    LiveResolver resolver(options);
    for (int i = 0; i < 300; ++i)
        QVERIFY(!resolver.lookup(Question(QByteArray("n" + QByteArray::number(i) + ".test"), RRType::A)));
    QCOMPARE(resolver.pendingCount(), 300);
    QVERIFY(testing::waitForIdle(resolver, 20000));
    QCOMPARE(m_server->udpQueriesBeforeFirstReply(), 300);
    QCOMPARE(m_server->udpQueries(), 300); // and none was sent twice
    for (int i = 0; i < 300; ++i) {
        const auto answer = resolver.lookup(Question(QByteArray("n" + QByteArray::number(i) + ".test"), RRType::A));
        QVERIFY(answer);
        QCOMPARE(answer->records.size(), 1);
        QCOMPARE(answer->records.first().address.toText(), "192.0.2." + QByteArray::number(i % 250));
    }
    const dns::ResolverStatistics stats = resolver.statistics();
    QCOMPARE(stats.transport.answered, 300u);
    QCOMPARE(stats.transport.queriesSent, 300u);
    QCOMPARE(stats.transport.timeouts, 0u);
}

void TestLiveResolver::destroyingWithQueriesInFlightIsSafe()
{
    auto resolver = std::make_unique<LiveResolver>(optionsFor({serverOf(*m_server)}));
    for (int i = 0; i < 20; ++i)
        QVERIFY(!resolver->lookup(Question("silent.test", RRType(i % 2 ? 1 : 16))));
    QVERIFY(!resolver->lookup(Question("ok.test", RRType::TXT)));
    resolver.reset();
    QTest::qWait(2 * kTimeoutMs + 50); // timers and late replies of the dead queries must not fire into freed memory
    QVERIFY(m_server->udpQueries() >= 2);
}

QTEST_GUILESS_MAIN(TestLiveResolver)
#include "tst_liveresolver.moc"
