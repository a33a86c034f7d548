#include "ExportDialog.h"

#include "Icons.h"
#include "ui_ExportDialog.h"

#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGuiApplication>
#include <QMessageBox>

namespace spfm::gui {

using project::ExportFormat;

ExportDialog::ExportDialog(const project::Generation &generation, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExportDialog>())
    , m_generation(generation)
{
    m_ui->setupUi(this);
    for (const ExportFormat f :
         {ExportFormat::Bind, ExportFormat::Nsupdate, ExportFormat::Tinydns, ExportFormat::Json, ExportFormat::Csv})
        m_ui->formatCombo->addItem(QString(), int(f));
    retranslate();
    m_ui->previewEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    connect(m_ui->formatCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_saved.reset(); // the note was about the other format's file
        refresh();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->copyButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(QString::fromUtf8(m_output)); });
    m_ui->copyButton->setIcon(Icons::get(QStringLiteral("edit-copy")));
    m_ui->saveButton->setIcon(Icons::get(QStringLiteral("document-save")));
    connect(m_ui->saveButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save Export"));
        if (path.isEmpty())
            return;
        const project::Result<project::SavedFile> saved = saveTo(path);
        if (!saved)
            QMessageBox::warning(this, tr("Save Export"), saved.error().message);
    });
    refresh();
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh(); // the warnings are said anew
    }
    QDialog::changeEvent(event);
}

void ExportDialog::retranslate()
{
    m_ui->retranslateUi(this);
    const QString names[] = {tr("BIND zone file snippets"), tr("nsupdate script"), tr("tinydns data"), tr("JSON"),
                             tr("CSV")};
    for (int i = 0; i < m_ui->formatCombo->count(); ++i)
        m_ui->formatCombo->setItemText(i, names[i]);
}

void ExportDialog::setFormat(ExportFormat format)
{
    m_ui->formatCombo->setCurrentIndex(m_ui->formatCombo->findData(int(format)));
}

ExportFormat ExportDialog::format() const
{
    return ExportFormat(m_ui->formatCombo->currentData().toInt());
}

QString ExportDialog::previewText() const
{
    return m_ui->previewEdit->toPlainText();
}

void ExportDialog::refresh()
{
    const project::Result<project::ExportOutput> out = project::exportRecords(m_generation.records, format());
    QStringList notes;
    if (out) {
        m_output = out.value().text;
        notes = out.value().warnings;
    } else {
        m_output.clear();
        notes << out.error().message;
    }
    if (m_generation.hasErrors())
        notes.prepend(tr("Some records have errors (see Diagnostics): publishing them would give permerror."));
    m_ui->previewEdit->setPlainText(QString::fromUtf8(m_output));
    m_ui->warningsLabel->setText(notes.join(QLatin1Char('\n')));
    m_ui->warningsLabel->setVisible(!notes.isEmpty());
    m_ui->copyButton->setEnabled(out.ok());
    m_ui->saveButton->setEnabled(out.ok());
    showSaved();
}

project::Result<project::SavedFile> ExportDialog::saveTo(const QString &path)
{
    project::Result<project::SavedFile> saved = project::saveKeepingBackup(path, m_output);
    if (saved)
        m_saved = saved.value();
    showSaved();
    return saved;
}

void ExportDialog::showSaved()
{
    if (!m_saved) {
        m_ui->savedLabel->hide();
        return;
    }
    const QString where = QDir::toNativeSeparators(m_saved->path);
    m_ui->savedLabel->setText(m_saved->keptBackup() ? tr("Saved to %1. The file it replaced is kept as %2.")
                                                          .arg(where, QDir::toNativeSeparators(m_saved->backupPath))
                                                    : tr("Saved to %1.").arg(where));
    m_ui->savedLabel->show();
}

} // namespace spfm::gui
