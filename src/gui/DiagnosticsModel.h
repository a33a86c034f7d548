#pragma once

#include "lint/Diagnostic.h"

#include <QAbstractTableModel>

namespace spfm::gui {

// The findings about the whole project, one per row: severity, domain, code, message, suggested fix, RFC section.
class DiagnosticsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, DomainColumn, CodeColumn, MessageColumn, FixColumn, RfcColumn, ColumnCount };
    // SortRole: the severity column by rank (notes, warnings, errors), the others by their text.
    enum Role { DiagnosticDomainRole = Qt::UserRole + 1, DiagnosticTermRole, SeverityRole, SortRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setDiagnostics(lint::Diagnostics diagnostics);
    // Adds rows at the end (a live check's results as they arrive) without resetting the views.
    void appendDiagnostics(const lint::Diagnostics &diagnostics);
    const lint::Diagnostics &diagnostics() const { return m_diagnostics; }
    int count(lint::Severity severity) const;
    // The language changed: headers and severity words are said again (the messages come anew with the next
    // setDiagnostics()).
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString severityText(lint::Severity severity);

private:
    lint::Diagnostics m_diagnostics;
};

} // namespace spfm::gui
