#include "DomainTreeModel.h"

#include "DnsText.h"
#include "Icons.h"
#include "ProjectDocument.h"

#include <algorithm>

namespace spfm::gui {

using project::ProjectChange;

DomainTreeModel::DomainTreeModel(ProjectDocument *document, QObject *parent)
    : QAbstractItemModel(parent)
    , m_document(document)
{
    rebuild();
    connect(document, &ProjectDocument::changed, this, &DomainTreeModel::onChanged);
    connect(document, &ProjectDocument::projectReplaced, this, [this] {
        beginResetModel();
        m_status.clear();
        rebuild();
        endResetModel();
    });
}

void DomainTreeModel::rebuild()
{
    m_active.clear();
    m_parked.clear();
    m_serverCount = int(m_document->project().mailServers.size());
    const auto &deps = m_document->project().dependents;
    for (int i = 0; i < deps.size(); ++i)
        groupOf(deps[i].parked).append(i);
}

// internalId 0 marks a top-level row; 1 + the top row marks a child of that row.
QModelIndex DomainTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || row >= rowCount(parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex DomainTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return topIndex(int(child.internalId()) - 1);
}

int DomainTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return TopRowCount;
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    switch (parent.row()) {
    case PrimaryRow: return m_serverCount;
    case DependentsRow: return int(m_active.size());
    case ParkedRow: return int(m_parked.size());
    default: return 0;
    }
}

int DomainTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant DomainTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    // Called for every row on every filter keystroke: look things up by reference, build strings only for the role
    // asked.
    const project::Project &p = m_document->project();
    Kind kind;
    int projectIndex = -1;
    if (index.internalId() == 0) {
        kind = index.row() == PrimaryRow      ? Kind::Primary
               : index.row() == DependentsRow ? Kind::DependentGroup
                                              : Kind::ParkedGroup;
    } else {
        const int top = int(index.internalId()) - 1;
        kind = top == PrimaryRow ? Kind::MailServer : Kind::Dependent;
        projectIndex =
            top == PrimaryRow ? index.row() : (top == DependentsRow ? m_active : m_parked).value(index.row(), -1);
        const qsizetype size = top == PrimaryRow ? p.mailServers.size() : p.dependents.size();
        if (projectIndex < 0 || projectIndex >= size)
            return {};
    }
    if (role == KindRole)
        return int(kind);
    if (role == ProjectIndexRole)
        return projectIndex;

    const project::DomainName *domain = nullptr;
    switch (kind) {
    case Kind::Primary: domain = &p.primary.domain; break;
    case Kind::MailServer: domain = &p.mailServers[projectIndex].hostname; break;
    case Kind::Dependent: domain = &p.dependents[projectIndex].domain; break;
    default: break;
    }
    const bool isGroup = domain == nullptr;
    if (role == AceRole)
        return isGroup ? QByteArray() : domain->ace();

    const auto name = [&]() -> QString {
        switch (kind) {
        case Kind::DependentGroup: return tr("Dependents (%1)").arg(m_active.size());
        case Kind::ParkedGroup: return tr("Parked (%1)").arg(m_parked.size());
        case Kind::Primary:
            if (domain->isNull())
                return tr("(no primary domain)");
            return domain->display();
        default: return domain->display();
        }
    };
    if (role == Qt::DisplayRole && index.column() == NameColumn)
        return name();
    if (isGroup) {
        if (role != Qt::ToolTipRole)
            return {};
        return kind == Kind::DependentGroup ? tr("Domains that send through the primary's servers: they publish "
                                                 "include:%1.")
                                                  .arg(p.effectiveIncludeTarget().display())
                                            : tr("Domains that send no mail: they publish v=spf1 -all.");
    }

    const auto found = m_status.constFind(domain->ace());
    const DomainStatus st = found == m_status.constEnd() ? DomainStatus{} : *found;
    QString stateWords = st.reason.isEmpty() ? DomainStatus::stateText(st.state) : visibleText(st.reason);
    if (st.stale)
        stateWords = tr("%1 (edited since the check)").arg(stateWords);
    switch (role) {
    case Qt::DisplayRole:
        if (kind == Kind::Primary && st.state == DomainStatus::State::Unchecked)
            return tr("primary");
        if (kind == Kind::MailServer && st.state == DomainStatus::State::Unchecked)
            return tr("HELO");
        return stateWords;
    case Qt::DecorationRole:
        if (index.column() != NameColumn)
            return {};
        return DomainStatus::stateIcon(st.state);
    case Qt::ToolTipRole: {
        QString what;
        if (kind == Kind::Primary)
            what = tr("The primary domain: it holds the real SPF policy.");
        else if (kind == Kind::MailServer)
            what = tr("A mail server: its HELO name gets a record of its own.");
        else
            what = tr("A dependent domain.");
        return plainToolTip(tr("%1\nStatus: %2").arg(what, stateWords));
    }
    case Qt::AccessibleTextRole:
        return index.column() == NameColumn ? tr("%1, %2").arg(name(), DomainStatus::stateText(st.state)) : QVariant();
    default: return {};
    }
}

QVariant DomainTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Domain") : tr("Status");
}

QModelIndex DomainTreeModel::primaryIndex() const
{
    return topIndex(PrimaryRow);
}

QModelIndex DomainTreeModel::dependentIndex(int projectIndex) const
{
    const auto &deps = m_document->project().dependents;
    if (projectIndex < 0 || projectIndex >= deps.size())
        return {};
    const QList<int> &list = deps[projectIndex].parked ? m_parked : m_active;
    const auto it = std::lower_bound(list.begin(), list.end(), projectIndex);
    if (it == list.end() || *it != projectIndex)
        return {};
    return index(int(it - list.begin()), 0, topIndex(deps[projectIndex].parked ? ParkedRow : DependentsRow));
}

QModelIndex DomainTreeModel::indexForDomain(const QByteArray &ace) const
{
    const project::Project &p = m_document->project();
    if (p.primary.domain.ace() == ace)
        return primaryIndex();
    const int dep = m_document->model().indexOfDependent(ace);
    if (dep >= 0)
        return dependentIndex(dep);
    for (int i = 0; i < p.mailServers.size(); ++i)
        if (p.mailServers[i].hostname.ace() == ace)
            return index(i, 0, primaryIndex());
    return {};
}

bool DomainTreeModel::nameContains(int row, const QModelIndex &parent, const QByteArray &asciiNeedle,
                                   const QString &needle) const
{
    const project::Project &p = m_document->project();
    const project::DomainName *domain = nullptr;
    if (!parent.isValid()) {
        if (row != PrimaryRow)
            return false; // a group shows when one of its rows matches
        domain = &p.primary.domain;
    } else if (parent.row() == PrimaryRow) {
        if (row < 0 || row >= p.mailServers.size())
            return false;
        domain = &p.mailServers[row].hostname;
    } else {
        const int i = (parent.row() == DependentsRow ? m_active : m_parked).value(row, -1);
        if (i < 0 || i >= p.dependents.size())
            return false;
        domain = &p.dependents[i].domain;
    }
    if (!asciiNeedle.isEmpty() && domain->ace().contains(asciiNeedle))
        return true;
    return domain->ace().contains("xn--") && domain->display().contains(needle, Qt::CaseInsensitive);
}

DomainStatus DomainTreeModel::status(const QByteArray &ace) const
{
    return m_status.value(ace);
}

void DomainTreeModel::setStatus(const QByteArray &ace, const DomainStatus &status)
{
    m_status.insert(ace, status);
    const QModelIndex at = indexForDomain(ace);
    if (at.isValid())
        emit dataChanged(at, at.siblingAtColumn(StatusColumn));
}

void DomainTreeModel::setStatuses(const QList<QPair<QByteArray, DomainStatus>> &statuses)
{
    if (statuses.isEmpty())
        return;
    const project::Project &p = m_document->project();
    QHash<QByteArray, int> dependentRow;
    dependentRow.reserve(p.dependents.size());
    for (int i = 0; i < p.dependents.size(); ++i)
        dependentRow.insert(p.dependents[i].domain.ace(), i);
    QList<int> touched[TopRowCount]; // the rows changed under each top-level row
    for (const auto &[ace, status] : statuses) {
        m_status.insert(ace, status);
        if (ace == p.primary.domain.ace()) {
            emit dataChanged(primaryIndex(), primaryIndex().siblingAtColumn(StatusColumn));
            continue;
        }
        const auto dep = dependentRow.constFind(ace);
        if (dep != dependentRow.constEnd()) {
            const bool parked = p.dependents[*dep].parked;
            const QList<int> &list = parked ? m_parked : m_active;
            const auto it = std::lower_bound(list.begin(), list.end(), *dep);
            if (it != list.end() && *it == *dep)
                touched[parked ? ParkedRow : DependentsRow].append(int(it - list.begin()));
            continue;
        }
        for (int i = 0; i < m_serverCount && i < p.mailServers.size(); ++i) {
            if (p.mailServers[i].hostname.ace() == ace)
                touched[PrimaryRow].append(i);
        }
    }
    // One signal per run of nearby rows: the views and the filter look at every row of a range, so one range over a
    // whole group for a few scattered rows costs more than a signal each.
    constexpr int kGap = 8;
    for (int top = 0; top < TopRowCount; ++top) {
        QList<int> &rows = touched[top];
        std::sort(rows.begin(), rows.end());
        const QModelIndex parent = topIndex(top);
        for (qsizetype i = 0; i < rows.size();) {
            qsizetype j = i;
            while (j + 1 < rows.size() && rows[j + 1] - rows[j] <= kGap)
                ++j;
            emit dataChanged(index(rows[i], 0, parent), index(rows[j], StatusColumn, parent));
            i = j + 1;
        }
    }
}

void DomainTreeModel::clearStatuses()
{
    m_status.clear();
    if (rowCount(topIndex(DependentsRow)) > 0)
        emit dataChanged(index(0, 0, topIndex(DependentsRow)),
                         index(rowCount(topIndex(DependentsRow)) - 1, StatusColumn, topIndex(DependentsRow)));
    if (rowCount(topIndex(ParkedRow)) > 0)
        emit dataChanged(index(0, 0, topIndex(ParkedRow)),
                         index(rowCount(topIndex(ParkedRow)) - 1, StatusColumn, topIndex(ParkedRow)));
    emit dataChanged(primaryIndex(), primaryIndex().siblingAtColumn(StatusColumn));
}

void DomainTreeModel::shiftDependents(int from, int by)
{
    for (QList<int> *list : {&m_active, &m_parked})
        for (int &i : *list)
            if (i >= from)
                i += by;
}

void DomainTreeModel::insertDependentRow(int projectIndex)
{
    const bool parked = m_document->project().dependents[projectIndex].parked;
    QList<int> &list = groupOf(parked);
    const int row = int(std::lower_bound(list.begin(), list.end(), projectIndex) - list.begin());
    beginInsertRows(topIndex(parked ? ParkedRow : DependentsRow), row, row);
    list.insert(row, projectIndex);
    endInsertRows();
}

void DomainTreeModel::removeDependentRow(int projectIndex)
{
    for (bool parked : {false, true}) {
        QList<int> &list = groupOf(parked);
        const auto it = std::lower_bound(list.begin(), list.end(), projectIndex);
        if (it == list.end() || *it != projectIndex)
            continue;
        const int row = int(it - list.begin());
        beginRemoveRows(topIndex(parked ? ParkedRow : DependentsRow), row, row);
        list.removeAt(row);
        endRemoveRows();
        return;
    }
}

void DomainTreeModel::onChanged(const ProjectChange &change)
{
    const auto groupHeadersChanged = [this] { emit dataChanged(topIndex(DependentsRow), topIndex(ParkedRow)); };
    switch (change.part) {
    case ProjectChange::Part::Primary:
    case ProjectChange::Part::IncludeTarget:
        emit dataChanged(primaryIndex(), primaryIndex().siblingAtColumn(StatusColumn));
        groupHeadersChanged();
        break;
    case ProjectChange::Part::MailServers:
        // The model has already changed when it tells us: the count the view knows moves between begin and end.
        if (change.kind == ProjectChange::Kind::Inserted) {
            beginInsertRows(primaryIndex(), change.index, change.index);
            ++m_serverCount;
            endInsertRows();
        } else if (change.kind == ProjectChange::Kind::Removed) {
            beginRemoveRows(primaryIndex(), change.index, change.index);
            --m_serverCount;
            endRemoveRows();
        } else {
            const QModelIndex at = index(change.index, 0, primaryIndex());
            emit dataChanged(at, at.siblingAtColumn(StatusColumn));
        }
        break;
    case ProjectChange::Part::Dependents:
        if (change.kind == ProjectChange::Kind::Inserted) {
            shiftDependents(change.index, 1);
            insertDependentRow(change.index);
        } else if (change.kind == ProjectChange::Kind::Removed) {
            removeDependentRow(change.index);
            shiftDependents(change.index + 1, -1);
        } else {
            const bool parked = m_document->project().dependents[change.index].parked;
            const QList<int> &list = groupOf(parked);
            if (std::binary_search(list.begin(), list.end(), change.index)) {
                const QModelIndex at = dependentIndex(change.index);
                emit dataChanged(at, at.siblingAtColumn(StatusColumn));
            } else {
                // Parked or unparked: the row moves to the other group.
                removeDependentRow(change.index);
                insertDependentRow(change.index);
            }
        }
        groupHeadersChanged();
        break;
    case ProjectChange::Part::Settings: break;
    }
}

void DomainTreeModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    const int top = rowCount();
    if (top == 0)
        return;
    emit dataChanged(index(0, 0), index(top - 1, ColumnCount - 1));
    for (int row = 0; row < top; ++row) {
        const QModelIndex parent = index(row, 0);
        if (const int n = rowCount(parent); n > 0)
            emit dataChanged(index(0, 0, parent), index(n - 1, ColumnCount - 1, parent));
    }
}

} // namespace spfm::gui
