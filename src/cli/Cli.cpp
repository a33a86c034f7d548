#include "Cli.h"

#include <cstdio>

namespace spfm::cli {

int run(const QStringList &arguments)
{
    QTextStream in(stdin);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return run(arguments, in, out, err);
}

int run(const QStringList &arguments, QTextStream &, QTextStream &out, QTextStream &err)
{
    if (arguments.size() >= 2 && (arguments[1] == QLatin1String("--version") || arguments[1] == QLatin1String("-V"))) {
        out << "spfmanager-cli " << SPF_VERSION << '\n';
        return 0;
    }
    err << "usage: spfmanager-cli <command> [options]\n";
    return 2;
}

} // namespace spfm::cli
