#pragma once

#include "spf/CheckHost.h"
#include "spf/Macro.h"

#include <QHash>
#include <memory>
#include <optional>

namespace spfm::spf {

// True when name is usable as a <domain> by RFC 7208 §4.3: at least two labels, none empty (one trailing dot
// allowed), none over 63 octets, at most 253 octets in all, and not a domain literal such as "[192.0.2.1]".
bool isValidDomainName(QByteArrayView name);

namespace detail {

// One run of check_host() (§4) with its counters: the limits of §4.6.4 span the whole evaluation, nested
// include/redirect records included, so they live here and not in the recursive calls.
class Evaluator
{
public:
    Evaluator(const CheckHostRequest &request, dns::Resolver &resolver, CheckHostResult &out);
    void run();

private:
    enum class Mode : std::uint8_t { Top, Include, Redirect };
    enum class Match : std::uint8_t { No, Yes, TempError, PermError, Pending };
    enum class Expanded : std::uint8_t { Ok, Error, Pending };

    // check_host() for one domain; nullopt when the resolver is still waiting (Pending).
    std::optional<Result> evaluateDomain(const QByteArray &domain, int depth, Mode mode, bool wantExplanation);
    Match evaluateMechanism(const Term &term, const QByteArray &domain, int depth);
    Match evaluateInclude(const Term &term, const QByteArray &domain, int depth);
    Match evaluateA(const Term &term, const QByteArray &domain, int depth);
    Match evaluateMx(const Term &term, const QByteArray &domain, int depth);
    Match evaluatePtr(const Term &term, const QByteArray &domain, int depth);
    Match evaluateExists(const Term &term, const QByteArray &domain, int depth);
    // The prologue of a, mx, ptr and exists: spends the DNS term, expands and checks the target. Match::Yes when
    // target is ready to be asked, otherwise what the term gives.
    Match termTarget(const Term &term, const QByteArray &domain, int depth, QByteArray &target);
    // termTarget() and the term's own query (a, mx, exists) with its errors and void answers mapped: the answer when
    // it has records, otherwise nullopt and outcome set to what the term gives.
    std::optional<dns::Answer> resolveTarget(const Term &term, const QByteArray &domain, int depth, dns::RRType type,
                                             QByteArray &target, Match &outcome);
    std::optional<Result> applyRedirect(const Term &term, const QByteArray &domain, int depth, bool wantExplanation);
    // §6.2; nullopt when pending. An empty string means "no explanation".
    std::optional<QString> explanation(const Term &exp, const QByteArray &domain, int depth);

    std::optional<dns::Answer> query(const QByteArray &name, dns::RRType type, const QByteArray &domain, int depth);
    bool spendDnsTerm(const Term &term, const QByteArray &domain, int depth);
    bool spendVoidLookup(const Term &term, const QByteArray &domain, int depth);
    Match addressMatch(const dns::Answer &answer, int prefixLength) const;
    Expanded expandDomainSpec(const Term &term, const QByteArray &spec, const QByteArray &domain, QByteArray &target,
                              int depth);
    std::optional<QByteArray> validatedName(const QByteArray &domain, int depth);
    std::shared_ptr<const Record> parsed(const QByteArray &text);

    bool tracing() const { return m_request.collectTrace; }
    void trace(TraceEvent::Kind kind, int depth, const QByteArray &domain, const QByteArray &text,
               const QString &detail);
    void problem(const QString &text);

    const CheckHostRequest &m_request;
    dns::Resolver &m_resolver;
    CheckHostResult &m_out;

    net::IpAddress m_ip; // the client address, IPv4-mapped IPv6 already unwrapped (§5)
    dns::RRType m_addressType = dns::RRType::A;
    MacroContext m_macros;
    bool m_pending = false;
    QHash<QByteArray, QByteArray> m_validatedNames; // %{p} per <domain>
};

} // namespace detail
} // namespace spfm::spf
