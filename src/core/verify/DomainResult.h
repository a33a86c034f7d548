#pragma once

#include "lint/Diagnostic.h"
#include "lint/Linter.h"
#include "net/IpAddress.h"
#include "spf/CheckHost.h"
#include "verify/RecordDiff.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <cstdint>

namespace spfm::verify {

enum class Status : std::uint8_t { Ok, Warning, Error, Unreachable };
QByteArray statusName(Status s); // "ok", "warning", "error", "unreachable"

// Why the project expects a record at a name. A name can have several roles (the primary is also a HELO name).
enum class Role : std::uint8_t { Primary, IncludeTarget, Dependent, Parked, Helo };
QByteArray roleName(Role r); // "primary", "include-target", "dependent", "parked", "helo"

// check_host() run for one mail-server address as the domain's sender (postmaster@domain) or as its HELO name.
struct ServerCheck
{
    QByteArray server; // the mail server's host name (its HELO name)
    net::IpAddress address;
    spf::Identity identity = spf::Identity::MailFrom;
    QByteArray sender; // postmaster@domain, or postmaster@helo for the HELO identity
    spf::Result result = spf::Result::None;
    QByteArray matchedDomain;
    QByteArray matchedTerm;
    QString problem; // permerror/temperror: what went wrong

    bool passed() const { return result == spf::Result::Pass; }
    QJsonObject toJson() const;
};

// One authoritative server's view of the name (authoritative mode only).
struct ServerView
{
    QString server;     // "192.0.2.53:53"
    quint32 serial = 0; // the zone's SOA serial as this server serves it
    bool serialKnown = false;
    QList<QByteArray> records; // the v=spf1 TXT texts it serves
    QString error;             // the query failed: why
};

// Why a name could not be checked (status unreachable). RFC 7208 §4.4: a failed DNS query makes the receiver's result
// temperror, so the failure is transient and says nothing about the record; still, "nobody answered" (a dead or
// firewalled server) and "a server answered SERVFAIL" (a broken zone, DNSSEC failure, lame delegation) need different
// fixes, so they are told apart.
struct DnsFailure
{
    enum class Kind : std::uint8_t {
        None,
        NoAnswer,    // the name's own TXT query: no usable reply (timeout, network error, the run's deadline)
        ServerError, // the name's own TXT query: a server answered SERVFAIL, REFUSED or FORMERR
        CheckFailed, // the name's record was read, but a query a check needed failed (e.g. the include target's)
    };
    Kind kind = Kind::None;
    QByteArray rcode; // "TIMEOUT", "SERVFAIL"... (dns::responseCodeName)
    QString detail;   // which server, after how long

    bool isSet() const { return kind != Kind::None; }
    QJsonObject toJson() const; // {"reason": "no-answer" | "server-error" | "check-failed", "rcode", "detail"}
};
QByteArray failureReasonName(DnsFailure::Kind kind);

// Everything the verification found about one name.
struct DomainResult
{
    QByteArray domain;
    QList<Role> roles;
    Status status = Status::Ok;
    lint::Diagnostics diagnostics; // the linter's on what is published, then the verification's (VFYnnn)

    QList<QByteArray> published; // the v=spf1 TXT texts published (joined strings); several is an error
    quint32 publishedTtl = 0;    // of the (first) published policy, as the resolver saw it; 0 when none
    QByteArray expected;         // the policy the project generates; empty when it generates none here
    quint32 expectedTtl = 0;
    RecordDiff diff;           // published (the only one) against expected; empty unless exactly one is published
    QByteArray aliasTarget;    // the name is a CNAME to this name
    QList<ServerCheck> checks; // check_host per mail-server address, MAIL FROM and HELO
    QList<ServerView> servers; // authoritative mode
    DnsFailure failure;        // set when status is unreachable: why
    lint::LintReport lint;     // the whole tree as published (for the GUI's tree view)

    bool hasRole(Role r) const { return roles.contains(r); }
    // Without the lint tree unless withTree (its JSON is large).
    QJsonObject toJson(bool withTree = false) const;
};

struct Summary
{
    int total = 0; // names to check
    int done = 0;  // names checked (less than total after cancel())
    int ok = 0;
    int warnings = 0;
    int errors = 0;
    int unreachable = 0;
    bool cancelled = false;
    qint64 elapsedMs = 0;

    // The CLI's exit code: 0 every name ok, 1 warnings only, 2 any error, 3 nothing worse than warnings but some
    // names (or all, or a cancelled run) could not be checked.
    int exitCode() const;
    Status worst() const;
    QJsonObject toJson() const;
};

} // namespace spfm::verify

Q_DECLARE_METATYPE(spfm::verify::DomainResult)
Q_DECLARE_METATYPE(spfm::verify::Summary)
