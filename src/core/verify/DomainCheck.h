#pragma once

#include "dns/AuthoritativeResolver.h"
#include "dns/Resolver.h"
#include "verify/DnsFailures.h"
#include "verify/DomainResult.h"
#include "verify/Expectations.h"
#include "verify/VerifyOptions.h"

#include <optional>

namespace spfm::verify {

// The verification of one name: a deterministic job over a Resolver. run() asks every question it needs at once; while
// a live resolver still owes answers it returns false, and is run again when they arrive (completed steps are kept, so
// a re-run only redoes what waited). With an in-memory zone the first run completes.
class DomainCheck
{
public:
    DomainCheck(DomainExpectation expectation, const VerifyOptions &options);

    // True when complete; result() is then final.
    bool run(dns::Resolver &resolver);
    // Stops waiting (deadline, cancelled resolver): the result says which answers never came, status unreachable.
    void abandon(const QString &why);

    bool isComplete() const { return m_complete; }
    const DomainExpectation &expectation() const { return m_expectation; }
    const DomainResult &result() const { return m_result; }

private:
    struct Answers
    {
        std::optional<dns::Answer> txt;
        std::optional<dns::Answer> cname;
        std::optional<dns::Answer> mx;
        std::optional<dns::Answer> dmarc;
        std::optional<dns::Answer> wildcard;
        std::optional<dns::AuthoritativeResult> each; // authoritative mode: every server's TXT answer
    };

    void compose(const Answers &answers);
    void checkAlias(const Answers &answers);
    void checkDiff();
    void checkModel();
    void checkServers();
    void checkParked(const Answers &answers);
    void checkWildcard(const Answers &answers);
    void checkServersAgree(const Answers &answers);
    void checkSubdomainSender(const dns::Answer &txt);
    void add(lint::Diagnostic d) { m_result.diagnostics.append(std::move(d)); }
    QByteArray wildcardName() const;
    bool wantsWildcard() const;
    bool fullProbe() const;
    static bool type99Explains(const dns::Answer &txt);
    std::optional<dns::RRType> aliasQuestion() const; // the question whose answer shows a CNAME beside the TXT

    DomainExpectation m_expectation;
    const VerifyOptions &m_options;
    std::optional<bool> m_asksType99; // decided by the probe, or (standard, elsewhere) by the TXT answer
    std::optional<lint::LintReport> m_lint;
    QList<std::optional<ServerCheck>> m_checks;
    QList<BrokenAlias> m_brokenAliases; // CNAME loops (or chains too long) any question of this check met
    DomainResult m_result;
    bool m_complete = false;
};

} // namespace spfm::verify
