#include "PendingRun.h"

#include "dns/AsyncResolver.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>

namespace spfm::cli {

bool runUntilComplete(const std::vector<std::function<bool()>> &jobs, dns::Resolver &resolver, int deadlineMs)
{
    std::vector<bool> done(jobs.size(), false);
    auto *async = dynamic_cast<dns::AsyncResolver *>(&resolver);
    const QDeadlineTimer deadline(deadlineMs);
    // A synchronous resolver answers at once: one round completes every job. Later rounds wait for the network.
    int roundsWithNothingInFlight = 0;
    for (;;) {
        bool all = true;
        for (std::size_t i = 0; i < jobs.size(); ++i) {
            if (!done[i])
                done[i] = jobs[i]();
            all = all && done[i];
        }
        if (all)
            return true;
        if (!async || deadline.hasExpired())
            return false;
        if (async->pendingCount() > 0) {
            roundsWithNothingInFlight = 0;
            QEventLoop loop;
            QObject::connect(async, &dns::AsyncResolver::idle, &loop, &QEventLoop::quit);
            QTimer::singleShot(int(std::max<qint64>(1, deadline.remainingTime())), &loop, &QEventLoop::quit);
            loop.exec();
        } else if (++roundsWithNothingInFlight > 3) {
            return false; // jobs wait on answers nobody is fetching: the resolver dropped them
        }
        async->takeMissed(); // every unfinished job re-runs; which question each waited for does not matter here
    }
}

} // namespace spfm::cli
