#pragma once

#include "lint/Linter.h"

#include <QByteArray>

namespace spfm::verify {

struct VerifyOptions
{
    lint::LintOptions lint;
    bool checkServers = true; // check_host for every mail-server address, as MAIL FROM and as HELO
    // TXT beside a CNAME: seen in the answer to the type-99 question when lint.querySpfType, else CNAME is asked.
    bool checkAliases = true;
    bool checkWildcards = true;                // ask "*.<parent>" TXT for names below a project domain
    QByteArray receiver = "spfmanager-verify"; // %{r} in check_host
    // The whole run gives up after this long, reporting what has not answered as unreachable; 0: no limit (the
    // resolver's own timeouts still end every query).
    int deadlineMs = 0;
    // Domain runs per event-loop turn, so a large project on an in-memory zone still lets cancel() and the GUI in.
    int runsPerTurn = 200;
    // A name's first run waits while an asynchronous resolver has this many queries under way (0: never): enough to
    // keep a transport of 512 in flight busy, few enough that the questions finishing started names go out soon.
    int maxPendingQueries = 1024;
};

} // namespace spfm::verify
