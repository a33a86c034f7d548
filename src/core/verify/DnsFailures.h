#pragma once

#include "dns/DnsTypes.h"
#include "lint/Linter.h"
#include "verify/DomainResult.h"

namespace spfm::verify {

// RFC 7208 §4.4: a DNS query that fails makes the receiver's result temperror, a transient state that says nothing
// about what is published. These keep such failures apart from findings about the records, so that a name whose only
// "errors" are failed queries is reported as unreachable (could not check, exit 3), never as broken (exit 2).

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
// made makes the name unreachable (failure says which); else the worst severity.
struct Judgement
{
    Status status = Status::Ok;
    DnsFailure failure;
};
Judgement judge(const lint::Diagnostics &diagnostics, const lint::LintReport &lint);

} // namespace spfm::verify
