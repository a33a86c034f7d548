#include "DiagnosticsModel.h"

#include "DnsText.h"
#include "Icons.h"

namespace spfm::gui {

void DiagnosticsModel::setDiagnostics(lint::Diagnostics diagnostics)
{
    beginResetModel();
    m_diagnostics = std::move(diagnostics);
    endResetModel();
}

void DiagnosticsModel::appendDiagnostics(const lint::Diagnostics &diagnostics)
{
    if (diagnostics.isEmpty())
        return;
    const int first = int(m_diagnostics.size());
    beginInsertRows({}, first, first + int(diagnostics.size()) - 1);
    m_diagnostics += diagnostics;
    endInsertRows();
}

void DiagnosticsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_diagnostics.isEmpty())
        emit dataChanged(index(0, SeverityColumn), index(rowCount() - 1, SeverityColumn));
}

int DiagnosticsModel::count(lint::Severity severity) const
{
    return int(std::count_if(m_diagnostics.cbegin(), m_diagnostics.cend(),
                             [severity](const lint::Diagnostic &d) { return d.severity == severity; }));
}

int DiagnosticsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_diagnostics.size());
}

int DiagnosticsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DiagnosticsModel::severityText(lint::Severity severity)
{
    switch (severity) {
    case lint::Severity::Error: return tr("error");
    case lint::Severity::Warning: return tr("warning");
    case lint::Severity::Info: return tr("note");
    }
    return {};
}

QVariant DiagnosticsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const lint::Diagnostic &d = m_diagnostics[index.row()];
    switch (role) {
    case Qt::ToolTipRole: return plainToolTip(data(index, Qt::DisplayRole).toString()); // messages quote DNS text
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn: return severityText(d.severity);
        case DomainColumn: return visibleText(d.domain);
        case CodeColumn: return QString::fromLatin1(d.code);
        case MessageColumn: return visibleText(d.message);
        case FixColumn: return d.fix;
        case RfcColumn: return d.rfcSection.isEmpty() ? QStringLiteral("—") : QString::fromUtf8(d.rfcSection);
        default: return {};
        }
    case Qt::DecorationRole:
        if (index.column() != SeverityColumn)
            return {};
        return Icons::get(d.severity == lint::Severity::Error     ? QStringLiteral("status-error")
                          : d.severity == lint::Severity::Warning ? QStringLiteral("status-warning")
                                                                  : QStringLiteral("status-info"));
    case DiagnosticDomainRole: return d.domain;
    case DiagnosticTermRole: return d.term;
    case SeverityRole: return int(d.severity);
    case SortRole: return index.column() == SeverityColumn ? QVariant(int(d.severity)) : data(index, Qt::DisplayRole);
    default: return {};
    }
}

QVariant DiagnosticsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case DomainColumn: return tr("Domain");
    case CodeColumn: return tr("Code");
    case MessageColumn: return tr("Message");
    case FixColumn: return tr("Suggested fix");
    case RfcColumn: return tr("RFC");
    default: return {};
    }
}

} // namespace spfm::gui
