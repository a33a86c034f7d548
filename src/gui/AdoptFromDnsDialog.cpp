#include "AdoptFromDnsDialog.h"

#include "DnsText.h"
#include "Icons.h"
#include "LiveDns.h"
#include "MainWindow.h"
#include "ProjectDocument.h"
#include "dns/PendingRunner.h"
#include "ui_AdoptFromDnsDialog.h"

#include <QComboBox>
#include <QEvent>
#include <QPushButton>

namespace spfm::gui {

namespace {

using Status = verify::AdoptionFinding::Status;
using Reason = verify::SetAsideTerm::Reason;

QString reasonText(Reason reason)
{
    switch (reason) {
    case Reason::AfterAll: return AdoptFromDnsDialog::tr("after all: never evaluated");
    case Reason::Invalid: return AdoptFromDnsDialog::tr("syntax error: receivers reject the whole record");
    case Reason::Explanation: return AdoptFromDnsDialog::tr("exp= explanation: not carried over");
    case Reason::UnknownModifier: return AdoptFromDnsDialog::tr("unknown modifier: receivers ignore it");
    case Reason::RedirectToInclude: return AdoptFromDnsDialog::tr("redirect= kept as an include");
    case Reason::IgnoredRedirect: return AdoptFromDnsDialog::tr("redirect= beside all: never used");
    case Reason::SelfReference: return AdoptFromDnsDialog::tr("the domain includes itself: a loop");
    }
    return {};
}

QString iconFor(const verify::AdoptionFinding &f)
{
    switch (f.status) {
    case Status::IncludesPrimary: return QStringLiteral("status-ok");
    case Status::OwnPolicy:
    case Status::NoRecord: return QStringLiteral("status-warning");
    case Status::MultipleRecords:
    case Status::NxDomain: return QStringLiteral("status-error");
    case Status::Unreachable: return QStringLiteral("status-unreachable");
    }
    return QStringLiteral("status-unchecked");
}

} // namespace

AdoptFromDnsDialog::AdoptFromDnsDialog(const project::Project &project, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AdoptFromDnsDialog>())
    , m_project(project)
{
    m_ui->setupUi(this);
    m_adoptButton = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_adoptButton->setObjectName(QStringLiteral("adoptButton"));
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->listEdit->setFont(mono);
    m_ui->resultTree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->resultTree->setColumnWidth(DomainColumn, 200);
    m_ui->resultTree->setColumnWidth(PublishedColumn, 280);
    m_ui->resultTree->setColumnWidth(PrimaryColumn, 150);
    m_ui->resultTree->setColumnWidth(OthersColumn, 160);
    m_ui->progressBar->setRange(0, 1);
    m_ui->progressBar->setValue(0);
    retranslate();
    updateAdoptButton();

    connect(m_ui->lookUpButton, &QPushButton::clicked, this, &AdoptFromDnsDialog::lookUp);
    connect(m_ui->cancelLookUpButton, &QPushButton::clicked, this, &AdoptFromDnsDialog::cancel);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->resultTree, &QTreeWidget::itemChanged, this, &AdoptFromDnsDialog::updateAdoptButton);
}

AdoptFromDnsDialog::~AdoptFromDnsDialog()
{
    m_runner.reset(); // before the resolver it listens to
}

void AdoptFromDnsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AdoptFromDnsDialog::retranslate()
{
    m_ui->retranslateUi(this);
    m_adoptButton->setText(tr("&Adopt"));
    m_adoptButton->setToolTip(
        tr("Add the ticked domains to the project, as dependents or parked as chosen; one undo step."));
    for (int row = 0; row < m_rows.size(); ++row)
        showRow(row);
    updateProgress();
}

void AdoptFromDnsDialog::setText(const QString &text)
{
    m_ui->listEdit->setPlainText(text);
}

bool AdoptFromDnsDialog::isRunning() const
{
    return m_runner && m_runner->pendingJobs() > 0;
}

QByteArray AdoptFromDnsDialog::rowDomain(int row) const
{
    return m_rows.value(row).name.ace();
}

const verify::AdoptionFinding *AdoptFromDnsDialog::finding(int row) const
{
    if (row < 0 || row >= m_rows.size() || !m_rows[row].finding)
        return nullptr;
    return &*m_rows[row].finding;
}

QString AdoptFromDnsDialog::statusText() const
{
    return m_ui->statusLabel->text();
}

bool AdoptFromDnsDialog::lookUp()
{
    if (m_runner) {
        disconnect(m_runner.get(), nullptr, this, nullptr);
        m_runner.reset();
    }
    const project::DomainList list = project::parseDomainList(m_ui->listEdit->toPlainText());
    m_refused = list.refused;
    m_rows.clear();
    m_rowOfJob.clear();
    m_ui->resultTree->clear();
    for (const project::DomainName &name : list.names)
        m_rows.append(Row{name, std::nullopt, false});
    if (m_rows.isEmpty()) {
        updateProgress();
        updateAdoptButton();
        return false;
    }

    {
        const QSignalBlocker block(m_ui->resultTree); // no itemChanged while rows are made
        for (int row = 0; row < m_rows.size(); ++row) {
            auto *item = new QTreeWidgetItem(m_ui->resultTree);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            auto *adoptAs = new QComboBox(m_ui->resultTree);
            adoptAs->addItem(QString());
            adoptAs->addItem(QString());
            adoptAs->setEnabled(false);
            m_ui->resultTree->setItemWidget(item, AdoptAsColumn, adoptAs);
            showRow(row);
        }
    }

    m_resolver = makeLiveResolver(m_project.resolver);
    m_runner = std::make_unique<dns::PendingRunner>(*m_resolver);
    connect(m_runner.get(), &dns::PendingRunner::jobFinished, this, [this](quint64 id, bool completed) {
        const int row = m_rowOfJob.value(id, -1);
        if (row < 0)
            return;
        Row &r = m_rows[row];
        if (!completed && !r.finding) {
            verify::AdoptionFinding none;
            none.domain = r.name.ace();
            none.status = Status::Unreachable;
            none.detail = tr("no answer");
            r.finding = none;
        }
        const verify::AdoptionFinding &f = *r.finding;
        // Ticked by default only what already includes the primary; a record that authorises nothing suggests parked.
        QTreeWidgetItem *item = m_ui->resultTree->topLevelItem(row);
        if (!f.inProject) {
            const QSignalBlocker block(m_ui->resultTree);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(DomainColumn, f.status == Status::IncludesPrimary ? Qt::Checked : Qt::Unchecked);
            auto *adoptAs = qobject_cast<QComboBox *>(m_ui->resultTree->itemWidget(item, AdoptAsColumn));
            adoptAs->setEnabled(true);
            adoptAs->setCurrentIndex(f.sendsNoMail ? 1 : 0);
        }
        showRow(row);
        updateProgress();
        updateAdoptButton();
    });
    connect(m_runner.get(), &dns::PendingRunner::allFinished, this, &AdoptFromDnsDialog::finishLookUp);
    for (int row = 0; row < m_rows.size(); ++row) {
        const quint64 id = m_runner->add([this, row] {
            std::optional<verify::AdoptionFinding> f =
                verify::probeForAdoption(*m_resolver, m_rows[row].name.ace(), m_project);
            if (!f)
                return false;
            m_rows[row].finding = std::move(f);
            return true;
        });
        m_rowOfJob.insert(id, row);
    }
    m_ui->lookUpButton->setEnabled(false);
    m_ui->cancelLookUpButton->setEnabled(true);
    updateProgress();
    updateAdoptButton();
    return true;
}

void AdoptFromDnsDialog::cancel()
{
    if (!isRunning())
        return;
    disconnect(m_runner.get(), nullptr, this, nullptr);
    m_runner->cancelAll();
    for (int row = 0; row < m_rows.size(); ++row) {
        if (!m_rows[row].finding) {
            m_rows[row].cancelled = true;
            showRow(row);
        }
    }
    finishLookUp();
}

void AdoptFromDnsDialog::finishLookUp()
{
    m_ui->lookUpButton->setEnabled(true);
    m_ui->cancelLookUpButton->setEnabled(false);
    updateProgress();
    updateAdoptButton();
    emit lookUpFinished();
}

void AdoptFromDnsDialog::showRow(int row)
{
    QTreeWidgetItem *item = m_ui->resultTree->topLevelItem(row);
    if (!item)
        return;
    const Row &r = m_rows[row];
    const QSignalBlocker block(m_ui->resultTree);
    if (auto *adoptAs = qobject_cast<QComboBox *>(m_ui->resultTree->itemWidget(item, AdoptAsColumn))) {
        adoptAs->setItemText(0, tr("Dependent"));
        adoptAs->setItemText(1, tr("Parked"));
        adoptAs->setToolTip(tr("A dependent includes the primary's policy and keeps its other senders; a parked "
                               "domain sends no mail."));
        adoptAs->setAccessibleName(tr("Adopt %1 as").arg(r.name.display()));
    }
    // Text from DNS is shown as written, control characters spelt out; tooltips never as rich text.
    QString domain = r.name.display();
    QString published;
    QString primary;
    QString others;
    QStringList othersTip;
    QString icon = QStringLiteral("status-unchecked");
    if (!r.finding) {
        published = r.cancelled ? tr("not looked up (cancelled)") : tr("asking DNS…");
    } else {
        const verify::AdoptionFinding &f = *r.finding;
        icon = iconFor(f);
        if (f.inProject)
            domain = tr("%1 (already in the project)").arg(domain);
        switch (f.status) {
        case Status::IncludesPrimary:
        case Status::OwnPolicy: published = visibleText(f.records.first()); break;
        case Status::NoRecord: published = tr("no SPF record"); break;
        case Status::MultipleRecords:
            published = tr("%n SPF records: receivers return permerror", nullptr, int(f.records.size()));
            break;
        case Status::NxDomain: published = tr("the domain does not exist (NXDOMAIN)"); break;
        case Status::Unreachable: published = tr("no usable answer: %1").arg(f.detail); break;
        }
        if (f.status == Status::IncludesPrimary)
            primary = f.viaRedirect ? tr("through redirect=%1").arg(QString::fromLatin1(f.includedName))
                                    : tr("includes %1").arg(QString::fromLatin1(f.includedName));
        else if (f.status == Status::OwnPolicy)
            primary = tr("not included");
        others = f.otherTerms.join(QLatin1Char(' '));
        for (const verify::SetAsideTerm &t : f.setAside)
            othersTip << tr("%1 — %2").arg(visibleText(t.term), reasonText(t.reason));
        if (f.sendsNoMail)
            others = tr("none: the record refuses all mail");
    }
    item->setText(DomainColumn, domain);
    item->setText(PublishedColumn, published);
    item->setText(PrimaryColumn, primary);
    item->setText(OthersColumn, others);
    item->setIcon(DomainColumn, Icons::get(icon));
    item->setToolTip(DomainColumn, domain);
    QStringList publishedTip;
    if (r.finding)
        for (const QByteArray &record : r.finding->records)
            publishedTip << visibleText(record);
    item->setToolTip(PublishedColumn,
                     plainToolTip(publishedTip.isEmpty() ? published : publishedTip.join(QLatin1Char('\n'))));
    item->setToolTip(PrimaryColumn, plainToolTip(primary));
    item->setToolTip(OthersColumn,
                     plainToolTip(othersTip.isEmpty() ? others
                                                      : others + QLatin1Char('\n') + tr("Not carried over:") +
                                                            QLatin1Char('\n') + othersTip.join(QLatin1Char('\n'))));
}

void AdoptFromDnsDialog::updateProgress()
{
    int done = 0;
    for (const Row &r : m_rows)
        done += r.finding ? 1 : 0;
    m_ui->progressBar->setRange(0, std::max<int>(1, int(m_rows.size())));
    m_ui->progressBar->setValue(done);
    QStringList lines;
    if (!m_rows.isEmpty())
        lines << tr("%1 of %2 domains read from %3.")
                     .arg(done)
                     .arg(m_rows.size())
                     .arg(describeResolver(m_project.resolver));
    else if (m_refused.isEmpty())
        lines << tr("Enter domains, one per line, and press Look Up.");
    if (!m_refused.isEmpty()) {
        lines << tr("%n line(s) refused:", nullptr, int(m_refused.size()));
        for (const project::RefusedLine &r : m_refused)
            lines << tr("line %1: %2 — %3").arg(r.line).arg(r.text, r.error.message);
    }
    m_ui->statusLabel->setText(lines.join(QLatin1Char('\n')));
}

void AdoptFromDnsDialog::updateAdoptButton()
{
    bool any = false;
    for (int row = 0; row < m_rows.size() && !any; ++row)
        any = isChosen(row);
    m_adoptButton->setEnabled(any);
}

bool AdoptFromDnsDialog::isChosen(int row) const
{
    const QTreeWidgetItem *item = m_ui->resultTree->topLevelItem(row);
    return item && (item->flags() & Qt::ItemIsUserCheckable) && item->checkState(DomainColumn) == Qt::Checked;
}

bool AdoptFromDnsDialog::isParkedChoice(int row) const
{
    QTreeWidgetItem *item = m_ui->resultTree->topLevelItem(row);
    const auto *adoptAs = item ? qobject_cast<QComboBox *>(m_ui->resultTree->itemWidget(item, AdoptAsColumn)) : nullptr;
    return adoptAs && adoptAs->currentIndex() == 1;
}

void AdoptFromDnsDialog::choose(int row, bool adopt, bool parked)
{
    QTreeWidgetItem *item = m_ui->resultTree->topLevelItem(row);
    if (!item || !(item->flags() & Qt::ItemIsUserCheckable))
        return;
    if (auto *adoptAs = qobject_cast<QComboBox *>(m_ui->resultTree->itemWidget(item, AdoptAsColumn)))
        adoptAs->setCurrentIndex(parked ? 1 : 0);
    item->setCheckState(DomainColumn, adopt ? Qt::Checked : Qt::Unchecked);
}

QList<project::Dependent> AdoptFromDnsDialog::chosenDependents() const
{
    QList<project::Dependent> chosen;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (isChosen(row) && m_rows[row].finding)
            chosen << m_rows[row].finding->toDependent(m_rows[row].name, isParkedChoice(row));
    }
    return chosen;
}

AddListReport AdoptFromDnsDialog::adoptInto(ProjectDocument &document) const
{
    AddListReport report;
    const QList<project::Dependent> chosen = chosenDependents();
    if (chosen.isEmpty())
        return report;
    QUndoStack *undo = document.undoStack();
    undo->beginMacro(tr("Adopt %n domain(s) from DNS", nullptr, int(chosen.size())));
    for (const project::Dependent &d : chosen) {
        const auto row = document.insertDependent(-1, d);
        if (row)
            ++report.added;
        else
            report.refused.append({d.domain.display(), row.error().message});
    }
    undo->endMacro();
    return report;
}

} // namespace spfm::gui
