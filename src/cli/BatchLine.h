#pragma once

#include "spf/CheckHost.h"

#include <QString>

namespace spfm::cli {

// One line of `check-host --batch` input, read into a request (or the reason it cannot be).
struct BatchLine
{
    int number = 0; // 1-based line in the input
    spf::CheckHostRequest request;
    QString error; // the line could not be read: why
};

// "IP SENDER [HELO]"; '<>' is the null sender, checked as postmaster@HELO (RFC 7208 §2.4). Kept apart from the batch
// loop so the fuzz target (tests/fuzz/fuzz_parsers.cpp) reaches it without a command line.
BatchLine parseBatchLine(int number, const QString &line, const QByteArray &receiver);

} // namespace spfm::cli
