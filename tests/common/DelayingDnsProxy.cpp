#include "DelayingDnsProxy.h"

#include <QNetworkDatagram>
#include <QNetworkProxy>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace spfm::testing {

DelayingDnsProxy::DelayingDnsProxy(const QHostAddress &upstream, std::uint16_t upstreamPort, int delayMs,
                                   QObject *parent)
    : QObject(parent)
    , m_upstream(upstream)
    , m_upstreamPort(upstreamPort)
    , m_delayMs(delayMs)
{
    m_udp.setProxy(QNetworkProxy::NoProxy);
    m_tcp.setProxy(QNetworkProxy::NoProxy);
    connect(&m_udp, &QUdpSocket::readyRead, this, &DelayingDnsProxy::onClientDatagram);
    connect(&m_tcp, &QTcpServer::newConnection, this, &DelayingDnsProxy::onTcpConnection);
}

StartResult DelayingDnsProxy::listen(const QHostAddress &address, std::uint16_t port)
{
    for (int attempt = 0; attempt < 20; ++attempt) {
        if (!m_udp.bind(address, port))
            return {false, QStringLiteral("cannot bind UDP on %1: %2").arg(address.toString(), m_udp.errorString())};
        if (m_tcp.listen(address, m_udp.localPort())) {
            // The client runs in this thread and may send hundreds of queries before we read one: room for them all.
            m_udp.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 1 << 20);
            m_address = address;
            m_port = m_udp.localPort();
            return {true, {}};
        }
        m_udp.close();
        if (port != 0)
            break;
    }
    return {false, QStringLiteral("cannot listen on TCP %1: %2").arg(address.toString(), m_tcp.errorString())};
}

QString DelayingDnsProxy::serverSpec() const
{
    return m_address.toString() + QLatin1Char(':') + QString::number(m_port);
}

void DelayingDnsProxy::onClientDatagram()
{
    while (m_udp.hasPendingDatagrams()) {
        const QNetworkDatagram query = m_udp.receiveDatagram();
        // One upstream socket per query keeps replies apart without parsing them; it lives until the reply or 10 s.
        auto *upstream = new QUdpSocket(this);
        upstream->setProxy(QNetworkProxy::NoProxy);
        upstream->bind(QHostAddress(QHostAddress::AnyIPv4), 0);
        const QHostAddress client = query.senderAddress();
        const quint16 clientPort = quint16(query.senderPort());
        connect(upstream, &QUdpSocket::readyRead, this, [this, upstream, client, clientPort] {
            while (upstream->hasPendingDatagrams()) {
                const QByteArray reply = upstream->receiveDatagram().data();
                QTimer::singleShot(m_delayMs, this, [this, reply, client, clientPort] {
                    m_udp.writeDatagram(reply, client, clientPort);
                    ++m_relayed;
                });
            }
            upstream->deleteLater();
        });
        QTimer::singleShot(10000, upstream, &QObject::deleteLater);
        upstream->writeDatagram(query.data(), m_upstream, m_upstreamPort);
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
            const QByteArray bytes = upstream->readAll();
            QTimer::singleShot(m_delayMs, this, [this, bytes, guardedClient] {
                if (guardedClient) {
                    guardedClient->write(bytes);
                    ++m_relayed;
                }
            });
        });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        upstream->connectToHost(m_upstream, m_upstreamPort);
    }
}

} // namespace spfm::testing
