#pragma once

#include "DomainStatus.h"
#include "lint/Diagnostic.h"
#include "project/ProjectModel.h"
#include "verify/DomainResult.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <memory>

namespace spfm::dns {
class AsyncResolver;
}
namespace spfm::verify {
class Verifier;
}

namespace spfm::gui {

class DomainTreeModel;
class ProjectDocument;

// "Check live" for the window: runs verify::Verifier over the project's resolver settings on the GUI thread (the
// resolver is asynchronous, so nothing blocks), keeps the latest result of every name, and puts each name's status
// into the domain tree. Results are handed on in batches (at most one per kBatchMs) so that a check of thousands of
// names costs the views a few updates a second rather than one each. An edit of the project after a check marks the
// statuses it concerns as stale.
class LiveCheck : public QObject
{
    Q_OBJECT

public:
    static constexpr int kBatchMs = 100;

    LiveCheck(ProjectDocument *document, DomainTreeModel *tree, QObject *parent = nullptr);
    ~LiveCheck() override;

    // Verifies every name of the project, or with `only` the names listed (a dependent, the primary with its include
    // target, a mail server's HELO name). Their old results are dropped first. False when a check is running already
    // or there is nothing to check.
    bool start(const QSet<QByteArray> &only = {});
    // Stops at once: what has not been checked stays unchecked.
    void cancel();
    bool isRunning() const;
    int done() const { return m_done; }
    int total() const { return m_total; }

    // The latest result for a name; nullptr when it has not been checked.
    const verify::DomainResult *result(const QByteArray &ace) const;
    bool isStale(const QByteArray &ace) const { return m_stale.contains(ace); }
    // The diagnostics of every result, in the order the names were checked.
    lint::Diagnostics diagnostics() const;

    // What the tree shows for a result: its state and a few words.
    static DomainStatus statusFor(const verify::DomainResult &result);

signals:
    void started(int total);
    // A batch of names got their result (their statuses are in the tree already).
    void resultsArrived(const QList<QByteArray> &domains, const spfm::lint::Diagnostics &diagnostics);
    void progress(int done, int total);
    void finished(const spfm::verify::Summary &summary);
    // Some statuses became stale after an edit.
    void staleMarked(const QList<QByteArray> &domains);

private:
    void onChecked(const verify::DomainResult &result);
    void onFinished(const verify::Summary &summary);
    void flush();
    void onDocumentChanged(const project::ProjectChange &change);
    void markStale(const QList<QByteArray> &names);
    void forget();

    ProjectDocument *m_document;
    DomainTreeModel *m_tree;
    // The resolver outlives the verifier that uses it (members are destroyed in reverse order).
    std::unique_ptr<dns::AsyncResolver> m_resolver;
    std::unique_ptr<verify::Verifier> m_verifier;
    QHash<QByteArray, verify::DomainResult> m_results;
    QList<QByteArray> m_order; // names in m_results, in the order they were checked
    QSet<QByteArray> m_stale;
    QSet<QByteArray> m_running;  // names the current run checks
    QList<QByteArray> m_pending; // checked, not yet handed on
    QTimer m_batch;
    int m_done = 0;
    int m_total = 0;
    // What the checked expectations were derived from, to tell which edits make them stale.
    QByteArray m_checkedPrimary;
    QByteArray m_checkedTarget;
};

} // namespace spfm::gui
