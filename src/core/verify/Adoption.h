#pragma once

#include "dns/DnsTypes.h"
#include "dns/Resolver.h"
#include "project/Project.h"

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <cstdint>
#include <optional>

namespace spfm::verify {

// A term of the published record that the adopted dependent will not carry, and why.
struct SetAsideTerm
{
    enum class Reason : std::uint8_t {
        AfterAll,          // never evaluated (RFC 7208 §5.1)
        Invalid,           // a syntax error: receivers return permerror for the whole record (§4.6)
        Explanation,       // exp= only words the rejection; the project's record does not carry it (§6.2)
        UnknownModifier,   // ignored by receivers (§6)
        RedirectToInclude, // redirect= to another name: kept as include:<name> before the project's own all (§6.1)
        IgnoredRedirect,   // redirect= beside an all mechanism is never used (§6.1)
        SelfReference,     // the domain including itself: a loop (§5.2)
    };
    QString term; // as published
    Reason reason = Reason::Invalid;
};

// What a domain publishes, read before adopting it into a project, relative to the project's primary.
struct AdoptionFinding
{
    enum class Status : std::uint8_t {
        IncludesPrimary, // one SPF record that includes the project's policy (or redirects to it)
        OwnPolicy,       // one SPF record that does not
        NoRecord,        // the name exists and publishes no SPF record (RFC 7208 §4.5: result none)
        MultipleRecords, // several SPF records: receivers return permerror (§4.5)
        NxDomain,        // the name does not exist
        Unreachable,     // no usable answer: timeout, SERVFAIL, refused, network error
    };

    QByteArray domain; // ACE
    Status status = Status::NoRecord;
    QList<QByteArray> records; // the SPF records as published: text from DNS, untrusted
    QByteArray includedName;   // the project name the record includes or redirects to; empty when none
    bool viaRedirect = false;  // the project's policy is reached through redirect= rather than include:
    // Terms that authorise other senders, kept as the dependent's extras on adoption (ProjectModel::checkTerms holds).
    QStringList otherTerms;
    QList<SetAsideTerm> setAside;
    std::optional<project::AllQualifier> all; // the record's own all, when it has one
    bool sendsNoMail = false;                 // the record is "v=spf1 -all": the domain looks parked
    bool inProject = false;                   // already the primary or one of its dependents
    QString detail;                           // for Unreachable: what went wrong (from the resolver)

    bool hasRecord() const
    {
        return status == Status::IncludesPrimary || status == Status::OwnPolicy || status == Status::MultipleRecords;
    }
    // The dependent that keeps what this finding says: the extra terms and the record's all for a dependent, the
    // project's parked defaults for a parked domain.
    project::Dependent toDependent(const project::DomainName &name, bool parked) const;
};

// Reads a TXT answer for domain (ACE) against the project: which SPF records it holds and what they mean for adoption.
AdoptionFinding classifyForAdoption(const QByteArray &domain, const dns::Answer &txt, const project::Project &project);

// Asks resolver for domain's TXT records and classifies the answer; nullopt while a live resolver still owes it (run
// again when it arrives, e.g. as a dns::PendingRunner job).
std::optional<AdoptionFinding> probeForAdoption(dns::Resolver &resolver, const QByteArray &domain,
                                                const project::Project &project);

} // namespace spfm::verify
