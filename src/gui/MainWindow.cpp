#include "MainWindow.h"

#include "ui_MainWindow.h"

#include <QApplication>
#include <QKeySequence>
#include <QMessageBox>

namespace spfm::gui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/spfmanager.svg")));
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
}

MainWindow::~MainWindow() = default;

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About SPF Manager"),
                       tr("SPF Manager %1\nManages and verifies the SPF records of a mail server and its domains.")
                           .arg(QStringLiteral(SPF_VERSION)));
}

} // namespace spfm::gui
