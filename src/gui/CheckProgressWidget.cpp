#include "CheckProgressWidget.h"

#include "ui_CheckProgressWidget.h"

#include <QLocale>
#include <algorithm>

namespace spfm::gui {

CheckProgressWidget::CheckProgressWidget(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CheckProgressWidget>())
{
    m_ui->setupUi(this);
}

CheckProgressWidget::~CheckProgressWidget() = default;

void CheckProgressWidget::setCancelAction(QAction *cancel)
{
    m_ui->cancelButton->setDefaultAction(cancel);
}

void CheckProgressWidget::setResolverText(const QString &text)
{
    m_ui->resolverLabel->setText(tr("resolver: %1").arg(text));
}

void CheckProgressWidget::setProgress(int done, int total)
{
    const QLocale locale;
    m_ui->countLabel->setText(tr("Checking… %1 / %2").arg(locale.toString(done), locale.toString(total)));
    // QProgressBar::setValue() repaints at once, and a synchronous repaint paints every dirty widget of the window
    // (the tree a batch of results has just changed): with updates off for the call it is an ordinary update instead.
    m_ui->progressBar->setUpdatesEnabled(false);
    m_ui->progressBar->setRange(0, std::max(total, 1));
    m_ui->progressBar->setValue(done);
    m_ui->progressBar->setUpdatesEnabled(true);
    m_ui->progressBar->setAccessibleDescription(m_ui->countLabel->text());
}

QString CheckProgressWidget::countText() const
{
    return m_ui->countLabel->text();
}

} // namespace spfm::gui
