#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>
#include <cstdint>

namespace spfm::dns {

// Where to send queries: an address (IPv4, IPv6, IPv6 with a scope such as fe80::1%eth0) and a port.
struct ServerAddress
{
    QHostAddress address;
    std::uint16_t port = 53;

    // "192.0.2.1:5353", "[2001:db8::1]:53", "2001:db8::1" (no port: 53).
    QString toString() const;
    friend bool operator==(const ServerAddress &a, const ServerAddress &b)
    {
        return a.port == b.port && a.address.isEqual(b.address, QHostAddress::TolerantConversion);
    }
};

enum class ServerParseError : std::uint8_t {
    None,
    Empty,
    BadAddress, // not an IP address (host names are not accepted: they would need DNS to reach DNS)
    BadPort,    // not a number in 1..65535
    UnclosedBracket,
};

struct ServerParseResult
{
    ServerAddress server;
    ServerParseError error = ServerParseError::None;
    QString message; // what was wrong, for the user
    bool ok() const { return error == ServerParseError::None; }
};

// Parses ADDR[:PORT] as given on the command line: IPv4 "a.b.c.d[:port]", IPv6 in brackets "[addr][:port]", or a bare
// IPv6 address without a port. defaultPort applies when no port is given.
ServerParseResult parseServerAddress(QStringView text, std::uint16_t defaultPort = 53);

} // namespace spfm::dns
