#pragma once

#include "dns/DnsTypes.h"

#include <optional>

namespace spfm::dns {

// The one way the SPF engine, the linter and the verifier ask DNS.
//
// lookup() answers at once when it can (an in-memory zone, a zone file, a cache hit). A live resolver that must first
// wait for the network returns std::nullopt and makes sure the query is under way; the caller then re-runs its
// (deterministic) work when the resolver says an answer arrived. Keeping the interface synchronous lets the engine be
// plain code, fast on in-memory data, while a live resolver still has hundreds of queries in flight at once.
class Resolver
{
public:
    virtual ~Resolver() = default;
    virtual std::optional<Answer> lookup(const Question &question) = 0;
};

} // namespace spfm::dns
