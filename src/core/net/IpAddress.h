#pragma once

#include <QByteArray>
#include <QString>
#include <array>
#include <cstdint>
#include <optional>

namespace spfm::net {

// An IPv4 or IPv6 address as plain bytes: cheap to copy, compare and mask, which the SPF engine does on every
// ip4/ip6/a/mx term. IPv4 uses the first four bytes.
class IpAddress
{
public:
    enum class Family : std::uint8_t { V4, V6 };

    IpAddress() = default;
    static IpAddress v4(std::uint32_t hostOrder);
    static IpAddress fromBytes(Family family, const std::uint8_t *bytes);

    // Strict textual forms only: dotted quad for IPv4 (no shorthand such as "1.2.3"), RFC 4291 text for IPv6.
    static std::optional<IpAddress> parse(QByteArrayView text);
    static std::optional<IpAddress> parseV4(QByteArrayView text);
    static std::optional<IpAddress> parseV6(QByteArrayView text);

    Family family() const { return m_family; }
    bool isV4() const { return m_family == Family::V4; }
    bool isV6() const { return m_family == Family::V6; }
    int bitCount() const { return isV4() ? 32 : 128; }
    const std::uint8_t *bytes() const { return m_bytes.data(); }

    // An IPv4-mapped IPv6 address (::ffff:a.b.c.d) as its IPv4 address; RFC 7208 §5 treats it as IPv4.
    std::optional<IpAddress> mappedV4() const;

    // True when the first prefixLength bits equal those of network (same family required).
    bool isInNetwork(const IpAddress &network, int prefixLength) const;
    // True when bits past prefixLength are set (e.g. ip4:192.0.2.1/24).
    bool hasHostBits(int prefixLength) const;
    IpAddress masked(int prefixLength) const;

    QByteArray toText() const; // canonical text (RFC 5952 for IPv6)
    QString toString() const { return QString::fromLatin1(toText()); }

    // Owner name of the reverse (PTR) zone: "4.3.2.1.in-addr.arpa" or the nibble form under ip6.arpa.
    QByteArray reverseName() const;
    // The dotted forms used by the %{i} macro (RFC 7208 §7.3): dotted quad, or 32 dot-separated nibbles.
    QByteArray macroForm() const;

    friend bool operator==(const IpAddress &, const IpAddress &) = default;

private:
    Family m_family = Family::V4;
    std::array<std::uint8_t, 16> m_bytes{};
};

} // namespace spfm::net
