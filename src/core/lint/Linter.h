#pragma once

#include "dns/Resolver.h"
#include "lint/Codes.h"
#include "lint/Diagnostic.h"
#include "net/IpAddress.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <cstdint>
#include <optional>

namespace spfm::lint {

struct LintOptions
{
    int maxDnsTerms = 10;      // RFC 7208 §4.6.4
    int headroomWarningAt = 8; // SPF402 from this many lookups up to maxDnsTerms
    int maxVoidLookups = 2;    // §4.6.4
    int maxMxNames = 10;       // §4.6.4
    int broadIpv4Prefix = 12;  // ip4 networks shorter than this prefix are "too broad" (SPF503)
    int broadIpv6Prefix = 32;  // same for ip6
    int maxTreeNodes = 256;    // the tree walk stops past this many records (a fan-out of includes is finite but huge)
    bool checkIpv6Hosts = false; // when the policy lists ip6, also ask AAAA for a/mx hosts (SPF413)
    bool querySpfType = true;    // lintDomain: also ask the obsolete type 99 (SPF307, SPF308)
    // The per-path count follows this client address instead of the worst case (an address no term matches): the
    // lookups a receiver spends for it, lazily, and where it stops. a/mx hosts are then asked the client's family
    // (AAAA for IPv6). ptr never matches in the linter (it needs the client's PTR names); use check_host for that.
    std::optional<net::IpAddress> clientIp;
    // The domain sends no mail: its record should be exactly "v=spf1 -all" (SPF506); lintDomain also wants a null MX
    // (RFC 7505, SPF507) and a DMARC policy p=reject (SPF508).
    bool parked = false;
};

// Pending: a live resolver has not answered every question yet. Every independent question was asked; run the same
// call again when answers arrive (the walk is deterministic and answers come from the resolver's cache).
enum class LintStatus : std::uint8_t { Complete, Pending };

// One DNS-querying term (§4.6.4) as spent along a count: which term spent the count-th lookup.
struct LookupSpend
{
    int node = -1; // index in LintReport::nodes
    int term = -1; // index in that node's terms
    QByteArray domain;
    QByteArray termText;
    int termOffset = 0;
    int count = 0; // running total after this spend
};

// A term of a record in the tree, with what it costs.
struct TermReport
{
    QByteArray text;
    int offset = 0;
    bool queriesDns = false; // one of include a mx ptr exists redirect: costs one of the ten (§4.6.4)
    int staticTotal = 0;     // static running total after this term (depth-first over the whole tree)
    bool pastStaticLimit = false;
    // Running total on the worst-case path (a client IP that no term matches, lazy evaluation) after this term;
    // -1 when that evaluation never reaches the term (after all, redirect beside all, after the limit stopped it).
    int pathTotal = -1;
    bool pastPathLimit = false; // the path reaches this lookup only past the limit: receivers stop with permerror
    bool dead = false;          // never evaluated for any client (after all, or a redirect beside all)
    bool voidLookup = false;    // its query answered NXDOMAIN or no records (§4.6.4)
    int mxNames = -1;           // mx: how many exchange names the MX answer had; -1 when not asked
    QList<QByteArray> queries;  // the questions it asked, "name/TYPE: answer"
    int child = -1;             // include/redirect: the index of the target's node
    QString note;               // why it is not followed, what went wrong
};

// A record in the include/redirect tree.
struct TreeNode
{
    enum class State : std::uint8_t {
        Ok,
        NoRecord,        // no v=spf1 TXT record (or NXDOMAIN)
        MultipleRecords, // more than one v=spf1 record: permerror (§4.5)
        SyntaxError,     // the record does not parse: permerror (§4.6)
        DnsError,        // the TXT query failed: temperror (§4.4)
        Loop,            // the domain is already on the chain from the root
        Unresolved,      // the target uses macros that depend on the message (%{i}, %{s}...): not followed
        NotWalked,       // the walk stopped (LintOptions::maxTreeNodes)
        Pending,         // the resolver has not answered yet
    };
    QByteArray domain;
    QByteArray recordText;
    State state = State::Ok;
    int parent = -1;     // index of the node whose term points here; -1 for the root
    int parentTerm = -1; // index of that term in the parent
    bool viaRedirect = false;
    int depth = 0;
    QList<TermReport> terms;
    QString detail; // what went wrong, for states other than Ok
};

QByteArray stateName(TreeNode::State state);

struct LintReport
{
    LintStatus status = LintStatus::Complete;
    Diagnostics diagnostics;
    // nodes[0] is the root; walked whole, even far past the limit, so the tree can be shown whole. Empty when there is
    // no single SPF record to walk (the text is not one; lintDomain found none or several).
    QList<TreeNode> nodes;

    int staticLookups = 0;     // every DNS-querying term in the tree, as a linter counts
    int staticVoidLookups = 0; // every void lookup in the tree
    // The path a receiver evaluates lazily: for LintOptions::clientIp, or else the worst case (an address no term
    // matches). Counted on past the limit so the overshoot shows.
    int pathLookups = 0;
    int pathVoidLookups = 0;
    QByteArray worstCaseIp; // the client address of the path: clientIp, or an example that no term matches
    // How the path ends: "pass", "fail", "softfail", "neutral", "none", "permerror" (also past either limit),
    // "temperror", or "unknown" when the walk could not see far enough (pending answers, targets built from the
    // message). Empty when there is no tree.
    QByteArray pathResult;
    QList<LookupSpend> staticSpends; // who spent each lookup of staticLookups
    QList<LookupSpend> pathSpends;   // who spent each lookup of pathLookups, in evaluation order
    QList<LookupSpend> voidSpends;   // the terms whose query was void (static)

    Severity worst() const { return worstSeverity(diagnostics); }
    QJsonObject toJson() const;
};

// Checks that need only the record text (no DNS): syntax, all/redirect placement, modifiers, duplicates, netblocks,
// size and encoding, and the record's own lookups (SPF401/SPF402 from its own DNS-querying terms, a lower bound:
// includes are not followed). Diagnostics carry no domain.
Diagnostics lintRecordText(QByteArrayView text, const LintOptions &options = {});

// The same, for a record given as its DNS character-strings (as published): adds the 255-octet string limit (§3.3) and
// strings that fuse into a broken term when joined without spaces.
Diagnostics lintRecordStrings(const QList<QByteArray> &strings, const LintOptions &options = {});

// A record text (published or not) at domain, with its include/redirect tree followed through resolver. domain is
// what %{d} expands to and where a bare a/mx look.
LintReport lintRecordTree(QByteArrayView recordText, QByteArrayView domain, dns::Resolver &resolver,
                          const LintOptions &options = {});

// The record published at domain: fetches TXT (and type 99), checks the publishing (no record, several, Sender ID,
// strings), then lints it as lintRecordTree does.
LintReport lintDomain(QByteArrayView domain, dns::Resolver &resolver, const LintOptions &options = {});

} // namespace spfm::lint
