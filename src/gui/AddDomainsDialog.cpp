#include "AddDomainsDialog.h"

#include "MainWindow.h"
#include "ui_AddDomainsDialog.h"

#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace spfm::gui {

AddDomainsDialog::AddDomainsDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AddDomainsDialog>())
{
    m_ui->setupUi(this);
    m_addButton = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_addButton->setObjectName(QStringLiteral("addButton"));
    m_addButton->setDefault(true);
    retranslate();
    m_ui->listEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->importButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import Domain List"), QString(),
                                                          tr("Text files (*.txt *.list *.csv);;All files (*)"));
        if (!path.isEmpty() && !importFile(path))
            QMessageBox::warning(this, tr("Import Domain List"), tr("%1 cannot be read.").arg(path));
    });
}

AddDomainsDialog::~AddDomainsDialog() = default;

void AddDomainsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AddDomainsDialog::retranslate()
{
    m_ui->retranslateUi(this);
    m_addButton->setText(tr("&Add"));
}

QString AddDomainsDialog::text() const
{
    return m_ui->listEdit->toPlainText();
}

void AddDomainsDialog::setText(const QString &text)
{
    m_ui->listEdit->setPlainText(text);
}

bool AddDomainsDialog::parked() const
{
    return m_ui->parkedCheck->isChecked();
}

bool AddDomainsDialog::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return false;
    setText(QString::fromUtf8(file.readAll()));
    return true;
}

QString AddDomainsDialog::reportText(const AddListReport &report)
{
    QString text = tr("%n domain(s) added.", nullptr, report.added);
    if (report.refused.isEmpty())
        return text;
    text += QLatin1Char('\n') + tr("%n line(s) refused:", nullptr, int(report.refused.size()));
    for (const auto &[line, reason] : report.refused)
        text += QStringLiteral("\n%1 — %2").arg(line, reason);
    return text;
}

void AddDomainsDialog::showReport(const AddListReport &report)
{
    QMessageBox box(report.refused.isEmpty() ? QMessageBox::Information : QMessageBox::Warning, tr("Add Domains"),
                    tr("%n domain(s) added.", nullptr, report.added), QMessageBox::Ok, parentWidget());
    box.setTextFormat(Qt::PlainText);
    if (!report.refused.isEmpty()) {
        box.setInformativeText(tr("%n line(s) refused; the details say why.", nullptr, int(report.refused.size())));
        box.setDetailedText(reportText(report));
    }
    box.exec();
}

} // namespace spfm::gui
