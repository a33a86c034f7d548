#include "spf/Evaluator.h"

#include "spf/Parser.h"

#include <QDateTime>
#include <cstring>
#include <unordered_map>

namespace spfm::spf {

bool isValidDomainName(QByteArrayView name)
{
    if (name.endsWith('.'))
        name.chop(1);
    // A domain literal is not a domain (§4.3 wants a fully qualified domain name).
    if (name.isEmpty() || name.size() > 253 || name.startsWith('['))
        return false;
    int labels = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= name.size(); ++i) {
        if (i == name.size() || name[i] == '.') {
            const qsizetype length = i - start;
            if (length == 0 || length > 63)
                return false;
            ++labels;
            start = i + 1;
        }
    }
    return labels >= 2;
}

namespace detail {

namespace {

// Most recursion is bounded by the ten-term limit; this only guards callers who raise that limit.
constexpr int kMaxDepth = 32;
// Parsed records are reused across evaluations: a record text always parses the same way. A batch over a live
// resolver re-runs each evaluation a few times while thousands are under way, so the cache must hold the records of
// all of them: two generations of this many texts each, the older one dropped when the newer one fills.
constexpr std::size_t kParseCacheGeneration = 4096;

Result qualifierResult(Qualifier q)
{
    switch (q) {
    case Qualifier::Pass: return Result::Pass;
    case Qualifier::Fail: return Result::Fail;
    case Qualifier::SoftFail: return Result::SoftFail;
    case Qualifier::Neutral: return Result::Neutral;
    }
    return Result::Neutral;
}

// DNS data is untrusted: control characters and non-ASCII bytes are shown escaped.
QString printable(QByteArrayView bytes)
{
    bool plain = true;
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        plain = plain && u >= 0x20 && u < 0x7f;
    }
    if (plain)
        return QString::fromLatin1(bytes);
    QString out;
    out.reserve(bytes.size() + 8);
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x20 && u < 0x7f)
            out += QLatin1Char(c);
        else
            out += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
    }
    return out;
}

bool isNormalizedName(const QByteArray &name)
{
    if (name.size() > 1 && name.endsWith('.'))
        return false;
    for (const char c : name) {
        if (c >= 'A' && c <= 'Z')
            return false;
    }
    return true;
}

// inet_ntop goes through printf; the trace shows an address in every answer, so IPv4 is written by hand.
void appendAddress(QString &out, const net::IpAddress &address)
{
    if (!address.isV4()) {
        out += address.toString();
        return;
    }
    const std::uint8_t *b = address.bytes();
    for (int i = 0; i < 4; ++i) {
        if (i)
            out += QLatin1Char('.');
        out += QString::number(b[i]);
    }
}

QString describe(const dns::Answer &answer)
{
    if (answer.rcode == dns::ResponseCode::NxDomain)
        return QStringLiteral("NXDOMAIN");
    if (answer.isError()) {
        QString text = QString::fromLatin1(dns::responseCodeName(answer.rcode));
        if (!answer.detail.isEmpty())
            text += QStringLiteral(": ") + answer.detail;
        return text;
    }
    QString text;
    if (!answer.cnames.isEmpty()) {
        text += QStringLiteral("via ");
        for (qsizetype i = 0; i < answer.cnames.size(); ++i) {
            if (i)
                text += QStringLiteral(", ");
            text += printable(answer.cnames.at(i).owner);
            text += QStringLiteral(" CNAME ");
            text += printable(answer.cnames.at(i).target);
        }
        text += QStringLiteral(": ");
    }
    if (answer.records.isEmpty())
        return text + QStringLiteral("no records (NODATA)");
    text.reserve(text.size() + 64);
    for (qsizetype n = 0; n < answer.records.size(); ++n) {
        const dns::ResourceRecord &rr = answer.records.at(n);
        if (n)
            text += QStringLiteral(", ");
        switch (rr.type) {
        case dns::RRType::A:
        case dns::RRType::AAAA: appendAddress(text, rr.address); break;
        case dns::RRType::MX:
            text += QString::number(rr.preference);
            text += QLatin1Char(' ');
            text += printable(rr.target);
            break;
        case dns::RRType::TXT:
        case dns::RRType::SPF:
            if (rr.strings.isEmpty())
                text += QStringLiteral("(no strings)");
            for (qsizetype i = 0; i < rr.strings.size(); ++i) {
                text += QLatin1String(i ? " \"" : "\"");
                text += printable(rr.strings.at(i));
                text += QLatin1Char('"');
            }
            break;
        default: text += printable(rr.target); break;
        }
    }
    return text;
}

bool isSubdomainOrSame(const QByteArray &name, const QByteArray &domain)
{
    return name == domain ||
           (name.size() > domain.size() && name.endsWith(domain) && name.at(name.size() - domain.size() - 1) == '.');
}

// The explain-string of §6.2 allows only visible ASCII and space (macro-literal in §7.1).
bool isPrintableAscii(QByteArrayView text)
{
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u > 0x7e)
            return false;
    }
    return true;
}

} // namespace

Evaluator::Evaluator(const CheckHostRequest &request, dns::Resolver &resolver, CheckHostResult &out)
    : m_request(request)
    , m_resolver(resolver)
    , m_out(out)
{}

void Evaluator::run()
{
    m_out = CheckHostResult{};
    if (tracing())
        m_out.trace.reserve(32);
    m_out.ip = m_request.ip;
    m_out.helo = m_request.helo;
    m_out.receiver = m_request.receiver;
    m_out.envelopeFrom = m_request.sender;
    m_out.identity = m_request.identity;

    // §5: an IPv4-mapped IPv6 client is an IPv4 client for every mechanism and macro.
    m_ip = m_request.ip.mappedV4().value_or(m_request.ip);
    m_addressType = m_ip.isV4() ? dns::RRType::A : dns::RRType::AAAA;

    // §2.3: the HELO check uses postmaster@<helo>; §2.4: so does the null reverse-path.
    QByteArray sender = m_request.sender;
    if (m_request.identity == Identity::Helo || sender.isEmpty())
        sender = QByteArray("postmaster@") + m_request.helo;
    const qsizetype at = sender.lastIndexOf('@');
    QByteArray localPart = at >= 0 ? sender.left(at) : QByteArray();
    const QByteArray domain = at >= 0 ? sender.mid(at + 1) : sender;
    // §4.3: an empty local-part becomes "postmaster".
    if (localPart.isEmpty()) {
        localPart = "postmaster";
        sender = localPart + '@' + domain;
    }
    m_out.sender = sender;
    m_out.domain = domain;

    m_macros.sender = sender;
    m_macros.localPart = localPart;
    m_macros.senderDomain = domain;
    m_macros.ip = m_ip;
    m_macros.helo = m_request.helo;
    m_macros.receiver = m_request.receiver;
    m_macros.timestamp = m_request.timestamp != 0 ? m_request.timestamp : QDateTime::currentSecsSinceEpoch();

    const std::optional<Result> result = evaluateDomain(domain, 0, Mode::Top, true);
    if (!result || m_pending) {
        // Nothing of this run is kept but the questions now under way: the caller runs again once they are answered.
        QList<dns::Question> waiting = std::move(m_out.pendingQuestions);
        m_out = CheckHostResult{};
        m_out.status = CheckHostResult::Status::Pending;
        m_out.pendingQuestions = std::move(waiting);
        m_out.domain = domain;
        m_out.sender = sender;
        m_out.ip = m_request.ip;
        m_out.helo = m_request.helo;
        m_out.receiver = m_request.receiver;
        m_out.envelopeFrom = m_request.sender;
        m_out.identity = m_request.identity;
        return;
    }
    m_out.result = *result;
    if (!m_out.matchChain.isEmpty() && *result != Result::TempError && *result != Result::PermError) {
        m_out.matchedDomain = m_out.matchChain.first().domain;
        m_out.matchedTerm = m_out.matchChain.first().term;
    } else {
        m_out.matchChain.clear();
    }
    if (*result != Result::Fail)
        m_out.explanation.clear();
    if (*result != Result::TempError && *result != Result::PermError)
        m_out.problem.clear();
    if (tracing())
        trace(TraceEvent::Kind::Result, 0, domain, resultName(*result), m_out.problem);
}

std::optional<Result> Evaluator::evaluateDomain(const QByteArray &domain, int depth, Mode mode, bool wantExplanation)
{
    // §4.3: a malformed domain, or one that is not multi-label, gives "none" without any query.
    if (!isValidDomainName(domain)) {
        if (tracing())
            trace(TraceEvent::Kind::Note, depth, domain, domain,
                  QStringLiteral("not a valid domain name (RFC 7208 §4.3): none"));
        return Result::None;
    }
    if (depth > kMaxDepth) {
        problem(QStringLiteral("include/redirect nesting deeper than %1 at %2").arg(kMaxDepth).arg(printable(domain)));
        return Result::PermError;
    }

    // §4.4: the SPF record is a TXT record (type SPF is no longer used, §3.1).
    const std::optional<dns::Answer> answer = query(domain, dns::RRType::TXT, domain, depth);
    if (!answer)
        return std::nullopt;
    if (answer->isError()) {
        problem(QStringLiteral("DNS error looking up the TXT records of %1: %2 (RFC 7208 §4.4)")
                    .arg(printable(domain), describe(*answer)));
        return Result::TempError;
    }

    // §4.5: only records beginning with "v=spf1" and a space or the end count; TXT strings are joined (§3.3).
    QByteArray recordText;
    int found = 0;
    for (const dns::ResourceRecord &rr : answer->records) {
        QByteArray text = rr.strings.size() == 1 ? rr.strings.first() : rr.joinedText();
        if (isSpfRecord(text)) {
            if (++found == 1)
                recordText = std::move(text);
        }
    }
    if (found == 0) {
        if (tracing())
            trace(TraceEvent::Kind::Note, depth, domain, domain, QStringLiteral("no SPF record (RFC 7208 §4.5): none"));
        return Result::None;
    }
    if (found > 1) {
        problem(QStringLiteral("%1 publishes %2 SPF records; RFC 7208 §4.5 allows one")
                    .arg(printable(domain), QString::number(found)));
        return Result::PermError;
    }

    const std::shared_ptr<const Record> record = parsed(recordText);
    if (tracing()) {
        const QString role = mode == Mode::Top       ? QStringLiteral("SPF record")
                             : mode == Mode::Include ? QStringLiteral("included SPF record")
                                                     : QStringLiteral("redirected-to SPF record");
        trace(TraceEvent::Kind::Record, depth, domain, recordText, role);
    }
    // §4.6: a syntax error anywhere makes the whole record permerror, before any term is evaluated.
    if (!record->isValid()) {
        const ParseIssue &issue = record->issues.first();
        problem(QStringLiteral("syntax error in the SPF record of %1 at offset %2 (\"%3\"): %4 (RFC 7208 §4.6)")
                    .arg(printable(domain), QString::number(issue.offset), printable(issue.term), issue.message));
        return Result::PermError;
    }

    // §4.6.2: mechanisms in order, the first match decides; modifiers do not take part.
    for (const Term &term : record->terms) {
        if (!term.isMechanism())
            continue;
        m_out.matchChain.clear();
        const Match match = evaluateMechanism(term, domain, depth);
        switch (match) {
        case Match::Pending: return std::nullopt;
        case Match::TempError:
            if (tracing())
                trace(TraceEvent::Kind::Term, depth, domain, term.text, QStringLiteral("temperror"));
            return Result::TempError;
        case Match::PermError:
            if (tracing())
                trace(TraceEvent::Kind::Term, depth, domain, term.text, QStringLiteral("permerror"));
            return Result::PermError;
        case Match::No:
            if (tracing())
                trace(TraceEvent::Kind::Term, depth, domain, term.text, QStringLiteral("no match"));
            continue;
        case Match::Yes: {
            const Result result = qualifierResult(term.qualifier);
            if (tracing())
                trace(TraceEvent::Kind::Term, depth, domain, term.text,
                      QStringLiteral("match: ") + QString::fromLatin1(resultName(result)));
            m_out.matchChain.prepend(TermRef{domain, term.text, term.offset});
            // §6.2: the explanation comes from the record whose mechanism gave "fail"; never from inside an include.
            if (result == Result::Fail && wantExplanation) {
                if (const Term *exp = record->findModifier(Modifier::Exp)) {
                    const std::optional<QString> text = explanation(*exp, domain, depth);
                    if (!text)
                        return std::nullopt;
                    m_out.explanation = *text;
                }
            }
            return result;
        }
        }
    }
    m_out.matchChain.clear();

    // §6.1: redirect applies only when no mechanism matched (an "all" always matches, so it never gets here).
    if (const Term *redirect = record->findModifier(Modifier::Redirect))
        return applyRedirect(*redirect, domain, depth, wantExplanation);

    // §4.7: nothing matched and no redirect.
    if (tracing())
        trace(TraceEvent::Kind::Note, depth, domain, domain,
              QStringLiteral("no mechanism matched and no redirect: neutral (RFC 7208 §4.7)"));
    return Result::Neutral;
}

Evaluator::Match Evaluator::evaluateMechanism(const Term &term, const QByteArray &domain, int depth)
{
    switch (term.mechanism) {
    case Mechanism::All: return Match::Yes; // §5.1
    case Mechanism::Include: return evaluateInclude(term, domain, depth);
    case Mechanism::A: return evaluateA(term, domain, depth);
    case Mechanism::Mx: return evaluateMx(term, domain, depth);
    case Mechanism::Ptr: return evaluatePtr(term, domain, depth);
    case Mechanism::Exists: return evaluateExists(term, domain, depth);
    case Mechanism::Ip4:
        // §5.6: ip4 only ever matches an IPv4 client (an IPv4-mapped one included, §5).
        return m_ip.isV4() && m_ip.isInNetwork(term.network, term.prefixFor(net::IpAddress::Family::V4)) ? Match::Yes
                                                                                                         : Match::No;
    case Mechanism::Ip6:
        return m_ip.isV6() && m_ip.isInNetwork(term.network, term.prefixFor(net::IpAddress::Family::V6)) ? Match::Yes
                                                                                                         : Match::No;
    }
    return Match::No;
}

Evaluator::Match Evaluator::evaluateInclude(const Term &term, const QByteArray &domain, int depth)
{
    if (!spendDnsTerm(term, domain, depth))
        return Match::PermError;
    QByteArray target;
    switch (expandDomainSpec(term, term.domainSpec, domain, target, depth)) {
    case Expanded::Pending: return Match::Pending;
    case Expanded::Error: return Match::PermError;
    case Expanded::Ok: break;
    }
    const std::optional<Result> result = evaluateDomain(target, depth + 1, Mode::Include, false);
    if (!result)
        return Match::Pending;
    // §5.2: the table mapping the included check_host() result to this mechanism.
    switch (*result) {
    case Result::Pass: return Match::Yes;
    case Result::Fail:
    case Result::SoftFail:
    case Result::Neutral: m_out.matchChain.clear(); return Match::No;
    case Result::TempError: return Match::TempError;
    case Result::PermError: return Match::PermError;
    case Result::None:
        problem(QStringLiteral("%1 in the record of %2: %3 has no SPF record, which is permerror (RFC 7208 §5.2)")
                    .arg(printable(term.text), printable(domain), printable(target)));
        return Match::PermError;
    }
    return Match::PermError;
}

Evaluator::Match Evaluator::evaluateA(const Term &term, const QByteArray &domain, int depth)
{
    // §5.3: A for an IPv4 client, AAAA for IPv6.
    QByteArray target;
    Match outcome = Match::No;
    const std::optional<dns::Answer> answer = resolveTarget(term, domain, depth, m_addressType, target, outcome);
    if (!answer)
        return outcome;
    return addressMatch(*answer, term.prefixFor(m_ip.family()));
}

Evaluator::Match Evaluator::evaluateMx(const Term &term, const QByteArray &domain, int depth)
{
    QByteArray target;
    Match outcome = Match::No;
    const std::optional<dns::Answer> mx = resolveTarget(term, domain, depth, dns::RRType::MX, target, outcome);
    if (!mx)
        return outcome;
    // §4.6.4: more than 10 MX names is permerror for the mechanism.
    if (mx->records.size() > m_request.maxMxNames) {
        problem(QStringLiteral("%1 in the record of %2: %3 has %4 MX names, over the limit of %5 (RFC 7208 §4.6.4)")
                    .arg(printable(term.text), printable(domain), printable(target),
                         QString::number(mx->records.size()), QString::number(m_request.maxMxNames)));
        return Match::PermError;
    }
    // §5.4: the address records of each exchange. When the resolver is still waiting for one, every other one is
    // asked too, so that they travel in parallel rather than one round trip each.
    const int prefix = term.prefixFor(m_ip.family());
    bool waiting = false;
    for (const dns::ResourceRecord &rr : mx->records) {
        const std::optional<dns::Answer> addresses = query(rr.target, m_addressType, domain, depth);
        if (!addresses) {
            waiting = true;
            continue;
        }
        if (waiting)
            continue;
        if (addresses->isError()) {
            problem(QStringLiteral("DNS error for the MX host %1 of %2 (%3 in the record of %4): %5 (RFC 7208 §5)")
                        .arg(printable(rr.target), printable(target), printable(term.text), printable(domain),
                             describe(*addresses)));
            return Match::TempError;
        }
        if (addressMatch(*addresses, prefix) == Match::Yes)
            return Match::Yes;
    }
    return waiting ? Match::Pending : Match::No;
}

Evaluator::Match Evaluator::evaluatePtr(const Term &term, const QByteArray &domain, int depth)
{
    QByteArray target;
    if (const Match outcome = termTarget(term, domain, depth, target); outcome != Match::Yes)
        return outcome;
    const QByteArray wanted = dns::normalizeName(target);
    const std::optional<dns::Answer> ptr = query(m_ip.reverseName(), dns::RRType::PTR, domain, depth);
    if (!ptr)
        return Match::Pending;
    if (ptr->isError()) {
        // §5.5: a DNS error on the PTR lookup makes the mechanism not match (no temperror).
        if (tracing())
            trace(TraceEvent::Kind::Note, depth, domain, term.text,
                  QStringLiteral("DNS error on the PTR lookup: no match (RFC 7208 §5.5)"));
        return Match::No;
    }
    if (ptr->isVoid())
        return spendVoidLookup(term, domain, depth) ? Match::No : Match::PermError;

    // §5.5 / §4.6.4: only the first 10 names are considered; a name counts only if one of its addresses is the
    // client's. Names that could not match the target are not validated at all.
    bool waiting = false;
    int considered = 0;
    for (const dns::ResourceRecord &rr : ptr->records) {
        if (considered++ >= m_request.maxPtrNames) {
            if (tracing())
                trace(TraceEvent::Kind::Note, depth, domain, term.text,
                      QStringLiteral("%1 PTR names; those past the first %2 are ignored (RFC 7208 §4.6.4)")
                          .arg(ptr->records.size())
                          .arg(m_request.maxPtrNames));
            break;
        }
        if (!isSubdomainOrSame(rr.target, wanted))
            continue;
        const std::optional<dns::Answer> addresses = query(rr.target, m_addressType, domain, depth);
        if (!addresses) {
            waiting = true;
            continue;
        }
        if (waiting || addresses->isError()) // §5.5: a DNS error skips the name
            continue;
        for (const dns::ResourceRecord &a : addresses->records) {
            if (a.address == m_ip)
                return Match::Yes;
        }
    }
    return waiting ? Match::Pending : Match::No;
}

Evaluator::Match Evaluator::evaluateExists(const Term &term, const QByteArray &domain, int depth)
{
    // §5.7: always an A query, whatever the client's address family; any address matches.
    QByteArray target;
    Match outcome = Match::No;
    if (!resolveTarget(term, domain, depth, dns::RRType::A, target, outcome))
        return outcome;
    return Match::Yes;
}

Evaluator::Match Evaluator::termTarget(const Term &term, const QByteArray &domain, int depth, QByteArray &target)
{
    if (!spendDnsTerm(term, domain, depth))
        return Match::PermError;
    // a, mx and ptr without a domain-spec use the current domain (§5.3-§5.5); exists always has one (§5.7).
    target = domain;
    if (term.hasDomainSpec) {
        switch (expandDomainSpec(term, term.domainSpec, domain, target, depth)) {
        case Expanded::Pending: return Match::Pending;
        case Expanded::Error: return Match::PermError;
        case Expanded::Ok: break;
        }
    }
    // §4.3 / §4.8: a target that is no valid domain name is a name that does not exist: no query, no match.
    if (!isValidDomainName(target)) {
        if (tracing())
            trace(TraceEvent::Kind::Note, depth, domain, target,
                  QStringLiteral("not a valid domain name: treated as non-existent"));
        return Match::No;
    }
    return Match::Yes;
}

std::optional<dns::Answer> Evaluator::resolveTarget(const Term &term, const QByteArray &domain, int depth,
                                                    dns::RRType type, QByteArray &target, Match &outcome)
{
    outcome = termTarget(term, domain, depth, target);
    if (outcome != Match::Yes)
        return std::nullopt;
    std::optional<dns::Answer> answer = query(target, type, domain, depth);
    if (!answer) {
        outcome = Match::Pending;
        return answer;
    }
    // §5: a DNS error on the term's own query is temperror.
    if (answer->isError()) {
        problem(QStringLiteral("DNS error for %1 in the record of %2: %3 (RFC 7208 §5)")
                    .arg(printable(term.text), printable(domain), describe(*answer)));
        outcome = Match::TempError;
        return std::nullopt;
    }
    // §4.6.4: NXDOMAIN or NODATA spends one of the void lookups, and does not match.
    if (answer->isVoid()) {
        outcome = spendVoidLookup(term, domain, depth) ? Match::No : Match::PermError;
        return std::nullopt;
    }
    return answer;
}

std::optional<Result> Evaluator::applyRedirect(const Term &term, const QByteArray &domain, int depth,
                                               bool wantExplanation)
{
    // §4.6.4: redirect is one of the DNS-querying terms.
    if (!spendDnsTerm(term, domain, depth))
        return Result::PermError;
    QByteArray target;
    switch (expandDomainSpec(term, term.value, domain, target, depth)) {
    case Expanded::Pending: return std::nullopt;
    case Expanded::Error: return Result::PermError;
    case Expanded::Ok: break;
    }
    if (tracing())
        trace(TraceEvent::Kind::Term, depth, domain, term.text,
              QStringLiteral("redirect to ") + printable(target) + QStringLiteral(" (RFC 7208 §6.1)"));
    // §6.2: the exp= of the redirecting record is not used; the target's own one is.
    const std::optional<Result> result = evaluateDomain(target, depth + 1, Mode::Redirect, wantExplanation);
    if (!result)
        return std::nullopt;
    if (*result == Result::None) {
        // §6.1: no record at the target, or a malformed target, is permerror.
        problem(QStringLiteral("%1 in the record of %2: %3 has no SPF record, which is permerror (RFC 7208 §6.1)")
                    .arg(printable(term.text), printable(domain), printable(target)));
        return Result::PermError;
    }
    return result;
}

std::optional<QString> Evaluator::explanation(const Term &exp, const QByteArray &domain, int depth)
{
    // §6.2: every failure on the way means "no explanation", never an error; the lookup is not counted (§4.6.4).
    QByteArray target;
    switch (expandDomainSpec(exp, exp.value, domain, target, depth)) {
    case Expanded::Pending: return std::nullopt;
    case Expanded::Error: return QString();
    case Expanded::Ok: break;
    }
    auto none = [&](const QString &why) {
        if (tracing())
            trace(TraceEvent::Kind::Note, depth, domain, exp.text, QStringLiteral("no explanation: ") + why);
        return QString();
    };
    if (!isValidDomainName(target))
        return none(QStringLiteral("%1 is not a valid domain name").arg(printable(target)));
    const std::optional<dns::Answer> answer = query(target, dns::RRType::TXT, domain, depth);
    if (!answer)
        return std::nullopt;
    if (answer->rcode != dns::ResponseCode::NoError)
        return none(describe(*answer));
    if (answer->records.size() != 1)
        return none(
            QStringLiteral("%1 TXT records at %2, not exactly one").arg(answer->records.size()).arg(printable(target)));
    const QByteArray text = answer->records.first().joinedText();
    if (!isPrintableAscii(text))
        return none(QStringLiteral("the explanation holds bytes outside printable ASCII"));
    m_macros.domain = domain;
    m_macros.validatedName = [this, domain, depth]() { return validatedName(domain, depth); };
    const MacroExpansion expanded = expandMacros(text, m_macros, MacroUse::Explanation);
    switch (expanded.status) {
    case MacroExpansion::Status::Pending: m_pending = true; return std::nullopt;
    case MacroExpansion::Status::SyntaxError: return none(QStringLiteral("syntax error: ") + expanded.error);
    case MacroExpansion::Status::Ok: break;
    }
    if (!isPrintableAscii(expanded.text))
        return none(QStringLiteral("the expanded explanation holds bytes outside printable ASCII"));
    return QString::fromLatin1(expanded.text);
}

std::optional<dns::Answer> Evaluator::query(const QByteArray &name, dns::RRType type, const QByteArray &domain,
                                            int depth)
{
    // Names from records are normalized already; Question's constructor would copy them again.
    dns::Question question;
    question.name = isNormalizedName(name) ? name : dns::normalizeName(name);
    question.type = type;
    std::optional<dns::Answer> answer = m_resolver.lookup(question);
    if (!answer) {
        m_pending = true;
        // A short list: evaluation stops at the first term left waiting, and one term asks at most its own
        // question and those of its ten MX or PTR names (§4.6.4), so the scan is bounded.
        if (!m_out.pendingQuestions.contains(question))
            m_out.pendingQuestions.append(question);
        return answer;
    }
    if (tracing())
        trace(TraceEvent::Kind::Query, depth, domain, question.name + '/' + dns::typeName(type), describe(*answer));
    return answer;
}

bool Evaluator::spendDnsTerm(const Term &term, const QByteArray &domain, int depth)
{
    ++m_out.dnsLookups;
    m_out.lookupUses.append(LookupUse{domain, term.text, term.offset, m_out.dnsLookups});
    if (m_out.dnsLookups <= m_request.maxDnsTerms)
        return true;
    problem(QStringLiteral("more than %1 DNS-querying terms: %2 in the record of %3 is number %4 (RFC 7208 §4.6.4)")
                .arg(QString::number(m_request.maxDnsTerms), printable(term.text), printable(domain),
                     QString::number(m_out.dnsLookups)));
    if (tracing())
        trace(TraceEvent::Kind::Note, depth, domain, term.text, m_out.problem);
    return false;
}

bool Evaluator::spendVoidLookup(const Term &term, const QByteArray &domain, int depth)
{
    ++m_out.voidLookups;
    m_out.voidUses.append(LookupUse{domain, term.text, term.offset, m_out.voidLookups});
    if (m_out.voidLookups <= m_request.maxVoidLookups)
        return true;
    problem(QStringLiteral("more than %1 void lookups: %2 in the record of %3 is number %4 (RFC 7208 §4.6.4)")
                .arg(QString::number(m_request.maxVoidLookups), printable(term.text), printable(domain),
                     QString::number(m_out.voidLookups)));
    if (tracing())
        trace(TraceEvent::Kind::Note, depth, domain, term.text, m_out.problem);
    return false;
}

Evaluator::Match Evaluator::addressMatch(const dns::Answer &answer, int prefixLength) const
{
    for (const dns::ResourceRecord &rr : answer.records) {
        if (m_ip.isInNetwork(rr.address, prefixLength))
            return Match::Yes;
    }
    return Match::No;
}

Evaluator::Expanded Evaluator::expandDomainSpec(const Term &term, const QByteArray &spec, const QByteArray &domain,
                                                QByteArray &target, int depth)
{
    // Without a macro the text is the name; skipping the expander keeps the common case cheap.
    if (!spec.contains('%')) {
        target = spec;
        return Expanded::Ok;
    }
    m_macros.domain = domain;
    m_macros.validatedName = [this, domain, depth]() { return validatedName(domain, depth); };
    const MacroExpansion expanded = expandMacros(spec, m_macros, MacroUse::DomainSpec);
    switch (expanded.status) {
    case MacroExpansion::Status::Pending: m_pending = true; return Expanded::Pending;
    case MacroExpansion::Status::SyntaxError:
        problem(QStringLiteral("macro error in %1 in the record of %2: %3 (RFC 7208 §7)")
                    .arg(printable(term.text), printable(domain), expanded.error));
        return Expanded::Error;
    case MacroExpansion::Status::Ok: break;
    }
    target = expanded.text;
    if (tracing())
        trace(TraceEvent::Kind::Note, depth, domain, term.text,
              QStringLiteral("expands to ") + printable(target) + QStringLiteral(" (RFC 7208 §7)"));
    return Expanded::Ok;
}

std::optional<QByteArray> Evaluator::validatedName(const QByteArray &domain, int depth)
{
    const QByteArray key = dns::normalizeName(domain);
    if (const auto it = m_validatedNames.constFind(key); it != m_validatedNames.cend())
        return *it;
    // §7.3 "p": a PTR name whose addresses include the client's; the <domain> itself is preferred, then a
    // subdomain of it, then any. These lookups are not DNS-querying terms of their own (§4.6.4).
    const std::optional<dns::Answer> ptr = query(m_ip.reverseName(), dns::RRType::PTR, domain, depth);
    if (!ptr)
        return std::nullopt;
    QByteArray chosen = "unknown";
    if (!ptr->isError()) {
        bool waiting = false;
        QByteArray exact;
        QByteArray subdomain;
        QByteArray any;
        int considered = 0;
        for (const dns::ResourceRecord &rr : ptr->records) {
            if (considered++ >= m_request.maxPtrNames)
                break;
            const std::optional<dns::Answer> addresses = query(rr.target, m_addressType, domain, depth);
            if (!addresses) {
                waiting = true;
                continue;
            }
            if (waiting || addresses->isError())
                continue;
            bool valid = false;
            for (const dns::ResourceRecord &a : addresses->records)
                valid = valid || a.address == m_ip;
            if (!valid)
                continue;
            if (rr.target == key) {
                exact = rr.target;
                break;
            }
            if (subdomain.isEmpty() && isSubdomainOrSame(rr.target, key))
                subdomain = rr.target;
            if (any.isEmpty())
                any = rr.target;
        }
        if (waiting)
            return std::nullopt;
        if (!exact.isEmpty())
            chosen = exact;
        else if (!subdomain.isEmpty())
            chosen = subdomain;
        else if (!any.isEmpty())
            chosen = any;
    }
    m_validatedNames.insert(key, chosen);
    return chosen;
}

std::shared_ptr<const Record> Evaluator::parsed(const QByteArray &text)
{
    // Eight bytes a step with a multiply-xorshift mix: record texts are short, and byte-wise hashing or Qt's SipHash
    // cost more than the rest of a cache hit. The table is bounded, so colliding texts only slow it down.
    struct TextHash
    {
        size_t operator()(const QByteArray &t) const noexcept
        {
            constexpr std::uint64_t kMul = 0x9e3779b97f4a7c15ull;
            std::uint64_t h = std::uint64_t(t.size()) * kMul;
            const char *p = t.constData();
            qsizetype n = t.size();
            for (; n >= 8; n -= 8, p += 8) {
                std::uint64_t word;
                std::memcpy(&word, p, 8);
                h = (h ^ word) * kMul;
                h ^= h >> 29;
            }
            std::uint64_t tail = 0;
            std::memcpy(&tail, p, size_t(n));
            h = (h ^ tail) * kMul;
            return size_t(h ^ (h >> 32));
        }
    };
    using Cache = std::unordered_map<QByteArray, std::shared_ptr<const Record>, TextHash>;
    thread_local Cache current;
    thread_local Cache previous;
    if (const auto it = current.find(text); it != current.end())
        return it->second;
    std::shared_ptr<const Record> record;
    if (const auto it = previous.find(text); it != previous.end())
        record = it->second; // still in use: keep it when the older generation goes
    else
        record = std::make_shared<const Record>(parseRecord(text));
    if (current.size() >= kParseCacheGeneration) {
        previous = std::move(current);
        current = Cache();
    }
    current.emplace(text, record);
    return record;
}

void Evaluator::trace(TraceEvent::Kind kind, int depth, const QByteArray &domain, const QByteArray &text,
                      const QString &detail)
{
    m_out.trace.append(TraceEvent{kind, depth, domain, text, detail});
}

void Evaluator::problem(const QString &text)
{
    // The first problem is the one nearest its cause; outer levels only pass the error up.
    if (m_out.problem.isEmpty())
        m_out.problem = text;
}

} // namespace detail
} // namespace spfm::spf
