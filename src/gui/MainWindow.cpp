#include "MainWindow.h"

#include "AddDomainsDialog.h"
#include "AdoptFromDnsDialog.h"
#include "AppSettings.h"
#include "CheckProgressWidget.h"
#include "DiagnosticsModel.h"
#include "DnsText.h"
#include "DomainFilterModel.h"
#include "DomainTreeModel.h"
#include "ExportDialog.h"
#include "Icons.h"
#include "LiveCheck.h"
#include "LiveDns.h"
#include "PolicyEditor.h"
#include "ProjectDocument.h"
#include "ProjectZone.h"
#include "PublishedRecordView.h"
#include "SettingsDialog.h"
#include "SpfHighlighter.h"
#include "TestSenderDialog.h"
#include "lint/Linter.h"
#include "project/ProjectFile.h"
#include "ui_MainWindow.h"
#include "verify/DomainResult.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSortFilterProxyModel>
#include <QStatusBar>

namespace spfm::gui {

namespace {

constexpr int kMaxRecent = 8;

QString fileFilter()
{
    return MainWindow::tr("SPF Manager projects (*.spfproj);;All files (*)");
}

QString roleText(project::RecordRole role)
{
    switch (role) {
    case project::RecordRole::PrimaryPolicy: return MainWindow::tr("policy");
    case project::RecordRole::IncludeTarget: return MainWindow::tr("include target");
    case project::RecordRole::Dependent: return MainWindow::tr("dependent");
    case project::RecordRole::Parked: return MainWindow::tr("parked");
    case project::RecordRole::NullMx: return MainWindow::tr("null MX");
    case project::RecordRole::Dmarc: return MainWindow::tr("DMARC");
    case project::RecordRole::Helo: return MainWindow::tr("HELO");
    }
    return {};
}

QString nodeStateText(lint::TreeNode::State state)
{
    using S = lint::TreeNode::State;
    switch (state) {
    case S::Ok: return {};
    case S::NoRecord: return MainWindow::tr("no SPF record");
    case S::MultipleRecords: return MainWindow::tr("several SPF records (permerror)");
    case S::SyntaxError: return MainWindow::tr("syntax error (permerror)");
    case S::DnsError: return MainWindow::tr("DNS error (temperror)");
    case S::Loop: return MainWindow::tr("loop");
    case S::Unresolved: return MainWindow::tr("depends on the message: not followed");
    case S::NotWalked: return MainWindow::tr("not walked (tree too large)");
    case S::Pending: return MainWindow::tr("waiting for DNS");
    }
    return {};
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_document(new ProjectDocument(this))
    , m_treeModel(new DomainTreeModel(m_document, this))
    , m_filter(new DomainFilterModel(m_treeModel, this))
    , m_diagnostics(new DiagnosticsModel(this))
    , m_diagnosticsSort(new QSortFilterProxyModel(this))
    , m_check(new LiveCheck(m_document, m_treeModel, this))
    , m_checkProgress(new CheckProgressWidget(this))
{
    m_ui->setupUi(this);
    setWindowIcon(Icons::get(QStringLiteral("spfmanager")));
    setAcceptDrops(true);
    m_highlighter = new SpfHighlighter(m_ui->generatedView->document());
    m_regenerate.setSingleShot(true);
    m_regenerate.setInterval(0);
    connect(&m_regenerate, &QTimer::timeout, this, &MainWindow::regenerateNow);

    setUpActions();
    setUpViews();

    connect(m_document, &ProjectDocument::changed, this, [this](const project::ProjectChange &change) {
        scheduleRegenerate();
        if (change.part == project::ProjectChange::Part::Settings)
            m_ui->ttlSpin->setValue(int(m_document->project().ttl));
    });
    connect(m_document, &ProjectDocument::projectReplaced, this, [this] {
        scheduleRegenerate();
        m_ui->ttlSpin->setValue(int(m_document->project().ttl));
        m_ui->domainTree->expandAll();
        m_ui->domainTree->setCurrentIndex(m_filter->mapFromSource(m_treeModel->primaryIndex()));
    });
    connect(m_document, &ProjectDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ProjectDocument::modifiedChanged, this, &MainWindow::updateTitle);

    AppSettings settings;
    restoreGeometry(settings.geometry());
    restoreState(settings.windowState());
    updateRecentMenu();
    updateTitle();
    regenerateNow();
}

MainWindow::~MainWindow()
{
    // The document outlives m_ui by a moment (it is a child object): its last signals must not reach the form.
    disconnect(m_document->undoStack(), nullptr, this, nullptr);
    disconnect(m_document, nullptr, this, nullptr);
}

PolicyEditor *MainWindow::policyEditor() const
{
    return m_ui->policyEditor;
}

void MainWindow::setUpActions()
{
    const struct
    {
        QAction *action;
        QKeySequence::StandardKey key;
    } standard[] = {
        {m_ui->actionNew, QKeySequence::New},
        {m_ui->actionOpen, QKeySequence::Open},
        {m_ui->actionSave, QKeySequence::Save},
        {m_ui->actionSaveAs, QKeySequence::SaveAs},
        {m_ui->actionQuit, QKeySequence::Quit},
        {m_ui->actionUndo, QKeySequence::Undo},
        {m_ui->actionRedo, QKeySequence::Redo},
        {m_ui->actionCopyRecord, QKeySequence::Copy},
        {m_ui->actionSettings, QKeySequence::Preferences},
        {m_ui->actionRemoveDomain, QKeySequence::Delete},
    };
    for (const auto &s : standard)
        s.action->setShortcuts(s.key);
    m_ui->actionAddDomain->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_ui->actionPasteList->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    m_ui->actionCheckLive->setShortcut(QKeySequence(Qt::Key_F5));
    m_ui->actionTestSender->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_ui->actionExport->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_ui->actionRemoveDomain->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_ui->domainTree->addAction(m_ui->actionRemoveDomain);

    const struct
    {
        QAction *action;
        const char *icon;
    } icons[] = {
        {m_ui->actionNew, "document-new"},     {m_ui->actionOpen, "document-open"},
        {m_ui->actionSave, "document-save"},   {m_ui->actionExport, "export"},
        {m_ui->actionUndo, "edit-undo"},       {m_ui->actionRedo, "edit-redo"},
        {m_ui->actionAddDomain, "add-domain"}, {m_ui->actionPasteList, "paste-list"},
        {m_ui->actionRemoveDomain, "remove"},  {m_ui->actionSettings, "settings"},
        {m_ui->actionCheckLive, "check-live"}, {m_ui->actionTestSender, "test-sender"},
        {m_ui->actionCopyRecord, "edit-copy"},
    };
    for (const auto &i : icons)
        i.action->setIcon(Icons::get(QString::fromLatin1(i.icon)));
    m_ui->copyButton->setDefaultAction(m_ui->actionCopyRecord);

    connect(m_ui->actionNew, &QAction::triggered, this, &MainWindow::newFromMenu);
    connect(m_ui->actionOpen, &QAction::triggered, this, &MainWindow::open);
    connect(m_ui->actionSave, &QAction::triggered, this, &MainWindow::save);
    connect(m_ui->actionSaveAs, &QAction::triggered, this, &MainWindow::saveAs);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionAddDomain, &QAction::triggered, this, &MainWindow::addDomain);
    connect(m_ui->actionPasteList, &QAction::triggered, this, &MainWindow::pasteList);
    connect(m_ui->actionAdoptFromDns, &QAction::triggered, this, &MainWindow::adoptFromDns);
    connect(m_ui->actionRemoveDomain, &QAction::triggered, this, &MainWindow::removeDomain);
    connect(m_ui->actionAddMailServer, &QAction::triggered, this, &MainWindow::addMailServer);
    connect(m_ui->actionExport, &QAction::triggered, this, &MainWindow::exportRecords);
    connect(m_ui->actionTestSender, &QAction::triggered, this, &MainWindow::testSender);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_ui->actionCopyRecord, &QAction::triggered, this, &MainWindow::copyRecord);

    // Live check: F5 (Ctrl+R as in browsers) for the whole project, Shift+F5 for the selection, Esc stops it.
    m_ui->actionCheckLive->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)});
    m_ui->actionCheckSelection->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    m_ui->actionCancelCheck->setShortcut(QKeySequence(Qt::Key_Escape));
    m_ui->actionCheckSelection->setIcon(Icons::get(QStringLiteral("check-live")));
    m_ui->actionCancelCheck->setIcon(Icons::get(QStringLiteral("remove")));
    m_ui->actionCancelCheck->setEnabled(false);
    connect(m_ui->actionCheckLive, &QAction::triggered, this, [this] { checkLive(false); });
    connect(m_ui->actionCheckSelection, &QAction::triggered, this, [this] { checkLive(true); });
    connect(m_ui->actionCancelCheck, &QAction::triggered, this, &MainWindow::cancelCheck);

    QUndoStack *undo = m_document->undoStack();
    m_ui->actionUndo->setEnabled(false);
    m_ui->actionRedo->setEnabled(false);
    connect(m_ui->actionUndo, &QAction::triggered, undo, &QUndoStack::undo);
    connect(m_ui->actionRedo, &QAction::triggered, undo, &QUndoStack::redo);
    connect(undo, &QUndoStack::canUndoChanged, m_ui->actionUndo, &QAction::setEnabled);
    connect(undo, &QUndoStack::canRedoChanged, m_ui->actionRedo, &QAction::setEnabled);
    connect(undo, &QUndoStack::undoTextChanged, this, &MainWindow::updateUndoTexts);
    connect(undo, &QUndoStack::redoTextChanged, this, &MainWindow::updateUndoTexts);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        m_treeModel->retranslate();
        m_diagnostics->retranslate();
        updateTitle();
        updateRecentMenu();
        regenerateNow(); // the diagnostics, the records table and the labels are made again in the new language
    }
    QMainWindow::changeEvent(event);
}

// The texts set in code rather than in the form.
void MainWindow::retranslate()
{
    updateUndoTexts();
    m_ui->recordsTable->setHorizontalHeaderLabels({tr("Name"), tr("Type"), tr("Role"), tr("Value")});
}

void MainWindow::updateUndoTexts()
{
    const QUndoStack *undo = m_document->undoStack();
    m_ui->actionUndo->setText(undo->undoText().isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undo->undoText()));
    m_ui->actionRedo->setText(undo->redoText().isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(undo->redoText()));
}

void MainWindow::setUpViews()
{
    m_ui->domainTree->setModel(m_filter);
    m_ui->domainTree->header()->setStretchLastSection(false);
    m_ui->domainTree->header()->setSectionResizeMode(DomainTreeModel::NameColumn, QHeaderView::Stretch);
    // Not ResizeToContents: that measures a thousand rows again on every change of any row (each result of a live
    // check, each filter keystroke). Wide enough for the usual reasons; the user can widen it.
    m_ui->domainTree->header()->setSectionResizeMode(DomainTreeModel::StatusColumn, QHeaderView::Interactive);
    m_ui->domainTree->header()->resizeSection(
        DomainTreeModel::StatusColumn,
        m_ui->domainTree->fontMetrics().horizontalAdvance(LiveCheck::tr("mail server not authorised")) + 16);
    m_ui->domainTree->expandAll();
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, &MainWindow::setFilterText);
    connect(m_ui->domainTree->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::showSelection);
    connect(m_ui->domainTree, &QWidget::customContextMenuRequested, this, &MainWindow::treeContextMenu);
    // New rows (a pasted list, an undo) appear expanded groups; the groups themselves are only three.
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent) {
        if (!parent.isValid() || !parent.parent().isValid())
            m_ui->domainTree->expand(parent);
    });

    m_ui->policyEditor->setDocument(m_document);
    m_ui->ttlSpin->setRange(0, std::numeric_limits<int>::max());
    connect(m_ui->ttlSpin, &QSpinBox::valueChanged, this, [this](int value) {
        if (quint32(value) != m_document->project().ttl)
            m_document->setTtl(value);
    });

    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->generatedView->setFont(mono);
    m_ui->generatedView->setLineWrapMode(QPlainTextEdit::WidgetWidth);

    m_diagnosticsSort->setSourceModel(m_diagnostics);
    m_diagnosticsSort->setSortRole(DiagnosticsModel::SortRole);
    m_ui->diagnosticsView->setModel(m_diagnosticsSort);
    m_ui->diagnosticsView->sortByColumn(DiagnosticsModel::SeverityColumn, Qt::DescendingOrder); // errors first
    m_ui->diagnosticsView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->diagnosticsView->setColumnWidth(DiagnosticsModel::MessageColumn, 380);
    m_ui->diagnosticsView->setColumnWidth(DiagnosticsModel::FixColumn, 300);
    connect(m_ui->diagnosticsView, &QAbstractItemView::activated, this, &MainWindow::diagnosticActivated);
    connect(m_ui->diagnosticsView, &QAbstractItemView::doubleClicked, this, &MainWindow::diagnosticActivated);

    m_ui->recordsTable->setColumnCount(4);
    retranslate();
    m_ui->recordsTable->setFont(mono);
    connect(m_ui->recordsTable, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QTableWidgetItem *item = m_ui->recordsTable->itemAt(pos);
        if (!item)
            return;
        const QString value = m_ui->recordsTable->item(item->row(), 3)->text();
        QMenu menu;
        menu.addAction(Icons::get(QStringLiteral("edit-copy")), tr("Copy Record"),
                       [value] { QGuiApplication::clipboard()->setText(value); });
        menu.exec(m_ui->recordsTable->viewport()->mapToGlobal(pos));
    });
    m_ui->includeTree->setFont(mono);
    m_ui->includeTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    connect(m_ui->detailTabs, &QTabWidget::currentChanged, this, [this] {
        if (m_ui->detailTabs->currentWidget() == m_ui->includeTab && m_includeTreeStale)
            showIncludeTree();
    });

    m_ui->mainSplitter->setStretchFactor(0, 3);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setSizes({520, 200});
    m_ui->domainLayout->setStretchFactor(m_ui->policyBox, 3);
    m_ui->domainLayout->setStretchFactor(m_ui->detailTabs, 2);
    m_ui->contentSplitter->setStretchFactor(0, 2);
    m_ui->contentSplitter->setStretchFactor(1, 3);
    m_ui->contentSplitter->setSizes({380, 820});

    m_checkProgress->setCancelAction(m_ui->actionCancelCheck);
    statusBar()->addPermanentWidget(m_checkProgress);
    m_checkProgress->hide();
    connect(m_check, &LiveCheck::started, this, [this] {
        setCheckRunning(true);
        showDiagnostics(); // the findings of the names checked again go
        showPublished();
    });
    connect(m_check, &LiveCheck::progress, m_checkProgress, &CheckProgressWidget::setProgress);
    connect(m_check, &LiveCheck::resultsArrived, this,
            [this](const QList<QByteArray> &domains, const lint::Diagnostics &diagnostics) {
                m_diagnostics->appendDiagnostics(newFindings(diagnostics));
                updateDiagnosticsLabel();
                if (domains.contains(selectedDomain()))
                    showPublished();
            });
    connect(m_check, &LiveCheck::staleMarked, this, [this](const QList<QByteArray> &domains) {
        if (domains.contains(selectedDomain()))
            showPublished();
    });
    connect(m_check, &LiveCheck::finished, this, &MainWindow::checkFinished);
}

void MainWindow::setFilterText(const QString &text)
{
    if (m_ui->filterEdit->text() != text)
        m_ui->filterEdit->setText(text); // comes back here through textChanged
    m_filter->setNeedle(text);
}

void MainWindow::scheduleRegenerate()
{
    m_regenerate.start();
}

void MainWindow::regenerateNow()
{
    m_regenerate.stop();
    const project::Project &p = m_document->project();
    if (p.primary.domain.isNull())
        m_generation = {};
    else
        m_generation = project::generate(p);
    m_recordsByOwner.clear();
    for (int i = 0; i < m_generation.records.size(); ++i)
        m_recordsByOwner[m_generation.records[i].owner].append(i);
    showDiagnostics();
    m_includeTreeStale = true;
    showSelection();
}

namespace {

QString findingKey(const lint::Diagnostic &d)
{
    return QString::fromUtf8(d.domain + '\x1f' + d.code + '\x1f' + d.term + '\x1f') + d.message;
}

} // namespace

// The generated records' findings, then what the live check found that they do not already say (the linter's findings
// on a published record that equals the generated one are the same).
void MainWindow::showDiagnostics()
{
    lint::Diagnostics all = m_generation.allDiagnostics();
    m_generationFindings.clear();
    for (const lint::Diagnostic &d : std::as_const(all))
        m_generationFindings.insert(findingKey(d));
    all += newFindings(m_check->diagnostics());
    m_diagnostics->setDiagnostics(all);
    updateDiagnosticsLabel();
}

lint::Diagnostics MainWindow::newFindings(const lint::Diagnostics &live) const
{
    lint::Diagnostics out;
    for (const lint::Diagnostic &d : live) {
        if (!m_generationFindings.contains(findingKey(d)))
            out.append(d);
    }
    return out;
}

void MainWindow::updateDiagnosticsLabel()
{
    m_ui->diagnosticsLabel->setText(tr("Diagnostics (%1 errors, %2 warnings, %3 notes)")
                                        .arg(m_diagnostics->count(lint::Severity::Error))
                                        .arg(m_diagnostics->count(lint::Severity::Warning))
                                        .arg(m_diagnostics->count(lint::Severity::Info)));
}

QByteArray MainWindow::selectedDomain() const
{
    const QModelIndex current = m_ui->domainTree->currentIndex();
    return current.isValid() ? current.data(DomainTreeModel::AceRole).toByteArray() : QByteArray();
}

QString MainWindow::generatedRecordText() const
{
    return m_ui->generatedView->toPlainText();
}

void MainWindow::showSelection()
{
    const QModelIndex current = m_ui->domainTree->currentIndex();
    const auto kind = current.isValid() ? DomainTreeModel::Kind(current.data(DomainTreeModel::KindRole).toInt())
                                        : DomainTreeModel::Kind::DependentGroup;
    const int projectIndex = current.isValid() ? current.data(DomainTreeModel::ProjectIndexRole).toInt() : -1;
    const QByteArray ace = selectedDomain();

    PolicyEditor::Target target = PolicyEditor::Target::None;
    QString role;
    switch (kind) {
    case DomainTreeModel::Kind::Primary:
        target = PolicyEditor::Target::Primary;
        role = tr("(primary)");
        break;
    case DomainTreeModel::Kind::MailServer:
        target = PolicyEditor::Target::MailServer;
        role = tr("(mail server)");
        break;
    case DomainTreeModel::Kind::Dependent:
        target = PolicyEditor::Target::Dependent;
        role = m_document->project().dependents.value(projectIndex).parked ? tr("(parked)") : tr("(dependent)");
        break;
    default: break;
    }
    if (m_ui->policyEditor->target() != target || m_ui->policyEditor->projectIndex() != projectIndex)
        m_ui->policyEditor->setTarget(target, projectIndex);
    m_ui->domainLabel->setText(current.isValid() && target != PolicyEditor::Target::None
                                   ? current.siblingAtColumn(0).data().toString()
                                   : QString());
    QFont bold = m_ui->domainLabel->font();
    bold.setBold(true);
    m_ui->domainLabel->setFont(bold);
    m_ui->roleLabel->setText(role);
    m_ui->policyBox->setEnabled(target != PolicyEditor::Target::None);
    m_ui->actionRemoveDomain->setEnabled(kind == DomainTreeModel::Kind::Dependent ||
                                         kind == DomainTreeModel::Kind::MailServer);

    QString policyText;
    lint::Diagnostics marks;
    const QList<int> rows = m_recordsByOwner.value(ace);
    m_ui->recordsTable->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const project::GeneratedRecord &rec = m_generation.records[rows[r]];
        if (rec.isSpfPolicy() && rec.type == project::RecordType::Txt && policyText.isEmpty()) {
            policyText = QString::fromUtf8(rec.text);
            marks = rec.diagnostics;
        }
        const QStringList cells{QString::fromUtf8(rec.owner), QString::fromLatin1(project::recordTypeName(rec.type)),
                                roleText(rec.role), QString::fromUtf8(rec.text)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setToolTip(plainToolTip(cells[c]));
            m_ui->recordsTable->setItem(r, c, item);
        }
    }
    m_ui->recordsTable->resizeColumnsToContents();
    m_highlighter->setDiagnostics(marks);
    if (m_ui->generatedView->toPlainText() != policyText)
        m_ui->generatedView->setPlainText(policyText);
    m_ui->actionCopyRecord->setEnabled(!policyText.isEmpty());
    m_includeTreeStale = true;
    if (m_ui->detailTabs->currentWidget() == m_ui->includeTab)
        showIncludeTree();
    showPublished();
}

ProjectZone MainWindow::buildZone() const
{
    return ProjectZone::build(m_generation, AppSettings().zoneFile());
}

void MainWindow::showIncludeTree()
{
    m_includeTreeStale = false;
    m_ui->includeTree->clear();
    const QByteArray record = m_ui->generatedView->toPlainText().toUtf8();
    const QByteArray domain = selectedDomain();
    if (record.isEmpty()) {
        m_ui->includeSummary->setText(tr("Select a domain with an SPF policy to see its include tree."));
        return;
    }
    ProjectZone zone = buildZone();
    const lint::LintReport report = lint::lintRecordTree(record, domain, *zone.zone);

    QList<QTreeWidgetItem *> nodeItems(report.nodes.size(), nullptr);
    for (int n = 0; n < report.nodes.size(); ++n) {
        const lint::TreeNode &node = report.nodes[n];
        QTreeWidgetItem *parentItem = nullptr;
        if (node.parent >= 0 && node.parent < n && nodeItems[node.parent]) {
            const QTreeWidgetItem *holder = nodeItems[node.parent];
            parentItem = holder->child(node.parentTerm);
        }
        auto *item = parentItem ? new QTreeWidgetItem(parentItem) : new QTreeWidgetItem(m_ui->includeTree);
        nodeItems[n] = item;
        const QString state = nodeStateText(node.state);
        // Names and records below the first level come from DNS.
        item->setText(0, visibleText(node.domain) + QStringLiteral("  ") + visibleText(node.recordText));
        item->setText(3, node.detail.isEmpty() ? state : tr("%1: %2").arg(state, visibleText(node.detail)));
        item->setToolTip(0, plainToolTip(item->text(0)));
        if (node.state != lint::TreeNode::State::Ok)
            item->setIcon(0, Icons::get(node.state == lint::TreeNode::State::Loop ||
                                                node.state == lint::TreeNode::State::SyntaxError ||
                                                node.state == lint::TreeNode::State::MultipleRecords
                                            ? QStringLiteral("status-error")
                                            : QStringLiteral("status-warning")));
        for (const lint::TermReport &term : node.terms) {
            auto *t = new QTreeWidgetItem(item);
            t->setText(0, visibleText(term.text));
            t->setText(1, term.queriesDns ? QStringLiteral("1") : QStringLiteral("0"));
            t->setText(2, term.queriesDns ? tr("%1/10").arg(term.staticTotal) : QString());
            QStringList notes;
            if (term.pastStaticLimit)
                notes << tr("past the limit of 10: receivers return permerror");
            if (term.voidLookup)
                notes << tr("void lookup");
            if (term.dead)
                notes << tr("never evaluated");
            if (!term.note.isEmpty())
                notes << visibleText(term.note);
            t->setText(3, notes.join(QStringLiteral("; ")));
            QStringList queries;
            for (const QByteArray &q : term.queries)
                queries << visibleText(q);
            t->setToolTip(0, plainToolTip(queries.join(QLatin1Char('\n'))));
            if (term.pastStaticLimit)
                t->setIcon(0, Icons::get(QStringLiteral("status-error")));
            else if (term.voidLookup)
                t->setIcon(0, Icons::get(QStringLiteral("status-warning")));
        }
    }
    m_ui->includeTree->expandAll();
    for (int c = 1; c < m_ui->includeTree->columnCount(); ++c)
        m_ui->includeTree->resizeColumnToContents(c);
    QString summary = tr("%1 DNS lookups of 10 allowed, %2 void lookups of 2 allowed, %3 records in the tree.")
                          .arg(report.staticLookups)
                          .arg(report.staticVoidLookups)
                          .arg(report.nodes.size());
    if (report.staticLookups > 10)
        summary += QLatin1Char(' ') + tr("Over the limit: receivers return permerror; the whole tree is shown.");
    if (!zone.error.isEmpty())
        summary += QLatin1Char(' ') + tr("The zone file could not be read: %1").arg(zone.error);
    m_ui->includeSummary->setText(summary);
}

void MainWindow::selectDomain(const QByteArray &ace)
{
    QModelIndex source = m_treeModel->indexForDomain(ace);
    if (!source.isValid())
        return;
    QModelIndex proxy = m_filter->mapFromSource(source);
    if (!proxy.isValid()) { // filtered out: show everything again rather than select nothing
        setFilterText(QString());
        proxy = m_filter->mapFromSource(source);
    }
    m_ui->domainTree->setCurrentIndex(proxy);
    m_ui->domainTree->scrollTo(proxy);
}

void MainWindow::showPublished()
{
    const QByteArray ace = selectedDomain();
    m_ui->publishedRecord->setResult(ace.isEmpty() ? nullptr : m_check->result(ace), m_check->isStale(ace));
}

// ---- live check

QSet<QByteArray> MainWindow::selectedDomains() const
{
    QModelIndexList rows = m_ui->domainTree->selectionModel()->selectedRows(0);
    if (rows.isEmpty() && m_ui->domainTree->currentIndex().isValid())
        rows.append(m_ui->domainTree->currentIndex().siblingAtColumn(0));
    QSet<QByteArray> names;
    for (const QModelIndex &row : std::as_const(rows)) {
        const QByteArray ace = row.data(DomainTreeModel::AceRole).toByteArray();
        if (!ace.isEmpty()) {
            names.insert(ace);
            continue;
        }
        // A group: the domains in it that the filter shows.
        for (int r = 0; r < m_filter->rowCount(row); ++r)
            names.insert(m_filter->index(r, 0, row).data(DomainTreeModel::AceRole).toByteArray());
    }
    names.remove(QByteArray());
    return names;
}

bool MainWindow::checkLive(bool selectionOnly)
{
    if (m_check->isRunning())
        return false;
    QSet<QByteArray> only;
    if (selectionOnly) {
        only = selectedDomains();
        if (only.isEmpty()) {
            statusBar()->showMessage(tr("Select the domains to check first."), 5000);
            return false;
        }
    }
    m_checkProgress->setResolverText(describeResolver(m_document->project().resolver));
    if (!m_check->start(only)) {
        statusBar()->showMessage(tr("Nothing to check: the project needs a primary domain."), 5000);
        return false;
    }
    return true;
}

void MainWindow::cancelCheck()
{
    m_check->cancel();
}

void MainWindow::setCheckRunning(bool running)
{
    m_ui->actionCheckLive->setEnabled(!running);
    m_ui->actionCheckSelection->setEnabled(!running);
    m_ui->actionCancelCheck->setEnabled(running);
    if (running)
        statusBar()->clearMessage();
    m_checkProgress->setVisible(running);
}

void MainWindow::checkFinished(const verify::Summary &summary)
{
    setCheckRunning(false);
    const QLocale locale;
    if (summary.cancelled) {
        statusBar()->showMessage(tr("Check cancelled after %1 of %2 names; the rest stay unchecked.")
                                     .arg(locale.toString(summary.done), locale.toString(summary.total)));
        return;
    }
    const QString took = summary.elapsedMs < 1000
                             ? tr("%1 ms").arg(locale.toString(summary.elapsedMs))
                             : tr("%1 s").arg(locale.toString(double(summary.elapsedMs) / 1000.0, 'f', 1));
    statusBar()->showMessage(tr("Checked %1 names in %2: %3 ok, %4 with warnings, %5 with errors, %6 unreachable.")
                                 .arg(locale.toString(summary.done), took)
                                 .arg(summary.ok)
                                 .arg(summary.warnings)
                                 .arg(summary.errors)
                                 .arg(summary.unreachable));
}

void MainWindow::diagnosticActivated(const QModelIndex &index)
{
    const QModelIndex source = m_diagnosticsSort->mapToSource(index);
    const lint::Diagnostic &d = m_diagnostics->diagnostics().value(source.row());
    selectDomain(d.domain);
    if (!d.term.isEmpty())
        m_ui->policyEditor->selectTerm(d.term);
}

void MainWindow::treeContextMenu(const QPoint &pos)
{
    const QModelIndex at = m_ui->domainTree->indexAt(pos);
    QMenu menu;
    if (at.isValid()) {
        m_ui->domainTree->setCurrentIndex(at);
        const QByteArray ace = at.data(DomainTreeModel::AceRole).toByteArray();
        for (int row : m_recordsByOwner.value(ace)) {
            const project::GeneratedRecord &rec = m_generation.records[row];
            const QString text = QString::fromUtf8(rec.text);
            menu.addAction(Icons::get(QStringLiteral("edit-copy")),
                           tr("Copy %1 record (%2)")
                               .arg(QString::fromLatin1(project::recordTypeName(rec.type)), roleText(rec.role)),
                           [text] { QGuiApplication::clipboard()->setText(text); });
        }
        if (!menu.isEmpty())
            menu.addSeparator();
        if (m_ui->actionRemoveDomain->isEnabled())
            menu.addAction(m_ui->actionRemoveDomain);
    }
    menu.addAction(m_ui->actionAddDomain);
    menu.addAction(m_ui->actionPasteList);
    menu.exec(m_ui->domainTree->viewport()->mapToGlobal(pos));
}

void MainWindow::copyRecord()
{
    const QString text = m_ui->generatedView->toPlainText();
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

// ---- files

void MainWindow::updateTitle()
{
    const QString path = m_document->filePath();
    const QString name = path.isEmpty() ? tr("Untitled") : QFileInfo(path).fileName();
    setWindowFilePath(path);
    setWindowTitle(tr("%1[*] — SPF Manager").arg(name));
    setWindowModified(m_document->isModified());
    m_ui->actionSave->setEnabled(true);
}

QStringList MainWindow::recentFiles()
{
    return AppSettings().recentFiles();
}

void MainWindow::rememberRecent(const QString &path)
{
    QStringList list = recentFiles();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMaxRecent)
        list.removeLast();
    AppSettings().setRecentFiles(list);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_ui->menuRecent->clear();
    const QStringList list = recentFiles();
    for (int i = 0; i < list.size(); ++i) {
        const QString path = list[i];
        QAction *a = m_ui->menuRecent->addAction(tr("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()));
        a->setToolTip(path);
        a->setStatusTip(path);
        connect(a, &QAction::triggered, this, [this, path] {
            if (maybeSave())
                openFile(path);
        });
    }
    m_ui->menuRecent->setEnabled(!list.isEmpty());
}

bool MainWindow::openFile(const QString &path, bool quiet)
{
    const project::Status loaded = m_document->load(path);
    if (!loaded) {
        if (!quiet)
            QMessageBox::warning(
                this, tr("Cannot open the project"),
                tr("%1 cannot be opened.\n\n%2").arg(QDir::toNativeSeparators(path), loaded.error().message));
        return false;
    }
    regenerateNow();
    rememberRecent(path);
    statusBar()->showMessage(tr("Opened %1").arg(QFileInfo(path).fileName()), 5000);
    return true;
}

bool MainWindow::saveTo(const QString &path, bool quiet)
{
    const project::Status saved = m_document->saveAs(path);
    if (!saved) {
        if (!quiet)
            QMessageBox::warning(this, tr("Cannot save the project"),
                                 tr("%1 cannot be written; the file on disk is unchanged.\n\n%2")
                                     .arg(QDir::toNativeSeparators(path), saved.error().message));
        return false;
    }
    rememberRecent(path);
    statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(path).fileName()), 5000);
    return true;
}

bool MainWindow::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    return saveTo(m_document->filePath());
}

bool MainWindow::saveAs()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save Project As"), m_document->filePath(), fileFilter());
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".spfproj");
    return saveTo(path);
}

void MainWindow::open()
{
    if (!maybeSave())
        return;
    const QString dir = m_document->filePath().isEmpty() ? QString() : QFileInfo(m_document->filePath()).path();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), dir, fileFilter());
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved changes"), tr("The project has changes that are not saved. Save them first?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::newProject(const QString &primaryDomain)
{
    project::ProjectModel model;
    const auto domain = project::DomainName::parse(primaryDomain);
    if (domain) {
        project::Primary primary;
        primary.domain = domain.value();
        primary.terms = {QStringLiteral("a"), QStringLiteral("mx")};
        model.setPrimary(primary);
    }
    m_document->reset(std::move(model), QString());
}

void MainWindow::newFromMenu()
{
    if (!maybeSave())
        return;
    while (true) {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("New Project"),
                                                   tr("The primary domain, whose policy the other domains include:"),
                                                   QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
        const auto domain = project::DomainName::parse(name.trimmed());
        if (domain) {
            newProject(name.trimmed());
            return;
        }
        QMessageBox::warning(this, tr("New Project"), domain.error().message);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    AppSettings settings;
    settings.setGeometry(saveGeometry());
    settings.setWindowState(saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    const QString path = urls.first().toLocalFile();
    // Open after the drop has finished, so a message box does not run inside the drag's event loop.
    QTimer::singleShot(0, this, [this, path] {
        if (maybeSave())
            openFile(path);
    });
}

// ---- domains

void MainWindow::addDomain()
{
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Add Domain"),
        tr("A domain that sends through %1's mail servers:").arg(m_document->project().primary.domain.display()),
        QLineEdit::Normal, QString(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    const AddListReport report = addDomainList(name);
    if (!report.refused.isEmpty())
        QMessageBox::warning(this, tr("Add Domain"), report.refused.first().second);
    else
        selectDomain(project::DomainName::parse(name.trimmed()).value().ace());
}

AddListReport MainWindow::addDomainList(const QString &text, bool parked)
{
    AddListReport report;
    const QStringList lines = text.split(QLatin1Char('\n'));
    QUndoStack *undo = m_document->undoStack();
    bool macro = false;
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const auto domain = project::DomainName::parse(line);
        if (!domain) {
            report.refused.append({line, domain.error().message});
            continue;
        }
        project::Dependent d;
        d.domain = domain.value();
        d.parked = parked;
        if (!macro) {
            undo->beginMacro(tr("Add domains"));
            macro = true;
        }
        const auto row = m_document->insertDependent(-1, d);
        if (!row)
            report.refused.append({line, row.error().message});
        else
            ++report.added;
    }
    if (macro)
        undo->endMacro();
    return report;
}

void MainWindow::pasteList()
{
    AddDomainsDialog dialog(this);
    dialog.setText(QGuiApplication::clipboard()->text());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const AddListReport report = addDomainList(dialog.text(), dialog.parked());
    dialog.showReport(report);
}

void MainWindow::adoptFromDns()
{
    AdoptFromDnsDialog dialog(m_document->project(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const AddListReport report = dialog.adoptInto(*m_document);
    if (!report.refused.isEmpty())
        QMessageBox::warning(this, tr("Adopt from DNS"), AddDomainsDialog::reportText(report));
    else
        statusBar()->showMessage(tr("%n domain(s) adopted.", nullptr, report.added), 5000);
}

void MainWindow::removeDomain()
{
    const QModelIndex current = m_ui->domainTree->currentIndex();
    if (!current.isValid())
        return;
    const auto kind = DomainTreeModel::Kind(current.data(DomainTreeModel::KindRole).toInt());
    const int index = current.data(DomainTreeModel::ProjectIndexRole).toInt();
    project::Status s;
    if (kind == DomainTreeModel::Kind::Dependent)
        s = m_document->removeDependent(index);
    else if (kind == DomainTreeModel::Kind::MailServer)
        s = m_document->removeMailServer(index);
    else
        return;
    if (!s)
        QMessageBox::warning(this, tr("Remove"), s.error().message);
}

void MainWindow::addMailServer()
{
    bool ok = false;
    const QString text = QInputDialog::getText(
        this, tr("Add Mail Server"), tr("Host name and addresses, e.g. \"mail.example.com 192.0.2.25 2001:db8::25\":"),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const QStringList parts = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return;
    const auto host = project::DomainName::parse(parts.first());
    if (!host) {
        QMessageBox::warning(this, tr("Add Mail Server"), host.error().message);
        return;
    }
    project::MailServer server;
    server.hostname = host.value();
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const auto ip = net::IpAddress::parse(parts[i].toLatin1());
        if (!ip) {
            QMessageBox::warning(this, tr("Add Mail Server"), tr("\"%1\" is not an IP address.").arg(parts[i]));
            return;
        }
        server.addresses.append(*ip);
    }
    const auto row = m_document->insertMailServer(-1, server);
    if (!row)
        QMessageBox::warning(this, tr("Add Mail Server"), row.error().message);
}

// ---- dialogs

void MainWindow::exportRecords()
{
    regenerateNow();
    ExportDialog dialog(m_generation, this);
    dialog.exec();
}

void MainWindow::testSender()
{
    regenerateNow();
    TestSenderDialog dialog(this);
    dialog.setZone(buildZone());
    dialog.setLiveSettings(m_document->project().resolver);
    dialog.exec();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_document->project(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QUndoStack *undo = m_document->undoStack();
    undo->beginMacro(tr("Change settings"));
    project::Status s = m_document->setResolver(dialog.resolver());
    if (s)
        s = m_document->setTtl(dialog.ttl());
    undo->endMacro();
    if (!s)
        QMessageBox::warning(this, tr("Settings"), s.error().message);
    m_includeTreeStale = true;
    if (m_ui->detailTabs->currentWidget() == m_ui->includeTab)
        showIncludeTree();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About SPF Manager"),
                       tr("SPF Manager %1\nManages and verifies the SPF records of a mail server and its domains.")
                           .arg(QStringLiteral(SPF_VERSION)));
}

} // namespace spfm::gui
