#pragma once
// Helpers shared by the package tests: running a program, driving the bash completion, reading --help output.

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace spfm::testing {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QString failure; // set when the program did not start or finish

    bool ok() const { return failure.isEmpty() && exitCode == 0; }
    QString describe() const;
};

Run run(const QString &program, const QStringList &arguments, const QProcessEnvironment &env = {},
        int timeoutMs = 60000);

// Completes the words with the completion script as bash does when <TAB> is pressed after them; the candidates
// sorted, or the failure's description.
QStringList complete(const QString &script, const QStringList &words);

// The entries of a "Title:" section of --help output (command names, or each option's long form), sorted.
QStringList helpSection(const QString &help, const QString &title);

// How a word is written in a manual page's source: every hyphen escaped.
QString roff(QString text);

} // namespace spfm::testing
