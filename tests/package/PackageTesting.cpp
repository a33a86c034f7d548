#include "PackageTesting.h"

#include <QProcess>
#include <QRegularExpression>

namespace spfm::testing {

QString Run::describe() const
{
    return failure.isEmpty() ? QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3").arg(exitCode).arg(out, err)
                             : failure;
}

Run run(const QString &program, const QStringList &arguments, const QProcessEnvironment &env, int timeoutMs)
{
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    if (!env.isEmpty())
        process.setProcessEnvironment(env);
    process.start();
    Run result;
    if (!process.waitForStarted()) {
        result.failure = QStringLiteral("%1 did not start: %2").arg(program, process.errorString());
        return result;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.failure = QStringLiteral("%1 did not finish within %2 ms").arg(program).arg(timeoutMs);
    } else if (process.exitStatus() != QProcess::NormalExit) {
        result.failure = QStringLiteral("%1 crashed").arg(program);
    }
    result.exitCode = process.exitCode();
    result.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    result.err = QString::fromLocal8Bit(process.readAllStandardError());
    return result;
}

QStringList complete(const QString &script, const QStringList &words)
{
    const QString shell = QStringLiteral("source \"$1\"; shift; COMP_WORDS=(\"$@\"); COMP_CWORD=$(($# - 1)); "
                                         "_spfmanager_cli; printf '%s\\n' \"${COMPREPLY[@]}\"");
    const Run r =
        run(QStringLiteral("bash"), QStringList{QStringLiteral("-c"), shell, QStringLiteral("bash"), script} + words);
    if (!r.ok())
        return {r.describe()};
    QStringList candidates = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    candidates.sort();
    return candidates;
}

QStringList helpSection(const QString &help, const QString &title)
{
    QStringList entries;
    bool inside = false;
    const QStringList lines = help.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (!inside) {
            inside = line == title;
            continue;
        }
        if (line.trimmed().isEmpty())
            break;
        // Entries are indented by two spaces; their wrapped descriptions by more.
        static const QRegularExpression entry(QStringLiteral("^  (?:-\\w, )?([^\\s<]\\S*)"));
        const QRegularExpressionMatch m = entry.match(line);
        if (m.hasMatch())
            entries << m.captured(1);
    }
    entries.sort();
    return entries;
}

QString roff(QString text)
{
    return text.replace(QLatin1Char('-'), QLatin1String("\\-"));
}

} // namespace spfm::testing
