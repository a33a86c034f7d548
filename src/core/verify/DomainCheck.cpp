#include "verify/DomainCheck.h"

#include "lint/Codes.h"
#include "spf/Parser.h"
#include "verify/DnsFailures.h"
#include "verify/VerifyCodes.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>

namespace spfm::verify {

namespace {

QString text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes);
}

QString quoted(const QByteArray &bytes)
{
    return QLatin1Char('`') + QString::fromUtf8(bytes) + QLatin1Char('`');
}

QList<QByteArray> spfTexts(const dns::Answer &answer)
{
    QList<QByteArray> out;
    for (const dns::ResourceRecord &rr : answer.records) {
        if (rr.type != dns::RRType::TXT)
            continue;
        const QByteArray joined = rr.joinedText();
        if (spf::isSpfRecord(joined))
            out.append(joined);
    }
    return out;
}

QByteArray stripDot(QByteArray name)
{
    if (name.endsWith('.'))
        name.chop(1);
    return name.toLower();
}

// The term that authorises exactly this address (RFC 7208 §5.6).
QByteArray termFor(const net::IpAddress &address)
{
    return (address.isV4() ? "ip4:" : "ip6:") + address.toText();
}

ServerCheck toServerCheck(const ExpectedPass &pass, const spf::CheckHostResult &r)
{
    ServerCheck c;
    c.server = pass.server;
    c.address = pass.address;
    c.identity = pass.identity;
    c.sender = r.sender;
    c.result = r.result;
    c.matchedDomain = r.matchedDomain;
    c.matchedTerm = r.matchedTerm;
    c.problem = r.problem;
    return c;
}

// The CNAME at the name asked: the first link of the chain an answer followed, or a CNAME question's own record.
std::optional<dns::ResourceRecord> cnameAt(const dns::Answer &answer)
{
    if (!answer.cnames.isEmpty())
        return answer.cnames.first();
    for (const dns::ResourceRecord &rr : answer.records) {
        if (rr.type == dns::RRType::CNAME)
            return rr;
    }
    return std::nullopt;
}

// DMARC (RFC 7489 §6.3): "v=DMARC1; p=reject; ..." — tag names and values are case-insensitive here.
QByteArray dmarcPolicy(const dns::Answer &answer, int *records)
{
    QByteArray policy;
    *records = 0;
    for (const dns::ResourceRecord &rr : answer.records) {
        const QByteArray joined = rr.joinedText();
        if (!joined.trimmed().toLower().startsWith("v=dmarc1"))
            continue;
        ++*records;
        for (const QByteArray &tag : joined.split(';')) {
            const qsizetype eq = tag.indexOf('=');
            if (eq > 0 && tag.first(eq).trimmed().toLower() == "p")
                policy = tag.mid(eq + 1).trimmed().toLower();
        }
    }
    return policy;
}

} // namespace

DomainCheck::DomainCheck(DomainExpectation expectation, const VerifyOptions &options)
    : m_expectation(std::move(expectation))
    , m_options(options)
{
    if (m_options.checkServers)
        m_checks.resize(m_expectation.passes.size());
    m_result.domain = m_expectation.domain;
    m_result.roles = m_expectation.roles;
    m_result.expected = m_expectation.policy;
    m_result.expectedTtl = m_expectation.ttl;
}

bool DomainCheck::fullProbe() const
{
    if (m_options.probe == Probe::Thorough || m_expectation.spfType99)
        return true;
    return std::any_of(m_expectation.roles.cbegin(), m_expectation.roles.cend(),
                       [](Role r) { return r == Role::Primary || r == Role::IncludeTarget || r == Role::Helo; });
}

// Outside the full probe, type 99 is asked only where it can explain why receivers find no policy: the name exists
// and its TXT answer holds no SPF record. (A failed TXT query explains nothing yet; NXDOMAIN holds no type 99 either.)
bool DomainCheck::type99Explains(const dns::Answer &txt)
{
    return !txt.isError() && txt.rcode != dns::ResponseCode::NxDomain && spfTexts(txt).isEmpty();
}

// A CNAME at the name shows in the answer to any other type's question (RFC 1034 §4.3.2): the type-99 question the
// linter asks (merged by the resolver) reveals it at no cost; only under the full probe without type 99 is CNAME asked
// itself. (It misses a CNAME beside both TXT and type-99 records, which the linter's type-99 findings flag regardless.)
std::optional<dns::RRType> DomainCheck::aliasQuestion() const
{
    if (!m_options.checkAliases || !m_asksType99)
        return std::nullopt;
    if (*m_asksType99)
        return dns::RRType::SPF;
    if (fullProbe())
        return dns::RRType::CNAME;
    return std::nullopt;
}

bool DomainCheck::wantsWildcard() const
{
    // A wildcard above a registered domain (at a TLD) is not the admin's to fix; below a project domain it is.
    return m_options.checkWildcards && m_expectation.belowProjectDomain;
}

// The wildcard that would synthesise an answer for this name is "*.<parent>" (RFC 4592 §2.2.1). Asking for that owner
// name literally returns the wildcard's own records, which is deterministic and cacheable, unlike probing a random
// sibling name. It does not see answers a provider synthesises without a wildcard record.
QByteArray DomainCheck::wildcardName() const
{
    const qsizetype dot = m_expectation.domain.indexOf('.');
    return "*." + m_expectation.domain.mid(dot + 1);
}

bool DomainCheck::run(dns::Resolver &live)
{
    if (m_complete)
        return true;
    const QByteArray &name = m_expectation.domain;
    bool complete = true;
    // Every question goes through the watch, so a CNAME loop met anywhere is told apart from a DNS failure.
    BrokenAliasWatch resolver(live, m_brokenAliases);

    // Every question of this run goes out before waiting on any, so a live resolver has them in flight together.
    Answers a;
    const auto ask = [&](const QByteArray &qname, dns::RRType type) {
        std::optional<dns::Answer> answer = resolver.lookup(dns::Question(qname, type));
        complete = complete && answer.has_value();
        return answer;
    };
    a.txt = ask(name, dns::RRType::TXT); // the linter asks it too: one question, merged by the resolver
    if (!m_asksType99) {
        if (!m_options.lint.querySpfType)
            m_asksType99 = false;
        else if (fullProbe())
            m_asksType99 = true;
        else if (a.txt)
            m_asksType99 = type99Explains(*a.txt);
    }
    if (m_asksType99 && !m_lint) {
        lint::LintOptions lintOptions = m_options.lint;
        lintOptions.querySpfType = *m_asksType99;
        lint::LintReport report = lint::lintDomain(name, resolver, lintOptions);
        if (report.status == lint::LintStatus::Complete)
            m_lint = std::move(report);
        else
            complete = false;
    } else if (!m_asksType99) {
        complete = false; // the TXT answer decides what the linter asks
    }
    if (const std::optional<dns::RRType> type = aliasQuestion())
        a.cname = ask(name, *type);
    if (m_expectation.nullMx)
        a.mx = ask(name, dns::RRType::MX);
    if (m_expectation.dmarcReject)
        a.dmarc = ask("_dmarc." + name, dns::RRType::TXT);
    if (wantsWildcard())
        a.wildcard = ask(wildcardName(), dns::RRType::TXT);
    if (auto *authoritative = dynamic_cast<dns::AuthoritativeResolver *>(&live)) {
        a.each = authoritative->lookupEach(dns::Question(name, dns::RRType::TXT));
        complete = complete && a.each.has_value();
    }

    for (qsizetype i = 0; i < m_checks.size(); ++i) {
        if (m_checks[i])
            continue;
        const ExpectedPass &pass = m_expectation.passes[i];
        spf::CheckHostRequest request;
        request.ip = pass.address;
        request.helo = pass.server;
        request.identity = pass.identity;
        if (pass.identity == spf::Identity::MailFrom)
            request.sender = "postmaster@" + name;
        request.receiver = m_options.receiver;
        request.maxDnsTerms = m_options.lint.maxDnsTerms;
        request.maxVoidLookups = m_options.lint.maxVoidLookups;
        request.maxMxNames = m_options.lint.maxMxNames;
        request.collectTrace = false;
        const spf::CheckHostResult r = spf::checkHost(request, resolver);
        if (r.status == spf::CheckHostResult::Status::Pending)
            complete = false;
        else
            m_checks[i] = toServerCheck(pass, r);
    }
    if (!complete)
        return false;
    compose(a);
    m_complete = true;
    return true;
}

void DomainCheck::abandon(const QString &why)
{
    if (m_complete)
        return;
    m_result.status = Status::Unreachable;
    m_result.failure = {DnsFailure::Kind::NoAnswer, dns::responseCodeName(dns::ResponseCode::Timeout), why};
    m_result.diagnostics.clear();
    add(makeDiagnostic(Code::QueryFailed, m_expectation.domain,
                       QCoreApplication::translate("spfm::verify", "%1 could not be checked: %2.")
                           .arg(text(m_expectation.domain), why),
                       QCoreApplication::translate(
                           "spfm::verify", "Check that the resolver (or the domain's name servers) answer, then verify "
                                           "again.")));
    m_complete = true;
}

void DomainCheck::compose(const Answers &a)
{
    const dns::Answer &txt = *a.txt;
    if (m_lint) {
        const bool txtPolicy = !txt.isError() && !spfTexts(txt).isEmpty();
        for (const lint::Diagnostic &d : m_lint->diagnostics) {
            // The project asked for the obsolete type 99 beside the TXT (RFC 7208 §3.1): its presence is expected
            // there, though not in place of the TXT.
            if (m_expectation.spfType99 && txtPolicy && d.code == lint::codeName(lint::Code::SpfTypePublished))
                continue;
            // Said below, with who failed to answer and how.
            if (txt.isError() && d.code == lint::codeName(lint::Code::RecordLookupFailed))
                continue;
            m_result.diagnostics.append(d);
        }
        m_result.lint = *m_lint;
    }
    for (const BrokenAlias &alias : std::as_const(m_brokenAliases))
        add(brokenAliasDiagnostic(m_expectation.domain, alias));
    if (txt.isError() && txt.cnameFault != dns::CnameFault::None) {
        // The name's own TXT sits behind a broken alias: the servers answered, the zone is wrong (said above).
        m_result.status = Status::Error;
        return;
    }
    if (txt.isError()) {
        // Receivers would get temperror; we cannot say what is published, so nothing else is judged.
        m_result.status = Status::Unreachable;
        m_result.failure = failureOf(txt);
        add(unreachableDiagnostic(m_expectation.domain, m_result.failure));
        return;
    }
    m_result.published = spfTexts(txt);
    for (const dns::ResourceRecord &rr : txt.records) {
        if (rr.type == dns::RRType::TXT && spf::isSpfRecord(rr.joinedText())) {
            m_result.publishedTtl = rr.ttl;
            break;
        }
    }
    if (!txt.cnames.isEmpty())
        m_result.aliasTarget = txt.cnames.first().target;

    checkAlias(a);
    checkDiff();
    checkModel();
    checkServers();
    checkParked(a);
    checkWildcard(a);
    checkServersAgree(a);
    checkSubdomainSender(txt);

    const Judgement judgement = judge(m_result.diagnostics, m_result.lint);
    m_result.status = judgement.status;
    m_result.failure = judgement.failure;
}

void DomainCheck::checkAlias(const Answers &a)
{
    const QByteArray &name = m_expectation.domain;
    const dns::Answer &txt = *a.txt;
    if (!txt.cnames.isEmpty() && !m_expectation.policy.isEmpty()) {
        add(makeDiagnostic(
            Code::NameIsAlias, name,
            QCoreApplication::translate("spfm::verify",
                                        "%1 is an alias (CNAME) for %2: receivers read %2's TXT records, and the "
                                        "project's record cannot be published beside the CNAME (RFC 1034 §3.6.2).")
                .arg(text(name), text(txt.cnames.first().target)),
            QCoreApplication::translate("spfm::verify",
                                        "Replace the CNAME at %1 with the records the project generates.")
                .arg(text(name))));
    }
    // A name that answers TXT of its own and also holds a CNAME: illegal zone data (RFC 1034 §3.6.2, RFC 2181 §10.1);
    // resolvers answer one or the other unpredictably.
    if (a.cname && !a.cname->isError() && txt.cnames.isEmpty() && !txt.records.isEmpty()) {
        if (const std::optional<dns::ResourceRecord> cname = cnameAt(*a.cname)) {
            add(makeDiagnostic(
                Code::TxtBesideCname, name,
                QCoreApplication::translate("spfm::verify",
                                            "%1 holds TXT records beside a CNAME to %2: no other data may share a "
                                            "name with a CNAME, so resolvers may answer either.")
                    .arg(text(name), text(cname->target)),
                QCoreApplication::translate("spfm::verify",
                                            "Delete the CNAME at %1 (keep the TXT records), or delete the TXT records "
                                            "if the alias is meant.")
                    .arg(text(name))));
        }
    } else if (a.cname && a.cname->isError()) {
        const QString asked = aliasQuestion() == dns::RRType::SPF ? QStringLiteral("type-99") : QStringLiteral("CNAME");
        add(makeDiagnostic(Code::QueryFailed, name,
                           QCoreApplication::translate(
                               "spfm::verify", "The %1 query for %2 failed (%3): whether a CNAME sits beside the TXT "
                                               "records was not checked.")
                               .arg(asked, text(name), QString::fromLatin1(dns::responseCodeName(a.cname->rcode))),
                           QCoreApplication::translate("spfm::verify", "Verify again once the name servers answer.")));
    }
}

void DomainCheck::checkDiff()
{
    const QByteArray &name = m_expectation.domain;
    if (m_expectation.policy.isEmpty())
        return;
    if (m_result.published.isEmpty()) {
        // The linter already says there is no record (or no domain); the diff shows the whole record to add.
        m_result.diff = diffRecords({}, m_expectation.policy);
        return;
    }
    if (m_result.published.size() != 1)
        return; // several records: the linter's error; which one would we compare?
    m_result.diff = diffRecords(m_result.published.first(), m_expectation.policy);
    if (m_result.diff.same())
        return;
    const QString changes = m_result.diff.describe().join(QStringLiteral("; "));
    if (m_expectation.roles.contains(Role::Parked)) {
        add(makeDiagnostic(
            Code::ParkedNotDenyAll, name,
            QCoreApplication::translate("spfm::verify",
                                        "Parked domain %1 publishes %2 rather than `v=spf1 -all`, so mail claiming "
                                        "to come from it is not refused outright (%3).")
                .arg(text(name), quoted(m_result.published.first()), changes),
            QCoreApplication::translate("spfm::verify", "Publish `v=spf1 -all` at %1 in place of the current record.")
                .arg(text(name))));
        return;
    }
    add(makeDiagnostic(
        Code::RecordDiffers, name,
        QCoreApplication::translate("spfm::verify", "%1 publishes %2, the project generates %3: %4.")
            .arg(text(name), quoted(m_result.published.first()), quoted(m_expectation.policy), changes),
        QCoreApplication::translate("spfm::verify",
                                    "Publish the generated record (export the project), or change the project if "
                                    "the published record is what you want.")));
}

void DomainCheck::checkModel()
{
    const QByteArray &name = m_expectation.domain;
    if (!m_expectation.roles.contains(Role::Dependent) || m_result.published.size() != 1)
        return;
    const QByteArray &target = m_expectation.includeTarget;
    const spf::Record record = spf::parseRecord(m_result.published.first());
    bool includes = false;
    bool redirects = false;
    QList<QByteArray> otherIncludes;
    for (const spf::Term &t : record.terms) {
        if (!t.isValid())
            continue;
        if (t.isMechanism() && t.mechanism == spf::Mechanism::Include) {
            if (stripDot(t.domainSpec) == target)
                includes = true;
            else
                otherIncludes.append(t.domainSpec);
        } else if (t.isModifier() && t.modifier == spf::Modifier::Redirect && stripDot(t.value) == target) {
            redirects = true;
        }
    }
    if (!includes && redirects) {
        add(makeDiagnostic(
            Code::RedirectInsteadOfInclude, name,
            QCoreApplication::translate("spfm::verify",
                                        "%1 uses redirect=%2 where the project includes it: the primary's policy "
                                        "then replaces the dependent's own, its all-qualifier included (§6.1).")
                .arg(text(name), text(target)),
            QCoreApplication::translate("spfm::verify",
                                        "Publish the generated record: include:%1 followed by the dependent's own "
                                        "terms and all.")
                .arg(text(target)),
            "redirect=" + target));
    } else if (!includes) {
        add(makeDiagnostic(
            Code::MissingInclude, name,
            otherIncludes.isEmpty()
                ? QCoreApplication::translate(
                      "spfm::verify",
                      "%1 does not include %2, so the project's mail servers are not authorised for it.")
                      .arg(text(name), text(target))
                : QCoreApplication::translate(
                      "spfm::verify",
                      "%1 includes %2 but not %3, so the project's mail servers are not authorised for it.")
                      .arg(text(name), text(otherIncludes.join(", ")), text(target)),
            QCoreApplication::translate("spfm::verify", "Add include:%1 to %2's record (as its first term).")
                .arg(text(target), text(name))));
    }

    // Include arithmetic (§4.6.4): include:<primary> costs one plus every lookup the primary's tree spends.
    if (!includes || !m_lint || m_lint->nodes.isEmpty())
        return;
    int child = -1;
    for (const lint::TermReport &t : m_lint->nodes.first().terms) {
        if (t.child >= 0 && t.child < m_lint->nodes.size() && m_lint->nodes[t.child].domain == target &&
            !m_lint->nodes[t.child].viaRedirect) {
            child = t.child;
            break;
        }
    }
    if (child < 0)
        return;
    QSet<int> subtree{child};
    for (int i = child + 1; i < m_lint->nodes.size(); ++i) {
        if (subtree.contains(m_lint->nodes[i].parent))
            subtree.insert(i);
    }
    int share = 1;
    for (const lint::LookupSpend &s : m_lint->staticSpends) {
        if (subtree.contains(s.node))
            ++share;
    }
    if (share < m_options.lint.headroomWarningAt)
        return;
    add(makeDiagnostic(
        Code::DependentBudget, name,
        QCoreApplication::translate("spfm::verify",
                                    "include:%1 alone costs %2 DNS lookups (1 + the %3 of the primary's policy) of "
                                    "the %4 %5 may spend, leaving %6 for its own terms and for any change to the "
                                    "primary.")
            .arg(text(target))
            .arg(share)
            .arg(share - 1)
            .arg(m_options.lint.maxDnsTerms)
            .arg(text(name))
            .arg(std::max(0, m_options.lint.maxDnsTerms - share)),
        QCoreApplication::translate("spfm::verify",
                                    "Budget the primary's policy to at most %1 lookups (use ip4/ip6 terms in place "
                                    "of a, mx and nested includes).")
            .arg(m_options.lint.headroomWarningAt - 2),
        "include:" + target));
}

void DomainCheck::checkServers()
{
    const QByteArray &name = m_expectation.domain;
    const QByteArray &target = m_expectation.includeTarget;
    const bool recordBroken = m_result.published.size() != 1;
    // Where in the published record the include of the primary stands, to tell "the primary lacks the address" from
    // "the dependent decides before it gets there" (a misplaced all, §4.6.2: terms are evaluated left to right).
    QList<QByteArray> ownTerms;
    int includeAt = -1;
    if (m_result.published.size() == 1) {
        const spf::Record record = spf::parseRecord(m_result.published.first());
        for (const spf::Term &t : record.terms) {
            if (includeAt < 0 && t.isValid() && t.isMechanism() && t.mechanism == spf::Mechanism::Include &&
                stripDot(t.domainSpec) == target)
                includeAt = int(ownTerms.size());
            ownTerms.append(t.text);
        }
    }
    const bool missingInclude =
        std::any_of(m_result.diagnostics.cbegin(), m_result.diagnostics.cend(),
                    [](const lint::Diagnostic &d) { return d.code == codeName(Code::MissingInclude); });
    for (const std::optional<ServerCheck> &slot : m_checks) {
        if (!slot)
            continue;
        const ServerCheck &c = *slot;
        m_result.checks.append(c);
        if (c.passed())
            continue;
        if (c.result == spf::Result::TempError) {
            add(tempErrorDiagnostic(name, c)); // a failed query on the way says nothing about the records (§4.4)
            continue;
        }
        const QString result = QString::fromLatin1(spf::resultName(c.result));
        const QString how =
            c.problem.isEmpty()
                ? (c.result == spf::Result::None ? QCoreApplication::translate("spfm::verify", "no SPF record")
                   : c.matchedTerm.isEmpty()     ? QCoreApplication::translate("spfm::verify", "no term matched")
                                             : QCoreApplication::translate("spfm::verify", "%1 matched in %2's record")
                                                   .arg(text(c.matchedTerm), text(c.matchedDomain)))
                : c.problem;
        const QString address = QString::fromLatin1(c.address.toText());
        const QByteArray term = termFor(c.address);
        const bool error = c.result == spf::Result::PermError || c.result == spf::Result::TempError;

        if (c.identity == spf::Identity::Helo) {
            const QString fix =
                c.result == spf::Result::None
                    ? QCoreApplication::translate("spfm::verify", "Publish %1 at %2.")
                          .arg(quoted(m_expectation.policy.isEmpty() ? "v=spf1 " + term + " -all"
                                                                     : m_expectation.policy),
                               text(name))
                : error
                    ? QCoreApplication::translate("spfm::verify", "Correct %1's record so that it evaluates (%2).")
                          .arg(text(name), how)
                    : QCoreApplication::translate("spfm::verify", "Add %1 to %2's record.").arg(text(term), text(name));
            add(makeDiagnostic(Code::HeloNotAuthorised, name,
                               QCoreApplication::translate(
                                   "spfm::verify", "Mail server %1 (%2) says HELO %1, but check_host of that HELO name "
                                                   "gives %3 (%4): bounces, sent from postmaster@%1, lose SPF (§2.4).")
                                   .arg(text(c.server), address, result, how),
                               fix, term));
            continue;
        }
        if (recordBroken)
            continue; // no record, or several: already an error of its own, each server would only repeat it
        QString fix;
        if (error)
            fix = QCoreApplication::translate("spfm::verify", "Correct the record so that it evaluates: %1.").arg(how);
        else if (c.matchedDomain == name && includeAt >= 0 && ownTerms.indexOf(c.matchedTerm) >= 0 &&
                 ownTerms.indexOf(c.matchedTerm) < includeAt)
            fix = QCoreApplication::translate(
                      "spfm::verify",
                      "Move %1 after include:%2 in %3's record: it decides before the include is reached.")
                      .arg(text(c.matchedTerm), text(target), text(name));
        else if (m_expectation.roles.contains(Role::Dependent) && missingInclude)
            fix = QCoreApplication::translate("spfm::verify", "Add include:%1 to %2's record.")
                      .arg(text(target), text(name));
        else if (m_expectation.roles.contains(Role::Dependent) && target != name)
            fix = QCoreApplication::translate("spfm::verify",
                                              "Add %1 to %2's policy (the primary's, which every dependent includes).")
                      .arg(text(term), text(target));
        else
            fix = QCoreApplication::translate("spfm::verify", "Add %1 to %2's policy.").arg(text(term), text(name));
        add(makeDiagnostic(
            Code::ServerNotAuthorised, name,
            QCoreApplication::translate("spfm::verify",
                                        "Mail server %1 (%2) is not authorised to send as %3: check_host gives %4 "
                                        "(%5).")
                .arg(text(c.server), address, text(c.sender), result, how),
            fix, term));
    }
}

void DomainCheck::checkParked(const Answers &a)
{
    const QByteArray &name = m_expectation.domain;
    const auto failed = [&](const dns::Answer &answer, const QString &what) {
        add(makeDiagnostic(Code::QueryFailed, name,
                           QCoreApplication::translate("spfm::verify", "The %1 query for %2 failed (%3): not checked.")
                               .arg(what, text(name), QString::fromLatin1(dns::responseCodeName(answer.rcode))),
                           QCoreApplication::translate("spfm::verify", "Verify again once the name servers answer.")));
    };
    if (a.mx) {
        if (a.mx->isError()) {
            failed(*a.mx, QStringLiteral("MX"));
        } else {
            // RFC 7505 §3: exactly one MX, preference 0, exchange "." (the root).
            const QList<dns::ResourceRecord> &mx = a.mx->records;
            const bool nullMx = mx.size() == 1 && mx.first().preference == 0 &&
                                (mx.first().target.isEmpty() || mx.first().target == ".");
            if (!nullMx) {
                QStringList hosts;
                for (const dns::ResourceRecord &rr : mx)
                    hosts.append(QStringLiteral("%1 %2").arg(rr.preference).arg(text(rr.target)));
                add(makeDiagnostic(
                    Code::ParkedNoNullMx, name,
                    hosts.isEmpty() ? QCoreApplication::translate(
                                          "spfm::verify", "Parked domain %1 publishes no MX: senders fall back to its "
                                                          "address records and retry for days.")
                                          .arg(text(name))
                                    : QCoreApplication::translate(
                                          "spfm::verify", "Parked domain %1 publishes MX %2 rather than the null MX.")
                                          .arg(text(name), hosts.join(QStringLiteral(", "))),
                    QCoreApplication::translate("spfm::verify",
                                                "Publish `%1. MX 0 .` as its only MX record (RFC 7505).")
                        .arg(text(name))));
            }
        }
    }
    if (a.dmarc) {
        if (a.dmarc->isError()) {
            failed(*a.dmarc, QStringLiteral("_dmarc TXT"));
        } else {
            int records = 0;
            const QByteArray policy = dmarcPolicy(*a.dmarc, &records);
            if (records != 1 || policy != "reject") {
                add(makeDiagnostic(
                    Code::ParkedNoDmarcReject, name,
                    records == 0 ? QCoreApplication::translate("spfm::verify",
                                                               "Parked domain %1 has no DMARC record at _dmarc.%1.")
                                       .arg(text(name))
                    : records > 1 ? QCoreApplication::translate(
                                        "spfm::verify", "_dmarc.%1 holds %2 DMARC records: receivers ignore them all.")
                                        .arg(text(name))
                                        .arg(records)
                                  : QCoreApplication::translate(
                                        "spfm::verify", "Parked domain %1's DMARC policy is p=%2, not p=reject.")
                                        .arg(text(name), policy.isEmpty() ? QStringLiteral("(missing)") : text(policy)),
                    QCoreApplication::translate(
                        "spfm::verify", "Publish `_dmarc.%1. TXT \"v=DMARC1; p=reject\"` as the only DMARC record.")
                        .arg(text(name))));
            }
        }
    }
}

void DomainCheck::checkWildcard(const Answers &a)
{
    if (!a.wildcard)
        return;
    const QByteArray &name = m_expectation.domain;
    const QByteArray wildcard = wildcardName();
    if (a.wildcard->isError()) {
        add(makeDiagnostic(
            Code::QueryFailed, name,
            QCoreApplication::translate("spfm::verify", "The TXT query for %1 failed (%2): wildcards were not checked.")
                .arg(text(wildcard), QString::fromLatin1(dns::responseCodeName(a.wildcard->rcode))),
            QCoreApplication::translate("spfm::verify", "Verify again once the name servers answer.")));
        return;
    }
    QList<QByteArray> wild = spfTexts(*a.wildcard);
    if (wild.isEmpty())
        return;
    QList<QByteArray> mine = m_result.published;
    std::sort(wild.begin(), wild.end());
    std::sort(mine.begin(), mine.end());
    // The name's set equal to the wildcard's: the name is synthesised from it (or copies it, which DNS cannot tell
    // apart without DNSSEC); either way, changing the wildcard changes this name's policy.
    if (mine == wild && a.txt->cnames.isEmpty()) {
        add(makeDiagnostic(Code::WildcardCoversName, name,
                           QCoreApplication::translate(
                               "spfm::verify", "%1's policy %2 is the wildcard %3's: it applies to every name under %4 "
                                               "that has no TXT records of its own (§3.5).")
                               .arg(text(name), quoted(wild.first()), text(wildcard), text(wildcard.mid(2))),
                           QCoreApplication::translate(
                               "spfm::verify", "Publish %1's own TXT record, and remove the wildcard TXT unless every "
                                               "name under %2 should have that policy.")
                               .arg(text(name), text(wildcard.mid(2)))));
    } else {
        add(makeDiagnostic(
            Code::WildcardBesideName, name,
            QCoreApplication::translate("spfm::verify",
                                        "%1 publishes %2 for every name under %3 without records of its own; %4 "
                                        "has records of its own and is not covered.")
                .arg(text(wildcard), quoted(wild.first()), text(wildcard.mid(2)), text(name)),
            QCoreApplication::translate("spfm::verify", "Make sure that policy is meant for all those names (§3.5).")));
    }
}

void DomainCheck::checkServersAgree(const Answers &a)
{
    if (!a.each || a.each->rcode != dns::ResponseCode::NoError)
        return;
    for (const dns::AuthoritativeAnswer &server : a.each->servers) {
        ServerView view;
        view.server = QString::fromUtf8(server.nameServer) + QLatin1Char(' ') + server.server.toString();
        view.serialKnown = server.soaSerial.has_value();
        view.serial = server.soaSerial.value_or(0);
        if (server.answer.isError())
            view.error = QString::fromLatin1(dns::responseCodeName(server.answer.rcode));
        else
            view.records = spfTexts(server.answer);
        m_result.servers.append(view);
    }
    if (!a.each->serversDisagree())
        return;
    // A change that has not reached every secondary: receivers see one policy or the other, depending on the server
    // their resolver asked.
    QStringList views;
    for (const ServerView &v : std::as_const(m_result.servers)) {
        const QString serial = v.serialKnown ? QString::number(v.serial) : QStringLiteral("unknown");
        const QString records = !v.error.isEmpty()    ? v.error
                                : v.records.isEmpty() ? QCoreApplication::translate("spfm::verify", "no SPF record")
                                                      : QStringLiteral("`%1`").arg(text(v.records.join("` `")));
        views.append(QCoreApplication::translate("spfm::verify", "%1 serial %2: %3").arg(v.server, serial, records));
    }
    add(makeDiagnostic(
        Code::ServersDisagree, m_expectation.domain,
        QCoreApplication::translate("spfm::verify", "The authoritative servers of %1 disagree: %2.")
            .arg(text(a.each->zone), views.join(QStringLiteral("; "))),
        QCoreApplication::translate("spfm::verify",
                                    "Let the zone transfer reach every server (check the secondaries' configuration "
                                    "and NOTIFY), then verify again.")));
}

// F05: a mail server's HELO name is used in MAIL FROM, as postmaster@<HELO> for bounces (§2.4) and by the server's own
// mail (cron, MAILER-DAEMON), yet SPF is not inherited: a name without a record of its own gives none (§4.3, §4.5),
// whatever the domain above it publishes. The project lists no other sub-domains senders use.
void DomainCheck::checkSubdomainSender(const dns::Answer &txt)
{
    if (!m_expectation.roles.contains(Role::Helo) || m_expectation.enclosingDomain.isEmpty() ||
        !m_result.published.isEmpty() || !txt.cnames.isEmpty())
        return;
    const QByteArray &name = m_expectation.domain;
    const QString why = txt.rcode == dns::ResponseCode::NxDomain
                            ? QCoreApplication::translate("spfm::verify", "does not exist (NXDOMAIN)")
                            : QCoreApplication::translate("spfm::verify", "publishes no SPF record");
    add(makeDiagnostic(
        Code::SubdomainNoRecord, name,
        QCoreApplication::translate("spfm::verify",
                                    "%1 is used in MAIL FROM (bounces as postmaster@%1, the server's own mail) but "
                                    "%2: the policy of %3 does not cover sub-domains, so mail from any address "
                                    "@%1 gets none and can be forged.")
            .arg(text(name), why, text(m_expectation.enclosingDomain)),
        QCoreApplication::translate("spfm::verify", "Publish %1 at %2.")
            .arg(quoted(m_expectation.policy.isEmpty() ? QByteArray("v=spf1 -all") : m_expectation.policy),
                 text(name))));
}

} // namespace spfm::verify
