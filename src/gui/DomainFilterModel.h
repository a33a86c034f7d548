#pragma once

#include <QSortFilterProxyModel>

namespace spfm::gui {

class DomainTreeModel;

// Filters the domain tree by a piece of a domain name. It asks the tree model directly instead of through QVariant
// display strings, so a keystroke stays fast with ten thousand domains; a group stays while any of its rows matches.
class DomainFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit DomainFilterModel(DomainTreeModel *source, QObject *parent = nullptr);

    void setNeedle(const QString &text);
    QString needle() const { return m_needle; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    DomainTreeModel *m_source;
    QString m_needle;         // lower-case
    QByteArray m_asciiNeedle; // the same when it is ASCII (compared with ACE names), else empty
};

} // namespace spfm::gui
