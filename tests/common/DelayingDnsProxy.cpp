#include "DelayingDnsProxy.h"

#include "ServerSockets.h"

#include <QNetworkDatagram>
#include <QNetworkProxy>

namespace spfm::testing {

namespace {

// Replies (and, at the client side, queries) arrive in bursts of thousands: room for them all.
constexpr int kSocketBuffer = 4 << 20;

std::uint16_t idOf(const QByteArray &message)
{
    return std::uint16_t((std::uint8_t(message[0]) << 8) | std::uint8_t(message[1]));
}

void setId(QByteArray &message, std::uint16_t id)
{
    message[0] = char(id >> 8);
    message[1] = char(id & 0xff);
}

} // namespace

DelayingDnsProxy::DelayingDnsProxy(const QHostAddress &upstream, std::uint16_t upstreamPort, int delayMs,
                                   QObject *parent)
    : QObject(parent)
    , m_upstream(upstream)
    , m_upstreamPort(upstreamPort)
    , m_delayMs(delayMs)
    , m_outstanding(65536)
{
    m_udp.setProxy(QNetworkProxy::NoProxy);
    m_upstreamUdp.setProxy(QNetworkProxy::NoProxy);
    m_tcp.setProxy(QNetworkProxy::NoProxy);
    m_releaseTimer.setSingleShot(true);
    m_releaseTimer.setTimerType(Qt::PreciseTimer);
    m_clock.start();
    connect(&m_udp, &QUdpSocket::readyRead, this, &DelayingDnsProxy::onClientDatagram);
    connect(&m_upstreamUdp, &QUdpSocket::readyRead, this, &DelayingDnsProxy::onUpstreamDatagram);
    connect(&m_tcp, &QTcpServer::newConnection, this, &DelayingDnsProxy::onTcpConnection);
    connect(&m_releaseTimer, &QTimer::timeout, this, &DelayingDnsProxy::release);
}

StartResult DelayingDnsProxy::listen(const QHostAddress &address, std::uint16_t port)
{
    const QHostAddress any(m_upstream.protocol() == QAbstractSocket::IPv6Protocol ? QHostAddress::AnyIPv6
                                                                                  : QHostAddress::AnyIPv4);
    if (!m_upstreamUdp.bind(any, 0))
        return {false, QStringLiteral("cannot bind the upstream UDP socket: %1").arg(m_upstreamUdp.errorString())};
    m_upstreamUdp.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, kSocketBuffer);
    const StartResult listening = listenOnUdpAndTcp(m_udp, m_tcp, address, port, kSocketBuffer);
    if (listening) {
        m_address = address;
        m_port = m_udp.localPort();
    }
    return listening;
}

QString DelayingDnsProxy::serverSpec() const
{
    return testing::serverSpec(m_address, m_port);
}

void DelayingDnsProxy::onClientDatagram()
{
    while (m_udp.hasPendingDatagrams()) {
        const QNetworkDatagram query = m_udp.receiveDatagram();
        QByteArray bytes = query.data();
        if (bytes.size() < 12)
            continue; // not even a DNS header
        // A slot still waiting after 65,536 later queries has lost its reply: reusing it is fine.
        const std::uint16_t id = m_nextId++;
        Outstanding &slot = m_outstanding[id];
        slot.clientId = idOf(bytes);
        slot.client = query.senderAddress();
        slot.clientPort = quint16(query.senderPort());
        if (!slot.waiting)
            m_maxOutstanding = std::max(m_maxOutstanding, ++m_outstandingNow);
        slot.waiting = true;
        setId(bytes, id);
        m_upstreamUdp.writeDatagram(bytes, m_upstream, m_upstreamPort);
    }
}

void DelayingDnsProxy::onUpstreamDatagram()
{
    while (m_upstreamUdp.hasPendingDatagrams()) {
        QByteArray bytes = m_upstreamUdp.receiveDatagram().data();
        if (bytes.size() < 2)
            continue;
        Outstanding &slot = m_outstanding[idOf(bytes)];
        if (!slot.waiting)
            continue;
        slot.waiting = false;
        setId(bytes, slot.clientId);
        Held held;
        held.bytes = bytes;
        held.client = slot.client;
        held.clientPort = slot.clientPort;
        hold(std::move(held));
    }
}

void DelayingDnsProxy::onTcpConnection()
{
    while (QTcpSocket *client = m_tcp.nextPendingConnection()) {
        auto *upstream = new QTcpSocket(client);
        upstream->setProxy(QNetworkProxy::NoProxy);
        const QPointer<QTcpSocket> guardedClient(client);
        connect(client, &QTcpSocket::readyRead, upstream, [client, upstream] { upstream->write(client->readAll()); });
        connect(upstream, &QTcpSocket::connected, upstream, [client, upstream] { upstream->write(client->readAll()); });
        connect(upstream, &QTcpSocket::readyRead, this, [this, upstream, guardedClient] {
            Held held;
            held.bytes = upstream->readAll();
            held.tcp = guardedClient;
            hold(std::move(held));
        });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        upstream->connectToHost(m_upstream, m_upstreamPort);
    }
}

void DelayingDnsProxy::hold(Held held)
{
    held.dueMs = m_clock.elapsed() + m_delayMs;
    m_held.push_back(std::move(held));
    if (!m_releaseTimer.isActive())
        m_releaseTimer.start(m_delayMs);
}

void DelayingDnsProxy::release()
{
    const qint64 now = m_clock.elapsed();
    while (!m_held.empty() && m_held.front().dueMs <= now) {
        const Held &held = m_held.front();
        if (held.tcp) {
            held.tcp->write(held.bytes);
            ++m_relayed;
        } else if (held.clientPort != 0) {
            m_udp.writeDatagram(held.bytes, held.client, held.clientPort);
            ++m_relayed;
            --m_outstandingNow;
        }
        m_held.pop_front();
    }
    if (!m_held.empty())
        m_releaseTimer.start(int(std::max<qint64>(0, m_held.front().dueMs - now)));
}

} // namespace spfm::testing
