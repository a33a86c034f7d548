#pragma once

// What the CLI tests share: running a command line in-process, and reading the JSON a command printed.
#include "Cli.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <QtGlobal>

namespace spfm::testing {

// What one command line gave: its exit code and everything it printed.
struct Outcome
{
    int code = -1;
    QString out;
    QString err;
};

// Runs one command line in-process over string streams, as main() does (the event loop is the command's own); `in`
// is what it reads from standard input.
inline Outcome runCli(const QStringList &arguments, QString in = {})
{
    QString out, err;
    QTextStream inStream(&in), outStream(&out), errStream(&err);
    Outcome o;
    o.code = cli::run(QStringList{QStringLiteral("spfmanager-cli")} + arguments, inStream, outStream, errStream);
    outStream.flush();
    errStream.flush();
    o.out = out;
    o.err = err;
    return o;
}

// The JSON object a command printed; an empty one, with a warning in the test log, when the text is not one.
inline QJsonObject parseObject(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qWarning("not a JSON object (%s): %s", qPrintable(error.errorString()), qPrintable(text));
    return doc.object();
}

} // namespace spfm::testing
