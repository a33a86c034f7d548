#include "dns/DnsTransport.h"

#include <QNetworkDatagram>
#include <QNetworkProxy>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>
#include <QUdpSocket>
#include <QtEndian>

namespace spfm::dns {

namespace {

bool sameHost(const QHostAddress &a, const QHostAddress &b)
{
    // Scope ids may come back as an index where we wrote a name: compare the address bytes only.
    if (a.protocol() == QAbstractSocket::IPv6Protocol && b.protocol() == QAbstractSocket::IPv6Protocol) {
        const Q_IPV6ADDR x = a.toIPv6Address();
        const Q_IPV6ADDR y = b.toIPv6Address();
        return std::equal(std::begin(x.c), std::end(x.c), std::begin(y.c));
    }
    return a.isEqual(b, QHostAddress::TolerantConversion);
}

} // namespace

// One query from first send to its final reply or failure.
class Exchange : public QObject
{
public:
    Exchange(DnsTransport &transport, DnsTransport::Handle handle, Question question, QList<ServerAddress> servers,
             TransportOptions options, DnsTransport::Callback done)
        : m_transport(transport)
        , m_handle(handle)
        , m_question(std::move(question))
        , m_servers(std::move(servers))
        , m_options(options)
        , m_done(std::move(done))
    {
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &Exchange::onTimeout);
    }

    DnsTransport::Callback takeCallback() { return std::move(m_done); }

    void start()
    {
        // Random ids and a fresh random source port per query make blind spoofing expensive (RFC 5452 §9.2).
        m_id = std::uint16_t(QRandomGenerator::system()->bounded(65536));
        m_query = wire::encodeQuery(m_question, m_id, {m_options.ednsUdpSize, m_options.recursionDesired});
        if (m_servers.isEmpty() || m_query.isEmpty()) {
            const QString why =
                m_servers.isEmpty()
                    ? QStringLiteral("no DNS server configured")
                    : QStringLiteral("cannot encode the name \"%1\"").arg(QString::fromLatin1(m_question.name));
            QTimer::singleShot(0, this, [this, why] {
                fail(m_servers.isEmpty() ? ResponseCode::NetworkError : ResponseCode::FormatError, why);
            });
            return;
        }
        m_maxAttempts = int(m_servers.size()) * std::max(1, m_options.tries);
        sendUdp();
    }

private:
    TransportStatistics &stats() { return m_transport.m_stats; }
    const ServerAddress &current() const { return m_servers.at(m_attempt % m_servers.size()); }

    void sendUdp()
    {
        const ServerAddress &server = current();
        if (!m_asked.contains(server))
            m_asked.append(server);
        if (!m_udp) {
            m_udp = new QUdpSocket(this);
            // DNS never goes through a proxy; asking the system for one costs a blocking libproxy call per socket.
            m_udp->setProxy(QNetworkProxy::NoProxy);
            const bool anyV6 = std::any_of(m_servers.cbegin(), m_servers.cend(), [](const ServerAddress &s) {
                return s.address.protocol() == QAbstractSocket::IPv6Protocol;
            });
            m_udp->bind(anyV6 ? QHostAddress(QHostAddress::Any) : QHostAddress(QHostAddress::AnyIPv4), 0);
            connect(m_udp, &QUdpSocket::readyRead, this, &Exchange::onUdpReadable);
        }
        const qint64 written = m_udp->writeDatagram(m_query, server.address, server.port);
        if (written != m_query.size()) {
            noteFailure(ResponseCode::NetworkError,
                        QStringLiteral("cannot send to %1: %2").arg(server.toString(), m_udp->errorString()));
            nextAttempt();
            return;
        }
        ++stats().queriesSent;
        stats().bytesSent += quint64(written);
        m_timer.start(m_options.timeoutMs);
    }

    bool wasAsked(const QHostAddress &address, quint16 port) const
    {
        return std::any_of(m_asked.cbegin(), m_asked.cend(),
                           [&](const ServerAddress &s) { return s.port == port && sameHost(s.address, address); });
    }

    void onUdpReadable()
    {
        while (m_udp && m_udp->hasPendingDatagrams()) {
            const QNetworkDatagram datagram = m_udp->receiveDatagram();
            if (m_tcp)
                continue; // already asking over TCP; a late UDP copy adds nothing
            const QByteArray bytes = datagram.data();
            stats().bytesReceived += quint64(bytes.size());
            if (!wasAsked(datagram.senderAddress(), quint16(datagram.senderPort()))) {
                ++stats().mismatched;
                continue;
            }
            const ServerAddress from{datagram.senderAddress(), quint16(datagram.senderPort())};
            const std::optional<wire::Message> message = wire::decode(bytes);
            if (!message) {
                ++stats().malformed;
                noteFailure(ResponseCode::NetworkError, QStringLiteral("malformed reply from %1").arg(from.toString()));
                continue;
            }
            if (!wire::matchesQuery(*message, m_question, m_id)) {
                ++stats().mismatched;
                if (m_failure == ResponseCode::Timeout)
                    m_detail = QStringLiteral("only replies that do not match the query from %1").arg(from.toString());
                continue;
            }
            ++stats().answered;
            if (message->truncated) {
                ++stats().truncated;
                startTcp(from);
                return;
            }
            accept(*message, from);
            return;
        }
    }

    void startTcp(const ServerAddress &server)
    {
        m_timer.stop();
        m_tcpServer = server;
        m_tcpBuffer.clear();
        m_tcp = new QTcpSocket(this);
        m_tcp->setProxy(QNetworkProxy::NoProxy);
        connect(m_tcp, &QTcpSocket::connected, this, [this] {
            QByteArray framed(2, Qt::Uninitialized);
            qToBigEndian<quint16>(quint16(m_query.size()), framed.data());
            framed += m_query;
            m_tcp->write(framed);
            ++stats().queriesSent;
            ++stats().tcpQueriesSent;
            stats().bytesSent += quint64(framed.size());
        });
        connect(m_tcp, &QTcpSocket::readyRead, this, &Exchange::onTcpReadable);
        connect(m_tcp, &QTcpSocket::errorOccurred, this, [this] {
            tcpFailed(QStringLiteral("TCP to %1 failed after a truncated reply: %2")
                          .arg(m_tcpServer.toString(), m_tcp->errorString()));
        });
        m_tcp->connectToHost(server.address, server.port);
        m_timer.start(m_options.timeoutMs);
    }

    void onTcpReadable()
    {
        m_tcpBuffer += m_tcp->readAll();
        if (m_tcpBuffer.size() < 2)
            return;
        const quint16 length = qFromBigEndian<quint16>(m_tcpBuffer.constData());
        if (m_tcpBuffer.size() < 2 + qsizetype(length))
            return;
        const QByteArray bytes = m_tcpBuffer.mid(2, length);
        stats().bytesReceived += quint64(bytes.size()) + 2;
        const std::optional<wire::Message> message = wire::decode(bytes);
        if (!message) {
            ++stats().malformed;
            tcpFailed(QStringLiteral("malformed TCP reply from %1").arg(m_tcpServer.toString()));
            return;
        }
        if (!wire::matchesQuery(*message, m_question, m_id)) {
            ++stats().mismatched;
            tcpFailed(QStringLiteral("TCP reply from %1 does not match the query").arg(m_tcpServer.toString()));
            return;
        }
        if (message->truncated) {
            // RFC 7766 §8: a TCP reply carries the whole answer. One marked truncated anyway holds only part of it
            // (often nothing), and taking it for the answer would turn a broken server into "no such record".
            ++stats().malformed;
            tcpFailed(QStringLiteral("TCP reply from %1 is truncated too").arg(m_tcpServer.toString()));
            return;
        }
        ++stats().answered;
        closeTcp();
        accept(*message, m_tcpServer);
    }

    void closeTcp()
    {
        if (!m_tcp)
            return;
        m_tcp->disconnect(this);
        m_tcp->abort();
        m_tcp->deleteLater();
        m_tcp = nullptr;
    }

    void tcpFailed(const QString &why)
    {
        closeTcp();
        noteFailure(ResponseCode::NetworkError, why);
        nextAttempt();
    }

    void accept(const wire::Message &message, const ServerAddress &from)
    {
        const ResponseCode rcode = wire::toResponseCode(message.rcode);
        if (rcode == ResponseCode::FormatError && m_options.ednsUdpSize > 0 && !m_withoutEdns) {
            // RFC 6891 §7: a server that does not know EDNS may answer FORMERR; ask again without the OPT record.
            m_withoutEdns = true;
            m_query = wire::encodeQuery(m_question, m_id, {0, m_options.recursionDesired});
            m_timer.stop();
            sendUdp();
            return;
        }
        const bool serverFailure =
            rcode == ResponseCode::ServFail || rcode == ResponseCode::Refused || rcode == ResponseCode::FormatError;
        if (serverFailure && m_attempt + 1 < m_servers.size()) {
            // Another server may do better; only servers not asked yet are worth it.
            noteFailure(
                rcode,
                QStringLiteral("%1 answered %2").arg(from.toString(), QString::fromLatin1(responseCodeName(rcode))));
            m_timer.stop();
            ++m_attempt;
            sendUdp();
            return;
        }
        ServerReply reply;
        reply.rcode = rcode;
        reply.hasMessage = true;
        reply.message = message;
        reply.server = from;
        if (serverFailure)
            reply.detail =
                QStringLiteral("%1 answered %2").arg(from.toString(), QString::fromLatin1(responseCodeName(rcode)));
        finish(reply);
    }

    void onTimeout()
    {
        if (m_tcp) {
            tcpFailed(QStringLiteral("TCP to %1 timed out after a truncated reply").arg(m_tcpServer.toString()));
            return;
        }
        ++stats().timeouts;
        if (m_failure == ResponseCode::Timeout && m_detail.isEmpty())
            m_detail =
                QStringLiteral("no reply from %1 within %2 ms").arg(current().toString()).arg(m_options.timeoutMs);
        nextAttempt();
    }

    // Remembers the most telling failure: a server's own error beats a broken reply, which beats silence.
    void noteFailure(ResponseCode code, const QString &why)
    {
        const auto rank = [](ResponseCode c) {
            return c == ResponseCode::Timeout ? 0 : c == ResponseCode::NetworkError ? 1 : 2;
        };
        if (rank(code) >= rank(m_failure)) {
            m_failure = code;
            m_detail = why;
        }
    }

    void nextAttempt()
    {
        m_timer.stop();
        if (++m_attempt < m_maxAttempts) {
            sendUdp();
            return;
        }
        if (m_failure == ResponseCode::Timeout)
            m_detail = QStringLiteral("no reply from %1 after %2 tries of %3 ms")
                           .arg(serverList())
                           .arg(m_options.tries)
                           .arg(m_options.timeoutMs);
        fail(m_failure, m_detail);
    }

    QString serverList() const
    {
        QStringList names;
        for (const ServerAddress &s : m_servers)
            names.append(s.toString());
        return names.join(QStringLiteral(", "));
    }

    void fail(ResponseCode code, const QString &why)
    {
        ServerReply reply;
        reply.rcode = code;
        reply.server = m_servers.isEmpty() ? ServerAddress{} : current();
        reply.detail = why;
        finish(reply);
    }

    void finish(const ServerReply &reply)
    {
        if (m_finished)
            return;
        m_finished = true;
        m_timer.stop();
        closeTcp();
        if (m_udp) {
            m_udp->disconnect(this);
            m_udp->close();
        }
        m_transport.finished(m_handle, reply);
    }

    DnsTransport &m_transport;
    DnsTransport::Handle m_handle;
    Question m_question;
    QList<ServerAddress> m_servers;
    TransportOptions m_options;
    DnsTransport::Callback m_done;

    std::uint16_t m_id = 0;
    QByteArray m_query;
    int m_attempt = 0;
    int m_maxAttempts = 1;
    QList<ServerAddress> m_asked;
    QUdpSocket *m_udp = nullptr;
    QTcpSocket *m_tcp = nullptr;
    ServerAddress m_tcpServer;
    QByteArray m_tcpBuffer;
    QTimer m_timer;
    ResponseCode m_failure = ResponseCode::Timeout;
    QString m_detail;
    bool m_finished = false;
    bool m_withoutEdns = false;
};

DnsTransport::DnsTransport(QObject *parent)
    : QObject(parent)
{}

DnsTransport::~DnsTransport()
{
    cancelAll();
}

DnsTransport::Handle DnsTransport::query(const Question &question, const QList<ServerAddress> &servers,
                                         const TransportOptions &options, Callback done)
{
    const Handle handle = m_nextHandle++;
    m_maxInFlight = std::max(1, options.maxInFlight);
    auto *exchange = new Exchange(*this, handle, question, servers, options, std::move(done));
    if (m_active.size() < m_maxInFlight) {
        m_active.insert(handle, exchange);
        exchange->start();
    } else {
        m_queued.emplace_back(handle, exchange);
    }
    return handle;
}

void DnsTransport::cancel(Handle handle)
{
    if (Exchange *exchange = m_active.take(handle)) {
        delete exchange; // only its own callback runs on its stack, and by then it is no longer active
        startQueued();
        return;
    }
    for (auto it = m_queued.begin(); it != m_queued.end(); ++it) {
        if (it->first == handle) {
            delete it->second;
            m_queued.erase(it);
            return;
        }
    }
}

void DnsTransport::cancelAll()
{
    for (Exchange *exchange : std::as_const(m_active))
        delete exchange;
    m_active.clear();
    for (auto &queued : m_queued)
        delete queued.second;
    m_queued.clear();
}

void DnsTransport::finished(Handle handle, const ServerReply &reply)
{
    Exchange *exchange = m_active.take(handle);
    if (!exchange)
        return;
    Callback done = exchange->takeCallback();
    exchange->deleteLater();
    startQueued();
    if (done)
        done(reply);
}

void DnsTransport::startQueued()
{
    while (!m_queued.empty() && m_active.size() < m_maxInFlight) {
        auto [handle, exchange] = m_queued.front();
        m_queued.pop_front();
        m_active.insert(handle, exchange);
        exchange->start();
    }
}

} // namespace spfm::dns
