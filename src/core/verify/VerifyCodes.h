#pragma once

#include "lint/Diagnostic.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <cstdint>

namespace spfm::verify {

// Findings only a verification can make: a project's expectations against what DNS publishes. The linter's codes
// (SPFnnn) cover the record itself; these are "VFY" + number, stable, never reused, documented in
// docs/diagnostics.md ("Verification of a project").
//   1xx  what is published at the name: differences from the project, aliases, wildcards
//   2xx  the dependent/primary model (include of the primary, lookup budget)
//   3xx  mail servers: check_host for each address, as MAIL FROM and as HELO
//   4xx  parked domains
//   5xx  the DNS itself: servers that disagree, answers that could not be had
enum class Code : std::uint16_t {
    RecordDiffers = 101,  // the published policy is not the generated one (term-level diff in the message)
    TxtBesideCname = 102, // the name holds a CNAME and TXT data (RFC 1034 §3.6.2)
    NameIsAlias = 103,    // the name is a CNAME: the policy is read from the target, the project's cannot be put here
    WildcardCoversName = 104, // the name's TXT set is the wildcard's (RFC 4592)
    WildcardBesideName = 105, // a wildcard TXT publishes SPF for every other name under the parent
    BrokenAlias = 106,        // a CNAME chain a check needs loops or is too long: temperror for receivers, fixable data

    MissingInclude = 201,           // a dependent does not include the primary's policy
    RedirectInsteadOfInclude = 202, // redirect= where the model says include: (§6.1)
    DependentBudget = 203,          // the include of the primary spends most of a dependent's ten lookups (§4.6.4)

    ServerNotAuthorised = 301, // check_host(mail server address, postmaster@domain) is not pass
    HeloNotAuthorised = 302,   // check_host of the HELO identity is not pass (§2.3)
    SubdomainNoRecord = 303,   // a HELO name below a sending domain, used in MAIL FROM, has no record (§4.3, F05)

    ParkedNotDenyAll = 401, // a parked domain's policy is not "v=spf1 -all"
    ParkedNoNullMx = 402,   // RFC 7505
    ParkedNoDmarcReject = 403,

    ServersDisagree = 501, // authoritative servers serve different records or serials
    QueryFailed = 502,     // a query needed for a check failed: that check could not be made
    NoAnswer = 503,        // no server answered the name's own TXT query: the name could not be checked (§4.4)
    ServerFailure = 504,   // a server answered the name's TXT query with SERVFAIL/REFUSED: not checked (§4.4)
    CheckTempError = 505,  // check_host gave temperror (a query on its way failed): that server was not checked
};

struct CodeInfo
{
    Code code;
    lint::Severity severity;
    const char *rfcSection; // empty when no RFC rule is behind it
    const char *title;
};

QByteArray codeName(Code code); // "VFY101"
const CodeInfo &codeInfo(Code code);
const QList<CodeInfo> &allCodes();

// A diagnostic of this code, with the code's severity and RFC section.
lint::Diagnostic makeDiagnostic(Code code, const QByteArray &domain, QString message, QString fix,
                                const QByteArray &term = {});

} // namespace spfm::verify
