#pragma once

#include "DnsServerFixture.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <cstdint>

namespace spfm::testing {

// Two NSDs authoritative for one zone that disagree, as while a change has reached one of a zone's servers but not yet
// the other. `ahead` (127.0.0.2, "ns1.<origin>") serves serial kAheadSerial with the new apex policy, `behind`
// (127.0.0.3, "ns2.<origin>") serial kBehindSerial with the old one. They share one port that is not 53, as a zone's
// servers share 53: ask them with that port as the authoritative servers' port.
class DisagreeingServers
{
public:
    static constexpr std::uint32_t kAheadSerial = 2026112702;
    static constexpr std::uint32_t kBehindSerial = 2026112701;

    // The zone as either server has it: its NS set (ns1, ns2 with their addresses), the apex TXT `policy`, and
    // `records`.
    static Zone zone(const QByteArray &origin, std::uint32_t serial, QByteArrayView policy,
                     const QList<ZoneRecord> &records);

    // Starts both; `records` are served by both.
    [[nodiscard]] StartResult start(const QByteArray &origin, QByteArrayView newPolicy, QByteArrayView oldPolicy,
                                    const QList<ZoneRecord> &records);

    DnsServerFixture ahead;
    DnsServerFixture behind;
};

} // namespace spfm::testing
