#include "DisagreeingServers.h"

namespace spfm::testing {

Zone DisagreeingServers::zone(const QByteArray &origin, std::uint32_t serial, QByteArrayView policy,
                              const QList<ZoneRecord> &records)
{
    Zone z;
    z.origin = origin;
    z.serial = serial;
    z.nameServers = {"ns1." + origin, "ns2." + origin};
    z.records = {ZoneRecord::txt("@", policy), ZoneRecord{"ns1", "A", "127.0.0.2"},
                 ZoneRecord{"ns2", "A", "127.0.0.3"}};
    z.records += records;
    return z;
}

StartResult DisagreeingServers::start(const QByteArray &origin, QByteArrayView newPolicy, QByteArrayView oldPolicy,
                                      const QList<ZoneRecord> &records)
{
    ahead.setAddress(QHostAddress(QStringLiteral("127.0.0.2")));
    ahead.addZone(zone(origin, kAheadSerial, newPolicy, records));
    const StartResult started = ahead.start();
    if (!started)
        return started;
    behind.setAddress(QHostAddress(QStringLiteral("127.0.0.3")));
    behind.setPort(ahead.port());
    behind.addZone(zone(origin, kBehindSerial, oldPolicy, records));
    return behind.start();
}

} // namespace spfm::testing
