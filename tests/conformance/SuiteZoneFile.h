#pragma once

#include "DnsServerFixture.h"

#include <QJsonObject>
#include <QStringList>
#include <cstdint>

namespace spfm::conformance {

// One suite scenario's zonedata as a real DNS server serves it, with the same reading as zoneFromSuite():
// - every name goes into one root zone (the data spans unrelated domains and reverse trees), escaped for the zone
//   file so odd labels, control characters and non-ASCII text arrive byte for byte;
// - a domain's SPF entries are also published as TXT unless it lists any TXT entry;
// - a "TIMEOUT" item is not data but a route: the questions it covers go to a server that never answers.
struct ServedScenario
{
    // What the questions for one name that must time out are.
    struct Timeout
    {
        QByteArray name;
        bool allTypes = false;              // every type except answeredTypes
        QList<std::uint16_t> answeredTypes; // with allTypes: the types listed before the TIMEOUT, served normally
        QList<std::uint16_t> timedOutTypes; // without allTypes: just these types ({TYPE: TIMEOUT})
    };

    QList<testing::ZoneRecord> records; // absolute owners, for a zone with origin "."
    QList<Timeout> timeouts;
    // Data a zone file cannot hold exactly, and what is served in its place. Printed by the test, never hidden.
    QStringList substitutions;
    // Data that cannot be served at all: the scenario cannot run faithfully (the test fails on it).
    QStringList errors;
};

ServedScenario servedScenario(const QJsonObject &zonedata);

} // namespace spfm::conformance
