#include "PolicyEditor.h"

#include "Icons.h"
#include "ProjectDocument.h"
#include "ui_PolicyEditor.h"

#include <QComboBox>
#include <QEvent>
#include <QRegularExpression>
#include <QSignalBlocker>

namespace spfm::gui {

namespace {

const QString kQualifiers = QStringLiteral("+-~?");

bool isQualifier(QChar c)
{
    return kQualifiers.contains(c);
}

// Modifiers (name=value) take no qualifier (RFC 7208 §4.6.1).
bool isModifier(const QString &term)
{
    const qsizetype eq = term.indexOf(QLatin1Char('='));
    const qsizetype colon = term.indexOf(QLatin1Char(':'));
    const qsizetype slash = term.indexOf(QLatin1Char('/'));
    return eq > 0 && (colon < 0 || eq < colon) && (slash < 0 || eq < slash);
}

QString qualifierLabel(QChar q)
{
    switch (q.toLatin1()) {
    case '-': return PolicyEditor::tr("- fail");
    case '~': return PolicyEditor::tr("~ softfail");
    case '?': return PolicyEditor::tr("? neutral");
    default: return PolicyEditor::tr("+ pass");
    }
}

} // namespace

PolicyEditor::PolicyEditor(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PolicyEditor>())
{
    m_ui->setupUi(this);
    m_ui->upButton->setIcon(Icons::get(QStringLiteral("go-up")));
    m_ui->downButton->setIcon(Icons::get(QStringLiteral("go-down")));
    m_ui->removeButton->setIcon(Icons::get(QStringLiteral("remove")));
    m_ui->addButton->setIcon(Icons::get(QStringLiteral("add")));
    for (QToolButton *b : {m_ui->upButton, m_ui->downButton, m_ui->removeButton})
        b->setToolButtonStyle(Qt::ToolButtonIconOnly);
    for (const QChar q : {QLatin1Char('-'), QLatin1Char('~'), QLatin1Char('?'), QLatin1Char('+')})
        m_ui->allCombo->addItem(qualifierLabel(q), q);
    m_ui->termTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->editorLayout->setStretchFactor(m_ui->termsLayout, 1);
    m_ui->termTable->setMinimumHeight(6 * m_ui->termTable->verticalHeader()->defaultSectionSize());

    connect(m_ui->addButton, &QPushButton::clicked, this, [this] {
        if (addTerm(m_ui->newTermEdit->text().trimmed()))
            m_ui->newTermEdit->clear();
    });
    connect(m_ui->newTermEdit, &QLineEdit::returnPressed, m_ui->addButton, &QPushButton::click);
    connect(m_ui->removeButton, &QToolButton::clicked, this, [this] { removeTerm(m_ui->termTable->currentRow()); });
    connect(m_ui->upButton, &QToolButton::clicked, this, [this] { moveTerm(m_ui->termTable->currentRow(), -1); });
    connect(m_ui->downButton, &QToolButton::clicked, this, [this] { moveTerm(m_ui->termTable->currentRow(), 1); });
    connect(m_ui->allCombo, &QComboBox::activated, this,
            [this](int i) { setAllQualifier(project::AllQualifier(m_ui->allCombo->itemData(i).toChar().toLatin1())); });
    connect(m_ui->parkedCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_refreshing)
            setParked(on);
    });
    const auto parkedOption = [this](bool project::Dependent::*field, bool on) {
        if (m_refreshing || !m_document || m_target != Target::Dependent)
            return;
        project::Dependent d = m_document->project().dependents.value(m_index);
        d.*field = on;
        const project::Status s = m_document->setDependent(m_index, d, tr("Change %1").arg(d.domain.display()));
        if (!s)
            showError(s.error().message);
    };
    connect(m_ui->nullMxCheck, &QCheckBox::toggled, this,
            [parkedOption](bool on) { parkedOption(&project::Dependent::nullMx, on); });
    connect(m_ui->dmarcCheck, &QCheckBox::toggled, this,
            [parkedOption](bool on) { parkedOption(&project::Dependent::dmarc, on); });
    connect(m_ui->termTable, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_refreshing || item->column() != 1)
            return;
        commitTerms(terms(), tr("Edit term"));
    });
    connect(m_ui->addressesEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_refreshing || !m_document || m_target != Target::MailServer)
            return;
        project::MailServer server = m_document->project().mailServers.value(m_index);
        QList<net::IpAddress> addresses;
        const QStringList parts =
            m_ui->addressesEdit->text().split(QRegularExpression(QStringLiteral("[\\s,;]+")), Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            const auto ip = net::IpAddress::parse(part.toLatin1());
            if (!ip) {
                showError(tr("\"%1\" is not an IP address.").arg(part));
                return;
            }
            addresses.append(*ip);
        }
        if (addresses == server.addresses)
            return;
        server.addresses = addresses;
        const project::Status s = m_document->setMailServer(m_index, server);
        if (!s)
            showError(s.error().message);
    });
    setTarget(Target::None);
}

PolicyEditor::~PolicyEditor() = default;

void PolicyEditor::setDocument(ProjectDocument *document)
{
    m_document = document;
    connect(document, &ProjectDocument::changed, this, [this](const project::ProjectChange &change) {
        using P = project::ProjectChange::Part;
        if ((m_target == Target::Primary && (change.part == P::Primary || change.part == P::IncludeTarget)) ||
            (m_target == Target::Dependent && change.part == P::Dependents) ||
            (m_target == Target::MailServer && change.part == P::MailServers))
            refresh();
    });
    connect(document, &ProjectDocument::projectReplaced, this, [this] { setTarget(Target::None); });
}

void PolicyEditor::setTarget(Target target, int projectIndex)
{
    m_target = target;
    m_index = projectIndex;
    m_ui->errorLabel->clear();
    refresh();
}

void PolicyEditor::refresh()
{
    m_refreshing = true;
    const bool primary = m_target == Target::Primary;
    const bool dependent = m_target == Target::Dependent;
    const bool server = m_target == Target::MailServer;
    const project::Project *p = m_document ? &m_document->project() : nullptr;
    const bool valid = p && (primary || (dependent && m_index >= 0 && m_index < p->dependents.size()) ||
                             (server && m_index >= 0 && m_index < p->mailServers.size()));
    if (!valid && m_target != Target::None) {
        m_refreshing = false;
        m_target = Target::None;
        refresh();
        return;
    }
    const bool parked = valid && dependent && p->dependents[m_index].parked;
    const bool editsTerms = valid && (primary || (dependent && !parked));

    m_ui->includeLabel->setVisible(dependent && !parked);
    m_ui->termTable->setVisible(editsTerms);
    for (QWidget *w : {static_cast<QWidget *>(m_ui->upButton), static_cast<QWidget *>(m_ui->downButton),
                       static_cast<QWidget *>(m_ui->removeButton), static_cast<QWidget *>(m_ui->newTermEdit),
                       static_cast<QWidget *>(m_ui->addButton), static_cast<QWidget *>(m_ui->allLabel),
                       static_cast<QWidget *>(m_ui->allCombo), static_cast<QWidget *>(m_ui->allHint)})
        w->setVisible(editsTerms);
    m_ui->parkedCheck->setVisible(dependent);
    m_ui->nullMxCheck->setVisible(parked);
    m_ui->dmarcCheck->setVisible(parked);
    m_ui->addressesLabel->setVisible(server);
    m_ui->addressesEdit->setVisible(server);
    if (!valid) {
        m_ui->termTable->setRowCount(0);
        m_refreshing = false;
        return;
    }

    QStringList termList;
    project::AllQualifier all = project::AllQualifier::Fail;
    if (primary) {
        termList = p->primary.terms;
        all = p->primary.all;
    } else if (dependent) {
        const project::Dependent &d = p->dependents[m_index];
        termList = d.terms;
        all = d.all;
        m_ui->includeLabel->setText(tr("include:%1 (always first)").arg(p->effectiveIncludeTarget().aceString()));
        m_ui->parkedCheck->setChecked(d.parked);
        m_ui->nullMxCheck->setChecked(d.nullMx);
        m_ui->dmarcCheck->setChecked(d.dmarc);
    } else {
        QStringList addresses;
        for (const net::IpAddress &a : p->mailServers[m_index].addresses)
            addresses << a.toString();
        m_ui->addressesEdit->setText(addresses.join(QLatin1Char(' ')));
    }

    const int current = m_ui->termTable->currentRow();
    m_ui->termTable->setRowCount(int(termList.size()));
    for (int row = 0; row < termList.size(); ++row) {
        const QString &term = termList[row];
        const bool written = !term.isEmpty() && isQualifier(term.front());
        auto *combo = new QComboBox;
        combo->setAccessibleName(tr("Qualifier of term %1").arg(row + 1));
        combo->setToolTip(tr("What a match of this term means: pass, fail, softfail or neutral."));
        if (isModifier(term)) {
            combo->addItem(tr("modifier"));
            combo->setEnabled(false);
        } else {
            for (const QChar q : {QLatin1Char('+'), QLatin1Char('-'), QLatin1Char('~'), QLatin1Char('?')})
                combo->addItem(qualifierLabel(q), q);
            combo->setCurrentIndex(int(kQualifiers.indexOf(written ? term.front() : QLatin1Char('+'))));
            connect(combo, &QComboBox::activated, this, [this, combo, row](int i) {
                Q_UNUSED(combo);
                setTermQualifier(row, kQualifiers.at(i));
            });
        }
        m_ui->termTable->setCellWidget(row, 0, combo);
        auto *item = new QTableWidgetItem(written ? term.mid(1) : term);
        item->setData(Qt::UserRole, term);
        item->setToolTip(tr("Double-click to edit the term."));
        m_ui->termTable->setItem(row, 1, item);
    }
    if (current >= 0 && current < termList.size())
        m_ui->termTable->setCurrentCell(current, 1);
    m_ui->allCombo->setCurrentIndex(m_ui->allCombo->findData(QChar(QLatin1Char(char(all)))));
    m_refreshing = false;
}

void PolicyEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        for (int i = 0; i < m_ui->allCombo->count(); ++i)
            m_ui->allCombo->setItemText(i, qualifierLabel(m_ui->allCombo->itemData(i).toChar()));
        refresh(); // the include label and the term rows' tooltips
    }
    QWidget::changeEvent(event);
}

QStringList PolicyEditor::terms() const
{
    QStringList out;
    for (int row = 0; row < m_ui->termTable->rowCount(); ++row) {
        const QTableWidgetItem *item = m_ui->termTable->item(row, 1);
        if (!item)
            continue;
        const QString original = item->data(Qt::UserRole).toString();
        const bool written = !original.isEmpty() && isQualifier(original.front());
        QString body = item->text().trimmed();
        // A qualifier typed into the text wins over the combo box.
        if (!body.isEmpty() && isQualifier(body.front())) {
            out << body;
            continue;
        }
        const auto *combo = qobject_cast<const QComboBox *>(m_ui->termTable->cellWidget(row, 0));
        const QChar q = combo && combo->isEnabled() ? combo->currentData().toChar() : QChar();
        if (q.isNull() || (q == QLatin1Char('+') && !written))
            out << body;
        else
            out << (q + body);
    }
    return out;
}

QString PolicyEditor::lastError() const
{
    return m_ui->errorLabel->text();
}

bool PolicyEditor::selectTerm(const QByteArray &term)
{
    const QStringList list = terms();
    for (int row = 0; row < list.size(); ++row) {
        if (list[row].toUtf8().compare(term, Qt::CaseInsensitive) == 0) {
            m_ui->termTable->setCurrentCell(row, 1);
            m_ui->termTable->setFocus();
            return true;
        }
    }
    return false;
}

bool PolicyEditor::addTerm(const QString &term)
{
    if (term.isEmpty())
        return false;
    QStringList list = terms();
    list << term;
    const bool ok = commitTerms(list, tr("Add term %1").arg(term));
    if (ok)
        m_ui->termTable->setCurrentCell(int(list.size()) - 1, 1);
    return ok;
}

bool PolicyEditor::removeTerm(int row)
{
    QStringList list = terms();
    if (row < 0 || row >= list.size())
        return false;
    const QString gone = list.takeAt(row);
    return commitTerms(list, tr("Remove term %1").arg(gone));
}

bool PolicyEditor::moveTerm(int row, int delta)
{
    QStringList list = terms();
    const int to = row + delta;
    if (row < 0 || row >= list.size() || to < 0 || to >= list.size())
        return false;
    list.move(row, to);
    const bool ok = commitTerms(list, tr("Move term %1").arg(list[to]));
    if (ok)
        m_ui->termTable->setCurrentCell(to, 1);
    return ok;
}

bool PolicyEditor::setTermQualifier(int row, QChar qualifier)
{
    QStringList list = terms();
    if (row < 0 || row >= list.size() || isModifier(list[row]))
        return false;
    QString t = list[row];
    if (!t.isEmpty() && isQualifier(t.front()))
        t.remove(0, 1);
    list[row] = qualifier + t;
    return commitTerms(list, tr("Change qualifier of %1").arg(t));
}

bool PolicyEditor::setAllQualifier(project::AllQualifier qualifier)
{
    if (!m_document)
        return false;
    return commit(terms(), qualifier, tr("Change all to %1all").arg(QLatin1Char(char(qualifier))));
}

bool PolicyEditor::setParked(bool parked)
{
    if (!m_document || m_target != Target::Dependent)
        return false;
    project::Dependent d = m_document->project().dependents.value(m_index);
    if (d.parked == parked)
        return true;
    d.parked = parked;
    const project::Status s = m_document->setDependent(
        m_index, d, parked ? tr("Park %1").arg(d.domain.display()) : tr("Unpark %1").arg(d.domain.display()));
    if (!s)
        showError(s.error().message);
    return s.ok();
}

bool PolicyEditor::commitTerms(const QStringList &list, const QString &what)
{
    project::AllQualifier all = project::AllQualifier::Fail;
    if (m_target == Target::Primary)
        all = m_document->project().primary.all;
    else if (m_target == Target::Dependent)
        all = m_document->project().dependents.value(m_index).all;
    return commit(list, all, what);
}

bool PolicyEditor::commit(const QStringList &list, project::AllQualifier all, const QString &what)
{
    if (!m_document)
        return false;
    project::Status s;
    if (m_target == Target::Primary) {
        project::Primary primary = m_document->project().primary;
        if (primary.terms == list && primary.all == all)
            return true;
        primary.terms = list;
        primary.all = all;
        s = m_document->setPrimary(primary, what);
    } else if (m_target == Target::Dependent) {
        project::Dependent d = m_document->project().dependents.value(m_index);
        if (d.terms == list && d.all == all)
            return true;
        d.terms = list;
        d.all = all;
        s = m_document->setDependent(m_index, d, what);
    } else {
        return false;
    }
    if (!s) {
        showError(s.error().message);
        refresh(); // show the model as it is, not the refused edit
        m_ui->errorLabel->setText(s.error().message);
        return false;
    }
    m_ui->errorLabel->clear();
    return true;
}

void PolicyEditor::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
}

} // namespace spfm::gui
