#pragma once

#include <QStringList>
#include <QTextStream>

namespace spfm::cli {

// Runs one command line (arguments[0] is the program name) with the process's stdin/stdout/stderr.
int run(const QStringList &arguments);
// The same over injected streams, so tests run commands in-process. Returns the exit code (see Command.h).
int run(const QStringList &arguments, QTextStream &in, QTextStream &out, QTextStream &err);

// The general help: usage, the list of commands, the global options.
QString generalHelp();

} // namespace spfm::cli
