#include "DomainFilterModel.h"

#include "DomainTreeModel.h"

namespace spfm::gui {

DomainFilterModel::DomainFilterModel(DomainTreeModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setRecursiveFilteringEnabled(true);
    setSourceModel(source);
}

void DomainFilterModel::setNeedle(const QString &text)
{
    const QString lower = text.trimmed().toLower();
    if (lower == m_needle)
        return;
    m_needle = lower;
    bool ascii = true;
    for (const QChar c : lower)
        ascii = ascii && c.unicode() < 0x80;
    m_asciiNeedle = ascii ? lower.toLatin1() : QByteArray();
    invalidateFilter();
}

bool DomainFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_needle.isEmpty())
        return true;
    return m_source->nameContains(sourceRow, sourceParent, m_asciiNeedle, m_needle);
}

} // namespace spfm::gui
