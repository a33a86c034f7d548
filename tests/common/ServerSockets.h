#pragma once

#include "DnsServerFixture.h"

#include <QHostAddress>
#include <QString>
#include <QTcpServer>
#include <QUdpSocket>
#include <cstdint>

// What the DNS servers and proxies written in the tests share: listening like a DNS server, and saying where.
namespace spfm::testing {

// Binds `udp` to address:port and `tcp` to the same port, as a DNS server listens. Port 0 picks a free one (tried
// again when TCP finds the port UDP got taken). `udp` gets a receive buffer of receiveBuffer bytes: the tests' clients
// run in the server's thread and may send hundreds of queries before it reads one.
[[nodiscard]] StartResult listenOnUdpAndTcp(QUdpSocket &udp, QTcpServer &tcp, const QHostAddress &address,
                                            std::uint16_t port, int receiveBuffer);

// "ADDRESS:PORT", the form `--server` and dns::ServerAddress::parse() take.
QString serverSpec(const QHostAddress &address, std::uint16_t port);

} // namespace spfm::testing
