#pragma once

#include "lint/Linter.h"

#include <QByteArray>
#include <cstdint>

namespace spfm::verify {

// Which names get the full probe: TXT and the obsolete type 99 (RFC 7208 §3.1: leftover records, SPF307/SPF308),
// whose answer also shows a CNAME beside the TXT (RFC 1034 §3.6.2). Each name is asked its TXT regardless.
enum class Probe : std::uint8_t {
    // The full probe where RFC 4408-era leftovers are likely and the names are few: the primary, the include target,
    // every mail server's HELO name, and names the project itself publishes type 99 at. Elsewhere (dependents, parked
    // domains) TXT alone, and type 99 only where the TXT answer holds no SPF record (and the name exists), because
    // there a type-99 record explains the failure. About one query per name on a large project.
    Standard,
    // The full probe for every name: about two queries per name.
    Thorough,
};

struct VerifyOptions
{
    lint::LintOptions lint; // lint.querySpfType false: type 99 is asked nowhere, whatever the probe
    Probe probe = Probe::Standard;
    bool checkServers = true; // check_host for every mail-server address, as MAIL FROM and as HELO
    // TXT beside a CNAME, on names given the full probe: seen in the answer to the type-99 question, or, when type 99
    // is not asked (lint.querySpfType false), in the answer to a CNAME question.
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
