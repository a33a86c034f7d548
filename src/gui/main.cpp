#include "MainWindow.h"

#include <QApplication>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("SPF Manager"));
    QApplication::setOrganizationName(QStringLiteral("SPF Manager"));
    QApplication::setApplicationVersion(QStringLiteral(SPF_VERSION));
    spfm::gui::MainWindow window;
    window.show();
    return QApplication::exec();
}
