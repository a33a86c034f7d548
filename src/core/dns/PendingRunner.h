#pragma once

#include "dns/AsyncResolver.h"

#include <QHash>
#include <QObject>
#include <functional>
#include <memory>
#include <vector>

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
    ~PendingRunner() override;

    JobId add(Job job);
    void cancel(JobId id); // the job is dropped and never finishes
    void cancelAll();
    int pendingJobs() const { return m_live; }

signals:
    // completed is false when the job said it was not complete without waiting for any answer (it can never finish).
    void jobFinished(quint64 id, bool completed);
    // Every job added so far has finished or was cancelled.
    void allFinished();

private:
    struct Slot
    {
        Job job;
        // Bumped on every run: a wait registered by an earlier run is stale, so waits need no removal when a job
        // re-runs, finishes or is cancelled (a popular answer may have thousands of waiters).
        quint32 generation = 0;
        bool dirty = false;
    };
    struct Wait
    {
        JobId id;
        quint32 generation;
    };

    void onAnswer(const Question &question);
    void markDirty(JobId id, Slot &slot);
    void schedule();
    void runDirty();
    Slot *slotOf(JobId id) const;
    // Takes the job out; a job that is running stays alive until its run returns.
    void drop(JobId id);

    AsyncResolver &m_resolver;
    // Ids are handed out in order, so a job's slot is found by index: m_slots[id - m_firstId], empty once the job is
    // gone; the list starts afresh whenever no job is left. Slots are owned through pointers: a job's std::function
    // stays where it is while it runs, even when it adds jobs.
    std::vector<std::unique_ptr<Slot>> m_slots;
    JobId m_firstId = 1;
    int m_live = 0;
    QHash<Question, std::vector<Wait>> m_waiters;
    std::vector<JobId> m_dirty; // run in id order, so results stream out in a stable order
    JobId m_running = 0;
    std::unique_ptr<Slot> m_cancelledWhileRunning;
    bool m_scheduled = false;
    JobId m_nextId = 1;
};

} // namespace spfm::dns
