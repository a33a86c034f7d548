#include "RoutingDnsProxy.h"

#include "ServerSockets.h"

#include <QNetworkDatagram>
#include <QNetworkProxy>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QtEndian>
#include <memory>

namespace spfm::testing {

namespace {

QByteArray nameKey(QByteArrayView name)
{
    if (name.endsWith('.'))
        name.chop(1);
    QByteArray key(name.data(), name.size());
    for (char &c : key) {
        if (c >= 'A' && c <= 'Z')
            c = char(c + ('a' - 'A'));
    }
    return key;
}

} // namespace

RoutingDnsProxy::RoutingDnsProxy(Upstream defaultUpstream, QObject *parent)
    : QObject(parent)
    , m_default(std::move(defaultUpstream))
{
    m_udp.setProxy(QNetworkProxy::NoProxy);
    m_tcp.setProxy(QNetworkProxy::NoProxy);
    connect(&m_udp, &QUdpSocket::readyRead, this, &RoutingDnsProxy::onClientDatagram);
    connect(&m_tcp, &QTcpServer::newConnection, this, &RoutingDnsProxy::onTcpConnection);
}

void RoutingDnsProxy::routeName(QByteArrayView name, const Upstream &upstream, const QList<std::uint16_t> &exceptTypes)
{
    Route &route = m_routes[nameKey(name)];
    route.allTypes = upstream;
    route.exceptTypes = QSet<std::uint16_t>(exceptTypes.cbegin(), exceptTypes.cend());
}

void RoutingDnsProxy::routeType(QByteArrayView name, std::uint16_t type, const Upstream &upstream)
{
    m_routes[nameKey(name)].byType.insert(type, upstream);
}

StartResult RoutingDnsProxy::listen(const QHostAddress &address, std::uint16_t port)
{
    const StartResult listening = listenOnUdpAndTcp(m_udp, m_tcp, address, port, 1 << 20);
    if (listening) {
        m_address = address;
        m_port = m_udp.localPort();
    }
    return listening;
}

QString RoutingDnsProxy::serverSpec() const
{
    return testing::serverSpec(m_address, m_port);
}

std::optional<RoutingDnsProxy::QuestionKey> RoutingDnsProxy::questionOf(QByteArrayView message)
{
    // RFC 1035 §4.1: a 12-byte header (QDCOUNT at offset 4), then the question's name as length-prefixed labels.
    // A query's question is never compressed.
    if (message.size() < 12 || qFromBigEndian<quint16>(message.data() + 4) != 1)
        return std::nullopt;
    QuestionKey key;
    qsizetype pos = 12;
    for (;;) {
        if (pos >= message.size())
            return std::nullopt;
        const auto length = std::uint8_t(message[pos]);
        if (length == 0)
            break;
        if ((length & 0xC0) != 0 || pos + 1 + length > message.size())
            return std::nullopt;
        if (!key.name.isEmpty())
            key.name += '.';
        key.name += nameKey(message.sliced(pos + 1, length));
        pos += 1 + length;
    }
    if (pos + 3 > message.size())
        return std::nullopt;
    key.type = qFromBigEndian<quint16>(message.data() + pos + 1);
    return key;
}

const RoutingDnsProxy::Upstream &RoutingDnsProxy::upstreamFor(QByteArrayView message)
{
    const std::optional<QuestionKey> question = questionOf(message);
    const auto route = question ? m_routes.constFind(question->name) : m_routes.cend();
    if (route == m_routes.cend())
        return m_default;
    if (const auto byType = route->byType.constFind(question->type); byType != route->byType.cend()) {
        ++m_rerouted;
        return *byType;
    }
    if (route->allTypes && !route->exceptTypes.contains(question->type)) {
        ++m_rerouted;
        return *route->allTypes;
    }
    return m_default;
}

void RoutingDnsProxy::onClientDatagram()
{
    while (m_udp.hasPendingDatagrams()) {
        const QNetworkDatagram query = m_udp.receiveDatagram();
        const Upstream &target = upstreamFor(query.data());
        ++m_relayed;
        // One upstream socket per query keeps replies apart without parsing them; it lives until the reply or 10 s.
        auto *upstream = new QUdpSocket(this);
        upstream->setProxy(QNetworkProxy::NoProxy);
        upstream->bind(QHostAddress(QHostAddress::AnyIPv4), 0);
        const QHostAddress client = query.senderAddress();
        const quint16 clientPort = quint16(query.senderPort());
        connect(upstream, &QUdpSocket::readyRead, this, [this, upstream, client, clientPort] {
            while (upstream->hasPendingDatagrams())
                m_udp.writeDatagram(upstream->receiveDatagram().data(), client, clientPort);
            upstream->deleteLater();
        });
        QTimer::singleShot(10000, upstream, &QObject::deleteLater);
        upstream->writeDatagram(query.data(), target.address, target.port);
    }
}

void RoutingDnsProxy::onTcpConnection()
{
    while (QTcpSocket *client = m_tcp.nextPendingConnection()) {
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        // RFC 1035 §4.2.2: each message is preceded by its length in two bytes. Every complete query goes to its own
        // upstream connection, whose framed replies are passed back as they come.
        auto buffer = std::make_shared<QByteArray>();
        const QPointer<QTcpSocket> guardedClient(client);
        connect(client, &QTcpSocket::readyRead, this, [this, client, buffer, guardedClient] {
            *buffer += client->readAll();
            while (buffer->size() >= 2) {
                const qsizetype length = qFromBigEndian<quint16>(buffer->constData());
                if (buffer->size() < 2 + length)
                    break;
                const QByteArray framed = buffer->left(2 + length);
                buffer->remove(0, 2 + length);
                const Upstream &target = upstreamFor(QByteArrayView(framed).sliced(2));
                ++m_relayed;
                auto *upstream = new QTcpSocket(client);
                upstream->setProxy(QNetworkProxy::NoProxy);
                connect(upstream, &QTcpSocket::connected, upstream, [upstream, framed] { upstream->write(framed); });
                connect(upstream, &QTcpSocket::readyRead, upstream, [upstream, guardedClient] {
                    const QByteArray bytes = upstream->readAll();
                    if (guardedClient)
                        guardedClient->write(bytes);
                });
                upstream->connectToHost(target.address, target.port);
            }
        });
    }
}

} // namespace spfm::testing
