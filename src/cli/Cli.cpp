#include "Cli.h"

#include "Commands.h"

#include <cstdio>

namespace spfm::cli {

namespace {

bool isHelp(const QString &argument)
{
    return argument == QLatin1String("--help") || argument == QLatin1String("-h") || argument == QLatin1String("help");
}

int usageError(Io &io, const QString &what)
{
    io.err << programName << ": " << what << '\n' << "Run '" << programName << " --help' for the list of commands.\n";
    io.err.flush();
    return exitcode::Failure;
}

} // namespace

QString generalHelp()
{
    QString text;
    QTextStream s(&text);
    s << "Usage: " << programName << " COMMAND [options] [arguments]\n"
      << "Checks SPF records (RFC 7208) and evaluates them the way a receiving mail server does.\n\n"
      << "Commands:\n";
    const auto commands = allCommands();
    qsizetype width = 0;
    for (const auto &command : commands)
        width = std::max(width, command->name().size());
    for (const auto &command : commands)
        s << "  " << command->name().leftJustified(width + 2) << command->summary() << '\n';
    s << "\nOptions:\n"
      << "  -h, --help     Show this help and exit.\n"
      << "  --version      Show the version and exit.\n\n"
      << "Run '" << programName << " help COMMAND' or '" << programName
      << " COMMAND --help' for the options of a command.\n"
      << "Exit codes: 0 done (checkers: clean), 1 warnings found, 2 errors found or bad arguments, 3 some names\n"
      << "could not be checked because DNS did not answer (verify, lint --domain) and no errors were found.\n";
    return text;
}

int run(const QStringList &arguments)
{
    QTextStream in(stdin);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return run(arguments, in, out, err);
}

int run(const QStringList &arguments, QTextStream &in, QTextStream &out, QTextStream &err)
{
    Io io{in, out, err};
    if (arguments.size() < 2) {
        err << generalHelp();
        err.flush();
        return exitcode::Failure;
    }
    const QString &first = arguments[1];
    if (first == QLatin1String("--version") || first == QLatin1String("-V")) {
        out << programName << ' ' << SPF_VERSION << '\n';
        out.flush();
        return exitcode::Ok;
    }
    if (isHelp(first)) {
        if (first == QLatin1String("help") && arguments.size() > 2) {
            const std::unique_ptr<Command> command = findCommand(arguments[2]);
            if (!command)
                return usageError(io, QStringLiteral("unknown command '%1'").arg(arguments[2]));
            out << command->helpText();
        } else {
            out << generalHelp();
        }
        out.flush();
        return exitcode::Ok;
    }
    if (first.startsWith(QLatin1Char('-')))
        return usageError(io, QStringLiteral("unknown option '%1' (options go after the command)").arg(first));

    const std::unique_ptr<Command> command = findCommand(first);
    if (!command)
        return usageError(io, QStringLiteral("unknown command '%1'").arg(first));
    return command->execute(arguments.mid(1), io);
}

} // namespace spfm::cli
