#include "dns/PendingRunner.h"

#include <QTimer>
#include <algorithm>

namespace spfm::dns {

PendingRunner::PendingRunner(AsyncResolver &resolver, QObject *parent)
    : QObject(parent)
    , m_resolver(resolver)
{
    connect(&m_resolver, &AsyncResolver::answerArrived, this, &PendingRunner::onAnswer);
}

PendingRunner::~PendingRunner() = default;

PendingRunner::JobId PendingRunner::add(Job job)
{
    const JobId id = m_nextId++;
    auto slot = std::make_unique<Slot>();
    slot->job = std::move(job);
    markDirty(id, *slot);
    m_jobs.emplace(id, std::move(slot));
    schedule();
    return id;
}

void PendingRunner::cancel(JobId id)
{
    if (!m_jobs.contains(id))
        return;
    drop(id); // its waits and its place in m_dirty are stale now: both are checked against m_jobs
    if (m_jobs.empty())
        emit allFinished();
}

void PendingRunner::cancelAll()
{
    const JobId running = m_running;
    if (running != 0 && m_jobs.contains(running))
        drop(running);
    m_jobs.clear();
    m_waiters.clear();
    m_dirty.clear();
    emit allFinished();
}

void PendingRunner::drop(JobId id)
{
    const auto it = m_jobs.find(id);
    if (id == m_running)
        m_cancelledWhileRunning = std::move(it->second);
    m_jobs.erase(it);
}

void PendingRunner::markDirty(JobId id, Slot &slot)
{
    if (slot.dirty)
        return;
    slot.dirty = true;
    m_dirty.push_back(id);
}

void PendingRunner::onAnswer(const Question &question)
{
    const auto it = m_waiters.find(question);
    if (it == m_waiters.end())
        return;
    const std::vector<Wait> waits = std::move(*it);
    m_waiters.erase(it);
    for (const Wait &wait : waits) {
        const auto job = m_jobs.find(wait.id);
        // Gone, or re-run since it asked: its newer run registered what it still waits for.
        if (job == m_jobs.end() || job->second->generation != wait.generation)
            continue;
        markDirty(wait.id, *job->second);
    }
    if (!m_dirty.empty())
        schedule();
}

void PendingRunner::schedule()
{
    // Answers often arrive in bursts: one pass from the event loop serves them all.
    if (m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, &PendingRunner::runDirty);
}

void PendingRunner::runDirty()
{
    m_scheduled = false;
    std::vector<JobId> batch = std::exchange(m_dirty, {});
    std::sort(batch.begin(), batch.end());
    bool finishedAny = false;
    for (const JobId id : batch) {
        const auto it = m_jobs.find(id);
        if (it == m_jobs.end())
            continue; // cancelled meanwhile
        Slot *slot = it->second.get();
        slot->dirty = false;
        const quint32 generation = ++slot->generation;
        m_resolver.takeMissed(); // misses from outside this job are not its concern
        m_running = id;
        const bool complete = slot->job();
        m_running = 0;
        const QList<Question> missed = m_resolver.takeMissed();
        if (m_cancelledWhileRunning) {
            m_cancelledWhileRunning.reset(); // the job cancelled itself
            continue;
        }
        if (complete || missed.isEmpty()) {
            m_jobs.erase(id);
            finishedAny = true;
            emit jobFinished(id, complete);
            continue;
        }
        for (const Question &q : missed)
            m_waiters[q].push_back(Wait{id, generation});
    }
    if (finishedAny && m_jobs.empty())
        emit allFinished();
}

} // namespace spfm::dns
