#include "project/Generator.h"

#include "lint/Codes.h"
#include "lint/Linter.h"
#include "project/ServerCheck.h"
#include "spf/Parser.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <algorithm>

namespace spfm::project {

namespace {

constexpr int kMaxLookups = 10; // RFC 7208 §4.6.4
constexpr int kHeadroomAt = 8;
constexpr int kRecordSizeAdvice = 450; // RFC 7208 §3.4

lint::Diagnostic diagnostic(lint::Code code, const QByteArray &domain, QString message, QString fix)
{
    const lint::CodeInfo &info = lint::codeInfo(code);
    lint::Diagnostic d;
    d.code = lint::codeName(code);
    d.severity = info.severity;
    d.rfcSection = info.rfcSection;
    d.domain = domain;
    d.message = std::move(message);
    d.fix = std::move(fix);
    return d;
}

// Mechanisms in the project's order, then the closing all, then the modifiers in their own order. A modifier's place
// does not change the result (RFC 7208 §6), but one before a mechanism is SPF203 and readers look for redirect= last.
QByteArray policyText(const QByteArray &head, const QStringList &terms, AllQualifier all)
{
    QByteArray text = "v=spf1";
    QByteArray modifiers;
    if (!head.isEmpty())
        text += ' ' + head;
    for (const QString &t : terms) {
        const QByteArray term = t.toUtf8();
        (spf::parseTerm(term).isModifier() ? modifiers : text) += ' ' + term;
    }
    if (all != AllQualifier::None) {
        text += ' ';
        text += static_cast<char>(all);
        text += "all";
    }
    return text + modifiers;
}

bool hasRedirect(const QStringList &terms)
{
    for (const QString &t : terms) {
        const spf::Term term = spf::parseTerm(t.toUtf8());
        if (term.isModifier() && term.modifier == spf::Modifier::Redirect)
            return true;
    }
    return false;
}

struct LookupCount
{
    int count = 0;
    bool atLeast = false; // includes/redirects to names we do not know the cost of
};

// A DNS-querying term in evaluation order (the generated text puts redirect= last, where it is evaluated).
struct LookupTerm
{
    QByteArray text;
    int offset = 0;
    bool known = false; // includes the project's own target, which costs 1 + the target's policy
};

// Counts the DNS-querying terms of a policy by the parser's reading (§4.6.4). Includes of `known` names are the
// caller's arithmetic; any other include or redirect makes the count a lower bound.
LookupCount countLookups(const spf::Record &record, const QByteArray &known, QList<LookupTerm> *terms)
{
    LookupCount c;
    for (const spf::Term &t : record.terms) {
        if (!t.queriesDns())
            continue;
        ++c.count;
        const bool follows = (t.isMechanism() && t.mechanism == spf::Mechanism::Include) ||
                             (t.isModifier() && t.modifier == spf::Modifier::Redirect);
        bool isKnown = false;
        if (follows) {
            QByteArray target = (t.isMechanism() ? t.domainSpec : t.value).toLower();
            if (target.endsWith('.'))
                target.chop(1);
            isKnown = target == known;
            if (!isKnown)
                c.atLeast = true;
        }
        terms->append({t.text, t.offset, isKnown});
    }
    return c;
}

// What one policy text costs and what is wrong with it, computed once per distinct text: ten thousand dependents
// mostly share one.
struct PolicyCheck
{
    LookupCount lookups;
    QList<LookupTerm> lookupTerms;
    lint::Diagnostics diagnostics; // domain left empty
};

class PolicyChecker
{
public:
    PolicyChecker(QByteArray knownTarget, bool lint)
        : m_target(std::move(knownTarget))
        , m_lint(lint)
    {}

    const PolicyCheck &check(const QByteArray &text)
    {
        auto it = m_cache.constFind(text);
        if (it != m_cache.cend())
            return *it;
        PolicyCheck c;
        const spf::Record record = spf::parseRecord(text);
        c.lookups = countLookups(record, m_target, &c.lookupTerms);
        if (m_lint) {
            c.diagnostics = lint::lintRecordStrings(txtStrings(text));
            // The linter counts only the record's own terms; the generator counts through the project's include
            // (addPolicy), so the linter's lower bound would repeat its SPF401/SPF402 with a smaller number.
            const QByteArray over = lint::codeName(lint::Code::LookupLimitExceeded);
            const QByteArray headroom = lint::codeName(lint::Code::LookupLimitHeadroom);
            c.diagnostics.removeIf([&](const lint::Diagnostic &d) { return d.code == over || d.code == headroom; });
        }
        // A record that does not parse is permerror (RFC 7208 §4.6) whatever the linter says; never export it quietly.
        if (!record.isValid() && lint::worstSeverity(c.diagnostics) != lint::Severity::Error) {
            for (const spf::ParseIssue &issue : record.issues) {
                lint::Diagnostic d =
                    diagnostic(lint::Code::OtherSyntaxError, {}, issue.message,
                               QCoreApplication::translate("spfm::project", "Correct or remove the term."));
                d.term = issue.term;
                d.offset = issue.offset;
                c.diagnostics.append(d);
            }
        }
        return *m_cache.insert(text, c);
    }

private:
    QByteArray m_target;
    bool m_lint;
    QHash<QByteArray, PolicyCheck> m_cache;
};

class Builder
{
public:
    Builder(const Project &project, const GeneratorOptions &options)
        : m_project(project)
        , m_checker(project.effectiveIncludeTarget().ace(), options.lint)
    {
        m_zones.insert(project.primary.domain.ace());
        for (const Dependent &d : project.dependents)
            m_zones.insert(d.domain.ace());
    }

    Generation run()
    {
        const Primary &primary = m_project.primary;
        const QByteArray target = m_project.effectiveIncludeTarget().ace();
        const QByteArray primaryText = policyText({}, primary.terms, primary.all);
        const LookupCount primaryCount = m_checker.check(primaryText).lookups;

        const qsizetype primaryIndex =
            addPolicy(primary.domain.ace(), RecordRole::PrimaryPolicy, primaryText, primaryCount);
        checkRedirectBesideAll(primaryIndex, primary.terms, primary.all, primary.domain);
        if (primary.all == AllQualifier::Pass)
            m_generation.diagnostics.append(
                diagnostic(lint::Code::PassAll, primary.domain.ace(),
                           QCoreApplication::translate(
                               "spfm::project",
                               "The primary's policy ends in +all: every host on the Internet may send mail as %1 and "
                               "as every dependent domain.")
                               .arg(primary.domain.display()),
                           QCoreApplication::translate("spfm::project",
                                                       "Use -all (or ~all while testing) and list the real senders.")));
        if (m_project.includeTarget)
            checkRedirectBesideAll(addPolicy(target, RecordRole::IncludeTarget, primaryText, primaryCount),
                                   primary.terms, primary.all, *m_project.includeTarget);

        QList<const MailServer *> outside;
        for (const MailServer &m : m_project.mailServers) {
            if (zoneOf(m.hostname.ace()) == primary.domain.ace())
                addHelo(m);
            else
                outside.append(&m);
        }

        QHash<QByteArray, int> ownCountCache;
        for (const Dependent &d : m_project.dependents) {
            const QByteArray &name = d.domain.ace();
            if (d.parked) {
                addPolicy(name, RecordRole::Parked, "v=spf1 -all", m_checker.check("v=spf1 -all").lookups);
                if (d.nullMx)
                    add(name, RecordType::Mx, RecordRole::NullMx, "0 .");
                if (d.dmarc)
                    add("_dmarc." + name, RecordType::Txt, RecordRole::Dmarc, "v=DMARC1; p=reject");
            } else {
                const QByteArray text = policyText("include:" + target, d.terms, d.all);
                // dependent = its own terms (the include counts 1) + everything the target's policy spends
                LookupCount own = m_checker.check(text).lookups;
                own.count += primaryCount.count;
                own.atLeast = own.atLeast || primaryCount.atLeast;
                const qsizetype index = addPolicy(name, RecordRole::Dependent, text, own, primaryCount.count);
                checkRedirectBesideAll(index, d.terms, d.all, d.domain);
                if (d.all == AllQualifier::Pass)
                    m_generation.records[index].diagnostics.append(diagnostic(
                        lint::Code::PassAll, name,
                        QCoreApplication::translate("spfm::project",
                                                    "%1 ends in +all: every host on the Internet may send mail as it.")
                            .arg(d.domain.display()),
                        QCoreApplication::translate("spfm::project", "Use -all or ~all.")));
            }
            for (qsizetype i = 0; i < outside.size(); ++i) {
                if (outside[i] && zoneOf(outside[i]->hostname.ace()) == name) {
                    addHelo(*outside[i]);
                    outside[i] = nullptr;
                }
            }
        }
        for (const MailServer *m : std::as_const(outside)) {
            if (m)
                addHelo(*m);
        }

        // Before publishing: does the primary's own policy let the project's servers send? (RFC 7208 §2.4, §4)
        m_generation.records[primaryIndex].diagnostics += checkServersAuthorised(m_project, m_generation.records);

        if (m_project.publishSpfType99)
            m_generation.diagnostics.append(
                diagnostic(lint::Code::SpfTypePublished, {},
                           QCoreApplication::translate(
                               "spfm::project",
                               "The obsolete SPF record type (99) is exported on request. RFC 7208 §3.1 removed it: "
                               "receivers read only TXT, and two copies can drift apart."),
                           QCoreApplication::translate(
                               "spfm::project",
                               "Turn off \"spf_rr_type99\" unless a receiver you must serve still asks for type 99.")));
        return std::move(m_generation);
    }

private:
    QByteArray zoneOf(const QByteArray &owner) const
    {
        qsizetype from = 0;
        while (from >= 0 && from < owner.size()) {
            const QByteArray candidate = owner.mid(from);
            if (m_zones.contains(candidate))
                return candidate;
            from = owner.indexOf('.', from);
            if (from >= 0)
                ++from;
        }
        return owner;
    }

    GeneratedRecord &add(const QByteArray &owner, RecordType type, RecordRole role, const QByteArray &text)
    {
        GeneratedRecord r;
        r.owner = owner;
        r.zone = zoneOf(owner);
        r.type = type;
        r.role = role;
        r.ttl = m_project.ttl;
        r.text = text;
        m_generation.records.append(std::move(r));
        return m_generation.records.last();
    }

    // The index of the TXT record (a type-99 copy may follow it).
    // knownCost: what an include of the project's own target spends beyond its own lookup (the primary's count).
    qsizetype addPolicy(const QByteArray &owner, RecordRole role, const QByteArray &text, LookupCount lookups,
                        int knownCost = 0)
    {
        const qsizetype index = m_generation.records.size();
        GeneratedRecord &r = add(owner, RecordType::Txt, role, text);
        r.lookups = lookups.count;
        r.lookupsAtLeast = lookups.atLeast;
        r.diagnostics = m_checker.check(text).diagnostics;
        for (lint::Diagnostic &d : r.diagnostics)
            d.domain = owner;
        const QString atLeast = lookups.atLeast ? QCoreApplication::translate("spfm::project", "at least ") : QString();
        if (lookups.count > kMaxLookups) {
            lint::Diagnostic &d = r.diagnostics.emplace_back(diagnostic(
                lint::Code::LookupLimitExceeded, owner,
                QCoreApplication::translate(
                    "spfm::project",
                    "Evaluating %1 takes %2%3 DNS lookups (its own terms plus the included policy); the limit "
                    "is 10 and receivers return permerror past it.")
                    .arg(QString::fromLatin1(owner), atLeast)
                    .arg(lookups.count),
                QCoreApplication::translate(
                    "spfm::project", "Replace a, mx and include terms of the primary's policy by ip4:/ip6: terms.")));
            // The term whose lookups cross the limit, where receivers stop with permerror (§4.6.4).
            int running = 0;
            for (const LookupTerm &t : m_checker.check(text).lookupTerms) {
                running += 1 + (t.known ? knownCost : 0);
                if (running > kMaxLookups) {
                    d.term = t.text;
                    d.offset = t.offset;
                    break;
                }
            }
        } else if (lookups.count >= kHeadroomAt)
            r.diagnostics.append(diagnostic(
                lint::Code::LookupLimitHeadroom, owner,
                QCoreApplication::translate("spfm::project", "Evaluating %1 takes %2%3 of the 10 allowed DNS lookups.")
                    .arg(QString::fromLatin1(owner), atLeast)
                    .arg(lookups.count),
                QCoreApplication::translate("spfm::project", "Keep headroom for includes that may grow.")));
        // The linter already judges the size (SPF302 over 450, SPF303 over 512): one finding per record.
        const bool sizeJudged =
            std::any_of(r.diagnostics.cbegin(), r.diagnostics.cend(), [](const lint::Diagnostic &d) {
                return d.code == lint::codeName(lint::Code::RecordOver450) ||
                       d.code == lint::codeName(lint::Code::RecordOver512);
            });
        if (text.size() > kRecordSizeAdvice && !sizeJudged)
            r.diagnostics.append(diagnostic(
                lint::Code::RecordOver450, owner,
                QCoreApplication::translate("spfm::project",
                                            "The record for %1 is %2 octets; over 450 the DNS answer may not "
                                            "fit in 512 octets (RFC 7208 §3.4).")
                    .arg(QString::fromLatin1(owner))
                    .arg(text.size()),
                QCoreApplication::translate("spfm::project",
                                            "Shorten the policy or move terms to a dedicated include.")));
        if (m_project.publishSpfType99) {
            GeneratedRecord copy = m_generation.records.last();
            copy.type = RecordType::Spf;
            copy.diagnostics.clear();
            m_generation.records.append(std::move(copy));
        }
        return index;
    }

    // §6.1: beside all, redirect= is never followed, so the policy the admin pointed at does not apply. The project
    // can say "no all" (AllQualifier::None), so this is a project error, not just the linter's SPF202 warning.
    void checkRedirectBesideAll(qsizetype index, const QStringList &terms, AllQualifier all, const DomainName &domain)
    {
        if (all == AllQualifier::None || !hasRedirect(terms))
            return;
        GeneratedRecord &r = m_generation.records[index];
        const QByteArray spf202 = lint::codeName(lint::Code::RedirectIgnoredBesideAll);
        r.diagnostics.removeIf([&](const lint::Diagnostic &d) { return d.code == spf202; });
        lint::Diagnostic d;
        d.code = kRedirectBesideAll;
        d.severity = lint::Severity::Error;
        d.domain = r.owner;
        d.rfcSection = "7208 §6.1";
        d.message = QCoreApplication::translate("spfm::project",
                                                "The policy of %1 has redirect= and ends in %2all: receivers ignore "
                                                "redirect= when the record has all, so the redirect target never "
                                                "applies.")
                        .arg(domain.display(), QString(allQualifierChar(all)));
        d.fix = QCoreApplication::translate("spfm::project",
                                            "Set its all to \"none\" (no all) so the redirect target decides, or "
                                            "remove the redirect= term.");
        r.diagnostics.append(d);
    }

    void addHelo(const MailServer &m)
    {
        const QByteArray &name = m.hostname.ace();
        if (m_zones.contains(name) || name == m_project.effectiveIncludeTarget().ace()) {
            // Two v=spf1 records at one name are a permerror (§4.5): the domain's policy also answers HELO checks.
            lint::Diagnostic d;
            d.code = kHeloNameHasPolicy;
            d.severity = lint::Severity::Info;
            d.domain = name;
            d.rfcSection = "7208 §2.3";
            d.message = QCoreApplication::translate(
                            "spfm::project",
                            "The mail server's HELO name %1 is also a project domain; its policy there answers "
                            "HELO checks, so no separate HELO record is generated.")
                            .arg(m.hostname.display());
            d.fix = QCoreApplication::translate(
                "spfm::project", "Make sure that policy authorises the server's own addresses (ip4:/ip6: or a).");
            m_generation.diagnostics.append(d);
            return;
        }
        QByteArray text = "v=spf1";
        for (const net::IpAddress &a : m.addresses)
            text += (a.isV4() ? " ip4:" : " ip6:") + a.toText();
        text += " -all";
        addPolicy(name, RecordRole::Helo, text, m_checker.check(text).lookups);
    }

    const Project &m_project;
    PolicyChecker m_checker;
    QSet<QByteArray> m_zones;
    Generation m_generation;
};

} // namespace

Generation generate(const Project &project, const GeneratorOptions &options)
{
    return Builder(project, options).run();
}

} // namespace spfm::project
