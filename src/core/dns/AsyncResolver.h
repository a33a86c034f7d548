#pragma once

#include "dns/Resolver.h"

#include <QList>
#include <QObject>

namespace spfm::dns {

// A Resolver whose answers arrive later: lookup() returns std::nullopt and starts the query, and answerArrived() fires
// once the answer is in the cache, so lookup() of that question now returns it. A driver (see PendingRunner) re-runs
// its deterministic job on that signal; takeMissed() tells it which questions the job was waiting for, so only the
// jobs concerned are re-run.
class AsyncResolver : public QObject, public Resolver
{
    Q_OBJECT

public:
    using QObject::QObject;

    // The questions whose lookup() returned std::nullopt since the last call, and forgets them.
    virtual QList<Question> takeMissed() = 0;
    // Queries under way (sent or queued).
    virtual int pendingCount() const = 0;

signals:
    // Emitted after the answer to question (a query actually sent) was stored. Several lookups may wait on it.
    void answerArrived(const spfm::dns::Question &question);
    // Nothing is under way any more.
    void idle();
};

} // namespace spfm::dns
