#include "Command.h"

#include "TerminalText.h"

namespace spfm::cli {

int exitcode::forSeverity(lint::Severity worst)
{
    switch (worst) {
    case lint::Severity::Error: return Failure;
    case lint::Severity::Warning: return Findings;
    case lint::Severity::Info: break;
    }
    return Ok;
}

Command::Command(CommandText text)
    : m_text(std::move(text))
{
    // "-abc" as three short options would turn a mistyped "-zone" into a confusing complaint about "-z".
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOption(m_helpOption);
    m_parser.addOption(m_versionOption);
}

QString Command::helpText()
{
    // QCommandLineParser's own usage line names the running executable (a test binary, in tests): write ours.
    QString generated = m_parser.helpText();
    const qsizetype firstLineEnd = generated.indexOf(QLatin1Char('\n'));
    generated = firstLineEnd < 0 ? QString() : generated.mid(firstLineEnd + 1);
    return QStringLiteral("Usage: %1 %2 %3\n%4\n%5")
        .arg(programName, m_text.name, m_text.usage, m_text.description, generated);
}

int Command::execute(const QStringList &arguments, Io &io)
{
    QCommandLineParser &p = m_parser;
    if (!p.parse(arguments)) {
        return fail(io, p.errorText(),
                    QStringLiteral("Run '%1 %2 --help' for the options it takes.").arg(programName, m_text.name));
    }
    if (p.isSet(m_helpOption)) {
        io.out << helpText();
        io.out.flush();
        return exitcode::Ok;
    }
    if (p.isSet(m_versionOption)) {
        io.out << programName << ' ' << SPF_VERSION << '\n';
        io.out.flush();
        return exitcode::Ok;
    }
    const int code = run(p, io);
    io.out.flush();
    io.err.flush();
    return code;
}

int Command::fail(Io &io, const QString &what, const QString &fix) const
{
    // Messages quote file names, zone-file lines and DNS text: none may drive the terminal.
    io.err << programName << ' ' << m_text.name << ": " << shownLines(what) << '\n';
    if (!fix.isEmpty())
        io.err << shownLines(fix) << '\n';
    io.err.flush();
    return exitcode::Failure;
}

} // namespace spfm::cli
