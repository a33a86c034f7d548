#pragma once

// The small text form the lint and check_host targets read their DNS data from, so that a seed stays readable and a
// mutation stays meaningful: one record a line, "OWNER TYPE DATA".
//   TXT/SPF: DATA is the text; a TAB splits it into several character-strings (as a multi-string TXT record)
//   A/AAAA:  an address            MX: "PREFERENCE NAME" or "NAME"          PTR/CNAME: a name
//   TIMEOUT/SERVFAIL: every query for OWNER fails so (DATA ignored)        NAME: OWNER exists, with no records
// Lines that do not fit are skipped: the targets are after the engine, not after this reader.
#include "dns/MemoryZone.h"

#include <QByteArrayList>

namespace spfm::fuzz {

inline void addZoneLine(dns::MemoryZone &zone, QByteArrayView line)
{
    using dns::RRType;
    const qsizetype firstSpace = line.indexOf(' ');
    if (firstSpace <= 0)
        return;
    const QByteArrayView owner = line.first(firstSpace);
    QByteArrayView rest = line.sliced(firstSpace + 1);
    const qsizetype secondSpace = rest.indexOf(' ');
    const QByteArrayView type = secondSpace < 0 ? rest : rest.first(secondSpace);
    const QByteArrayView data = secondSpace < 0 ? QByteArrayView() : rest.sliced(secondSpace + 1);

    if (type == "TIMEOUT" || type == "SERVFAIL") {
        zone.addFailure(owner, type == "TIMEOUT" ? dns::ResponseCode::Timeout : dns::ResponseCode::ServFail);
        return;
    }
    if (type == "NAME") {
        zone.addName(owner);
        return;
    }
    dns::ResourceRecord rr;
    rr.owner = dns::normalizeName(owner);
    rr.ttl = 3600;
    if (type == "TXT" || type == "SPF") {
        rr.type = type == "TXT" ? RRType::TXT : RRType::SPF;
        rr.strings = data.toByteArray().split('\t');
    } else if (type == "A" || type == "AAAA") {
        const std::optional<net::IpAddress> address = net::IpAddress::parse(data);
        if (!address || address->isV4() != (type == "A"))
            return;
        rr.type = type == "A" ? RRType::A : RRType::AAAA;
        rr.address = *address;
    } else if (type == "MX") {
        rr.type = RRType::MX;
        const qsizetype space = data.indexOf(' ');
        rr.preference = space < 0 ? 10 : std::uint16_t(data.first(space).toUInt());
        rr.target = dns::normalizeName(space < 0 ? data : data.sliced(space + 1));
        if (rr.target.isEmpty())
            rr.target = ".";
    } else if (type == "PTR" || type == "CNAME") {
        rr.type = type == "PTR" ? RRType::PTR : RRType::CNAME;
        rr.target = dns::normalizeName(data);
    } else {
        return;
    }
    zone.addRecord(rr);
}

// The lines of input after the first; the first is the target's own (a query, a record).
inline void addZoneLines(dns::MemoryZone &zone, const QList<QByteArray> &lines)
{
    for (qsizetype i = 1; i < lines.size(); ++i)
        addZoneLine(zone, lines[i]);
}

} // namespace spfm::fuzz
