#pragma once

#include "dns/DnsTypes.h"
#include "dns/Resolver.h"
#include "lint/Linter.h"
#include "verify/DomainResult.h"

namespace spfm::verify {

// RFC 7208 §4.4: a DNS query that fails makes the receiver's result temperror, a transient state that says nothing
// about what is published. These keep such failures apart from findings about the records, so that a name whose only
// "errors" are failed queries is reported as unreachable (could not check, exit 3), never as broken (exit 2).

// A CNAME chain that loops or is too long (dns::CnameFault), met by a question a check asked. Resolvers answer such a
// question SERVFAIL, so receivers get temperror (RFC 7208 §5; check_host says so unchanged), but the DNS did answer:
// the published aliases are broken, an error of the zone's owner, not an unreachable name.
struct BrokenAlias
{
    dns::Question question;
    dns::Answer answer;
};

// Passes every lookup on to the resolver it wraps and keeps the answers with a broken alias, once per chain.
class BrokenAliasWatch : public dns::Resolver
{
public:
    BrokenAliasWatch(dns::Resolver &inner, QList<BrokenAlias> &found)
        : m_inner(inner)
        , m_found(found)
    {}
    std::optional<dns::Answer> lookup(const dns::Question &question) override;

private:
    dns::Resolver &m_inner;
    QList<BrokenAlias> &m_found;
};

// VFY106: "CNAME loop at a → b → a" (or a chain too long), naming the question that met it and what to fix.
lint::Diagnostic brokenAliasDiagnostic(const QByteArray &domain, const BrokenAlias &alias);

// Why the name's own TXT query failed: nobody answered, or a server answered with an error.
DnsFailure failureOf(const dns::Answer &answer);

// The name could not be checked: VFY503 (no answer) or VFY504 (a server answered with an error).
lint::Diagnostic unreachableDiagnostic(const QByteArray &domain, const DnsFailure &failure);

// check_host gave temperror for one mail-server address: VFY505 (that check was not made).
lint::Diagnostic tempErrorDiagnostic(const QByteArray &domain, const ServerCheck &check);

// The diagnostic only says that a DNS query failed on the way (lint's failed-lookup codes, an include target whose TXT
// query failed, VFY503-505), not that a record is wrong.
bool onlyDnsFailed(const lint::Diagnostic &d, const lint::LintReport &lint);

// A name's status from its findings: an error about the records is an error; else a check that DNS kept from being
// made makes the name unreachable (failure says which); else the worst severity. A broken alias (VFY106) is an error.
struct Judgement
{
    Status status = Status::Ok;
    DnsFailure failure;
};
Judgement judge(const lint::Diagnostics &diagnostics, const lint::LintReport &lint);

} // namespace spfm::verify
