#include "verify/Adoption.h"

#include "spf/Parser.h"

#include <algorithm>

namespace spfm::verify {

namespace {

using Reason = SetAsideTerm::Reason;

// Names compared as DNS compares them: case-insensitive, one trailing dot optional.
QByteArray comparable(QByteArrayView name)
{
    return dns::normalizeName(name);
}

bool inProject(const QByteArray &domain, const project::Project &project)
{
    if (domain == project.primary.domain.ace())
        return true;
    return std::any_of(project.dependents.cbegin(), project.dependents.cend(),
                       [&](const project::Dependent &d) { return d.domain.ace() == domain; });
}

void classifyRecord(AdoptionFinding &f, const QByteArray &text, const project::Project &project)
{
    // Either name carries the primary's policy: the dedicated include target publishes it, and the primary's own
    // record is that policy.
    const QList<QByteArray> projectNames{project.effectiveIncludeTarget().ace(), project.primary.domain.ace()};
    const spf::Record record = spf::parseRecord(text);
    const bool hasAll = std::any_of(record.terms.cbegin(), record.terms.cend(), [](const spf::Term &t) {
        return t.isValid() && t.isMechanism() && t.mechanism == spf::Mechanism::All;
    });

    bool afterAll = false;
    bool redirected = false;
    for (const spf::Term &t : record.terms) {
        const QString written = QString::fromUtf8(t.text);
        if (!t.isValid()) {
            f.setAside.append({written, Reason::Invalid});
            continue;
        }
        if (t.isModifier()) {
            if (t.modifier == spf::Modifier::Exp) {
                f.setAside.append({written, Reason::Explanation});
            } else if (t.modifier == spf::Modifier::Unknown) {
                f.setAside.append({written, Reason::UnknownModifier});
            } else if (hasAll) {
                f.setAside.append({written, Reason::IgnoredRedirect});
            } else if (projectNames.contains(comparable(t.value))) {
                f.includedName = comparable(t.value);
                f.viaRedirect = true;
                redirected = true;
            } else if (comparable(t.value) == f.domain) {
                f.setAside.append({written, Reason::SelfReference});
            } else {
                // The generated record ends with its own all, beside which a redirect would be ignored; an include
                // still lets the same senders through.
                f.otherTerms.append(QStringLiteral("include:") + QString::fromUtf8(t.value));
                f.setAside.append({written, Reason::RedirectToInclude});
                redirected = true;
            }
            continue;
        }
        if (afterAll) {
            f.setAside.append({written, Reason::AfterAll}); // §5.1
            continue;
        }
        if (t.mechanism == spf::Mechanism::All) {
            f.all = project::AllQualifier(char(t.qualifier));
            afterAll = true;
            continue;
        }
        if (t.mechanism == spf::Mechanism::Include && t.qualifier == spf::Qualifier::Pass) {
            const QByteArray target = comparable(t.domainSpec);
            if (projectNames.contains(target)) {
                if (f.includedName.isEmpty() || f.viaRedirect) {
                    f.includedName = target;
                    f.viaRedirect = false;
                }
                continue;
            }
            if (target == f.domain) {
                f.setAside.append({written, Reason::SelfReference});
                continue;
            }
        }
        f.otherTerms.append(written);
    }
    f.status = f.includedName.isEmpty() ? AdoptionFinding::Status::OwnPolicy : AdoptionFinding::Status::IncludesPrimary;
    f.sendsNoMail = record.isValid() && !redirected && f.otherTerms.isEmpty() && f.includedName.isEmpty() &&
                    f.all == project::AllQualifier::Fail;
}

} // namespace

project::Dependent AdoptionFinding::toDependent(const project::DomainName &name, bool parked) const
{
    project::Dependent d;
    d.domain = name;
    d.parked = parked;
    if (!parked) {
        d.terms = otherTerms;
        d.all = all.value_or(project::AllQualifier::Fail);
    }
    return d;
}

AdoptionFinding classifyForAdoption(const QByteArray &domain, const dns::Answer &txt, const project::Project &project)
{
    AdoptionFinding f;
    f.domain = comparable(domain);
    f.inProject = inProject(f.domain, project);
    if (txt.rcode == dns::ResponseCode::NxDomain) {
        f.status = AdoptionFinding::Status::NxDomain;
        return f;
    }
    if (txt.isError()) {
        f.status = AdoptionFinding::Status::Unreachable;
        f.detail = txt.detail.isEmpty() ? QString::fromLatin1(dns::responseCodeName(txt.rcode)) : txt.detail;
        return f;
    }
    for (const dns::ResourceRecord &rr : txt.records) {
        if (rr.type != dns::RRType::TXT)
            continue;
        const QByteArray text = rr.joinedText(); // §3.3
        if (spf::isSpfRecord(text))              // §4.5: other TXT records are not SPF's business
            f.records.append(text);
    }
    if (f.records.isEmpty()) {
        f.status = AdoptionFinding::Status::NoRecord;
        return f;
    }
    if (f.records.size() > 1) {
        // §4.5: receivers return permerror, so no one record says what the domain means.
        f.status = AdoptionFinding::Status::MultipleRecords;
        return f;
    }
    classifyRecord(f, f.records.first(), project);
    return f;
}

std::optional<AdoptionFinding> probeForAdoption(dns::Resolver &resolver, const QByteArray &domain,
                                                const project::Project &project)
{
    const std::optional<dns::Answer> answer = resolver.lookup(dns::Question(domain, dns::RRType::TXT));
    if (!answer)
        return std::nullopt;
    return classifyForAdoption(domain, *answer, project);
}

} // namespace spfm::verify
