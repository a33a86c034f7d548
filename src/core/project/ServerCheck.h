#pragma once

#include "lint/Diagnostic.h"
#include "project/Generator.h"

namespace spfm::project {

// Whether the primary's generated policy lets the project's own mail servers send as the primary (and so as every
// dependent, which includes it): check_host (RFC 7208 §4) of postmaster@<primary> from each server address, over the
// generated records and the servers' own addresses, in memory, before anything is published. Decided only when the
// evaluation needs no name the project does not know (mx, exists, ptr, an include or a of another domain): then it
// says nothing, and the verifier judges what DNS really publishes (VFY301). One PRJ003 error per address that does
// not pass, naming the server and the ip4:/ip6: term that would authorise it.
lint::Diagnostics checkServersAuthorised(const Project &project, const QList<GeneratedRecord> &records);

} // namespace spfm::project
