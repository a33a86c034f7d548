#pragma once

#include "DnsServerFixture.h"

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>
#include <QUdpSocket>
#include <cstdint>

namespace spfm::testing {

// Stands between a client and a real DNS server and holds every reply back for a fixed time, so loopback behaves like
// a far-away server (benchmarks: "every answer 20 ms later"). UDP and TCP are both relayed; nothing is parsed.
//
//     DelayingDnsProxy proxy(server.address(), server.port(), 20);
//     QVERIFY(proxy.listen().ok);   // then query proxy.address():proxy.port()
class DelayingDnsProxy : public QObject
{
    Q_OBJECT

public:
    DelayingDnsProxy(const QHostAddress &upstream, std::uint16_t upstreamPort, int delayMs, QObject *parent = nullptr);

    [[nodiscard]] StartResult listen(const QHostAddress &address = QHostAddress(QHostAddress::LocalHost),
                                     std::uint16_t port = 0);
    QHostAddress address() const { return m_address; }
    std::uint16_t port() const { return m_port; }
    QString serverSpec() const;
    int relayed() const { return m_relayed; } // replies passed back (UDP datagrams and TCP chunks)

private:
    void onClientDatagram();
    void onTcpConnection();

    QHostAddress m_upstream;
    std::uint16_t m_upstreamPort;
    int m_delayMs;
    QHostAddress m_address;
    std::uint16_t m_port = 0;
    QUdpSocket m_udp;
    QTcpServer m_tcp;
    int m_relayed = 0;
};

} // namespace spfm::testing
