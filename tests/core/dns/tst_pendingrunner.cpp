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

QTEST_GUILESS_MAIN(TestPendingRunner)
#include "tst_pendingrunner.moc"
