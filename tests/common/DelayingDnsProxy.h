#pragma once

#include "DnsServerFixture.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUdpSocket>
#include <cstdint>
#include <deque>
#include <vector>

namespace spfm::testing {

// Stands between a client and a real DNS server and holds every reply back for a fixed time, so loopback behaves like
// a far-away server (benchmarks: "every answer 20 ms later"). UDP and TCP are both relayed. Over UDP only the message
// id is touched: queries go upstream from one socket under ids of the proxy's own, and each reply gets its client's id
// back, so tens of thousands of queries in flight cost neither a socket nor a timer each.
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
    // The most UDP queries under way at once (received, reply not passed back yet): how many a client had in flight
    // together, whatever the machine's load did to the timing.
    int maxUdpOutstanding() const { return m_maxOutstanding; }

private:
    // A UDP query sent upstream under the proxy's id (the slot's index), waiting for its reply.
    struct Outstanding
    {
        std::uint16_t clientId = 0;
        QHostAddress client;
        quint16 clientPort = 0;
        bool waiting = false;
    };
    // A reply held back until its time.
    struct Held
    {
        qint64 dueMs = 0;
        QByteArray bytes;
        QHostAddress client; // UDP
        quint16 clientPort = 0;
        QPointer<QTcpSocket> tcp; // TCP: the client's connection
    };

    void onClientDatagram();
    void onUpstreamDatagram();
    void onTcpConnection();
    void hold(Held held);
    void release();

    QHostAddress m_upstream;
    std::uint16_t m_upstreamPort;
    int m_delayMs;
    QHostAddress m_address;
    std::uint16_t m_port = 0;
    QUdpSocket m_udp;
    QUdpSocket m_upstreamUdp;
    QTcpServer m_tcp;
    std::vector<Outstanding> m_outstanding; // indexed by the proxy's id
    std::uint16_t m_nextId = 0;
    // The delay is the same for every reply, so replies fall due in the order they arrived: a queue and one timer.
    std::deque<Held> m_held;
    QTimer m_releaseTimer;
    QElapsedTimer m_clock;
    int m_relayed = 0;
    int m_outstandingNow = 0;
    int m_maxOutstanding = 0;
};

} // namespace spfm::testing
