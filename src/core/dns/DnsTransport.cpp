#include "dns/DnsTransport.h"

#include <QNetworkDatagram>
#include <QNetworkProxy>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>
#include <QUdpSocket>
#include <QtEndian>
#include <algorithm>
#include <chrono>
#include <limits>

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

// A small set per family: picking one at random adds to what a spoofer must guess, and more would only hold more
// file descriptors while each carries few queries anyway.
constexpr int kSocketsPerFamily = 4;
// A pooled socket without queries for this long closes: a port learned once does not stay useful while traffic is low.
constexpr qint64 kIdleCloseMs = 1000;

qint64 nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

int familyOf(const QHostAddress &address)
{
    return address.protocol() == QAbstractSocket::IPv6Protocol ? 1 : 0;
}

// IPv4-mapped IPv6 addresses go out as IPv4: the IPv6 sockets are IPv6-only.
QHostAddress sendAddress(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 && address.protocol() == QAbstractSocket::IPv6Protocol ? QHostAddress(v4) : address;
}

} // namespace

struct DnsTransport::PooledSocket
{
    quint64 serial = 0;
    int family = 0;
    QUdpSocket *socket = nullptr; // a child of the transport, deleted later: it may be emitting when it closes
    QHash<std::uint16_t, Exchange *> waiting;
    int carried = 0;      // queries it was given, ended or not
    bool retired = false; // takes no more queries, closes when the last one ends
    qint64 idleSince = 0;
};

// Finished exchanges are deleted once the outermost handler returns: until then one of their functions may be on the
// stack (the callback runs from inside the exchange's own reply handling).
struct DnsTransport::DispatchGuard
{
    explicit DispatchGuard(DnsTransport &transport)
        : m_transport(transport)
    {
        ++m_transport.m_dispatchDepth;
    }
    ~DispatchGuard()
    {
        if (--m_transport.m_dispatchDepth == 0)
            m_transport.buryFinished();
    }
    DispatchGuard(const DispatchGuard &) = delete;
    DispatchGuard &operator=(const DispatchGuard &) = delete;

private:
    DnsTransport &m_transport;
};

// One query from first send to its final reply or failure: a plain object of the transport, which gives it sockets
// and wakes it through the one deadline queue. It runs no user code itself: only the transport runs callbacks, after
// taking it out of the active set.
struct DnsTransport::Exchange
{
    // What the exchange's deadline means when it comes.
    enum class Due : std::uint8_t {
        Timeout,      // the attempt got no usable reply in time
        NextAttempt,  // sending failed: move on, from the event loop
        StartFailure, // nothing could be sent at all: fail, from the event loop
    };

    Exchange(DnsTransport &transport, DnsTransport::Handle handle, Question question, QList<ServerAddress> servers,
             TransportOptions options, DnsTransport::Callback done)
        : m_transport(transport)
        , m_handle(handle)
        , m_question(std::move(question))
        , m_servers(std::move(servers))
        , m_options(options)
        , m_done(std::move(done))
    {}

    ~Exchange()
    {
        closeTcp();
        releaseSockets();
    }
    Exchange(const Exchange &) = delete;
    Exchange &operator=(const Exchange &) = delete;

    void start()
    {
        // The id is set per socket when sending (the pool draws it at random, RFC 5452 §9.2).
        m_query = wire::encodeQuery(m_question, 0, {m_options.ednsUdpSize, m_options.recursionDesired});
        if (m_servers.isEmpty() || m_query.isEmpty()) {
            const QString why =
                m_servers.isEmpty()
                    ? QStringLiteral("no DNS server configured")
                    : QStringLiteral("cannot encode the name \"%1\"").arg(QString::fromLatin1(m_question.name));
            noteFailure(m_servers.isEmpty() ? ResponseCode::NetworkError : ResponseCode::FormatError, why);
            armTimer(0, Due::StartFailure); // the callback never runs inside query()
            return;
        }
        m_maxAttempts = int(m_servers.size()) * std::max(1, m_options.tries);
        sendUdp();
    }

    TransportStatistics &stats() { return m_transport.m_stats; }
    const ServerAddress &current() const { return m_servers.at(m_attempt % m_servers.size()); }

    void sendUdp()
    {
        const ServerAddress &server = current();
        if (!m_asked.contains(server))
            m_asked.append(server);
        const QHostAddress to = sendAddress(server.address);
        DnsTransport::Binding &binding = m_bindings[familyOf(to)];
        if (!binding.socket) {
            QString why;
            if (!m_transport.acquire(familyOf(to), this, m_options.queriesPerSocket, &binding, &why)) {
                noteFailure(ResponseCode::NetworkError,
                            QStringLiteral("cannot open a UDP socket for %1: %2").arg(server.toString(), why));
                armTimer(0, Due::NextAttempt);
                return;
            }
        }
        // Each socket has its own id for this query; a retry on the same socket keeps it, so a late reply to an
        // earlier attempt still counts.
        m_lastId = binding.id;
        qToBigEndian<quint16>(binding.id, m_query.data());
        QUdpSocket *udp = binding.socket->socket;
        const qint64 written = udp->writeDatagram(m_query, to, server.port);
        if (written != m_query.size()) {
            noteFailure(ResponseCode::NetworkError,
                        QStringLiteral("cannot send to %1: %2").arg(server.toString(), udp->errorString()));
            armTimer(0, Due::NextAttempt);
            return;
        }
        ++stats().queriesSent;
        stats().bytesSent += quint64(written);
        armTimer(m_options.timeoutMs, Due::Timeout);
    }

    bool wasAsked(const QHostAddress &address, quint16 port) const
    {
        return std::any_of(m_asked.cbegin(), m_asked.cend(),
                           [&](const ServerAddress &s) { return s.port == port && sameHost(s.address, address); });
    }

    // A datagram that arrived on one of this exchange's sockets under its id there.
    void onDatagram(QByteArrayView bytes, const QHostAddress &sender, quint16 senderPort, std::uint16_t id)
    {
        if (m_tcp || m_finished)
            return; // already asking over TCP; a late UDP copy adds nothing
        if (!wasAsked(sender, senderPort)) {
            ++stats().mismatched;
            return;
        }
        const ServerAddress from{sender, senderPort};
        const std::optional<wire::Message> message = wire::decode(bytes);
        if (!message) {
            ++stats().malformed;
            noteFailure(ResponseCode::NetworkError, QStringLiteral("malformed reply from %1").arg(from.toString()));
            return;
        }
        if (!wire::matchesQuery(*message, m_question, id)) {
            ++stats().mismatched;
            if (m_failure == ResponseCode::Timeout)
                m_detail = QStringLiteral("only replies that do not match the query from %1").arg(from.toString());
            return;
        }
        ++stats().answered;
        if (message->truncated) {
            ++stats().truncated;
            startTcp(from);
            return;
        }
        accept(*message, from);
    }

    void startTcp(const ServerAddress &server)
    {
        m_tcpServer = server;
        m_tcpBuffer.clear();
        m_tcp = new QTcpSocket(&m_transport);
        m_tcp->setProxy(QNetworkProxy::NoProxy);
        // The socket is the context: its connections end with it. The exchange is looked up by handle, as it may
        // have been cancelled in between.
        DnsTransport *transport = &m_transport;
        const DnsTransport::Handle handle = m_handle;
        QObject::connect(m_tcp, &QTcpSocket::connected, m_tcp, [transport, handle] {
            const DispatchGuard guard(*transport);
            if (Exchange *exchange = transport->m_active.value(handle))
                exchange->onTcpConnected();
        });
        QObject::connect(m_tcp, &QTcpSocket::readyRead, m_tcp, [transport, handle] {
            const DispatchGuard guard(*transport);
            if (Exchange *exchange = transport->m_active.value(handle))
                exchange->onTcpReadable();
        });
        QObject::connect(m_tcp, &QTcpSocket::errorOccurred, m_tcp, [transport, handle] {
            const DispatchGuard guard(*transport);
            if (Exchange *exchange = transport->m_active.value(handle); exchange && exchange->m_tcp)
                exchange->tcpFailed(QStringLiteral("TCP to %1 failed after a truncated reply: %2")
                                        .arg(exchange->m_tcpServer.toString(), exchange->m_tcp->errorString()));
        });
        m_tcp->connectToHost(server.address, server.port);
        armTimer(m_options.timeoutMs, Due::Timeout);
    }

    void onTcpConnected()
    {
        QByteArray framed(2, Qt::Uninitialized);
        qToBigEndian<quint16>(quint16(m_query.size()), framed.data());
        framed += m_query;
        m_tcp->write(framed);
        ++stats().queriesSent;
        ++stats().tcpQueriesSent;
        stats().bytesSent += quint64(framed.size());
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
        if (!wire::matchesQuery(*message, m_question, m_lastId)) {
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
        m_tcp->disconnect();
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
            m_query = wire::encodeQuery(m_question, 0, {0, m_options.recursionDesired});
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

    void onDue()
    {
        switch (m_due) {
        case Due::Timeout: onTimeout(); return;
        case Due::NextAttempt: nextAttempt(); return;
        case Due::StartFailure: fail(m_failure, m_detail); return;
        }
    }

    void armTimer(int milliseconds, Due due)
    {
        m_due = due;
        m_transport.schedule(m_handle, ++m_generation, nowMs() + std::max(0, milliseconds));
    }
    void stopTimer() { ++m_generation; } // its queue entry is stale now

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
        stopTimer();
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
        stopTimer();
        closeTcp();
        releaseSockets();
        m_transport.finished(this, reply);
    }

    void releaseSockets()
    {
        for (DnsTransport::Binding &binding : m_bindings)
            m_transport.release(binding);
    }

    DnsTransport &m_transport;
    DnsTransport::Handle m_handle;
    Question m_question;
    QList<ServerAddress> m_servers;
    TransportOptions m_options;
    DnsTransport::Callback m_done;

    DnsTransport::Binding m_bindings[2]; // IPv4, IPv6
    std::uint16_t m_lastId = 0;          // of the last UDP send, which a TCP retry repeats
    QByteArray m_query;
    int m_attempt = 0;
    int m_maxAttempts = 1;
    QList<ServerAddress> m_asked;
    QTcpSocket *m_tcp = nullptr;
    ServerAddress m_tcpServer;
    QByteArray m_tcpBuffer;
    quint32 m_generation = 0; // of the deadline queue entry that counts
    Due m_due = Due::Timeout;
    ResponseCode m_failure = ResponseCode::Timeout;
    QString m_detail;
    bool m_finished = false;
    bool m_withoutEdns = false;
};

DnsTransport::DnsTransport(QObject *parent)
    : QObject(parent)
    , m_deadlineTimer(new QTimer(this))
    , m_idleTimer(new QTimer(this))
{
    m_idleTimer->setSingleShot(true);
    connect(m_idleTimer, &QTimer::timeout, this, &DnsTransport::closeIdleSockets);
    m_deadlineTimer->setSingleShot(true);
    connect(m_deadlineTimer, &QTimer::timeout, this, &DnsTransport::onDeadlines);
}

DnsTransport::~DnsTransport()
{
    cancelAll();
    buryFinished();
    // The QUdpSockets are children and go with the transport.
    qDeleteAll(m_sockets);
}

void DnsTransport::buryFinished()
{
    while (!m_finished.empty()) {
        std::vector<Exchange *> finished;
        finished.swap(m_finished);
        for (Exchange *exchange : finished)
            delete exchange;
    }
}

void DnsTransport::schedule(Handle handle, quint32 generation, qint64 at)
{
    m_deadlines.push_back({at, handle, generation});
    std::push_heap(m_deadlines.begin(), m_deadlines.end(), std::greater<>());
    if (!m_deadlineTimer->isActive() || at < m_armedFor)
        armDeadlineTimer(at);
}

void DnsTransport::armDeadlineTimer(qint64 at)
{
    m_armedFor = at;
    m_deadlineTimer->start(int(std::clamp<qint64>(at - nowMs(), 0, std::numeric_limits<int>::max())));
}

bool DnsTransport::isStale(const Deadline &deadline) const
{
    const Exchange *exchange = m_active.value(deadline.handle);
    return !exchange || exchange->m_generation != deadline.generation;
}

void DnsTransport::onDeadlines()
{
    const DispatchGuard guard(*this);
    const qint64 now = nowMs();
    while (!m_deadlines.empty() && m_deadlines.front().at <= now) {
        std::pop_heap(m_deadlines.begin(), m_deadlines.end(), std::greater<>());
        const Deadline due = m_deadlines.back();
        m_deadlines.pop_back();
        if (!isStale(due))
            m_active.value(due.handle)->onDue(); // may schedule, finish or cancel others: the loop looks again
    }
    // Entries of exchanges that ended or moved on wait in the queue until they come up; skip them now rather than
    // waking up for each.
    while (!m_deadlines.empty() && isStale(m_deadlines.front())) {
        std::pop_heap(m_deadlines.begin(), m_deadlines.end(), std::greater<>());
        m_deadlines.pop_back();
    }
    if (m_deadlines.empty())
        m_deadlineTimer->stop();
    else
        armDeadlineTimer(m_deadlines.front().at);
}

quint32 DnsTransport::random()
{
    if (m_randomUsed >= m_random.size()) {
        m_random.resize(256);
        QRandomGenerator::system()->fillRange(m_random.data(), qsizetype(m_random.size()));
        m_randomUsed = 0;
    }
    return m_random[m_randomUsed++];
}

bool DnsTransport::acquire(int family, Exchange *exchange, int queriesPerSocket, Binding *binding, QString *why)
{
    QList<PooledSocket *> &open = m_open[family];
    PooledSocket *pooled = nullptr;
    if (open.size() < kSocketsPerFamily) {
        auto *udp = new QUdpSocket(this);
        // DNS never goes through a proxy; asking the system for one costs a blocking libproxy call per socket.
        udp->setProxy(QNetworkProxy::NoProxy);
        // Port 0: the OS picks a random ephemeral port (RFC 5452 §9.2 wants the source port unpredictable).
        if (!udp->bind(QHostAddress(family == 1 ? QHostAddress::AnyIPv6 : QHostAddress::AnyIPv4), 0)) {
            *why = udp->errorString();
            delete udp;
            return false;
        }
        pooled = new PooledSocket;
        pooled->serial = m_nextSerial++;
        pooled->family = family;
        pooled->socket = udp;
        const quint64 serial = pooled->serial;
        connect(udp, &QUdpSocket::readyRead, this, [this, serial] { onReadable(serial); });
        m_sockets.insert(serial, pooled);
        open.append(pooled);
        ++m_stats.udpSocketsOpened;
    } else {
        pooled = open.at(qsizetype(random() % quint32(open.size())));
    }
    std::uint16_t id = 0;
    do {
        id = std::uint16_t(random());
    } while (pooled->waiting.contains(id));
    pooled->waiting.insert(id, exchange);
    if (++pooled->carried >= std::max(1, queriesPerSocket)) {
        pooled->retired = true;
        open.removeOne(pooled);
    }
    binding->socket = pooled;
    binding->id = id;
    return true;
}

void DnsTransport::release(Binding &binding)
{
    PooledSocket *pooled = binding.socket;
    if (!pooled)
        return;
    binding.socket = nullptr;
    pooled->waiting.remove(binding.id);
    if (!pooled->waiting.isEmpty())
        return;
    if (pooled->retired) {
        closeSocket(pooled);
        return;
    }
    pooled->idleSince = nowMs();
    if (!m_idleTimer->isActive())
        m_idleTimer->start(int(kIdleCloseMs));
}

void DnsTransport::closeSocket(PooledSocket *pooled)
{
    m_sockets.remove(pooled->serial);
    m_open[pooled->family].removeOne(pooled);
    pooled->socket->disconnect(this);
    pooled->socket->close();
    pooled->socket->deleteLater();
    delete pooled;
}

void DnsTransport::closeIdleSockets()
{
    const qint64 now = nowMs();
    qint64 nextCheck = -1;
    for (QList<PooledSocket *> &open : m_open) {
        const QList<PooledSocket *> sockets = open;
        for (PooledSocket *pooled : sockets) {
            if (!pooled->waiting.isEmpty())
                continue;
            if (now - pooled->idleSince >= kIdleCloseMs)
                closeSocket(pooled);
            else
                nextCheck = nextCheck < 0 ? pooled->idleSince : std::min(nextCheck, pooled->idleSince);
        }
    }
    if (nextCheck >= 0)
        m_idleTimer->start(int(std::max<qint64>(1, nextCheck + kIdleCloseMs - now)));
}

void DnsTransport::onReadable(quint64 serial)
{
    const DispatchGuard guard(*this);
    if (m_receiveBuffer.isEmpty())
        m_receiveBuffer.resize(65536); // the largest UDP payload: nothing is ever cut
    for (;;) {
        // Looked up again each time: a callback may have cancelled queries and closed the socket.
        PooledSocket *pooled = m_sockets.value(serial);
        if (!pooled || !pooled->socket->hasPendingDatagrams())
            return;
        QHostAddress sender;
        quint16 senderPort = 0;
        const qint64 size =
            pooled->socket->readDatagram(m_receiveBuffer.data(), m_receiveBuffer.size(), &sender, &senderPort);
        if (size < 0)
            return;
        m_stats.bytesReceived += quint64(size);
        if (size < 2) {
            ++m_stats.malformed;
            continue;
        }
        const std::uint16_t id = qFromBigEndian<quint16>(m_receiveBuffer.constData());
        Exchange *exchange = pooled->waiting.value(id);
        if (!exchange) {
            // No query of ours on this socket has that id: a forgery, or a late reply to a query that ended.
            ++m_stats.mismatched;
            continue;
        }
        exchange->onDatagram(QByteArrayView(m_receiveBuffer.constData(), size), sender, senderPort, id);
    }
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
        m_queued.push_back(exchange);
    }
    return handle;
}

void DnsTransport::cancel(Handle handle)
{
    if (Exchange *exchange = m_active.take(handle)) {
        delete exchange; // it runs no user code, so none of its functions is on the stack
        startQueued();
        return;
    }
    for (auto it = m_queued.begin(); it != m_queued.end(); ++it) {
        if ((*it)->m_handle == handle) {
            delete *it;
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
    for (Exchange *exchange : m_queued)
        delete exchange;
    m_queued.clear();
}

int DnsTransport::inFlight() const
{
    return int(m_active.size() + qsizetype(m_queued.size()));
}

void DnsTransport::finished(Exchange *exchange, const ServerReply &reply)
{
    if (!m_active.remove(exchange->m_handle))
        return;
    Callback done = std::move(exchange->m_done);
    m_finished.push_back(exchange);
    startQueued();
    if (done)
        done(reply);
}

void DnsTransport::startQueued()
{
    while (!m_queued.empty() && m_active.size() < m_maxInFlight) {
        Exchange *exchange = m_queued.front();
        m_queued.pop_front();
        m_active.insert(exchange->m_handle, exchange);
        exchange->start();
    }
}

} // namespace spfm::dns
