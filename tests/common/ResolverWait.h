#pragma once

#include "dns/AsyncResolver.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>
#include <optional>

namespace spfm::testing {

// Runs the event loop until resolver can answer question (or the deadline passes): the test-side driver of an
// AsyncResolver.
inline std::optional<dns::Answer> waitForAnswer(dns::AsyncResolver &resolver, const dns::Question &question,
                                                int timeoutMs = 5000)
{
    const QDeadlineTimer deadline(timeoutMs);
    std::optional<dns::Answer> answer = resolver.lookup(question);
    while (!answer && !deadline.hasExpired()) {
        QEventLoop loop;
        QObject::connect(&resolver, &dns::AsyncResolver::answerArrived, &loop, &QEventLoop::quit);
        QTimer::singleShot(int(std::max<qint64>(1, deadline.remainingTime())), &loop, &QEventLoop::quit);
        loop.exec();
        answer = resolver.lookup(question);
    }
    return answer;
}

// Runs the event loop until nothing is in flight (or the deadline passes); true when idle.
inline bool waitForIdle(dns::AsyncResolver &resolver, int timeoutMs = 5000)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (resolver.pendingCount() > 0 && !deadline.hasExpired()) {
        QEventLoop loop;
        QObject::connect(&resolver, &dns::AsyncResolver::idle, &loop, &QEventLoop::quit);
        QTimer::singleShot(int(std::max<qint64>(1, deadline.remainingTime())), &loop, &QEventLoop::quit);
        loop.exec();
    }
    return resolver.pendingCount() == 0;
}

} // namespace spfm::testing
