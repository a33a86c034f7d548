#include "SuiteZoneFile.h"

#include "SuiteJson.h"
#include "dns/DnsTypes.h"
#include "net/IpAddress.h"

#include <QJsonArray>
#include <QSet>

namespace spfm::conformance {

namespace {

using testing::ZoneRecord;

struct TypeInfo
{
    QByteArray name;
    std::uint16_t code;
};

std::optional<TypeInfo> typeFromName(const QString &name)
{
    const std::optional<dns::RRType> type = recordType(name);
    if (!type)
        return std::nullopt;
    return TypeInfo{name.toLatin1(), std::uint16_t(*type)};
}

// The rdata of one entry in zone-file form, or an empty array (with why) when it cannot be written.
QByteArray rdataOf(const TypeInfo &type, const QJsonValue &value, const QByteArray &owner, ServedScenario &out)
{
    switch (dns::RRType(type.code)) {
    case dns::RRType::TXT:
    case dns::RRType::SPF: {
        const QList<QByteArray> strings = textStrings(value);
        if (strings.isEmpty()) {
            // RFC 1035 §3.3.14 gives TXT one or more strings; NSD refuses a record without any.
            out.substitutions.append(
                QStringLiteral("%1 %2 with no character-strings (\"null text\"): NSD loads no such "
                               "record, served as one empty string")
                    .arg(QString::fromUtf8(owner), QString::fromLatin1(type.name)));
        }
        return ZoneRecord::strings(owner, strings, type.name).rdata;
    }
    case dns::RRType::A:
    case dns::RRType::AAAA: {
        const QByteArray text = value.toString().toLatin1();
        const std::optional<net::IpAddress> address = net::IpAddress::parse(text);
        if (!address || address->isV4() != (dns::RRType(type.code) == dns::RRType::A)) {
            out.errors.append(QStringLiteral("%1 %2 %3: not an address of that family")
                                  .arg(QString::fromUtf8(owner), QString::fromLatin1(type.name), value.toString()));
            return {};
        }
        return address->toString().toLatin1();
    }
    case dns::RRType::MX: {
        const QJsonArray mx = value.toArray();
        // An exchange of "" (RFC 4408 suite) is the root name.
        return QByteArray::number(mx.at(0).toInt()) + ' ' + ZoneRecord::absoluteName(mx.at(1).toString().toUtf8());
    }
    default: return ZoneRecord::absoluteName(value.toString().toUtf8()); // CNAME, PTR
    }
}

void serveName(const QByteArray &owner, const QJsonArray &entries, ServedScenario &out)
{
    const QByteArray absolute = ZoneRecord::absoluteName(owner);
    const QList<QJsonValue> items = servedEntries(entries);

    QList<std::uint16_t> served; // types with a record written, in order
    ServedScenario::Timeout timeout;
    timeout.name = owner;
    QSet<QByteArray> written; // "TYPE rdata"
    bool cname = false;
    bool other = false;
    for (const QJsonValue &item : std::as_const(items)) {
        if (item.isString()) {
            if (item.toString() == QLatin1String("TIMEOUT")) {
                // Queries of the types listed before it are answered; every other query times out, and nothing
                // listed after it is ever answered.
                timeout.allTypes = true;
                timeout.answeredTypes = served;
                break;
            }
            out.errors.append(QStringLiteral("%1: unknown marker %2").arg(QString::fromUtf8(owner), item.toString()));
            continue;
        }
        const QJsonObject record = item.toObject();
        if (record.size() != 1) {
            out.errors.append(QStringLiteral("%1: an entry is not a one-key map").arg(QString::fromUtf8(owner)));
            continue;
        }
        const std::optional<TypeInfo> type = typeFromName(record.constBegin().key());
        const QJsonValue value = record.constBegin().value();
        if (!type) {
            out.errors.append(
                QStringLiteral("%1: unknown type %2").arg(QString::fromUtf8(owner), record.constBegin().key()));
            continue;
        }
        if (value.isString() && value.toString() == QLatin1String("TIMEOUT")) {
            // Records of the type listed before still answer (as zoneFromSuite()).
            if (!served.contains(type->code))
                timeout.timedOutTypes.append(type->code);
            continue;
        }
        if (dns::RRType(type->code) == dns::RRType::TXT && value.isString() &&
            value.toString() == QLatin1String("NONE"))
            continue; // a marker: no TXT record, and no SPF-to-TXT copy
        const QByteArray rdata = rdataOf(*type, value, owner, out);
        if (rdata.isEmpty())
            continue;
        if (written.contains(type->name + ' ' + rdata)) {
            // RFC 2181 §5: an RRset holds each record once; a server (and any cache) merges identical ones.
            out.substitutions.append(
                QStringLiteral("%1 lists the %2 record %3 twice: an RRset holds it once, served once")
                    .arg(QString::fromUtf8(owner), QString::fromLatin1(type->name), QString::fromUtf8(rdata)));
            continue;
        }
        written.insert(type->name + ' ' + rdata);
        out.records.append(ZoneRecord{absolute, type->name, rdata, 3600});
        served.append(type->code);
        (dns::RRType(type->code) == dns::RRType::CNAME ? cname : other) = true;
    }
    if (cname && other) {
        out.errors.append(QStringLiteral("%1: a CNAME beside other data, which no zone can hold (RFC 1034 §3.6.2)")
                              .arg(QString::fromUtf8(owner)));
    }
    if (served.isEmpty() && !timeout.allTypes) {
        // The suite's name exists without records (NODATA, not NXDOMAIN); a zone holds a name only through a record.
        // A type nobody asks for keeps it there.
        out.records.append(ZoneRecord{absolute, "HINFO", "\"suite\" \"name without records\"", 3600});
        out.substitutions.append(QStringLiteral("%1 lists no records: served with an HINFO record so the name exists")
                                     .arg(QString::fromUtf8(owner)));
    }
    if (timeout.allTypes || !timeout.timedOutTypes.isEmpty())
        out.timeouts.append(timeout);
}

} // namespace

ServedScenario servedScenario(const QJsonObject &zonedata)
{
    ServedScenario out;
    QSet<QByteArray> timedOut;
    for (auto it = zonedata.constBegin(); it != zonedata.constEnd(); ++it)
        serveName(it.key().toUtf8(), it.value().toArray(), out);
    for (const ServedScenario::Timeout &t : std::as_const(out.timeouts))
        timedOut.insert(dns::normalizeName(t.name));
    // A server follows a CNAME inside its zone and answers the target's data in the same reply, so a query that
    // must time out at the target would be answered through the alias.
    for (const ZoneRecord &r : std::as_const(out.records)) {
        if (r.type == "CNAME" && timedOut.contains(dns::normalizeName(r.rdata)))
            out.errors.append(QStringLiteral("%1 is an alias of %2, whose queries must time out: a server answers the "
                                             "alias from the target's data")
                                  .arg(QString::fromUtf8(r.owner), QString::fromUtf8(r.rdata)));
    }
    return out;
}

} // namespace spfm::conformance
