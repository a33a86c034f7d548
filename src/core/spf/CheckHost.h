#pragma once

#include "dns/Resolver.h"
#include "net/IpAddress.h"
#include "spf/Record.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <cstdint>

namespace spfm::spf {

// RFC 7208 §2.6
enum class Result : std::uint8_t { None, Neutral, Pass, Fail, SoftFail, TempError, PermError };
QByteArray resultName(Result r); // "pass", "permerror", ...

// Which identity is checked (§2.3, §2.4).
enum class Identity : std::uint8_t { MailFrom, Helo };

struct CheckHostRequest
{
    net::IpAddress ip;
    QByteArray sender; // MAIL FROM as given; empty means the null reverse-path (then postmaster@helo, §2.4)
    QByteArray helo;   // HELO/EHLO name
    Identity identity = Identity::MailFrom; // Helo: check the HELO name itself (sender becomes postmaster@helo)
    QByteArray receiver = "unknown";        // for %{r} and the Received-SPF header
    qint64 timestamp = 0;                   // for %{t}; 0 = now
    // Limits of §4.6.4, adjustable only for experiments; defaults are the RFC's.
    int maxDnsTerms = 10;
    int maxVoidLookups = 2;
    int maxMxNames = 10;
    int maxPtrNames = 10;
    // The trace costs allocations on every query; bulk callers (benchmarks, the verifier's fast path) may turn it off.
    bool collectTrace = true;
};

// One lookup spent against a limit, and who spent it.
struct LookupUse
{
    QByteArray domain; // the domain whose record holds the term
    QByteArray term;   // the term as written
    int termOffset = 0;
    int count = 0; // running total after this use
};

// A term in a record: where a match happened, outermost first.
struct TermRef
{
    QByteArray domain;
    QByteArray term;
    int termOffset = 0;
};

// One line of the evaluation trace: every term evaluated and every DNS query with its answer.
struct TraceEvent
{
    enum class Kind : std::uint8_t { Record, Term, Query, Note, Result };
    Kind kind = Kind::Note;
    int depth = 0;     // include/redirect nesting
    QByteArray domain; // the domain being evaluated
    QByteArray text;   // term text, query "name/TYPE", record text...
    QString detail;    // match/no match, the answer, the note
};

struct CheckHostResult
{
    // Pending: a live resolver has not answered yet; run again when it has (the evaluation is deterministic).
    enum class Status : std::uint8_t { Complete, Pending };
    Status status = Status::Complete;

    Result result = Result::None;
    QByteArray domain;        // the domain checked (sender's domain, or the HELO name)
    QByteArray sender;        // the sender used (postmaster@... when it was null)
    QByteArray matchedDomain; // record that held the matching term
    QByteArray matchedTerm;   // the mechanism that matched, as written; empty when none did
    // matchedDomain/matchedTerm are the deciding term of the checked domain's own record (after redirects: of the
    // record that gave the result); an include that matched is followed down to the term inside it, outermost first.
    QList<TermRef> matchChain;
    QString explanation; // from exp= (§6.2) on fail; otherwise empty
    QString problem;     // for permerror/temperror: what went wrong, where
    int dnsLookups = 0;  // terms that queried DNS (§4.6.4)
    // Terms whose own query (a: A/AAAA, mx: MX, ptr: PTR, exists: A) was NXDOMAIN or NODATA (§4.6.4). The address
    // lookups of MX hosts and PTR names and the exp= lookup are not counted.
    int voidLookups = 0;
    QList<LookupUse> lookupUses; // one per DNS-querying term
    QList<LookupUse> voidUses;   // one per void lookup
    QList<TraceEvent> trace;
    // With Status::Pending: the questions the resolver has not answered yet (all were asked; re-run when answered).
    QList<dns::Question> pendingQuestions;

    // RFC 7208 §9.1 "Received-SPF:" header field with the field name, folded with CRLF SP before column 78, no
    // final CRLF; printable ASCII only (anything else from DNS or the envelope becomes '?').
    QByteArray receivedSpfHeader() const;
    // RFC 8601 method result fragment, e.g.
    // "spf=pass (domain of a@example.com designates 192.0.2.1 as permitted sender) smtp.mailfrom=example.com";
    // errors add reason="<problem>"; the HELO identity gives smtp.helo=<name>.
    QByteArray authenticationResults() const;

    // Filled from the request for the headers.
    net::IpAddress ip;
    QByteArray helo;
    QByteArray receiver;
    QByteArray envelopeFrom; // MAIL FROM as given; empty for the null reverse-path
    Identity identity = Identity::MailFrom;
};

// check_host() of RFC 7208 §4. Never throws; DNS goes through resolver only.
CheckHostResult checkHost(const CheckHostRequest &request, dns::Resolver &resolver);

} // namespace spfm::spf
