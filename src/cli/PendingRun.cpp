#include "PendingRun.h"

#include "dns/PendingRunner.h"

#include <QEventLoop>
#include <QTimer>

namespace spfm::cli {

bool runUntilComplete(const std::vector<std::function<bool()>> &jobs, dns::Resolver &resolver, int deadlineMs)
{
    auto *async = dynamic_cast<dns::AsyncResolver *>(&resolver);
    if (!async) {
        // Every answer is at hand: one run completes a job, or nothing will.
        bool all = true;
        for (const std::function<bool()> &job : jobs)
            all = job() && all;
        return all;
    }
    if (jobs.empty())
        return true;
    dns::PendingRunner runner(*async);
    QEventLoop loop;
    bool all = true;
    bool expired = false;
    QObject::connect(&runner, &dns::PendingRunner::jobFinished, &loop,
                     [&all](quint64, bool completed) { all = all && completed; });
    QObject::connect(&runner, &dns::PendingRunner::allFinished, &loop, &QEventLoop::quit);
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        expired = true;
        loop.quit();
    });
    for (const std::function<bool()> &job : jobs)
        runner.add(job);
    deadline.start(std::max(1, deadlineMs));
    loop.exec();
    if (expired) {
        runner.cancelAll();
        return false;
    }
    return all;
}

} // namespace spfm::cli
