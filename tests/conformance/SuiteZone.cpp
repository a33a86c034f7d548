#include "SuiteZone.h"

#include "SuiteJson.h"

#include <QJsonArray>

namespace spfm::conformance {

namespace {

using dns::RRType;

void addEntry(dns::MemoryZone &zone, const QByteArray &owner, RRType type, const QJsonValue &value)
{
    dns::ResourceRecord rr;
    rr.owner = owner;
    rr.type = type;
    rr.ttl = 3600;
    switch (type) {
    case RRType::TXT:
    case RRType::SPF: rr.strings = textStrings(value); break;
    case RRType::A:
    case RRType::AAAA: {
        const auto address = net::IpAddress::parse(value.toString().toLatin1());
        if (!address)
            return;
        rr.address = *address;
        break;
    }
    case RRType::MX: {
        const QJsonArray mx = value.toArray();
        rr.preference = std::uint16_t(mx.at(0).toInt());
        const QByteArray exchange = mx.at(1).toString().toUtf8();
        rr.target = exchange.isEmpty() ? QByteArray(".") : exchange; // "" is the root name
        break;
    }
    default: rr.target = value.toString().toUtf8(); break;
    }
    zone.addRecord(rr);
}

} // namespace

dns::MemoryZone zoneFromSuite(const QJsonObject &zonedata)
{
    dns::MemoryZone zone;
    for (auto it = zonedata.constBegin(); it != zonedata.constEnd(); ++it) {
        const QByteArray owner = it.key().toUtf8();
        zone.addName(owner);
        const QList<QJsonValue> items = servedEntries(it.value().toArray());
        for (const QJsonValue &item : items) {
            if (item.isString()) {
                if (item.toString() == QLatin1String("TIMEOUT")) {
                    zone.addFailure(owner, dns::ResponseCode::Timeout);
                    break; // nothing listed after it is ever answered
                }
                continue;
            }
            const QJsonObject record = item.toObject();
            if (record.isEmpty())
                continue;
            const QString typeName = record.constBegin().key();
            const QJsonValue value = record.constBegin().value();
            const std::optional<RRType> type = recordType(typeName);
            if (!type)
                continue;
            if (value.isString() && value.toString() == QLatin1String("TIMEOUT")) {
                zone.addFailure(owner, *type, dns::ResponseCode::Timeout);
                continue;
            }
            if (*type == RRType::TXT && value.isString() && value.toString() == QLatin1String("NONE"))
                continue; // a marker: no TXT record, and no SPF-to-TXT copy
            addEntry(zone, owner, *type, value);
        }
    }
    return zone;
}

} // namespace spfm::conformance
