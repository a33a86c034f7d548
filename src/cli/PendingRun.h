#pragma once

#include "dns/Resolver.h"

#include <functional>
#include <vector>

namespace spfm::cli {

// Drives deterministic jobs over a resolver until each completes: a job returns true when done, false while the
// resolver still owes answers (it asked every question it could). With an asynchronous resolver the jobs are re-run
// each time the resolver has nothing more in flight, so a batch takes about as many round trips as its deepest
// chain of lookups, and every job shares the resolver's cache. Returns false when the deadline passed first (the jobs
// still undone stay undone).
bool runUntilComplete(const std::vector<std::function<bool()>> &jobs, dns::Resolver &resolver, int deadlineMs);

} // namespace spfm::cli
