#pragma once

#include "net/IpAddress.h"
#include "project/Project.h"
#include "verify/DomainResult.h"

#include <QByteArray>
#include <QList>

namespace spfm::verify {

// One check_host() the verification must see pass.
struct ExpectedPass
{
    QByteArray server; // host name, also the HELO name
    net::IpAddress address;
    spf::Identity identity = spf::Identity::MailFrom;
};

// What the project says one name must publish, derived from the generator's records.
struct DomainExpectation
{
    QByteArray domain;
    QList<Role> roles;
    QByteArray policy; // the generated v=spf1 text; empty when the project generates none here (a HELO name that is a
                       // project domain is checked under that domain)
    quint32 ttl = 0;
    bool nullMx = false;      // parked: "MX 0 ." (RFC 7505)
    bool dmarcReject = false; // parked: _dmarc.<domain> with p=reject
    bool spfType99 = false;   // the project publishes the obsolete type 99 beside the TXT
    QList<ExpectedPass> passes;

    QByteArray includeTarget; // the name dependents must include (project-wide)
    QByteArray primary;       // the primary domain (project-wide)
    // Project domains (primary, dependents): a name strictly below one of them lives in a zone the admin runs, where
    // a wildcard is the admin's doing.
    bool belowProjectDomain = false;
    QByteArray enclosingDomain; // the closest such project domain above the name; empty when none
};

// Every name to verify, in the generator's order (the primary's zone first), each once.
QList<DomainExpectation> expectationsFor(const project::Project &project);

} // namespace spfm::verify
