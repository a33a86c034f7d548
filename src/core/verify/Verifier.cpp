#include "verify/Verifier.h"

#include "dns/AsyncResolver.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace spfm::verify {

namespace {

// After this many re-runs in a row that neither completed a job nor sent a query, the resolver is taken to have stopped
// answering (an answer that keeps expiring before the job re-runs, a resolver cancelled under us).
constexpr int kMaxStalls = 3;

// What the project itself tells the linter. A server sending over IPv6 makes an a/mx host without AAAA a real miss
// (SPF413): IPv6 clients never match it. Parked stays off: the verifier judges parked domains against the project
// itself (VFY401-VFY403, knowing whether a null MX and DMARC are wanted), which SPF506-SPF508 would only repeat.
VerifyOptions forProject(const project::Project &project, VerifyOptions options)
{
    for (const project::MailServer &m : project.mailServers) {
        for (const net::IpAddress &a : m.addresses)
            options.lint.checkIpv6Hosts = options.lint.checkIpv6Hosts || a.isV6();
    }
    options.lint.parked = false;
    return options;
}

} // namespace

Verifier::Verifier(const project::Project &project, dns::Resolver &resolver, VerifyOptions options, QObject *parent)
    : Verifier(expectationsFor(project), resolver, forProject(project, std::move(options)), parent)
{}

Verifier::Verifier(QList<DomainExpectation> expectations, dns::Resolver &resolver, VerifyOptions options,
                   QObject *parent)
    : QObject(parent)
    , m_resolver(resolver)
    , m_async(dynamic_cast<dns::AsyncResolver *>(&resolver))
    , m_options(std::move(options))
{
    qRegisterMetaType<spfm::verify::DomainResult>();
    qRegisterMetaType<spfm::verify::Summary>();
    m_jobs.reserve(std::size_t(expectations.size()));
    for (DomainExpectation &e : expectations)
        m_jobs.push_back(std::make_unique<DomainCheck>(std::move(e), m_options));
    m_queued = QList<bool>(qsizetype(m_jobs.size()), false);
    m_waitCount = QList<int>(qsizetype(m_jobs.size()), 0);
    m_summary.total = total();
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        giveUp(
            QCoreApplication::translate("spfm::verify", "DNS gave no answer within %1 ms").arg(m_options.deadlineMs));
        finish(false);
    });
    if (m_async) {
        connect(m_async, &dns::AsyncResolver::answerArrived, this, &Verifier::onAnswer);
        // An answer nobody registered for (a CNAME target the resolver chased, a reply that came while a job ran)
        // wakes nobody: once the resolver is idle, the waiting jobs are looked at again.
        connect(m_async, &dns::AsyncResolver::idle, this, [this] {
            if (m_running && (!m_waits.isEmpty() || !m_waiting.isEmpty() || canAdmit()))
                schedule();
        });
    }
}

Verifier::~Verifier() = default;

void Verifier::start()
{
    if (m_running || m_finished)
        return;
    m_running = true;
    m_clock.start();
    if (m_options.deadlineMs > 0)
        m_deadline.start(m_options.deadlineMs);
    m_nextFresh = 0;
    schedule();
}

bool Verifier::canAdmit() const
{
    return m_nextFresh < total() &&
           (!m_async || m_options.maxPendingQueries <= 0 || m_async->pendingCount() < m_options.maxPendingQueries);
}

void Verifier::cancel()
{
    if (m_running)
        finish(true);
}

Summary Verifier::run()
{
    if (!m_finished) {
        QEventLoop loop;
        connect(this, &Verifier::finished, &loop, &QEventLoop::quit);
        start();
        if (!m_finished)
            loop.exec();
    }
    return m_summary;
}

QList<DomainResult> Verifier::results() const
{
    QList<DomainResult> out;
    for (const std::unique_ptr<DomainCheck> &job : m_jobs) {
        if (job->isComplete())
            out.append(job->result());
    }
    return out;
}

void Verifier::resume()
{
    if (!m_running)
        return;
    QList<int> again = m_waiting;
    m_waiting.clear();
    for (const QList<int> &jobs : std::as_const(m_waits))
        again += jobs;
    m_waits.clear();
    for (int i : std::as_const(again)) {
        m_waitCount[i] = 0;
        if (!m_queued[i] && !m_jobs[std::size_t(i)]->isComplete()) {
            m_queued[i] = true;
            m_ready.append(i);
        }
    }
    schedule();
}

void Verifier::onAnswer(const dns::Question &question)
{
    if (!m_running)
        return;
    const auto it = m_waits.find(question);
    if (it == m_waits.end()) {
        if (canAdmit()) // an answer nobody waits for still makes room
            schedule();
        return;
    }
    // A job re-runs once every answer its last run missed is in: re-running it on each would redo its linting and
    // check_host evaluations once per answer, and its next questions could not go out any sooner (they depend on
    // answers that are all under way already).
    bool woke = false;
    for (int i : std::as_const(*it)) {
        if (--m_waitCount[i] > 0)
            continue;
        m_waitCount[i] = 0;
        if (!m_queued[i] && !m_jobs[std::size_t(i)]->isComplete()) {
            m_queued[i] = true;
            m_ready.append(i);
            woke = true;
        }
    }
    m_waits.erase(it);
    if (woke || canAdmit())
        schedule();
}

void Verifier::schedule()
{
    if (m_pumpScheduled)
        return;
    m_pumpScheduled = true;
    // Answers that arrive in one event-loop turn are served by one pump: a job waiting on several re-runs once.
    QTimer::singleShot(0, this, &Verifier::pump);
}

void Verifier::pump()
{
    m_pumpScheduled = false;
    if (!m_running)
        return;
    if (m_nextFresh == 0)
        emit progress(0, total());
    // Jobs that were waiting go first; a job not run yet only while the resolver has room, so the questions that
    // finish started jobs never queue behind thousands that merely start new ones (results stream in from the start).
    for (int budget = std::max(1, m_options.runsPerTurn); budget > 0 && m_running; --budget) {
        if (!m_ready.isEmpty()) {
            const int i = m_ready.takeFirst();
            m_queued[i] = false;
            runJob(i);
        } else if (canAdmit()) {
            runJob(m_nextFresh++);
        } else {
            break;
        }
    }
    if (!m_running)
        return;
    if (!m_ready.isEmpty() || canAdmit()) {
        schedule();
        return;
    }
    if (m_summary.done == total()) {
        finish(false);
        return;
    }
    if (m_async) {
        if (m_async->pendingCount() > 0) {
            m_stalls = 0; // answers are on their way: onAnswer() or idle() wakes the jobs
            return;
        }
        // Jobs wait, yet nothing is under way: re-run them all; answers are in the cache unless they expired.
        if (++m_stalls <= kMaxStalls) {
            resume();
        } else {
            giveUp(QCoreApplication::translate("spfm::verify", "the resolver stopped answering"));
            finish(false);
        }
    }
    // Otherwise answers are on their way (onAnswer), or a plain Resolver's owner calls resume().
}

void Verifier::runJob(int index)
{
    DomainCheck &job = *m_jobs[std::size_t(index)];
    const bool done = job.run(m_resolver);
    if (m_async) {
        const QList<dns::Question> missed = m_async->takeMissed();
        if (!done) {
            // Each question once (an AuthoritativeResolver may list one per server; the first answer then wakes the
            // job, which waits again for the rest).
            int count = 0;
            for (const dns::Question &q : missed) {
                QList<int> &jobs = m_waits[q];
                if (!jobs.isEmpty() && jobs.last() == index)
                    continue;
                jobs.append(index);
                ++count;
            }
            m_waitCount[index] = count;
            if (missed.isEmpty())
                m_waiting.append(index);
        }
    } else if (!done) {
        m_waiting.append(index);
    }
    if (done)
        complete(index);
}

void Verifier::complete(int index)
{
    const DomainResult &r = m_jobs[std::size_t(index)]->result();
    m_stalls = 0;
    ++m_summary.done;
    switch (r.status) {
    case Status::Ok: ++m_summary.ok; break;
    case Status::Warning: ++m_summary.warnings; break;
    case Status::Error: ++m_summary.errors; break;
    case Status::Unreachable: ++m_summary.unreachable; break;
    }
    emit domainChecked(r);
    emit progress(m_summary.done, total());
}

void Verifier::giveUp(const QString &why)
{
    for (int i = 0; i < total() && m_running; ++i) {
        DomainCheck &job = *m_jobs[std::size_t(i)];
        if (job.isComplete())
            continue;
        job.abandon(why);
        complete(i);
    }
}

void Verifier::finish(bool cancelled)
{
    if (m_finished)
        return;
    m_running = false;
    m_finished = true;
    m_deadline.stop();
    m_ready.clear();
    m_waiting.clear();
    m_waits.clear();
    m_summary.cancelled = cancelled;
    m_summary.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    emit finished(m_summary);
}

} // namespace spfm::verify
