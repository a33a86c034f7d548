#include "dns/DnsTypes.h"

#include <limits>

namespace spfm::dns {

QByteArray typeName(RRType type)
{
    switch (type) {
    case RRType::A: return "A";
    case RRType::NS: return "NS";
    case RRType::CNAME: return "CNAME";
    case RRType::SOA: return "SOA";
    case RRType::PTR: return "PTR";
    case RRType::MX: return "MX";
    case RRType::TXT: return "TXT";
    case RRType::AAAA: return "AAAA";
    case RRType::SPF: return "SPF";
    }
    return "TYPE" + QByteArray::number(std::uint16_t(type));
}

QByteArray responseCodeName(ResponseCode code)
{
    switch (code) {
    case ResponseCode::NoError: return "NOERROR";
    case ResponseCode::NxDomain: return "NXDOMAIN";
    case ResponseCode::ServFail: return "SERVFAIL";
    case ResponseCode::Refused: return "REFUSED";
    case ResponseCode::FormatError: return "FORMERR";
    case ResponseCode::Timeout: return "TIMEOUT";
    case ResponseCode::NetworkError: return "NETWORK-ERROR";
    }
    return "UNKNOWN";
}

QByteArray nameFromWire(QByteArrayView wire)
{
    QByteArray text;
    qsizetype pos = 0;
    while (pos < wire.size()) {
        const auto length = std::uint8_t(wire[pos]);
        if (length == 0)
            return text.isEmpty() ? QByteArray(".") : normalizeName(text);
        if (length > 63 || pos + 1 + length > wire.size())
            return {}; // RFC 1035 §2.3.4: a label has at most 63 octets (and no compression pointer here)
        if (!text.isEmpty())
            text += '.';
        for (const char c : wire.sliced(pos + 1, length)) {
            if (c == '.' || c == '\\')
                text += '\\';
            text += c;
        }
        pos += 1 + length;
    }
    return {};
}

QByteArray normalizeName(QByteArrayView name)
{
    // Only the root's dot goes: a dot escaped as "\." belongs to the last label (RFC 4343 §2.1), and dropping it would
    // make a different name, so normalizing twice would not give the same name again.
    qsizetype backslashes = 0;
    while (backslashes + 1 < name.size() && name[name.size() - 2 - backslashes] == '\\')
        ++backslashes;
    if (name.endsWith('.') && name.size() > 1 && backslashes % 2 == 0)
        name.chop(1);
    QByteArray out(name.data(), name.size());
    for (char &c : out) {
        if (c >= 'A' && c <= 'Z')
            c = char(c + ('a' - 'A'));
    }
    return out;
}

QByteArray ResourceRecord::joinedText() const
{
    QByteArray out;
    for (const QByteArray &s : strings)
        out += s;
    return out;
}

std::uint32_t Answer::minTtl() const
{
    std::uint32_t ttl = std::numeric_limits<std::uint32_t>::max();
    for (const ResourceRecord &r : records)
        ttl = std::min(ttl, r.ttl);
    for (const ResourceRecord &r : cnames)
        ttl = std::min(ttl, r.ttl);
    return records.isEmpty() && cnames.isEmpty() ? 0 : ttl;
}

} // namespace spfm::dns
