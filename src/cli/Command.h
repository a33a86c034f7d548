#pragma once

#include "lint/Diagnostic.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace spfm::cli {

// The streams a command talks through: data to out, messages to err. Injected so tests run commands in-process.
struct Io
{
    QTextStream &in;
    QTextStream &out;
    QTextStream &err;
};

// Exit codes shared by every command.
namespace exitcode {
inline constexpr int Ok = 0;        // done; for checkers: nothing worse than notes
inline constexpr int Findings = 1;  // done, and the checker found warnings
inline constexpr int Failure = 2;   // bad arguments or input, or the checker found errors
inline constexpr int Unchecked = 3; // DNS kept some names from being checked, and no errors were found

// The exit code of a checker whose worst finding is `worst` (notes alone are Ok).
int forSeverity(lint::Severity worst);
} // namespace exitcode

inline constexpr QLatin1String programName("spfmanager-cli");

// What the list of commands and --help say about one command.
struct CommandText
{
    QString name;
    QString summary;     // one line for the list of commands
    QString usage;       // the part after "Usage: spfmanager-cli NAME", e.g. "[options] RECORD..."
    QString description; // printed under the usage line by --help
};

// One subcommand. Subclasses add their options and positional arguments in their constructor and do their work in
// run(); the base class parses, answers --help and --version, and turns unknown or missing options into a message and
// exit code 2.
class Command
{
public:
    virtual ~Command() = default;
    Command(const Command &) = delete;
    Command &operator=(const Command &) = delete;

    const QString &name() const { return m_text.name; }
    const QString &summary() const { return m_text.summary; }

    // arguments[0] is the command's name, as in argv.
    int execute(const QStringList &arguments, Io &io);
    // Usage, description and options, as --help prints them.
    QString helpText();

protected:
    explicit Command(CommandText text);

    // For the subclass's constructor: its options and positional arguments, after --help and --version.
    QCommandLineParser &parser() { return m_parser; }
    virtual int run(const QCommandLineParser &parser, Io &io) = 0;

    // Prints "spfmanager-cli NAME: what" and, when given, how to fix it, to stderr (control characters shown as
    // U+FFFD, see TerminalText.h); returns exitcode::Failure.
    int fail(Io &io, const QString &what, const QString &fix = {}) const;

private:
    CommandText m_text;
    QCommandLineParser m_parser;
    const QCommandLineOption m_helpOption{{QStringLiteral("h"), QStringLiteral("help")},
                                          QStringLiteral("Show this help and exit.")};
    const QCommandLineOption m_versionOption{QStringLiteral("version"), QStringLiteral("Show the version and exit.")};
};

} // namespace spfm::cli
