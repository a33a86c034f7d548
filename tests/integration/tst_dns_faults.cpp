// The DNS fault campaign: the fault-injecting server answers with random garbage, truncation loops, compression-pointer
// loops, oversized answers, slow TCP drips, forged and late replies. Every fault goes through the live resolver and
// through check_host() (with the PendingRunner, as the CLI and GUI run it): nothing crashes, every query ends within
// its time budget, and the results are those RFC 7208 §4.4, §4.5 and §5 prescribe for DNS errors and broken records.
//
// The garbage is reproducible: the seed is printed, and SPF_FAULT_SEED=<n> runs the same campaign again.
#include "FaultDnsServer.h"
#include "ResolverWait.h"
#include "dns/LiveResolver.h"
#include "dns/PendingRunner.h"
#include "spf/CheckHost.h"
#include "spf/Parser.h"

#include <QMap>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace spfm;
using dns::Answer;
using dns::LiveResolver;
using dns::Question;
using dns::ResponseCode;
using dns::RRType;
using spf::CheckHostRequest;
using spf::CheckHostResult;
using spf::Result;
using testing::FaultDnsServer;
using Behaviour = testing::FaultDnsServer::Behaviour;
using Scripted = testing::FaultDnsServer::ScriptedReply;

Q_DECLARE_METATYPE(spfm::testing::FaultDnsServer::Behaviour)
Q_DECLARE_METATYPE(spfm::dns::ResponseCode)
Q_DECLARE_METATYPE(spfm::spf::Result)
Q_DECLARE_METATYPE(QList<spfm::testing::FaultDnsServer::ScriptedReply>)

namespace {

constexpr int kTimeoutMs = 250;
constexpr int kTries = 2;
// Hang detection only: a query that has not ended after ten times its whole budget is stuck.
constexpr int kHangFactor = 10;

// The fault names publish this; the checked address is not in it, so the honest answer gives "fail" and the forged
// "v=spf1 +all" gives "pass".
const QByteArray kRecord = "v=spf1 ip4:192.0.2.1 -all";
const QByteArray kClientIp = "192.0.2.99";

dns::ResolverOptions optionsFor(const FaultDnsServer &server, int timeoutMs = kTimeoutMs, int tries = kTries)
{
    dns::ResolverOptions options;
    options.servers = {dns::ServerAddress{server.address(), server.port()}};
    options.timeoutMs = timeoutMs;
    options.tries = tries;
    return options;
}

struct Tally
{
    int sent = 0;     // evaluations started
    int survived = 0; // evaluations that ended, complete
    QMap<QByteArray, int> byResult;
    QMap<QByteArray, int> byDns;

    void add(const CheckHostResult &result, const std::optional<Answer> &topAnswer)
    {
        ++survived;
        ++byResult[spf::resultName(result.result)];
        ++byDns[topAnswer ? dns::responseCodeName(topAnswer->rcode) : QByteArray("unanswered")];
    }

    QString print(const QString &title) const
    {
        QStringList results;
        for (auto it = byResult.cbegin(); it != byResult.cend(); ++it)
            results.append(QStringLiteral("%1 %2").arg(QString::fromLatin1(it.key())).arg(it.value()));
        QStringList outcomes;
        for (auto it = byDns.cbegin(); it != byDns.cend(); ++it)
            outcomes.append(QStringLiteral("%1 %2").arg(QString::fromLatin1(it.key())).arg(it.value()));
        return QStringLiteral("%1: sent %2, survived %3; by result: %4; by DNS outcome of the checked name: %5")
            .arg(title)
            .arg(sent)
            .arg(survived)
            .arg(results.join(QStringLiteral(", ")), outcomes.join(QStringLiteral(", ")));
    }
};

// What RFC 7208 prescribes from the TXT answer of the checked domain alone, when it decides the result: §4.4 (a DNS
// error is temperror), §4.5 (no SPF record is none, more than one is permerror). std::nullopt when exactly one SPF
// record was found and its evaluation decides.
std::optional<Result> prescribedByTopAnswer(const Answer &answer)
{
    if (answer.isError())
        return Result::TempError;
    int spfRecords = 0;
    for (const dns::ResourceRecord &record : answer.records)
        spfRecords += spf::isSpfRecord(record.joinedText()) ? 1 : 0;
    if (spfRecords == 0)
        return Result::None;
    if (spfRecords > 1)
        return Result::PermError;
    return std::nullopt;
}

// The answers a finished evaluation used, read back from the resolver's cache: a deterministic replay must reach the
// same result as the live run.
class CacheReplay : public dns::Resolver
{
public:
    explicit CacheReplay(LiveResolver &live)
        : m_live(live)
    {}
    std::optional<Answer> lookup(const Question &question) override
    {
        std::optional<Answer> answer = m_live.lookup(question);
        if (!answer)
            ++missing;
        return answer;
    }
    int missing = 0;

private:
    LiveResolver &m_live;
};

QByteArray describe(const CheckHostResult &result)
{
    return spf::resultName(result.result) + " (" + result.problem.toUtf8() + ')';
}

} // namespace

class TestDnsFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void resolverEndsEveryFault_data();
    void resolverEndsEveryFault();
    void forgedAndLateReplies_data();
    void forgedAndLateReplies();
    void slowTcpDripEndsAtTheTimeout();
    void checkHostMapsFaults_data();
    void checkHostMapsFaults();
    void tenThousandGarbageReplies();

private:
    CheckHostResult evaluate(LiveResolver &resolver, const QByteArray &domain, int levels);
    void addFaultName(const QByteArray &name);

    quint64 m_seed = 0;
    std::unique_ptr<FaultDnsServer> m_server;
    Tally m_structured;
    Tally m_garbage;
};

void TestDnsFaults::initTestCase()
{
    bool given = false;
    m_seed = qEnvironmentVariable("SPF_FAULT_SEED").toULongLong(&given);
    if (!given)
        m_seed = QRandomGenerator::system()->generate64();
    qInfo("DNS fault campaign seed: %llu (SPF_FAULT_SEED=%llu reproduces this run)", m_seed, m_seed);
}

void TestDnsFaults::init()
{
    m_server = std::make_unique<FaultDnsServer>();
    const testing::StartResult started = m_server->listen();
    QVERIFY2(started.ok, qPrintable(started.error));
    m_server->setGarbageSeed(m_seed);
}

void TestDnsFaults::cleanupTestCase()
{
    qInfo("%s", qPrintable(m_structured.print(QStringLiteral("Structured faults"))));
    qInfo("%s", qPrintable(m_garbage.print(QStringLiteral("Random garbage"))));
}

void TestDnsFaults::addFaultName(const QByteArray &name)
{
    QVERIFY(m_server->addRecord(name + ". 300 IN TXT \"" + kRecord + '"'));
    QVERIFY(m_server->addRecord("inc-" + name + ". 300 IN TXT \"v=spf1 include:" + name + " ?all\""));
}

void TestDnsFaults::resolverEndsEveryFault_data()
{
    QTest::addColumn<Behaviour>("behaviour");
    QTest::addColumn<ResponseCode>("rcode");
    QTest::addColumn<int>("tcpQueries"); // asked of the server over TCP
    // Correct answers in unusual shapes are used.
    QTest::newRow("oversized UDP answer") << Behaviour::OversizedUdp << ResponseCode::NoError << 0;
    QTest::newRow("64 KiB TCP answer") << Behaviour::TruncateTcpHuge << ResponseCode::NoError << 1;
    // Truncation loops end after the tries allowed: TC again over TCP, or garbage over TCP.
    QTest::newRow("TC over UDP, TC again over TCP")
        << Behaviour::TruncateTcpTruncated << ResponseCode::NetworkError << kTries;
    QTest::newRow("TC over UDP, garbage over TCP")
        << Behaviour::TruncateTcpGarbage << ResponseCode::NetworkError << kTries;
    QTest::newRow("TC over UDP, TCP dropped") << Behaviour::TruncateTcpDrop << ResponseCode::NetworkError << kTries;
    // Compression-pointer loops and pointers out of the message do not parse: a broken reply, not a hang.
    QTest::newRow("pointer to itself") << Behaviour::PointerLoopSelf << ResponseCode::NetworkError << 0;
    QTest::newRow("two pointers in a loop") << Behaviour::PointerLoopPair << ResponseCode::NetworkError << 0;
    QTest::newRow("CNAME target pointing to itself") << Behaviour::PointerLoopRdata << ResponseCode::NetworkError << 0;
    QTest::newRow("question name pointing to itself")
        << Behaviour::PointerLoopQuestion << ResponseCode::NetworkError << 0;
    QTest::newRow("pointer past the end") << Behaviour::PointerForward << ResponseCode::NetworkError << 0;
    QTest::newRow("fixed garbage") << Behaviour::Garbage << ResponseCode::NetworkError << 0;
    QTest::newRow("wrong id only") << Behaviour::WrongId << ResponseCode::Timeout << 0;
    QTest::newRow("wrong question only") << Behaviour::WrongQuestion << ResponseCode::Timeout << 0;
}

void TestDnsFaults::resolverEndsEveryFault()
{
    QFETCH(Behaviour, behaviour);
    QFETCH(ResponseCode, rcode);
    QFETCH(int, tcpQueries);
    addFaultName("fault.test");
    m_server->setBehaviour("fault.test", behaviour);
    LiveResolver resolver(optionsFor(*m_server));
    const Question question("fault.test", RRType::TXT);
    const std::optional<Answer> answer = testing::waitForAnswer(resolver, question, kHangFactor * kTries * kTimeoutMs);
    QVERIFY2(answer, "the query did not end");
    QVERIFY2(answer->rcode == rcode, qPrintable(QStringLiteral("%1: %2").arg(
                                         QString::fromLatin1(dns::responseCodeName(answer->rcode)), answer->detail)));
    QCOMPARE(m_server->tcpQueries(), tcpQueries);
    const dns::ResolverStatistics stats = resolver.statistics();
    QCOMPARE(resolver.pendingCount(), 0);
    QCOMPARE(stats.queriesStarted, 1u);
    if (rcode == ResponseCode::NoError) {
        // The one SPF record among the filler; nothing timed out, nothing was asked twice.
        int spfRecords = 0;
        for (const dns::ResourceRecord &r : answer->records)
            spfRecords += r.joinedText() == kRecord ? 1 : 0;
        QCOMPARE(spfRecords, 1);
        QVERIFY2(answer->records.size() > 10, "the filler records are there too");
        QCOMPARE(stats.transport.timeouts, 0u);
        QCOMPARE(stats.transport.queriesSent, quint64(1 + tcpQueries));
    } else {
        QVERIFY(answer->isError());
        QVERIFY2(!answer->detail.isEmpty(), "an error says why");
        // Each try ends once: by its timeout, a broken reply or a failed TCP exchange; never more UDP sends.
        QCOMPARE(stats.transport.queriesSent - stats.transport.tcpQueriesSent, quint64(kTries));
        QCOMPARE(stats.transport.tcpQueriesSent, quint64(tcpQueries));
    }
    qInfo("%s: %s, %s", QTest::currentDataTag(), dns::responseCodeName(answer->rcode).constData(),
          qPrintable(answer->detail));
}

void TestDnsFaults::forgedAndLateReplies_data()
{
    using K = Scripted::Kind;
    QTest::addColumn<QList<Scripted>>("script");
    QTest::addColumn<ResponseCode>("rcode");
    QTest::addColumn<int>("mismatched"); // replies the resolver must have seen and ignored
    const int inTime = kTimeoutMs / 3;
    // The forgeries come first (at once), the server's correct reply later but within the first try.
    QTest::newRow("wrong id, then correct")
        << QList<Scripted>{{K::WrongId, 0}, {K::Correct, inTime}} << ResponseCode::NoError << 1;
    QTest::newRow("wrong question, then correct")
        << QList<Scripted>{{K::WrongQuestion, 0}, {K::Correct, inTime}} << ResponseCode::NoError << 1;
    // From another port of the same host: not the server we asked (RFC 5452 §9.1).
    QTest::newRow("another source port, then correct")
        << QList<Scripted>{{K::OtherSource, 0}, {K::Correct, inTime}} << ResponseCode::NoError << 1;
    QTest::newRow("every forgery, then correct")
        << QList<Scripted>{{K::WrongId, 0}, {K::WrongQuestion, 5}, {K::OtherSource, 10}, {K::Correct, inTime}}
        << ResponseCode::NoError << 3;
    QTest::newRow("correct, then forgeries")
        << QList<Scripted>{{K::Correct, 0}, {K::WrongId, inTime}} << ResponseCode::NoError << 0;
    // Each try has its own script run; a correct reply after every try's timeout is too late.
    QTest::newRow("forgeries only") << QList<Scripted>{{K::WrongId, 0}, {K::WrongQuestion, 0}, {K::OtherSource, 0}}
                                    << ResponseCode::Timeout << 3 * kTries;
    QTest::newRow("correct but too late")
        << QList<Scripted>{{K::WrongId, 0}, {K::Correct, kTries * kTimeoutMs + 4 * kTimeoutMs}} << ResponseCode::Timeout
        << kTries;
}

void TestDnsFaults::forgedAndLateReplies()
{
    QFETCH(QList<Scripted>, script);
    QFETCH(ResponseCode, rcode);
    QFETCH(int, mismatched);
    addFaultName("late.test");
    m_server->setScript("late.test", script);
    LiveResolver resolver(optionsFor(*m_server));
    const Question question("late.test", RRType::TXT);
    const std::optional<Answer> answer = testing::waitForAnswer(resolver, question, kHangFactor * kTries * kTimeoutMs);
    QVERIFY2(answer, "the query did not end");
    QCOMPARE(answer->rcode, rcode);
    const dns::ResolverStatistics stats = resolver.statistics();
    if (rcode == ResponseCode::NoError) {
        // Exactly the server's record: no forged "+all" got in.
        QCOMPARE(answer->records.size(), 1);
        QCOMPARE(answer->records.first().joinedText(), kRecord);
        QCOMPARE(stats.transport.timeouts, 0u);
        QCOMPARE(stats.transport.queriesSent, 1u);
    } else {
        QCOMPARE(stats.transport.timeouts, quint64(kTries));
        QCOMPARE(stats.transport.answered, 0u);
    }
    QCOMPARE(stats.transport.mismatched, quint64(mismatched));

    // check_host() over the same faults: the forged "+all" never turns the honest "fail" into "pass".
    LiveResolver fresh(optionsFor(*m_server));
    const CheckHostResult result = evaluate(fresh, "late.test", 1);
    const Result expected = rcode == ResponseCode::NoError ? Result::Fail : Result::TempError;
    QVERIFY2(result.result == expected, describe(result).constData());
}

void TestDnsFaults::slowTcpDripEndsAtTheTimeout()
{
    addFaultName("drip.test");
    m_server->setBehaviour("drip.test", Behaviour::TruncateTcpDrip);
    const int dripMs = 40;
    m_server->setDripInterval(dripMs);
    LiveResolver resolver(optionsFor(*m_server));
    const Question question("drip.test", RRType::TXT);
    const std::optional<Answer> answer = testing::waitForAnswer(resolver, question, kHangFactor * kTries * kTimeoutMs);
    QVERIFY2(answer, "the query did not end");
    QCOMPARE(answer->rcode, ResponseCode::NetworkError);
    QVERIFY2(answer->detail.contains(QStringLiteral("timed out")), qPrintable(answer->detail));
    // One drip per try, each cut off by the client long before the whole answer could have arrived: the whole
    // answer takes total × dripMs, far more than a try's timeout.
    QCOMPARE(m_server->drips().size(), kTries);
    // The server learns of the hang-up from the event loop.
    QTRY_VERIFY_WITH_TIMEOUT(m_server->drips().constLast().clientClosed, 1000);
    for (const FaultDnsServer::Drip &drip : m_server->drips()) {
        QVERIFY2(drip.total * dripMs > 4 * kTimeoutMs, "the drip is long enough to outlast a try");
        QVERIFY(drip.clientClosed);
        QVERIFY2(drip.sent < drip.total,
                 qPrintable(QStringLiteral("the client waited for all %1 bytes").arg(drip.total)));
    }
    qInfo("drips cut off after %d and %d of %d bytes", m_server->drips().at(0).sent, m_server->drips().at(1).sent,
          m_server->drips().at(0).total);

    LiveResolver fresh(optionsFor(*m_server));
    const CheckHostResult result = evaluate(fresh, "drip.test", 1);
    QVERIFY2(result.result == Result::TempError, describe(result).constData());
}

CheckHostResult TestDnsFaults::evaluate(LiveResolver &resolver, const QByteArray &domain, int levels)
{
    dns::PendingRunner runner(resolver);
    QSignalSpy done(&runner, &dns::PendingRunner::allFinished);
    CheckHostRequest request;
    request.ip = *net::IpAddress::parse(kClientIp);
    request.sender = "user@" + domain;
    request.helo = "mx.example.org";
    CheckHostResult result;
    ++m_structured.sent;
    runner.add([&] {
        result = spf::checkHost(request, resolver);
        return result.status == CheckHostResult::Status::Complete;
    });
    const int budget = kHangFactor * levels * resolver.options().tries * resolver.options().timeoutMs;
    if (!done.wait(budget)) {
        qWarning("%s: evaluation did not end within %d ms", domain.constData(), budget);
        result.status = CheckHostResult::Status::Pending;
        return result;
    }
    if (result.status == CheckHostResult::Status::Complete)
        m_structured.add(result, resolver.lookup(Question(domain, RRType::TXT)));
    return result;
}

void TestDnsFaults::checkHostMapsFaults_data()
{
    QTest::addColumn<Behaviour>("behaviour");
    QTest::addColumn<Result>("direct");   // the fault on the checked domain's own TXT record
    QTest::addColumn<Result>("included"); // the fault on a domain it includes
    // Answered correctly, whatever the shape: the record's own verdict, "fail"; through include:, no match, "?all".
    const QList<std::pair<const char *, Behaviour>> answered = {
        {"answer", Behaviour::Answer},
        {"truncated, TCP answers", Behaviour::Truncate},
        {"oversized UDP answer", Behaviour::OversizedUdp},
        {"64 KiB TCP answer", Behaviour::TruncateTcpHuge},
    };
    for (const auto &[tag, behaviour] : answered)
        QTest::newRow(tag) << behaviour << Result::Fail << Result::Neutral;
    // DNS errors: temperror, directly (§4.4) and through include: (§5.2 "temperror" row).
    const QList<std::pair<const char *, Behaviour>> errors = {
        {"silent", Behaviour::Silent},
        {"SERVFAIL", Behaviour::ServFail},
        {"REFUSED", Behaviour::Refused},
        {"TC over UDP, TC again over TCP", Behaviour::TruncateTcpTruncated},
        {"TC over UDP, garbage over TCP", Behaviour::TruncateTcpGarbage},
        {"TC over UDP, TCP dropped", Behaviour::TruncateTcpDrop},
        {"pointer to itself", Behaviour::PointerLoopSelf},
        {"two pointers in a loop", Behaviour::PointerLoopPair},
        {"CNAME target pointing to itself", Behaviour::PointerLoopRdata},
        {"question name pointing to itself", Behaviour::PointerLoopQuestion},
        {"pointer past the end", Behaviour::PointerForward},
        {"fixed garbage", Behaviour::Garbage},
        {"wrong id only", Behaviour::WrongId},
        {"wrong question only", Behaviour::WrongQuestion},
    };
    for (const auto &[tag, behaviour] : errors)
        QTest::newRow(tag) << behaviour << Result::TempError << Result::TempError;
}

void TestDnsFaults::checkHostMapsFaults()
{
    QFETCH(Behaviour, behaviour);
    QFETCH(Result, direct);
    QFETCH(Result, included);
    addFaultName("fault.test");
    m_server->setBehaviour("fault.test", behaviour);
    {
        LiveResolver resolver(optionsFor(*m_server));
        const CheckHostResult result = evaluate(resolver, "fault.test", 1);
        QCOMPARE(result.status, CheckHostResult::Status::Complete);
        QVERIFY2(result.result == direct, describe(result).constData());
        if (direct == Result::TempError)
            QVERIFY2(result.problem.contains(QStringLiteral("fault.test")), qPrintable(result.problem));
    }
    {
        LiveResolver resolver(optionsFor(*m_server));
        const CheckHostResult result = evaluate(resolver, "inc-fault.test", 2);
        QCOMPARE(result.status, CheckHostResult::Status::Complete);
        QVERIFY2(result.result == included, describe(result).constData());
    }
    // An include of a name that does not exist is a permerror, not a temperror (§5.2 "none" row): the control.
    if (behaviour == Behaviour::Answer) {
        QVERIFY(m_server->addRecord("inc-gone.test. 300 IN TXT \"v=spf1 include:gone.test ?all\""));
        LiveResolver resolver(optionsFor(*m_server));
        const CheckHostResult result = evaluate(resolver, "inc-gone.test", 2);
        QVERIFY2(result.result == Result::PermError, describe(result).constData());
    }
}

void TestDnsFaults::tenThousandGarbageReplies()
{
    constexpr int kNames = 10000;
    constexpr int kGarbageTimeoutMs = 300;
    m_server->setDefaultBehaviour(Behaviour::RandomGarbage);
    m_server->setGarbageText(kRecord);
    // One try each, all at once: every query ends at its first timeout at the latest. Without EDNS, a FORMERR is an
    // answer rather than a reason to ask again, so each question is exactly one datagram.
    dns::ResolverOptions options = optionsFor(*m_server, kGarbageTimeoutMs, 1);
    options.ednsUdpSize = 0;
    LiveResolver resolver(options);
    dns::PendingRunner runner(resolver);
    QSignalSpy done(&runner, &dns::PendingRunner::allFinished);
    std::vector<CheckHostResult> results(kNames);
    std::vector<QByteArray> domains(kNames);
    for (int i = 0; i < kNames; ++i) {
        domains[size_t(i)] = "g" + QByteArray::number(i) + ".test";
        runner.add([&, i] {
            CheckHostRequest request;
            request.ip = *net::IpAddress::parse(kClientIp);
            request.sender = "user@" + domains[size_t(i)];
            request.helo = "mx.example.org";
            request.collectTrace = false;
            results[size_t(i)] = spf::checkHost(request, resolver);
            return results[size_t(i)].status == CheckHostResult::Status::Complete;
        });
    }
    m_garbage.sent = kNames;
    // Waves of maxInFlight queries, each ending by its timeout at the latest; ten times that is a hang.
    const int waves = (kNames + resolver.options().maxInFlight - 1) / resolver.options().maxInFlight;
    QVERIFY2(done.wait(kHangFactor * (waves + 1) * kGarbageTimeoutMs), "the campaign did not end");
    QCOMPARE(resolver.pendingCount(), 0);

    int mismatches = 0;
    for (int i = 0; i < kNames; ++i) {
        const CheckHostResult &result = results[size_t(i)];
        const QByteArray &domain = domains[size_t(i)];
        QCOMPARE(result.status, CheckHostResult::Status::Complete);
        const std::optional<Answer> top = resolver.lookup(Question(domain, RRType::TXT));
        QVERIFY2(top, domain.constData());
        m_garbage.add(result, top);
        // RFC 7208 §4.4/§4.5 decide from the TXT answer alone, unless it holds exactly one SPF record.
        if (const std::optional<Result> prescribed = prescribedByTopAnswer(*top)) {
            if (result.result != *prescribed) {
                ++mismatches;
                qWarning("%s: %s, but the answer (%s, %d records) prescribes %s", domain.constData(),
                         describe(result).constData(), dns::responseCodeName(top->rcode).constData(),
                         int(top->records.size()), spf::resultName(*prescribed).constData());
            }
        } else {
            // The one record decides: replaying the cached answers synchronously gives the same result.
            CacheReplay replay(resolver);
            CheckHostRequest request;
            request.ip = *net::IpAddress::parse(kClientIp);
            request.sender = "user@" + domain;
            request.helo = "mx.example.org";
            const CheckHostResult again = spf::checkHost(request, replay);
            if (replay.missing > 0 || again.result != result.result || result.result == Result::None) {
                ++mismatches;
                qWarning("%s: live %s, replay %s", domain.constData(), describe(result).constData(),
                         describe(again).constData());
            }
        }
        if (result.result == Result::TempError || result.result == Result::PermError)
            QVERIFY2(!result.problem.isEmpty(), domain.constData());
    }
    QCOMPARE(mismatches, 0);

    const dns::ResolverStatistics stats = resolver.statistics();
    const quint64 udpSent = stats.transport.queriesSent - stats.transport.tcpQueriesSent;
    // One datagram per question: nothing was asked twice, so no query outlived its single try.
    QCOMPARE(udpSent, stats.queriesStarted);
    QVERIFY(stats.queriesStarted >= quint64(kNames));
    QVERIFY2(m_server->garbageSent() >= kNames,
             qPrintable(QStringLiteral("only %1 garbage replies sent").arg(m_server->garbageSent())));
    QCOMPARE(m_garbage.survived, kNames);
    qInfo("Random garbage, DNS: %d garbage replies sent; %llu queries (%llu over TCP), %llu replies accepted, %llu "
          "malformed, %llu mismatched, %llu truncated, %llu timeouts",
          m_server->garbageSent(), stats.transport.queriesSent, stats.transport.tcpQueriesSent,
          stats.transport.answered, stats.transport.malformed, stats.transport.mismatched, stats.transport.truncated,
          stats.transport.timeouts);
}

QTEST_GUILESS_MAIN(TestDnsFaults)
#include "tst_dns_faults.moc"
