#include "CheckProgressWidget.h"

#include "ui_CheckProgressWidget.h"

#include <QEvent>
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

void CheckProgressWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        showTexts();
    }
    QWidget::changeEvent(event);
}

void CheckProgressWidget::showTexts()
{
    if (!m_resolver.isNull())
        m_ui->resolverLabel->setText(tr("resolver: %1").arg(m_resolver));
    if (m_done >= 0) {
        const QLocale locale;
        m_ui->countLabel->setText(tr("Checking… %1 / %2").arg(locale.toString(m_done), locale.toString(m_total)));
        m_ui->progressBar->setAccessibleDescription(m_ui->countLabel->text());
    }
}

void CheckProgressWidget::setCancelAction(QAction *cancel)
{
    m_ui->cancelButton->setDefaultAction(cancel);
}

void CheckProgressWidget::setResolverText(const QString &text)
{
    m_resolver = text;
    showTexts();
}

void CheckProgressWidget::setProgress(int done, int total)
{
    m_done = done;
    m_total = total;
    showTexts();
    // QProgressBar::setValue() repaints at once, and a synchronous repaint paints every dirty widget of the window
    // (the tree a batch of results has just changed): with updates off for the call it is an ordinary update instead.
    m_ui->progressBar->setUpdatesEnabled(false);
    m_ui->progressBar->setRange(0, std::max(total, 1));
    m_ui->progressBar->setValue(done);
    m_ui->progressBar->setUpdatesEnabled(true);
}

QString CheckProgressWidget::countText() const
{
    return m_ui->countLabel->text();
}

} // namespace spfm::gui
