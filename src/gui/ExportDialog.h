#pragma once

#include "project/BackupSave.h"
#include "project/Exporters.h"

#include <QDialog>
#include <memory>
#include <optional>

namespace Ui {
class ExportDialog;
}

namespace spfm::gui {

// Shows the generated records in the chosen export format, read-only, and copies or saves exactly that text.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(const project::Generation &generation, QWidget *parent = nullptr);
    ~ExportDialog() override;

    void setFormat(project::ExportFormat format);
    project::ExportFormat format() const;
    QString previewText() const;
    // The export exactly as Copy and Save give it (CSV keeps its CRLF line ends, which the preview cannot show).
    QByteArray output() const { return m_output; }
    // Writes the export to exactly this path, atomically, an existing file kept as "<path>.bak" first (as a project
    // save does); says under the preview where it went and where the backup is.
    project::Result<project::SavedFile> saveTo(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void retranslate();
    void showSaved();

    const std::unique_ptr<Ui::ExportDialog> m_ui;
    project::Generation m_generation;
    QByteArray m_output;
    std::optional<project::SavedFile> m_saved; // the last save, until another format is chosen
};

} // namespace spfm::gui
