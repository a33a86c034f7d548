#pragma once

#include "project/Generator.h"

#include <QMainWindow>
#include <QSet>
#include <QTimer>
#include <memory>

namespace Ui {
class MainWindow;
}

class QSortFilterProxyModel;

namespace spfm::verify {
struct Summary;
}

namespace spfm::gui {

class CheckProgressWidget;
class DiagnosticsModel;
class DomainFilterModel;
class DomainTreeModel;
class LiveCheck;
class PolicyEditor;
class ProjectDocument;
class SpfHighlighter;
struct ProjectZone;

// The lines of a pasted list that were added and the ones refused, with the reason for each.
struct AddListReport
{
    int added = 0;
    QList<QPair<QString, QString>> refused; // line, reason
};

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // File handling; each asks nothing (the prompts are in the menu actions) and reports failure in a message box
    // unless quiet.
    bool openFile(const QString &path, bool quiet = false);
    bool saveTo(const QString &path, bool quiet = false);
    void newProject(const QString &primaryDomain);

    // One dependent per line; blank lines and lines starting with '#' are skipped. One undo step for all.
    AddListReport addDomainList(const QString &text, bool parked = false);

    void selectDomain(const QByteArray &ace);
    void setFilterText(const QString &text);
    // Regenerate now instead of on the next turn of the event loop.
    void regenerateNow();

    ProjectDocument *document() const { return m_document; }
    DomainTreeModel *domainModel() const { return m_treeModel; }
    DomainFilterModel *filterModel() const { return m_filter; }
    DiagnosticsModel *diagnosticsModel() const { return m_diagnostics; }
    PolicyEditor *policyEditor() const;
    const project::Generation &generation() const { return m_generation; }
    QString generatedRecordText() const;
    QByteArray selectedDomain() const;

    static QStringList recentFiles();

    // Check live: verifies the whole project (or the domains selected in the tree) against DNS in the background,
    // through the resolver the project's settings name. False when a check runs already or there is nothing to check.
    bool checkLive(bool selectionOnly = false);
    void cancelCheck();
    LiveCheck *liveCheck() const { return m_check; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setUpActions();
    void setUpViews();
    void retranslate();
    void updateUndoTexts();
    bool maybeSave();
    bool save();
    bool saveAs();
    void open();
    void newFromMenu();
    void addDomain();
    void pasteList();
    void adoptFromDns();
    void removeDomain();
    void addMailServer();
    void exportRecords();
    void testSender();
    void showSettings();
    void showAbout();
    void copyRecord();
    void updateTitle();
    void updateRecentMenu();
    void rememberRecent(const QString &path);
    void scheduleRegenerate();
    void showSelection();
    void showIncludeTree();
    void diagnosticActivated(const QModelIndex &index);
    void treeContextMenu(const QPoint &pos);
    ProjectZone buildZone() const;
    void showDiagnostics();
    void updateDiagnosticsLabel();
    lint::Diagnostics newFindings(const lint::Diagnostics &live) const;
    void showPublished();
    QSet<QByteArray> selectedDomains() const;
    void setCheckRunning(bool running);
    void checkFinished(const verify::Summary &summary);

    const std::unique_ptr<Ui::MainWindow> m_ui;
    ProjectDocument *m_document;
    DomainTreeModel *m_treeModel;
    DomainFilterModel *m_filter;
    DiagnosticsModel *m_diagnostics;
    QSortFilterProxyModel *m_diagnosticsSort;
    SpfHighlighter *m_highlighter;
    QTimer m_regenerate;
    project::Generation m_generation;
    QHash<QByteArray, QList<int>> m_recordsByOwner;
    bool m_includeTreeStale = true;
    LiveCheck *m_check;
    CheckProgressWidget *m_checkProgress;
    QSet<QString> m_generationFindings; // a live finding equal to one of these is not listed twice
};

} // namespace spfm::gui
