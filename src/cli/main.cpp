#include "Cli.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("spfmanager-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SPF_VERSION));
    return spfm::cli::run(QCoreApplication::arguments());
}
