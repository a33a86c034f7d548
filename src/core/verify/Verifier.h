#pragma once

#include "dns/Resolver.h"
#include "project/Project.h"
#include "verify/DomainCheck.h"
#include "verify/DomainResult.h"
#include "verify/Expectations.h"
#include "verify/VerifyOptions.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>
#include <memory>
#include <vector>

namespace spfm::dns {
class AsyncResolver;
}

namespace spfm::verify {

// A project against DNS: every name's check runs as a deterministic job over the resolver (DomainCheck), all of them
// in flight at once. With an in-memory zone each job completes on its first run; with an asynchronous resolver
// (dns::AsyncResolver) a job that waits for answers is re-run when the answers it missed arrive. Results stream out as
// each name completes; cancel() stops at once.
//
// Use from one thread with an event loop; the resolver must outlive the run.
class Verifier : public QObject
{
    Q_OBJECT

public:
    Verifier(const project::Project &project, dns::Resolver &resolver, VerifyOptions options = {},
             QObject *parent = nullptr);
    Verifier(QList<DomainExpectation> expectations, dns::Resolver &resolver, VerifyOptions options = {},
             QObject *parent = nullptr);
    ~Verifier() override;

    // Starts the run; results come through the signals (the first already from the event loop, never from start()).
    void start();
    // Stops the run: nothing more is reported but finished() with summary().cancelled set.
    void cancel();
    // start() (unless running or done), then runs the event loop until finished(); returns the summary.
    Summary run();

    bool isRunning() const { return m_running; }
    bool isFinished() const { return m_finished; }
    int total() const { return int(m_jobs.size()); }
    const Summary &summary() const { return m_summary; }
    // The results so far, in the project's order (the primary's zone first).
    QList<DomainResult> results() const;

signals:
    void domainChecked(const spfm::verify::DomainResult &result);
    void progress(int done, int total);
    void finished(const spfm::verify::Summary &summary);

public slots:
    // Answers arrived: re-run the jobs that were waiting. Connected to the resolver's answerArrived() when it is a
    // dns::AsyncResolver; call it yourself with another asynchronous Resolver.
    void resume();

private:
    void schedule();
    bool canAdmit() const;
    void pump();
    void runJob(int index);
    void complete(int index);
    void giveUp(const QString &why);
    void finish(bool cancelled);
    void onAnswer(const dns::Question &question);

    dns::Resolver &m_resolver;
    dns::AsyncResolver *m_async = nullptr;
    VerifyOptions m_options;
    std::vector<std::unique_ptr<DomainCheck>> m_jobs;
    QList<int> m_ready;                       // to run on the next turn
    QList<int> m_waiting;                     // waiting on some answer (no AsyncResolver to say which)
    QHash<dns::Question, QList<int>> m_waits; // AsyncResolver: which jobs wait on which question
    QList<int> m_waitCount;                   // AsyncResolver: per job, how many of those answers are still due
    QList<bool> m_queued;                     // job is in m_ready
    int m_nextFresh = 0;                      // jobs from here on have not run yet
    int m_stalls = 0;
    bool m_pumpScheduled = false;
    bool m_running = false;
    bool m_finished = false;
    Summary m_summary;
    QElapsedTimer m_clock;
    QTimer m_deadline;
};

} // namespace spfm::verify
