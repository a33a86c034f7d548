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
    m_slots.push_back(std::make_unique<Slot>());
    ++m_live;
    Slot &slot = *m_slots.back();
    slot.job = std::move(job);
    markDirty(id, slot);
    schedule();
    return id;
}

void PendingRunner::cancel(JobId id)
{
    if (!slotOf(id))
        return;
    drop(id); // its waits and its place in m_dirty are stale now: both are checked against its slot
    if (m_live == 0)
        emit allFinished();
}

void PendingRunner::cancelAll()
{
    if (m_running != 0 && slotOf(m_running))
        drop(m_running);
    m_slots.clear();
    m_firstId = m_nextId;
    m_live = 0;
    m_waiters.clear();
    m_dirty.clear();
    emit allFinished();
}

PendingRunner::Slot *PendingRunner::slotOf(JobId id) const
{
    if (id < m_firstId || id - m_firstId >= m_slots.size())
        return nullptr;
    return m_slots[id - m_firstId].get();
}

void PendingRunner::drop(JobId id)
{
    std::unique_ptr<Slot> &slot = m_slots[id - m_firstId];
    if (id == m_running)
        m_cancelledWhileRunning = std::move(slot);
    slot.reset();
    if (--m_live == 0) {
        m_slots.clear();
        m_firstId = m_nextId;
    }
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
        Slot *slot = slotOf(wait.id);
        // Gone, or re-run since it asked: its newer run registered what it still waits for.
        if (!slot || slot->generation != wait.generation)
            continue;
        markDirty(wait.id, *slot);
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
        Slot *slot = slotOf(id);
        if (!slot)
            continue; // cancelled meanwhile
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
            drop(id);
            finishedAny = true;
            emit jobFinished(id, complete);
            continue;
        }
        for (const Question &q : missed)
            m_waiters[q].push_back(Wait{id, generation});
    }
    if (finishedAny && m_live == 0)
        emit allFinished();
}

} // namespace spfm::dns
