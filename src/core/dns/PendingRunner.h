#pragma once

#include "dns/AsyncResolver.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <functional>

namespace spfm::dns {

// Runs deterministic jobs that read DNS through an AsyncResolver (check_host, a lint tree walk...) to completion.
// A job returns true when it is complete, false when it needs an answer still under way (its lookup() got
// std::nullopt); the runner re-runs it when one of the answers it waits for arrives, and only then. Jobs run from the
// event loop, never inside add(), so many jobs added together send all their first queries at once.
//
//     PendingRunner runner(resolver);
//     connect(&runner, &PendingRunner::jobFinished, ...);
//     runner.add([&] { result = spf::checkHost(request, resolver); return result.status == Status::Complete; });
class PendingRunner : public QObject
{
    Q_OBJECT

public:
    using Job = std::function<bool()>;
    using JobId = quint64;

    explicit PendingRunner(AsyncResolver &resolver, QObject *parent = nullptr);

    JobId add(Job job);
    void cancel(JobId id); // the job is dropped and never finishes
    void cancelAll();
    int pendingJobs() const { return int(m_jobs.size()); }

signals:
    // completed is false when the job said it was not complete without waiting for any answer (it can never finish).
    void jobFinished(quint64 id, bool completed);
    // Every job added so far has finished or was cancelled.
    void allFinished();

private:
    void onAnswer(const Question &question);
    void schedule();
    void runDirty();
    void forget(JobId id);
    void clearWaits(JobId id);

    AsyncResolver &m_resolver;
    QHash<JobId, Job> m_jobs;
    QHash<JobId, QList<Question>> m_waitsFor;
    QHash<Question, QSet<JobId>> m_waiters;
    QList<JobId> m_dirty; // in the order added, so results stream out in a stable order
    bool m_scheduled = false;
    JobId m_nextId = 1;
};

} // namespace spfm::dns
