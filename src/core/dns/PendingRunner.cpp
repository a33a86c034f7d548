#include "dns/PendingRunner.h"

#include <QTimer>

namespace spfm::dns {

PendingRunner::PendingRunner(AsyncResolver &resolver, QObject *parent)
    : QObject(parent)
    , m_resolver(resolver)
{
    connect(&m_resolver, &AsyncResolver::answerArrived, this, &PendingRunner::onAnswer);
}

PendingRunner::JobId PendingRunner::add(Job job)
{
    const JobId id = m_nextId++;
    m_jobs.insert(id, std::move(job));
    m_dirty.append(id);
    schedule();
    return id;
}

void PendingRunner::cancel(JobId id)
{
    if (!m_jobs.contains(id))
        return;
    forget(id);
    m_dirty.removeAll(id);
    if (m_jobs.isEmpty())
        emit allFinished();
}

void PendingRunner::cancelAll()
{
    const QList<JobId> ids = m_jobs.keys();
    for (const JobId id : ids)
        forget(id);
    m_dirty.clear();
    emit allFinished();
}

void PendingRunner::forget(JobId id)
{
    m_jobs.remove(id);
    clearWaits(id);
}

void PendingRunner::clearWaits(JobId id)
{
    for (const Question &q : m_waitsFor.take(id)) {
        auto it = m_waiters.find(q);
        if (it == m_waiters.end())
            continue;
        it->remove(id);
        if (it->isEmpty())
            m_waiters.erase(it);
    }
}

void PendingRunner::onAnswer(const Question &question)
{
    const QSet<JobId> waiting = m_waiters.take(question);
    if (waiting.isEmpty())
        return;
    for (const JobId id : waiting) {
        if (!m_dirty.contains(id))
            m_dirty.append(id);
    }
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
    std::sort(m_dirty.begin(), m_dirty.end());
    const QList<JobId> batch = std::exchange(m_dirty, {});
    bool finishedAny = false;
    for (const JobId id : batch) {
        const auto job = m_jobs.constFind(id);
        if (job == m_jobs.cend())
            continue; // cancelled meanwhile
        clearWaits(id);
        const Job run = *job;    // a copy: the job may add or cancel jobs while it runs
        m_resolver.takeMissed(); // misses from outside this job are not its concern
        const bool complete = run();
        const QList<Question> missed = m_resolver.takeMissed();
        if (!m_jobs.contains(id))
            continue; // the job cancelled itself
        if (complete || missed.isEmpty()) {
            m_jobs.remove(id);
            finishedAny = true;
            emit jobFinished(id, complete);
            continue;
        }
        m_waitsFor.insert(id, missed);
        for (const Question &q : missed)
            m_waiters[q].insert(id);
    }
    if (finishedAny && m_jobs.isEmpty())
        emit allFinished();
}

} // namespace spfm::dns
