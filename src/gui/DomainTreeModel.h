#pragma once

#include "DomainStatus.h"
#include "project/ProjectModel.h"

#include <QAbstractItemModel>
#include <QHash>

namespace spfm::gui {

class ProjectDocument;

// The project as a tree: the primary with its mail servers, then "Dependents (n)" and "Parked (n)" with their domains.
// Column 0 is the name with the status icon, column 1 the status in words. Rows follow the project's order.
class DomainTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class Kind : std::uint8_t { Primary, MailServer, DependentGroup, ParkedGroup, Dependent };
    enum Role {
        KindRole = Qt::UserRole + 1, // Kind as int
        ProjectIndexRole,            // the row in Project::dependents or Project::mailServers; -1 otherwise
        AceRole,                     // the domain's ACE name (QByteArray)
    };
    enum Column { NameColumn, StatusColumn, ColumnCount };

    explicit DomainTreeModel(ProjectDocument *document, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QModelIndex primaryIndex() const;
    QModelIndex dependentIndex(int projectIndex) const; // -1 or out of range: invalid
    QModelIndex indexForDomain(const QByteArray &ace) const;

    // For the filter: whether the row's domain contains the lower-case needle (asciiNeedle is the same text when it is
    // ASCII, compared with the ACE name without building strings; otherwise the Unicode name is searched).
    bool nameContains(int row, const QModelIndex &parent, const QByteArray &asciiNeedle, const QString &needle) const;

    DomainStatus status(const QByteArray &ace) const;
    void setStatus(const QByteArray &ace, const DomainStatus &status);
    // Many at once (a live check's batch): one dataChanged per group and column span rather than one per row, and
    // the names are looked up through one index of the dependents instead of a scan each.
    void setStatuses(const QList<QPair<QByteArray, DomainStatus>> &statuses);
    void clearStatuses();
    // Tells the views that every text changed (the language did): headers, group titles, status words.
    void retranslate();

private:
    enum TopRow { PrimaryRow, DependentsRow, ParkedRow, TopRowCount };

    void rebuild();
    void onChanged(const project::ProjectChange &change);
    void shiftDependents(int from, int by);
    void insertDependentRow(int projectIndex);
    void removeDependentRow(int projectIndex);
    QList<int> &groupOf(bool parked) { return parked ? m_parked : m_active; }
    QModelIndex topIndex(int row) const { return createIndex(row, 0, quintptr(0)); }

    ProjectDocument *m_document;
    QList<int> m_active;   // project indices of the dependents that send mail, in project order
    QList<int> m_parked;   // project indices of the parked ones
    int m_serverCount = 0; // mail server rows as the views know them
    QHash<QByteArray, DomainStatus> m_status;
};

} // namespace spfm::gui
