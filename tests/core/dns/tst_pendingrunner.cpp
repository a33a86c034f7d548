// PendingRunner: jobs that read DNS step by step finish, are re-run only when an answer they wait for arrives, and
// can be cancelled.
#include "FaultDnsServer.h"
#include "dns/LiveResolver.h"
#include "dns/PendingRunner.h"

#include <QSignalSpy>
#include <QTest>

using namespace spfm;
using dns::LiveResolver;
using dns::PendingRunner;
using dns::Question;
using dns::RRType;
using testing::FaultDnsServer;

class TestPendingRunner : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void dependentLookupsFinish();
    void manyJobsShareQueries();
    void rerunsOnlyTheJobsConcerned();
    void aJobThatWaitsForNothingFinishesIncomplete();
    void cancelledJobsNeverFinish();
    void thousandsOfJobsWokenByOneAnswer();
    void aJobWaitingForTwoAnswersRunsOncePerAnswer();
    void jobsMayAddAndCancelJobsWhileRunning();

private:
    dns::ResolverOptions options() const
    {
        dns::ResolverOptions o;
        o.servers = {dns::ServerAddress{m_server->address(), m_server->port()}};
        o.timeoutMs = 300;
        return o;
    }
    std::unique_ptr<FaultDnsServer> m_server;
};

void TestPendingRunner::init()
{
    m_server = std::make_unique<FaultDnsServer>();
    QVERIFY(m_server->listen().ok);
    // A chain of names, each TXT naming the next one: a job must read them one after another.
    for (int i = 0; i < 5; ++i)
        QVERIFY(m_server->addRecord("step" + QByteArray::number(i) + ".test. 300 IN TXT \"step" +
                                    QByteArray::number(i + 1) + ".test\""));
    QVERIFY(m_server->addRecord("step5.test. 300 IN TXT \"end\""));
    QVERIFY(m_server->addRecord("other.test. 300 IN TXT \"other\""));
    m_server->setBehaviour("silent.test", FaultDnsServer::Behaviour::Silent);
}

namespace {

// Follows the chain from step0 to "end"; deterministic, as check_host is.
struct ChainJob
{
    explicit ChainJob(dns::Resolver &r)
        : resolver(r)
    {}
    dns::Resolver &resolver;
    int runs = 0;
    QByteArray reached;

    bool operator()()
    {
        ++runs;
        QByteArray name = "step0.test";
        for (;;) {
            const std::optional<dns::Answer> answer = resolver.lookup(Question(name, RRType::TXT));
            if (!answer)
                return false;
            if (answer->records.isEmpty())
                return true;
            const QByteArray next = answer->records.first().joinedText();
            if (next == "end") {
                reached = name;
                return true;
            }
            name = next;
        }
    }
};

// Answers arrive only when the test releases them, so the order of wake-ups is exact.
class HeldAnswers : public dns::AsyncResolver
{
public:
    std::optional<dns::Answer> lookup(const Question &question) override
    {
        if (const auto it = m_answers.constFind(question); it != m_answers.cend())
            return *it;
        if (!m_missed.contains(question))
            m_missed.append(question);
        return std::nullopt;
    }
    QList<Question> takeMissed() override { return std::exchange(m_missed, {}); }
    int pendingCount() const override { return 0; }

    void release(const Question &question, const QByteArray &text)
    {
        dns::ResourceRecord r;
        r.owner = question.name;
        r.type = RRType::TXT;
        r.strings = {text};
        dns::Answer answer;
        answer.records = {r};
        m_answers.insert(question, answer);
        emit answerArrived(question);
    }

private:
    QHash<Question, dns::Answer> m_answers;
    QList<Question> m_missed;
};

} // namespace

void TestPendingRunner::dependentLookupsFinish()
{
    LiveResolver resolver(options());
    PendingRunner runner(resolver);
    QSignalSpy finished(&runner, &PendingRunner::jobFinished);
    QSignalSpy all(&runner, &PendingRunner::allFinished);
    auto job = std::make_shared<ChainJob>(resolver);
    const PendingRunner::JobId id = runner.add([job] { return (*job)(); });
    QCOMPARE(job->runs, 0); // never inside add()
    QVERIFY(all.wait(3000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toULongLong(), id);
    QCOMPARE(finished.first().at(1).toBool(), true);
    QCOMPARE(job->reached, QByteArray("step5.test"));
    QCOMPARE(job->runs, 7); // one run per answer it waited for, plus the first
    QCOMPARE(runner.pendingJobs(), 0);
}

void TestPendingRunner::manyJobsShareQueries()
{
    LiveResolver resolver(options());
    PendingRunner runner(resolver);
    QSignalSpy all(&runner, &PendingRunner::allFinished);
    QList<std::shared_ptr<ChainJob>> jobs;
    for (int i = 0; i < 200; ++i) {
        jobs.append(std::make_shared<ChainJob>(resolver));
        runner.add([job = jobs.last()] { return (*job)(); });
    }
    QVERIFY(all.wait(3000));
    for (const auto &job : std::as_const(jobs)) {
        QCOMPARE(job->reached, QByteArray("step5.test"));
        QCOMPARE(job->runs, 7);
    }
    // 200 jobs, 6 names: 6 queries.
    QCOMPARE(resolver.statistics().queriesStarted, 6u);
    QCOMPARE(m_server->udpQueries(), 6);
}

void TestPendingRunner::rerunsOnlyTheJobsConcerned()
{
    LiveResolver resolver(options());
    PendingRunner runner(resolver);
    QSignalSpy finished(&runner, &PendingRunner::jobFinished);
    int quickRuns = 0;
    int slowRuns = 0;
    runner.add([&] {
        ++quickRuns;
        return resolver.lookup(Question("other.test", RRType::TXT)).has_value();
    });
    runner.add([&] {
        ++slowRuns;
        return resolver.lookup(Question("silent.test", RRType::TXT)).has_value();
    });
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 2000);
    QCOMPARE(quickRuns, 2);
    QCOMPARE(slowRuns, 1); // the answer to other.test did not wake it
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 3000);
    QCOMPARE(slowRuns, 2);
    QCOMPARE(resolver.lookup(Question("silent.test", RRType::TXT))->rcode, dns::ResponseCode::Timeout);
}

void TestPendingRunner::aJobThatWaitsForNothingFinishesIncomplete()
{
    LiveResolver resolver(options());
    PendingRunner runner(resolver);
    QSignalSpy finished(&runner, &PendingRunner::jobFinished);
    runner.add([] { return false; });
    QVERIFY(finished.wait(1000));
    QCOMPARE(finished.first().at(1).toBool(), false);
}

void TestPendingRunner::cancelledJobsNeverFinish()
{
    LiveResolver resolver(options());
    PendingRunner runner(resolver);
    QSignalSpy finished(&runner, &PendingRunner::jobFinished);
    QSignalSpy all(&runner, &PendingRunner::allFinished);
    int blockedRuns = 0;
    const auto blocked = runner.add([&] {
        ++blockedRuns;
        return resolver.lookup(Question("other.test", RRType::TXT)) &&
               resolver.lookup(Question("silent.test", RRType::TXT));
    });
    auto chain = std::make_shared<ChainJob>(resolver);
    const auto chainId = runner.add([chain] { return (*chain)(); });
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 2000);
    QCOMPARE(finished.first().at(0).toULongLong(), chainId);
    QCOMPARE(blockedRuns, 2); // now waiting for silent.test
    QCOMPARE(all.size(), 0);
    runner.cancel(blocked);
    QCOMPARE(all.size(), 1);
    QCOMPARE(runner.pendingJobs(), 0);
    runner.cancel(blocked); // twice is harmless
    QCOMPARE(all.size(), 1);
    QTest::qWait(700); // silent.test times out: the cancelled job is not run again
    QCOMPARE(blockedRuns, 2);
    QCOMPARE(finished.size(), 1);
}

void TestPendingRunner::thousandsOfJobsWokenByOneAnswer()
{
    // Every job first needs one popular answer, then one of its own: the popular answer wakes them all at once.
    constexpr int kJobs = 5000;
    HeldAnswers resolver;
    PendingRunner runner(resolver);
    QList<quint64> finishedIds;
    connect(&runner, &PendingRunner::jobFinished, this, [&](quint64 id, bool completed) {
        QVERIFY(completed);
        finishedIds.append(id);
    });
    QSignalSpy all(&runner, &PendingRunner::allFinished);
    std::vector<int> runs(kJobs, 0);
    std::vector<PendingRunner::JobId> ids;
    for (int i = 0; i < kJobs; ++i) {
        ids.push_back(runner.add([&resolver, &runs, i] {
            ++runs[size_t(i)];
            return resolver.lookup(Question("popular.test", RRType::TXT)) &&
                   resolver.lookup(Question(QByteArray("own" + QByteArray::number(i) + ".test"), RRType::TXT));
        }));
    }
    QTRY_COMPARE(runs.back(), 1);
    QVERIFY(std::all_of(runs.cbegin(), runs.cend(), [](int n) { return n == 1; }));

    resolver.release(Question("popular.test", RRType::TXT), "popular");
    resolver.release(Question("popular.test", RRType::TXT), "popular"); // a second signal wakes nobody twice
    QTRY_COMPARE(runs.back(), 2);
    QVERIFY(std::all_of(runs.cbegin(), runs.cend(), [](int n) { return n == 2; }));
    QCOMPARE(runner.pendingJobs(), kJobs);

    // Their own answers arrive in reverse order within one burst: results still come out in the order added.
    for (int i = kJobs - 1; i >= 0; --i)
        resolver.release(Question(QByteArray("own" + QByteArray::number(i) + ".test"), RRType::TXT), "own");
    QVERIFY(all.wait(5000));
    QVERIFY(std::all_of(runs.cbegin(), runs.cend(), [](int n) { return n == 3; }));
    QCOMPARE(finishedIds.size(), kJobs);
    QVERIFY(std::is_sorted(finishedIds.cbegin(), finishedIds.cend()));
    QCOMPARE(finishedIds.first(), ids.front());
    QCOMPARE(runner.pendingJobs(), 0);
}

void TestPendingRunner::aJobWaitingForTwoAnswersRunsOncePerAnswer()
{
    HeldAnswers resolver;
    PendingRunner runner(resolver);
    QSignalSpy finished(&runner, &PendingRunner::jobFinished);
    int runs = 0;
    runner.add([&] {
        ++runs;
        // Both asked in one run, as an mx term asks the addresses of all its hosts.
        const bool first = resolver.lookup(Question("first.test", RRType::TXT)).has_value();
        const bool second = resolver.lookup(Question("second.test", RRType::TXT)).has_value();
        return first && second;
    });
    QTRY_COMPARE(runs, 1);
    resolver.release(Question("first.test", RRType::TXT), "1");
    QTRY_COMPARE(runs, 2);
    // The first run's wait for second.test is stale now; the answer wakes the job once, not once per run.
    resolver.release(Question("second.test", RRType::TXT), "2");
    QVERIFY(finished.wait(2000));
    QCOMPARE(runs, 3);
    QTest::qWait(20);
    QCOMPARE(runs, 3);
    QCOMPARE(finished.size(), 1);
}

void TestPendingRunner::jobsMayAddAndCancelJobsWhileRunning()
{
    HeldAnswers resolver;
    PendingRunner runner(resolver);
    QSignalSpy finished(&runner, &PendingRunner::jobFinished);
    QSignalSpy all(&runner, &PendingRunner::allFinished);
    int selfRuns = 0;
    int victimRuns = 0;
    int childRuns = 0;
    PendingRunner::JobId self = 0;
    PendingRunner::JobId victim = 0;
    PendingRunner::JobId child = 0;
    self = runner.add([&] {
        ++selfRuns;
        if (!resolver.lookup(Question("go.test", RRType::TXT)))
            return false;
        // Many additions rehash the table while this job's own function runs.
        for (int i = 0; i < 100; ++i)
            child = runner.add([&childRuns] {
                ++childRuns;
                return true;
            });
        runner.cancel(victim);
        runner.cancel(self);
        return true;
    });
    victim = runner.add([&] {
        ++victimRuns;
        return resolver.lookup(Question("go.test", RRType::TXT)).has_value();
    });
    QTRY_COMPARE(victimRuns, 1);
    QCOMPARE(selfRuns, 1);
    resolver.release(Question("go.test", RRType::TXT), "go");
    QVERIFY(all.wait(2000));
    QCOMPARE(selfRuns, 2);
    QCOMPARE(victimRuns, 1); // cancelled before its turn in the same pass
    QCOMPARE(childRuns, 100);
    QCOMPARE(finished.size(), 100);
    QCOMPARE(finished.last().at(0).toULongLong(), child);
    QCOMPARE(runner.pendingJobs(), 0);
}

QTEST_GUILESS_MAIN(TestPendingRunner)
#include "tst_pendingrunner.moc"
