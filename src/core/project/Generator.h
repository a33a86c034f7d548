#pragma once

#include "lint/Diagnostic.h"
#include "project/Project.h"

#include <QByteArray>
#include <QList>

namespace spfm::project {

enum class RecordType : std::uint8_t { Txt, Mx, Spf /* the obsolete type 99, RFC 7208 §3.1 */ };
QByteArray recordTypeName(RecordType type); // "TXT", "MX", "SPF"
quint16 recordTypeNumber(RecordType type);  // 16, 15, 99

// Why the set-up needs a record.
enum class RecordRole : std::uint8_t {
    PrimaryPolicy, // the primary domain's own policy
    IncludeTarget, // the dedicated name dependents include, holding the same policy
    Dependent,     // v=spf1 include:<target> [terms] <q>all
    Parked,        // v=spf1 -all
    NullMx,        // RFC 7505 "MX 0 ."
    Dmarc,         // _dmarc.<parked> "v=DMARC1; p=reject"
    Helo,          // a mail server's HELO name, authorising exactly its addresses (RFC 7208 §2.3)
};
QByteArray
recordRoleName(RecordRole role); // "primary", "include-target", "dependent", "parked", "null-mx", "dmarc", "helo"

struct GeneratedRecord
{
    QByteArray owner; // ACE, lower-case, without the trailing dot
    QByteArray zone;  // the zone block it goes into: the closest project domain above it, else the owner itself
    RecordType type = RecordType::Txt;
    RecordRole role = RecordRole::PrimaryPolicy;
    quint32 ttl = kDefaultTtl;
    // TXT and SPF: the whole text, unsplit (exporters split it with txtStrings()). MX: "0 .".
    QByteArray text;

    // SPF policies only: DNS-querying terms (RFC 7208 §4.6.4) counted through the project's own include
    // (dependent = 1 + the primary's total + its own terms); -1 for other records.
    int lookups = -1;
    // True when the policy includes or redirects to names outside the project, whose own lookups add to `lookups`.
    bool lookupsAtLeast = false;
    lint::Diagnostics diagnostics; // this record's lint findings (domain set to owner)

    bool isSpfPolicy() const
    {
        return type == RecordType::Spf || (type == RecordType::Txt && text.startsWith("v=spf1"));
    }
};

// TXT rdata as DNS character-strings: split every 255 octets (RFC 1035 §3.3.14). Receivers join them without
// spaces (RFC 7208 §3.3), so any split point is correct. An empty text is one empty string.
QList<QByteArray> txtStrings(const QByteArray &text);

struct Generation
{
    QList<GeneratedRecord> records;
    lint::Diagnostics diagnostics; // about the set-up as a whole (HELO names, type 99, +all)

    // Every diagnostic, the project's then each record's.
    lint::Diagnostics allDiagnostics() const;
    lint::Severity worst() const;
    // A record would break a hard limit (more than 10 lookups, a syntax error): exporting it would publish permerror.
    bool hasErrors() const { return worst() == lint::Severity::Error; }
    // Distinct zones in the order their first record appears.
    QList<QByteArray> zones() const;
};

struct GeneratorOptions
{
    bool lint = true; // run the linter over each policy (the benchmark measures both ways)
};

// Every record the project needs, in a stable order: the primary's zone first (policy, include target, HELO names
// inside it), then each dependent's zone in project order, then HELO names outside every project domain.
// Terms are written exactly as the project holds them; modifiers (redirect=, exp=, unknown ones) go after the closing
// all, mechanisms keep their order.
Generation generate(const Project &project, const GeneratorOptions &options = {});

// Project-level diagnostic codes (documented in docs/project-format.md); lint codes are used where one fits.
inline constexpr const char *kHeloNameHasPolicy = "PRJ001"; // a HELO name is also a project domain: no separate record
inline constexpr const char *kRedirectBesideAll = "PRJ002"; // a policy has redirect= and all: the redirect is ignored
inline constexpr const char *kServerNotAuthorised = "PRJ003"; // the primary's policy does not pass a project server

} // namespace spfm::project
