#include "LiveCheck.h"

#include "AppSettings.h"
#include "DomainTreeModel.h"
#include "LiveDns.h"
#include "ProjectDocument.h"
#include "dns/AsyncResolver.h"
#include "verify/Expectations.h"
#include "verify/Verifier.h"

#include <algorithm>
#include <utility>

namespace spfm::gui {

LiveCheck::LiveCheck(ProjectDocument *document, DomainTreeModel *tree, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_tree(tree)
{
    m_batch.setSingleShot(true);
    m_batch.setInterval(kBatchMs);
    connect(&m_batch, &QTimer::timeout, this, &LiveCheck::flush);
    connect(document, &ProjectDocument::changed, this, &LiveCheck::onDocumentChanged);
    connect(document, &ProjectDocument::projectReplaced, this, &LiveCheck::forget);
}

LiveCheck::~LiveCheck() = default;

bool LiveCheck::isRunning() const
{
    return m_verifier && m_verifier->isRunning();
}

bool LiveCheck::start(const QSet<QByteArray> &only)
{
    if (isRunning())
        return false;
    const project::Project &project = m_document->project();
    if (project.primary.domain.isNull())
        return false;
    const QByteArray primary = project.primary.domain.ace();
    QList<verify::DomainExpectation> expectations = verify::expectationsFor(project);
    if (!only.isEmpty()) {
        // The include target is the primary's policy under another name: checking the primary checks it too.
        const bool withTarget = only.contains(primary);
        expectations.removeIf([&](const verify::DomainExpectation &e) {
            return !only.contains(e.domain) && !(withTarget && e.roles.contains(verify::Role::IncludeTarget));
        });
    }
    if (expectations.isEmpty())
        return false;

    m_batch.stop();
    m_pending.clear();
    m_verifier.reset(); // before the resolver it uses
    m_resolver.reset();

    m_running.clear();
    QList<QPair<QByteArray, DomainStatus>> unchecked;
    unchecked.reserve(expectations.size());
    for (const verify::DomainExpectation &e : std::as_const(expectations)) {
        m_running.insert(e.domain);
        m_results.remove(e.domain);
        m_stale.remove(e.domain);
        unchecked.append({e.domain, DomainStatus{}});
    }
    m_order.removeIf([this](const QByteArray &name) { return m_running.contains(name); });
    m_tree->setStatuses(unchecked);

    m_checkedPrimary = primary;
    m_checkedTarget = project.effectiveIncludeTarget().ace();
    m_done = 0;
    m_total = int(expectations.size());

    m_resolver = makeLiveResolver(project.resolver);
    verify::VerifyOptions options;
    // As the CLI: a server that never answers must not keep the run open, yet every query gets its retries.
    options.deadlineMs = std::max(30000, project.resolver.timeoutMs * 20);
    // Fewer re-runs per event-loop turn than the CLI's default: each one lints and evaluates a name, and the window
    // must get a turn every few milliseconds (bench_gui measures it).
    options.runsPerTurn = 50;
    options.probe = AppSettings().thoroughCheck() ? verify::Probe::Thorough : verify::Probe::Standard;
    m_verifier = std::make_unique<verify::Verifier>(std::move(expectations), *m_resolver, options);
    connect(m_verifier.get(), &verify::Verifier::domainChecked, this, &LiveCheck::onChecked);
    connect(m_verifier.get(), &verify::Verifier::finished, this, &LiveCheck::onFinished);
    emit started(m_total);
    emit progress(0, m_total);
    m_verifier->start();
    return true;
}

void LiveCheck::cancel()
{
    if (isRunning())
        m_verifier->cancel(); // finished() comes back synchronously, through onFinished()
}

const verify::DomainResult *LiveCheck::result(const QByteArray &ace) const
{
    const auto it = m_results.constFind(ace);
    return it == m_results.constEnd() ? nullptr : &*it;
}

lint::Diagnostics LiveCheck::diagnostics() const
{
    lint::Diagnostics all;
    for (const QByteArray &name : m_order)
        all += m_results.value(name).diagnostics;
    return all;
}

DomainStatus LiveCheck::statusFor(const verify::DomainResult &r)
{
    using State = DomainStatus::State;
    DomainStatus s;
    switch (r.status) {
    case verify::Status::Ok: s.state = State::Ok; break;
    case verify::Status::Warning: s.state = State::Warning; break;
    case verify::Status::Error: s.state = State::Error; break;
    case verify::Status::Unreachable: s.state = State::Unreachable; break;
    }
    // The most telling thing first, in the words an admin would use for it.
    if (r.status == verify::Status::Unreachable)
        s.reason = tr("DNS did not answer");
    else if (r.status == verify::Status::Ok)
        s.reason = tr("ok");
    else if (!r.expected.isEmpty() && r.published.isEmpty())
        s.reason = tr("no SPF record");
    else if (r.published.size() > 1)
        s.reason = tr("%n SPF records", nullptr, int(r.published.size()));
    else if (!r.expected.isEmpty() && !r.diff.same())
        s.reason = tr("record differs");
    else if (std::any_of(r.checks.cbegin(), r.checks.cend(), [](const verify::ServerCheck &c) { return !c.passed(); }))
        s.reason = tr("mail server not authorised");
    else {
        const auto count = [&r](lint::Severity severity) {
            return int(std::count_if(r.diagnostics.cbegin(), r.diagnostics.cend(),
                                     [severity](const lint::Diagnostic &d) { return d.severity == severity; }));
        };
        s.reason = r.status == verify::Status::Error ? tr("%n error(s)", nullptr, count(lint::Severity::Error))
                                                     : tr("%n warning(s)", nullptr, count(lint::Severity::Warning));
    }
    return s;
}

void LiveCheck::onChecked(const verify::DomainResult &result)
{
    m_results.insert(result.domain, result);
    m_order.append(result.domain);
    m_pending.append(result.domain);
    ++m_done;
    if (!m_batch.isActive())
        m_batch.start();
}

void LiveCheck::flush()
{
    m_batch.stop();
    if (!m_pending.isEmpty()) {
        QList<QPair<QByteArray, DomainStatus>> statuses;
        statuses.reserve(m_pending.size());
        lint::Diagnostics diagnostics;
        for (const QByteArray &name : std::as_const(m_pending)) {
            const verify::DomainResult &r = m_results[name];
            DomainStatus status = statusFor(r);
            status.stale = m_stale.contains(name);
            statuses.append({name, status});
            diagnostics += r.diagnostics;
        }
        const QList<QByteArray> names = std::exchange(m_pending, {});
        m_tree->setStatuses(statuses);
        emit resultsArrived(names, diagnostics);
    }
    emit progress(m_done, m_total);
}

void LiveCheck::onFinished(const verify::Summary &summary)
{
    flush();
    m_running.clear();
    emit finished(summary);
}

void LiveCheck::onDocumentChanged(const project::ProjectChange &change)
{
    using Part = project::ProjectChange::Part;
    const project::Project &p = m_document->project();
    QList<QByteArray> names;
    bool everything = false;
    switch (change.part) {
    case Part::Primary:
        // A new name for the primary changes what every dependent must include; new terms only its own policy.
        if (p.primary.domain.ace() != m_checkedPrimary || p.effectiveIncludeTarget().ace() != m_checkedTarget)
            everything = true;
        else
            names = {m_checkedPrimary, m_checkedTarget};
        break;
    case Part::IncludeTarget: // every dependent's include
    case Part::MailServers:   // the addresses every name must authorise
    case Part::Settings:      // the TTL every record carries, the resolver that answered
        everything = true;
        break;
    case Part::Dependents:
        if (change.kind != project::ProjectChange::Kind::Removed && change.index >= 0 &&
            change.index < p.dependents.size())
            names = {p.dependents[change.index].domain.ace()};
        break;
    }
    if (everything) {
        names = m_order;
        for (const QByteArray &name : std::as_const(m_running))
            names.append(name);
    }
    markStale(names);
}

void LiveCheck::markStale(const QList<QByteArray> &names)
{
    QList<QPair<QByteArray, DomainStatus>> statuses;
    QList<QByteArray> marked;
    for (const QByteArray &name : names) {
        const bool checked = m_results.contains(name);
        if ((!checked && !m_running.contains(name)) || m_stale.contains(name))
            continue;
        m_stale.insert(name);
        marked.append(name);
        if (checked && !m_pending.contains(name)) {
            DomainStatus status = statusFor(m_results[name]);
            status.stale = true;
            statuses.append({name, status});
        }
    }
    m_tree->setStatuses(statuses);
    if (!marked.isEmpty())
        emit staleMarked(marked);
}

void LiveCheck::forget()
{
    // The tree has forgotten the old project's statuses already: nothing of the old run may reach it.
    m_batch.stop();
    m_pending.clear();
    cancel();
    m_results.clear();
    m_order.clear();
    m_stale.clear();
    m_running.clear();
    m_done = 0;
    m_total = 0;
}

} // namespace spfm::gui
