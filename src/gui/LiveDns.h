#pragma once

#include "dns/AsyncResolver.h"
#include "project/Project.h"

#include <memory>

namespace spfm::gui {

// The live resolver a project's settings describe: the system's resolvers, the listed servers, or each domain's
// authoritative servers. The GUI only chooses and configures it; the DNS work is the core's.
std::unique_ptr<dns::AsyncResolver> makeLiveResolver(const project::ResolverSettings &settings);

// For people: "the system's resolvers", "127.0.0.1:5353", "authoritative servers".
QString describeResolver(const project::ResolverSettings &settings);

} // namespace spfm::gui
