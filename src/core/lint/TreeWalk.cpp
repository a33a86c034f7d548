#include "lint/TreeWalk.h"

#include "dns/DnsTypes.h"
#include "lint/LintSupport.h"
#include "lint/TextChecks.h"
#include "spf/Macro.h"
#include "spf/Parser.h"

#include <QCoreApplication>
#include <QHash>

namespace spfm::lint::detail {

namespace {

using spf::Mechanism;
using spf::Modifier;
using spf::Qualifier;
using spf::Term;
using State = TreeNode::State;

// What the walker knows of a term beyond TermReport: the addresses behind a/mx, and what stops an evaluation there.
struct TermFacts
{
    QList<net::IpAddress> addresses;
    bool lookupFailed = false; // a DNS error: receivers return temperror here
    bool tooManyMx = false;    // §4.6.4: permerror
    bool unresolved = false;   // the target depends on the message
};

struct NodeFacts
{
    spf::Record record;
    QList<TermFacts> terms;
};

// The outcome of evaluating a record for a client address that no term matches (§4.6.2, §5.2, §6.1).
enum class Outcome : std::uint8_t { Pass, Fail, SoftFail, Neutral, None, PermError, TempError, Unknown };

Outcome outcomeOf(Qualifier q)
{
    switch (q) {
    case Qualifier::Pass: return Outcome::Pass;
    case Qualifier::Fail: return Outcome::Fail;
    case Qualifier::SoftFail: return Outcome::SoftFail;
    case Qualifier::Neutral: return Outcome::Neutral;
    }
    return Outcome::Neutral;
}

QByteArray outcomeName(Outcome o)
{
    switch (o) {
    case Outcome::Pass: return "pass";
    case Outcome::Fail: return "fail";
    case Outcome::SoftFail: return "softfail";
    case Outcome::Neutral: return "neutral";
    case Outcome::None: return "none";
    case Outcome::PermError: return "permerror";
    case Outcome::TempError: return "temperror";
    case Outcome::Unknown: return "unknown";
    }
    return "unknown";
}

QString answerSummary(const dns::Answer &a)
{
    if (a.rcode == dns::ResponseCode::NxDomain)
        return QStringLiteral("NXDOMAIN");
    if (a.isError())
        return QString::fromLatin1(dns::responseCodeName(a.rcode));
    if (a.records.isEmpty())
        return QCoreApplication::translate("spfm::lint", "no records");
    return QCoreApplication::translate("spfm::lint", "%1 record(s)").arg(a.records.size());
}

class Walker
{
public:
    Walker(dns::Resolver &resolver, const LintOptions &options, LintReport &report)
        : m_resolver(resolver)
        , m_options(options)
        , m_report(report)
    {
        if (options.clientIp) {
            // §5: an IPv4-mapped IPv6 client is an IPv4 client.
            m_clientIp = options.clientIp->mappedV4().value_or(*options.clientIp);
            m_clientV6 = m_clientIp->isV6();
        }
    }

    void run(QByteArrayView recordText, QByteArrayView domain)
    {
        const int root = newNode(dns::normalizeName(domain), -1, -1, false);
        m_report.nodes[root].recordText = recordText.toByteArray();
        m_facts[root].record = spf::parseRecord(recordText);
        const spf::Record &record = m_facts[root].record;
        for (const Term &t : record.terms) {
            if (t.isValid() && t.isMechanism() && t.mechanism == Mechanism::Ip6)
                m_policyHasIp6 = true;
        }
        if (!spf::isSpfRecord(recordText)) {
            m_report.nodes[root].state = State::SyntaxError;
            m_report.nodes[root].detail = QCoreApplication::translate("spfm::lint", "not an SPF version 1 record");
            return;
        }
        QList<QByteArray> chain{m_report.nodes[root].domain};
        walkRecord(root, chain);
        evaluatePath();
        if (m_pending)
            m_report.status = LintStatus::Pending;
    }

private:
    std::optional<dns::Answer> ask(int node, int term, QByteArrayView name, dns::RRType type)
    {
        const dns::Question q(name, type);
        auto it = m_cache.constFind(q);
        std::optional<dns::Answer> answer;
        if (it != m_cache.constEnd()) {
            answer = *it;
        } else {
            answer = m_resolver.lookup(q);
            if (answer)
                m_cache.insert(q, *answer);
        }
        if (!answer)
            m_pending = true;
        if (term >= 0) {
            m_report.nodes[node].terms[term].queries.append(
                q.name + '/' + dns::typeName(type) + ": " +
                (answer ? answerSummary(*answer).toUtf8() : QByteArray("pending")));
        }
        return answer;
    }

    int newNode(const QByteArray &domain, int parent, int parentTerm, bool viaRedirect)
    {
        TreeNode n;
        n.domain = domain;
        n.parent = parent;
        n.parentTerm = parentTerm;
        n.viaRedirect = viaRedirect;
        n.depth = parent < 0 ? 0 : m_report.nodes[parent].depth + 1;
        m_report.nodes.append(std::move(n));
        m_facts.append(NodeFacts{});
        return int(m_report.nodes.size() - 1);
    }

    void add(Code code, int node, const Term *term, QString message, QString fix)
    {
        Diagnostic d = makeDiagnostic(code, term ? term->text : QByteArray(), term ? term->offset : -1,
                                      std::move(message), std::move(fix));
        d.domain = m_report.nodes[node].domain;
        m_report.diagnostics.append(std::move(d));
    }

    // Fetches the SPF record of a target and walks it.
    void fetchAndWalk(int node, QList<QByteArray> &chain)
    {
        TreeNode &n = m_report.nodes[node];
        const std::optional<dns::Answer> answer = ask(node, -1, n.domain, dns::RRType::TXT);
        if (!answer) {
            m_report.nodes[node].state = State::Pending;
            return;
        }
        if (answer->isError()) {
            m_report.nodes[node].state = State::DnsError;
            m_report.nodes[node].detail =
                QCoreApplication::translate("spfm::lint", "TXT query failed: %1").arg(answerSummary(*answer));
            return;
        }
        QList<QByteArray> records;
        for (const dns::ResourceRecord &rr : answer->records) {
            const QByteArray text = rr.joinedText();
            if (spf::isSpfRecord(text))
                records.append(text);
        }
        if (records.isEmpty()) {
            m_report.nodes[node].state = State::NoRecord;
            m_report.nodes[node].detail =
                answer->rcode == dns::ResponseCode::NxDomain
                    ? QCoreApplication::translate("spfm::lint", "the domain does not exist (NXDOMAIN)")
                    : QCoreApplication::translate("spfm::lint", "no v=spf1 TXT record");
            return;
        }
        m_report.nodes[node].recordText = records.first();
        m_facts[node].record = spf::parseRecord(records.first());
        if (records.size() > 1) {
            m_report.nodes[node].state = State::MultipleRecords;
            m_report.nodes[node].detail =
                QCoreApplication::translate("spfm::lint", "%1 v=spf1 records").arg(records.size());
        }
        walkRecord(node, chain);
    }

    void walkRecord(int node, QList<QByteArray> &chain)
    {
        const spf::Record &record = m_facts[node].record;
        if (!record.isValid() && m_report.nodes[node].state == State::Ok) {
            m_report.nodes[node].state = State::SyntaxError;
            m_report.nodes[node].detail = record.issues.first().message.isEmpty()
                                              ? QCoreApplication::translate("spfm::lint", "%1 is not valid")
                                                    .arg(quoted(record.issues.first().term))
                                              : record.issues.first().message;
        }
        const int firstAll = firstAllIndex(record);
        bool redirectSeen = false;
        const qsizetype count = record.terms.size();
        m_facts[node].terms.resize(count);
        m_report.nodes[node].terms.reserve(count);
        for (const Term &t : record.terms) {
            TermReport tr;
            tr.text = t.text;
            tr.offset = t.offset;
            tr.queriesDns = t.isValid() && t.queriesDns();
            m_report.nodes[node].terms.append(tr);
        }
        // Children are appended to m_facts while walking: index afresh, never hold references across walkTerm.
        for (qsizetype i = 0; i < count; ++i) {
            const Term &t = m_facts[node].record.terms[i];
            if (!t.isValid())
                continue;
            TermReport &tr = m_report.nodes[node].terms[i];
            tr.dead = firstAll >= 0 && (i > firstAll || (t.isModifier() && t.modifier == Modifier::Redirect));
            if (t.isModifier() && t.modifier == Modifier::Redirect) {
                // §6: a second redirect is a syntax error; walk the first only.
                if (redirectSeen)
                    continue;
                redirectSeen = true;
            }
            if (tr.queriesDns)
                spendStatic(node, int(i));
            walkTerm(node, int(i), chain);
        }
    }

    void spendStatic(int node, int term)
    {
        ++m_report.staticLookups;
        TermReport &tr = m_report.nodes[node].terms[term];
        tr.staticTotal = m_report.staticLookups;
        tr.pastStaticLimit = m_report.staticLookups > m_options.maxDnsTerms;
        m_report.staticSpends.append(
            {node, term, m_report.nodes[node].domain, tr.text, tr.offset, m_report.staticLookups});
    }

    void markVoid(int node, int term)
    {
        TermReport &tr = m_report.nodes[node].terms[term];
        tr.voidLookup = true;
        ++m_report.staticVoidLookups;
        m_report.voidSpends.append(
            {node, term, m_report.nodes[node].domain, tr.text, tr.offset, m_report.staticVoidLookups});
    }

    std::optional<QByteArray> targetOf(int node, int term)
    {
        const Term &t = m_facts[node].record.terms[term];
        const QByteArray &spec = t.isModifier() ? t.value : t.domainSpec;
        if (t.isMechanism() && !t.hasDomainSpec)
            return m_report.nodes[node].domain;
        std::optional<QByteArray> target = staticDomain(spec, m_report.nodes[node].domain);
        if (!target) {
            m_facts[node].terms[term].unresolved = true;
            m_report.nodes[node].terms[term].note =
                QCoreApplication::translate("spfm::lint", "the target depends on the message (%1); not followed")
                    .arg(QString::fromUtf8(spec));
            add(Code::TargetDependsOnMacros, node, &t,
                QCoreApplication::translate(
                    "spfm::lint", "%1 names a domain built from the message being checked; the linter cannot follow it "
                                  "and counts it as one lookup.")
                    .arg(quoted(t.text)),
                QCoreApplication::translate(
                    "spfm::lint", "Nothing to fix if this is intended; check it with check-host for a real sender."));
        }
        return target;
    }

    // Asks A (and AAAA when asked to) for a host of an a/mx term. Returns false when nothing answered with addresses.
    bool resolveHost(int node, int term, const QByteArray &host, bool countVoid)
    {
        const Term &t = m_facts[node].record.terms[term];
        TermFacts &facts = m_facts[node].terms[term];
        // §5.3: the client's family decides which address records a/mx ask for.
        const dns::RRType primary = m_clientV6 ? dns::RRType::AAAA : dns::RRType::A;
        const std::optional<dns::Answer> a = ask(node, term, host, primary);
        if (!a)
            return true;
        if (a->isError()) {
            facts.lookupFailed = true;
            add(Code::TermLookupFailed, node, &t,
                QCoreApplication::translate("spfm::lint",
                                            "The %1 query for %2 failed (%3): receivers return temperror here.")
                    .arg(QString::fromLatin1(dns::typeName(primary)), QString::fromUtf8(host), answerSummary(*a)),
                QCoreApplication::translate("spfm::lint", "Fix the DNS servers of %1, or remove the term.")
                    .arg(QString::fromUtf8(host)));
            return true;
        }
        for (const dns::ResourceRecord &rr : a->records)
            facts.addresses.append(rr.address);
        if (countVoid && a->isVoid())
            markVoid(node, term);
        if (m_options.checkIpv6Hosts && m_policyHasIp6 && !m_clientV6) {
            const std::optional<dns::Answer> aaaa = ask(node, term, host, dns::RRType::AAAA);
            if (aaaa && !aaaa->isError()) {
                for (const dns::ResourceRecord &rr : aaaa->records)
                    facts.addresses.append(rr.address);
                if (aaaa->isVoid() && !a->isVoid()) {
                    add(Code::NoIpv6Address, node, &t,
                        QCoreApplication::translate(
                            "spfm::lint", "%1 has no AAAA record although the policy lists IPv6 networks: %2 never "
                                          "matches an IPv6 client and costs a void lookup for it.")
                            .arg(QString::fromUtf8(host), quoted(t.text)),
                        QCoreApplication::translate(
                            "spfm::lint", "Publish the AAAA record of %1, or list its IPv6 address with ip6:.")
                            .arg(QString::fromUtf8(host)));
                }
            }
        }
        return !a->isVoid();
    }

    void reportVoid(int node, int term, const QByteArray &name, const char *type)
    {
        const Term &t = m_facts[node].record.terms[term];
        add(Code::VoidLookup, node, &t,
            QCoreApplication::translate(
                "spfm::lint", "%1 looks up %2/%3, which has no records: the term never matches and counts as a void "
                              "lookup (at most 2 allowed).")
                .arg(quoted(t.text), QString::fromUtf8(name), QString::fromLatin1(type)),
            QCoreApplication::translate("spfm::lint", "Remove %1, or publish the %2 record of %3.")
                .arg(quoted(t.text), QString::fromLatin1(type), QString::fromUtf8(name)));
    }

    void walkTerm(int node, int term, QList<QByteArray> &chain)
    {
        const Term t = m_facts[node].record.terms[term]; // a copy: m_facts grows while children are walked
        if (t.isModifier()) {
            if (t.modifier == Modifier::Redirect)
                walkChild(node, term, t, true, chain);
            else if (t.modifier == Modifier::Exp)
                checkExp(node, term, t);
            return;
        }
        switch (t.mechanism) {
        case Mechanism::Include: walkChild(node, term, t, false, chain); return;
        case Mechanism::A: {
            const std::optional<QByteArray> host = targetOf(node, term);
            if (host && !resolveHost(node, term, *host, true))
                reportVoid(node, term, *host, m_clientV6 ? "AAAA" : "A");
            return;
        }
        case Mechanism::Mx: walkMx(node, term, t); return;
        case Mechanism::Ptr:
            m_report.nodes[node].terms[term].note =
                QCoreApplication::translate("spfm::lint", "needs the client's address; not looked up");
            return;
        case Mechanism::Exists: {
            const std::optional<QByteArray> host = targetOf(node, term);
            if (!host)
                return;
            const std::optional<dns::Answer> a = ask(node, term, *host, dns::RRType::A);
            if (!a)
                return;
            if (a->isError()) {
                m_facts[node].terms[term].lookupFailed = true;
                add(Code::TermLookupFailed, node, &t,
                    QCoreApplication::translate("spfm::lint",
                                                "The A query for %1 failed (%2): receivers return temperror here.")
                        .arg(QString::fromUtf8(*host), answerSummary(*a)),
                    QCoreApplication::translate("spfm::lint", "Fix the DNS servers of %1, or remove the term.")
                        .arg(QString::fromUtf8(*host)));
            } else if (a->isVoid()) {
                markVoid(node, term);
                reportVoid(node, term, *host, "A");
            } else {
                m_facts[node].terms[term].addresses.append(a->records.first().address);
            }
            return;
        }
        case Mechanism::All:
        case Mechanism::Ip4:
        case Mechanism::Ip6: return;
        }
    }

    void walkMx(int node, int term, const Term &t)
    {
        const std::optional<QByteArray> domain = targetOf(node, term);
        if (!domain)
            return;
        const std::optional<dns::Answer> mx = ask(node, term, *domain, dns::RRType::MX);
        if (!mx)
            return;
        TermFacts &facts = m_facts[node].terms[term];
        if (mx->isError()) {
            facts.lookupFailed = true;
            add(Code::TermLookupFailed, node, &t,
                QCoreApplication::translate("spfm::lint",
                                            "The MX query for %1 failed (%2): receivers return temperror here.")
                    .arg(QString::fromUtf8(*domain), answerSummary(*mx)),
                QCoreApplication::translate("spfm::lint", "Fix the DNS servers of %1, or remove the term.")
                    .arg(QString::fromUtf8(*domain)));
            return;
        }
        m_report.nodes[node].terms[term].mxNames = int(mx->records.size());
        if (mx->isVoid()) {
            markVoid(node, term);
            reportVoid(node, term, *domain, "MX");
            return;
        }
        // RFC 7505: a single MX with the root as exchange says the domain accepts no mail.
        if (mx->records.size() == 1 && (mx->records.first().target.isEmpty() || mx->records.first().target == ".")) {
            add(Code::MxNullMx, node, &t,
                QCoreApplication::translate("spfm::lint",
                                            "%1 has a null MX (RFC 7505): it receives no mail, so %2 never matches.")
                    .arg(QString::fromUtf8(*domain), quoted(t.text)),
                QCoreApplication::translate("spfm::lint", "Remove %1; list the sending servers with ip4:/ip6: or a:.")
                    .arg(quoted(t.text)));
            return;
        }
        if (mx->records.size() > m_options.maxMxNames) {
            facts.tooManyMx = true;
            add(Code::MxTooManyNames, node, &t,
                QCoreApplication::translate(
                    "spfm::lint",
                    "%1 has %2 MX names; receivers return permerror for an mx with more than %3 (§4.6.4).")
                    .arg(QString::fromUtf8(*domain))
                    .arg(mx->records.size())
                    .arg(m_options.maxMxNames),
                QCoreApplication::translate("spfm::lint",
                                            "Replace %1 by ip4:/ip6: or a: terms for the servers that send mail.")
                    .arg(quoted(t.text)));
        }
        int withAddresses = 0;
        const qsizetype hosts = std::min<qsizetype>(mx->records.size(), m_options.maxMxNames);
        for (qsizetype i = 0; i < hosts; ++i) {
            if (resolveHost(node, term, mx->records[i].target, false))
                ++withAddresses;
        }
        if (withAddresses == 0) {
            add(Code::MxHostsWithoutAddress, node, &t,
                QCoreApplication::translate("spfm::lint",
                                            "None of the MX hosts of %1 has an address: %2 never matches.")
                    .arg(QString::fromUtf8(*domain), quoted(t.text)),
                QCoreApplication::translate("spfm::lint", "Publish A/AAAA records for the MX hosts, or remove %1.")
                    .arg(quoted(t.text)));
        }
    }

    void checkExp(int node, int term, const Term &t)
    {
        const std::optional<QByteArray> target = staticDomain(t.value, m_report.nodes[node].domain);
        if (!target)
            return;
        const std::optional<dns::Answer> txt = ask(node, term, *target, dns::RRType::TXT);
        if (!txt)
            return;
        QString problem;
        if (txt->isError())
            problem = QCoreApplication::translate("spfm::lint", "the TXT query for %1 failed (%2)")
                          .arg(QString::fromUtf8(*target), answerSummary(*txt));
        else if (txt->records.isEmpty())
            problem = QCoreApplication::translate("spfm::lint", "%1 has no TXT record").arg(QString::fromUtf8(*target));
        else if (txt->records.size() > 1)
            problem = QCoreApplication::translate("spfm::lint", "%1 has %2 TXT records (§6.2 needs exactly one)")
                          .arg(QString::fromUtf8(*target))
                          .arg(txt->records.size());
        else {
            const spf::MacroSyntaxResult r =
                spf::checkMacroString(txt->records.first().joinedText(), spf::MacroUse::Explanation);
            if (!r.ok)
                problem =
                    QCoreApplication::translate("spfm::lint", "the explanation text is not a valid macro-string: %1")
                        .arg(r.message);
        }
        if (problem.isEmpty())
            return;
        add(Code::ExpTargetProblem, node, &t,
            QCoreApplication::translate("spfm::lint", "%1: %2, so receivers silently drop the explanation.")
                .arg(quoted(t.text), problem),
            QCoreApplication::translate(
                "spfm::lint", "Publish exactly one TXT record with valid explanation text at %1, or remove %2.")
                .arg(QString::fromUtf8(*target), quoted(t.text)));
    }

    void walkChild(int node, int term, const Term &t, bool viaRedirect, QList<QByteArray> &chain)
    {
        const std::optional<QByteArray> target = targetOf(node, term);
        if (!target) {
            const int child = newNode(t.isModifier() ? t.value : t.domainSpec, node, term, viaRedirect);
            m_report.nodes[child].state = State::Unresolved;
            m_report.nodes[node].terms[term].child = child;
            return;
        }
        const int child = newNode(*target, node, term, viaRedirect);
        m_report.nodes[node].terms[term].child = child;
        if (chain.contains(*target)) {
            QByteArrayList shown;
            for (qsizetype i = chain.indexOf(*target); i < chain.size(); ++i)
                shown.append(chain[i]);
            shown.append(*target);
            const QByteArray text = shown.join(" -> ");
            m_report.nodes[child].state = State::Loop;
            m_report.nodes[child].detail = QString::fromUtf8(text);
            add(Code::IncludeLoop, node, &t,
                QCoreApplication::translate(
                    "spfm::lint", "%1 closes a loop: %2. Receivers follow it until the lookup limit and return "
                                  "permerror.")
                    .arg(quoted(t.text), QString::fromUtf8(text)),
                QCoreApplication::translate("spfm::lint", "Remove %1 from %2's record.")
                    .arg(quoted(t.text), QString::fromUtf8(chain.last())));
            return;
        }
        if (m_report.nodes.size() > m_options.maxTreeNodes) {
            m_report.nodes[child].state = State::NotWalked;
            if (!m_treeTooLargeReported) {
                m_treeTooLargeReported = true;
                add(Code::TreeTooLarge, node, &t,
                    QCoreApplication::translate(
                        "spfm::lint",
                        "The include tree has more than %1 records; the walk stopped at %2, so the counts "
                        "are lower than the truth.")
                        .arg(m_options.maxTreeNodes)
                        .arg(quoted(t.text)),
                    QCoreApplication::translate(
                        "spfm::lint", "Flatten the includes: the tree is far over any receiver's limit anyway."));
            }
            return;
        }
        chain.append(*target);
        fetchAndWalk(child, chain);
        chain.removeLast();

        const TreeNode &c = m_report.nodes[child];
        const QString targetName = QString::fromUtf8(*target);
        switch (c.state) {
        case State::NoRecord:
            add(viaRedirect ? Code::RedirectTargetNoRecord : Code::IncludeTargetNoRecord, node, &t,
                QCoreApplication::translate("spfm::lint",
                                            "%1 points to %2: %3. Receivers return permerror (§%4), not \"no match\".")
                    .arg(quoted(t.text), targetName, c.detail,
                         viaRedirect ? QStringLiteral("6.1") : QStringLiteral("5.2")),
                QCoreApplication::translate("spfm::lint", "Publish an SPF record at %1, or fix the name in %2.")
                    .arg(targetName, quoted(t.text)));
            break;
        case State::MultipleRecords:
        case State::SyntaxError:
        case State::DnsError:
            add(Code::IncludeTargetFails, node, &t,
                QCoreApplication::translate("spfm::lint",
                                            "%1: the record of %2 fails (%3), so receivers return %4 here.")
                    .arg(quoted(t.text), targetName, c.detail,
                         c.state == State::DnsError ? QStringLiteral("temperror") : QStringLiteral("permerror")),
                QCoreApplication::translate("spfm::lint", "Fix the record at %1 (lint it on its own), or remove %2.")
                    .arg(targetName, quoted(t.text)));
            break;
        case State::Ok: {
            const spf::Record &r = m_facts[child].record;
            const int all = firstAllIndex(r);
            if (all >= 0 && r.terms[all].qualifier == Qualifier::Pass) {
                if (viaRedirect) {
                    add(Code::PassAll, node, &t,
                        QCoreApplication::translate(
                            "spfm::lint", "%1 hands the policy to %2, which ends in %3: every address passes.")
                            .arg(quoted(t.text), targetName, quoted(r.terms[all].text)),
                        QCoreApplication::translate("spfm::lint",
                                                    "Have %1 end in -all, or point the redirect elsewhere.")
                            .arg(targetName));
                } else {
                    add(Code::IncludeTargetPassesAll, node, &t,
                        QCoreApplication::translate(
                            "spfm::lint", "%1: %2 ends in %3, so the include matches every address on the internet.")
                            .arg(quoted(t.text), targetName, quoted(r.terms[all].text)),
                        QCoreApplication::translate("spfm::lint", "Have %1 end in -all or ~all, or remove %2.")
                            .arg(targetName, quoted(t.text)));
                }
            }
            break;
        }
        case State::Loop:
        case State::Unresolved:
        case State::NotWalked:
        case State::Pending: break;
        }
    }

    // ---- the worst-case path: lazy evaluation for a client address that no term matches ----

    struct Path
    {
        int lookups = 0;
        int voids = 0;
        bool matchableSeen = false;
        int limitNode = -1, limitTerm = -1; // the lookup past the limit
        bool matchableBeforeLimit = false;
        int voidNode = -1, voidTerm = -1;
    };

    void spendPath(Path &p, int node, int term)
    {
        ++p.lookups;
        TermReport &tr = m_report.nodes[node].terms[term];
        tr.pathTotal = p.lookups;
        tr.pastPathLimit = p.lookups > m_options.maxDnsTerms;
        m_report.pathSpends.append({node, term, m_report.nodes[node].domain, tr.text, tr.offset, p.lookups});
        if (p.lookups == m_options.maxDnsTerms + 1) {
            p.limitNode = node;
            p.limitTerm = term;
            p.matchableBeforeLimit = p.matchableSeen;
        }
        if (tr.voidLookup) {
            ++p.voids;
            if (p.voids == m_options.maxVoidLookups + 1) {
                p.voidNode = node;
                p.voidTerm = term;
            }
        }
    }

    Outcome evaluate(int node, Path &p)
    {
        switch (m_report.nodes[node].state) {
        case State::Ok: break;
        case State::NoRecord: return Outcome::None;
        case State::MultipleRecords:
        case State::SyntaxError:
        case State::Loop: return Outcome::PermError;
        case State::DnsError: return Outcome::TempError;
        case State::Unresolved:
        case State::NotWalked:
        case State::Pending: return Outcome::Unknown;
        }
        const spf::Record &record = m_facts[node].record;
        for (qsizetype i = 0; i < record.terms.size(); ++i) {
            const Term &t = record.terms[i];
            if (!t.isMechanism())
                continue;
            const TermFacts &facts = m_facts[node].terms[i];
            if (t.queriesDns())
                spendPath(p, node, int(i));
            if (m_clientIp && t.mechanism != Mechanism::Include && matchesClient(t, facts))
                return outcomeOf(t.qualifier);
            switch (t.mechanism) {
            case Mechanism::All: return outcomeOf(t.qualifier);
            case Mechanism::Include: {
                const int child = m_report.nodes[node].terms[i].child;
                const Outcome r = child >= 0 ? evaluate(child, p) : Outcome::Unknown;
                if (r == Outcome::Pass)
                    return outcomeOf(t.qualifier);
                if (r == Outcome::None || r == Outcome::PermError)
                    return Outcome::PermError; // §5.2
                if (r == Outcome::TempError)
                    return r;
                break;
            }
            case Mechanism::Ip4:
            case Mechanism::Ip6:
            case Mechanism::Ptr: p.matchableSeen = true; break;
            case Mechanism::A:
            case Mechanism::Mx:
            case Mechanism::Exists:
                if (facts.tooManyMx)
                    return Outcome::PermError;
                if (facts.lookupFailed)
                    return Outcome::TempError;
                if (!facts.addresses.isEmpty() || facts.unresolved)
                    p.matchableSeen = true;
                break;
            }
        }
        for (qsizetype i = 0; i < record.terms.size(); ++i) {
            const Term &t = record.terms[i];
            if (!t.isModifier() || t.modifier != Modifier::Redirect)
                continue;
            spendPath(p, node, int(i));
            const int child = m_report.nodes[node].terms[i].child;
            const Outcome r = child >= 0 ? evaluate(child, p) : Outcome::Unknown;
            return r == Outcome::None ? Outcome::PermError : r; // §6.1
        }
        return Outcome::Neutral;
    }

    // Whether a non-include mechanism matches the given client (§5.3, §5.4, §5.6, §5.7); ptr never does here.
    bool matchesClient(const Term &t, const TermFacts &facts) const
    {
        const net::IpAddress &ip = *m_clientIp;
        switch (t.mechanism) {
        case Mechanism::Ip4:
        case Mechanism::Ip6:
            return t.network.family() == ip.family() && ip.isInNetwork(t.network, t.prefixFor(ip.family()));
        case Mechanism::A:
        case Mechanism::Mx:
            if (facts.tooManyMx || facts.lookupFailed)
                return false;
            for (const net::IpAddress &a : facts.addresses) {
                if (a.family() == ip.family() && ip.isInNetwork(a, t.prefixFor(ip.family())))
                    return true;
            }
            return false;
        case Mechanism::Exists: return !facts.unresolved && !facts.addresses.isEmpty();
        case Mechanism::All:
        case Mechanism::Include:
        case Mechanism::Ptr: return false;
        }
        return false;
    }

    QByteArray pickWorstCaseIp() const
    {
        static const char *candidates[] = {"192.0.2.1", "198.51.100.1", "203.0.113.1", "2001:db8::1"};
        for (const char *text : candidates) {
            const net::IpAddress ip = *net::IpAddress::parse(QByteArrayView(text));
            bool covered = false;
            for (qsizetype n = 0; n < m_facts.size() && !covered; ++n) {
                const QList<Term> &terms = m_facts[n].record.terms;
                for (qsizetype i = 0; i < terms.size() && !covered; ++i) {
                    const Term &t = terms[i];
                    if (!t.isValid() || !t.isMechanism())
                        continue;
                    if (t.mechanism == Mechanism::Ip4 || t.mechanism == Mechanism::Ip6)
                        covered =
                            t.network.family() == ip.family() && ip.isInNetwork(t.network, t.prefixFor(ip.family()));
                    else if (t.mechanism == Mechanism::A || t.mechanism == Mechanism::Mx) {
                        for (const net::IpAddress &a : m_facts[n].terms[i].addresses)
                            covered =
                                covered || (a.family() == ip.family() && ip.isInNetwork(a, t.prefixFor(ip.family())));
                    }
                }
            }
            if (!covered)
                return text;
        }
        return {};
    }

    void evaluatePath()
    {
        Path p;
        const Outcome outcome = evaluate(0, p);
        // Receivers stop at the lookup past either limit (§4.6.4), whatever the rest of the path would give.
        const bool overLimit = p.lookups > m_options.maxDnsTerms || p.voids > m_options.maxVoidLookups;
        m_report.pathResult = overLimit ? QByteArray("permerror") : outcomeName(outcome);
        m_report.pathLookups = p.lookups;
        m_report.pathVoidLookups = p.voids;
        m_report.worstCaseIp = m_clientIp ? m_clientIp->toText() : pickWorstCaseIp();
        const int max = m_options.maxDnsTerms;
        const QString ip = m_report.worstCaseIp.isEmpty()
                               ? QCoreApplication::translate("spfm::lint", "an address no term matches")
                               : QString::fromLatin1(m_report.worstCaseIp);
        if (p.lookups > max) {
            const Term &t = m_facts[p.limitNode].record.terms[p.limitTerm];
            add(Code::LookupLimitExceeded, p.limitNode, &t,
                (m_clientIp ? QCoreApplication::translate(
                                  "spfm::lint", "The client %1 costs %2 DNS lookups (limit %3; %4 over the whole "
                                                "tree): receivers stop at %5 in %6's record and return permerror.")
                            : QCoreApplication::translate(
                                  "spfm::lint", "A client address that no term matches (e.g. %1) costs %2 DNS lookups "
                                                "(limit %3; %4 over the whole tree): receivers stop at %5 in %6's "
                                                "record and return permerror."))
                    .arg(ip)
                    .arg(p.lookups)
                    .arg(max)
                    .arg(m_report.staticLookups)
                    .arg(quoted(t.text), QString::fromUtf8(m_report.nodes[p.limitNode].domain)),
                QCoreApplication::translate(
                    "spfm::lint", "Bring it to %1 or fewer: replace a/mx/include of fixed servers by ip4:/ip6:, drop "
                                  "ptr and unused includes, flatten includes you control.")
                    .arg(max));
            if (p.matchableBeforeLimit && !m_clientIp) {
                add(Code::LimitOnSomePaths, p.limitNode, &t,
                    QCoreApplication::translate(
                        "spfm::lint", "The limit bites only for some clients: senders matched before %1 still get "
                                      "their result, every other address (worst case e.g. %2) gets permerror there.")
                        .arg(quoted(t.text), ip),
                    QCoreApplication::translate(
                        "spfm::lint", "Do not rely on it: put your own servers' terms first, and bring the total to %1 "
                                      "or fewer.")
                        .arg(max));
            }
        } else if (m_report.staticLookups > max) {
            add(Code::LimitExceededStaticOnly, 0, nullptr,
                QCoreApplication::translate(
                    "spfm::lint",
                    "The tree holds %1 DNS-querying terms, but lazy evaluation spends at most %2: the rest "
                    "are never evaluated. Checkers that count statically report it as over the limit.")
                    .arg(m_report.staticLookups)
                    .arg(p.lookups),
                QCoreApplication::translate(
                    "spfm::lint", "Remove the terms that are never evaluated (after all, or a redirect= beside all)."));
        }
        if (p.lookups <= max && p.lookups >= m_options.headroomWarningAt) {
            add(Code::LookupLimitHeadroom, 0, nullptr,
                QCoreApplication::translate(
                    "spfm::lint",
                    "%1 of %2 DNS lookups used: a change in an include you do not control can push it over.")
                    .arg(p.lookups)
                    .arg(max),
                QCoreApplication::translate(
                    "spfm::lint", "Keep a margin: replace a/mx of fixed servers by ip4:/ip6:, drop unused includes."));
        }
        if (p.voids > m_options.maxVoidLookups) {
            const Term &t = m_facts[p.voidNode].record.terms[p.voidTerm];
            add(Code::VoidLimitExceeded, p.voidNode, &t,
                QCoreApplication::translate("spfm::lint",
                                            "%1 void lookups on the way (limit %2): receivers return permerror at %3.")
                    .arg(p.voids)
                    .arg(m_options.maxVoidLookups)
                    .arg(quoted(t.text)),
                QCoreApplication::translate(
                    "spfm::lint", "Remove the terms whose names have no records (see the void-lookup warnings)."));
        }
    }

    dns::Resolver &m_resolver;
    const LintOptions &m_options;
    LintReport &m_report;
    QList<NodeFacts> m_facts; // parallel to m_report.nodes
    QHash<dns::Question, dns::Answer> m_cache;
    bool m_pending = false;
    bool m_policyHasIp6 = false;
    bool m_treeTooLargeReported = false;
    std::optional<net::IpAddress> m_clientIp;
    bool m_clientV6 = false;
};

} // namespace

void walkTree(QByteArrayView recordText, QByteArrayView domain, dns::Resolver &resolver, const LintOptions &options,
              LintReport &report)
{
    Walker walker(resolver, options, report);
    walker.run(recordText, domain);
}

} // namespace spfm::lint::detail
