#include "net/IpAddress.h"

#include <arpa/inet.h>
#include <cstring>

namespace spfm::net {

IpAddress IpAddress::v4(std::uint32_t hostOrder)
{
    IpAddress a;
    a.m_family = Family::V4;
    a.m_bytes[0] = std::uint8_t(hostOrder >> 24);
    a.m_bytes[1] = std::uint8_t(hostOrder >> 16);
    a.m_bytes[2] = std::uint8_t(hostOrder >> 8);
    a.m_bytes[3] = std::uint8_t(hostOrder);
    return a;
}

IpAddress IpAddress::fromBytes(Family family, const std::uint8_t *bytes)
{
    IpAddress a;
    a.m_family = family;
    std::memcpy(a.m_bytes.data(), bytes, family == Family::V4 ? 4 : 16);
    return a;
}

std::optional<IpAddress> IpAddress::parseV4(QByteArrayView text)
{
    // inet_pton(AF_INET) accepts exactly the dotted quad with decimal octets; leading zeros are refused by glibc.
    // inet_pton stops at a NUL, so "192.0.2.1\0junk" would pass without this check.
    if (text.size() < 7 || text.size() > 15 || text.contains('\0'))
        return std::nullopt;
    char buf[16];
    std::memcpy(buf, text.data(), size_t(text.size()));
    buf[text.size()] = '\0';
    IpAddress a;
    a.m_family = Family::V4;
    if (inet_pton(AF_INET, buf, a.m_bytes.data()) != 1)
        return std::nullopt;
    return a;
}

std::optional<IpAddress> IpAddress::parseV6(QByteArrayView text)
{
    if (text.size() < 2 || text.size() > 45 || text.contains('\0'))
        return std::nullopt;
    char buf[46];
    std::memcpy(buf, text.data(), size_t(text.size()));
    buf[text.size()] = '\0';
    IpAddress a;
    a.m_family = Family::V6;
    if (inet_pton(AF_INET6, buf, a.m_bytes.data()) != 1)
        return std::nullopt;
    return a;
}

std::optional<IpAddress> IpAddress::parse(QByteArrayView text)
{
    if (text.contains(':'))
        return parseV6(text);
    return parseV4(text);
}

std::optional<IpAddress> IpAddress::mappedV4() const
{
    if (isV4())
        return *this;
    static constexpr std::uint8_t prefix[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
    if (std::memcmp(m_bytes.data(), prefix, 12) != 0)
        return std::nullopt;
    return fromBytes(Family::V4, m_bytes.data() + 12);
}

bool IpAddress::isInNetwork(const IpAddress &network, int prefixLength) const
{
    if (m_family != network.m_family || prefixLength < 0 || prefixLength > bitCount())
        return false;
    const int fullBytes = prefixLength / 8;
    if (std::memcmp(m_bytes.data(), network.m_bytes.data(), size_t(fullBytes)) != 0)
        return false;
    const int restBits = prefixLength % 8;
    if (restBits == 0)
        return true;
    const std::uint8_t mask = std::uint8_t(0xff << (8 - restBits));
    return (m_bytes[size_t(fullBytes)] & mask) == (network.m_bytes[size_t(fullBytes)] & mask);
}

IpAddress IpAddress::masked(int prefixLength) const
{
    IpAddress out = *this;
    const int bytes = bitCount() / 8;
    for (int i = 0; i < bytes; ++i) {
        const int bitsHere = prefixLength - i * 8;
        if (bitsHere >= 8)
            continue;
        if (bitsHere <= 0)
            out.m_bytes[size_t(i)] = 0;
        else
            out.m_bytes[size_t(i)] &= std::uint8_t(0xff << (8 - bitsHere));
    }
    return out;
}

bool IpAddress::hasHostBits(int prefixLength) const
{
    return !(masked(prefixLength) == *this);
}

static const char hexDigits[] = "0123456789abcdef";

QByteArray IpAddress::toText() const
{
    if (isV4()) {
        char buf[INET_ADDRSTRLEN];
        if (!inet_ntop(AF_INET, m_bytes.data(), buf, sizeof buf))
            return {};
        return QByteArray(buf);
    }
    // RFC 5952 written out here: glibc's inet_ntop also prints the deprecated IPv4-compatible form ("::192.0.2.1"),
    // while RFC 5952 §5 keeps dotted notation for IPv4-mapped addresses only.
    std::uint16_t words[8];
    for (int i = 0; i < 8; ++i)
        words[i] = std::uint16_t((m_bytes[size_t(2 * i)] << 8) | m_bytes[size_t(2 * i + 1)]);
    const bool mapped = mappedV4().has_value();
    const int wordCount = mapped ? 6 : 8;
    // §4.2.1-§4.2.3: shorten the longest run (first on a tie) of two or more zero words.
    int bestStart = -1;
    int bestLength = 0;
    for (int i = 0; i < wordCount;) {
        if (words[i] != 0) {
            ++i;
            continue;
        }
        int j = i;
        while (j < wordCount && words[j] == 0)
            ++j;
        if (j - i > bestLength) {
            bestStart = i;
            bestLength = j - i;
        }
        i = j;
    }
    if (bestLength < 2)
        bestStart = -1;
    QByteArray out;
    out.reserve(45);
    for (int i = 0; i < wordCount;) {
        if (i == bestStart) {
            out += "::";
            i += bestLength;
            continue;
        }
        if (i > 0 && !out.endsWith(':'))
            out += ':';
        // §4.1: no leading zeros; §4.3: lowercase.
        bool started = false;
        for (int shift = 12; shift >= 0; shift -= 4) {
            const int nibble = (words[i] >> shift) & 0xf;
            if (nibble || started || shift == 0) {
                out += hexDigits[nibble];
                started = true;
            }
        }
        ++i;
    }
    if (mapped) {
        if (!out.endsWith(':'))
            out += ':';
        out += fromBytes(Family::V4, m_bytes.data() + 12).toText();
    }
    return out;
}

QByteArray IpAddress::macroForm() const
{
    if (isV4())
        return toText();
    QByteArray out;
    out.reserve(63);
    for (int i = 0; i < 16; ++i) {
        if (i)
            out += '.';
        out += hexDigits[m_bytes[size_t(i)] >> 4];
        out += '.';
        out += hexDigits[m_bytes[size_t(i)] & 0xf];
    }
    return out;
}

QByteArray IpAddress::reverseName() const
{
    QByteArray out;
    if (isV4()) {
        for (int i = 3; i >= 0; --i) {
            out += QByteArray::number(m_bytes[size_t(i)]);
            out += '.';
        }
        return out + "in-addr.arpa";
    }
    out.reserve(72);
    for (int i = 15; i >= 0; --i) {
        out += hexDigits[m_bytes[size_t(i)] & 0xf];
        out += '.';
        out += hexDigits[m_bytes[size_t(i)] >> 4];
        out += '.';
    }
    return out + "ip6.arpa";
}

} // namespace spfm::net
