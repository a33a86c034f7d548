#pragma once

#include "dns/Resolver.h"

#include <functional>
#include <vector>

namespace spfm::cli {

// Runs deterministic jobs over a resolver to completion, the way a command needs it: blocking, with a deadline. A job
// returns true when done, false while the resolver still owes answers. Over an asynchronous resolver the jobs go
// through one dns::PendingRunner (each re-run when an answer it waits for arrives, all sharing the cache) inside a
// local event loop; over any other resolver each job runs once. Returns false when some job did not complete: the
// deadline passed first, or it waited on answers nobody was fetching.
bool runUntilComplete(const std::vector<std::function<bool()>> &jobs, dns::Resolver &resolver, int deadlineMs);

} // namespace spfm::cli
