#pragma once

#include "dns/DnsTypes.h"
#include "dns/ServerAddress.h"
#include "dns/WireCodec.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>
#include <cstdint>
#include <deque>
#include <functional>
#include <vector>

namespace spfm::dns {

struct TransportOptions
{
    int timeoutMs = 2000;             // per attempt (one UDP send, or one TCP exchange)
    int tries = 2;                    // attempts per server; servers are asked in turn: s1, s2, ..., s1, s2, ...
    std::uint16_t ednsUdpSize = 1232; // 0 sends no EDNS0
    bool recursionDesired = true;
    int maxInFlight = 512; // further queries wait in a queue (file descriptors are finite)
    // How many queries one pooled UDP socket carries before it is retired (closed once its last query ends), so the
    // source port keeps changing. 1: a fresh socket per query. See the class comment for the trade-off. 64: opening
    // and closing sockets then costs a fraction of a percent of the batch's CPU time (about 8% with a socket per
    // query), so carrying more saves little, while each query more on a socket whose port has been seen is exposed to
    // forgeries aimed at that port.
    int queriesPerSocket = 64;
};

// Counters for one run; the resolver adds its own (cache hits, merged lookups).
struct TransportStatistics
{
    quint64 queriesSent = 0; // UDP datagrams plus TCP queries
    quint64 tcpQueriesSent = 0;
    quint64 answered = 0;   // replies accepted (matching their query)
    quint64 timeouts = 0;   // attempts that got no usable reply in time
    quint64 truncated = 0;  // UDP replies with TC=1, asked again over TCP
    quint64 mismatched = 0; // replies ignored: wrong source, id, question, or not a response
    quint64 malformed = 0;  // replies that did not parse, or TCP replies marked truncated
    quint64 bytesSent = 0;
    quint64 bytesReceived = 0;
    quint64 udpSocketsOpened = 0; // pooled UDP sockets bound (each on a port the OS picked)
};

// The outcome of one query: the accepted reply, or why there is none.
struct ServerReply
{
    ResponseCode rcode = ResponseCode::Timeout; // from the reply, or Timeout / NetworkError when there is none
    bool hasMessage = false;
    wire::Message message;
    ServerAddress server; // the server that answered (or was asked last)
    QString detail;       // for errors: which server, what went wrong
};

// Moves DNS queries over UDP (TCP when a reply is truncated, RFC 7766) without blocking. A reply is used only when its
// source is a server we asked and its id and question are ours (RFC 5452 §9.1); anything else is counted and ignored
// while the query keeps waiting. SERVFAIL and REFUSED move on to a server not asked yet; a timeout moves on to the next
// attempt. The callback runs later from the event loop, never inside query().
//
// UDP sockets are pooled per address family: a few sockets, each bound on a port the OS picks, are shared by the
// queries in flight. A query takes one of them at random and an id drawn at random among those not in use on it
// (RFC 5452 §9.2: the id and the port are both random). A socket is retired after carrying
// TransportOptions::queriesPerSocket queries and closed when its last one ends; a socket idle for a second closes too.
// The trade-off: opening, binding and closing a socket per query costs more than the query itself on a fast network,
// while sharing lets someone who learns a socket's port (an SPF check asks names the sender controls, so its server
// sees our port) aim forged replies at that port for the socket's remaining queries with only the 16-bit id (and the
// question) left to guess instead of id and port. queriesPerSocket bounds that window; 1 gives every query a socket
// of its own, as before pooling.
//
// Exchanges are plain objects of the transport, not QObjects: one timer over a queue of deadlines wakes the ones whose
// attempt ran out, so a query costs no timer registration of its own.
class DnsTransport : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const ServerReply &)>;
    using Handle = quint64;

    explicit DnsTransport(QObject *parent = nullptr);
    ~DnsTransport() override;

    Handle query(const Question &question, const QList<ServerAddress> &servers, const TransportOptions &options,
                 Callback done);
    void cancel(Handle handle); // the callback will not run
    void cancelAll();

    int inFlight() const;
    const TransportStatistics &statistics() const { return m_stats; }
    void resetStatistics() { m_stats = {}; }

private:
    struct Exchange;
    struct DispatchGuard;
    struct PooledSocket;
    struct Deadline
    {
        qint64 at = 0; // steady clock, ms
        Handle handle = 0;
        quint32 generation = 0; // the exchange's at the time: a later one makes this entry stale
        friend bool operator>(const Deadline &a, const Deadline &b) { return a.at > b.at; }
    };
    // Where an exchange waits for UDP replies on one address family.
    struct Binding
    {
        PooledSocket *socket = nullptr;
        std::uint16_t id = 0;
    };
    void finished(Exchange *exchange, const ServerReply &reply);
    void buryFinished();
    void schedule(Handle handle, quint32 generation, qint64 at);
    void armDeadlineTimer(qint64 at);
    bool isStale(const Deadline &deadline) const;
    void onDeadlines();
    void startQueued();
    // A socket of family (0: IPv4, 1: IPv6) and an id unused on it, registered for exchange; false (with why) when no
    // socket can be opened.
    bool acquire(int family, Exchange *exchange, int queriesPerSocket, Binding *binding, QString *why);
    void release(Binding &binding);
    void onReadable(quint64 serial);
    void closeSocket(PooledSocket *socket);
    void closeIdleSockets();
    quint32 random();

    TransportStatistics m_stats;
    Handle m_nextHandle = 1;
    int m_maxInFlight = 512;
    QHash<Handle, Exchange *> m_active;
    std::deque<Exchange *> m_queued;
    std::vector<Exchange *> m_finished; // deleted when the outermost handler returns
    int m_dispatchDepth = 0;
    // One timer for every exchange: a min-heap of deadlines, entries of exchanges that moved on skipped lazily.
    std::vector<Deadline> m_deadlines;
    QTimer *m_deadlineTimer = nullptr;
    qint64 m_armedFor = 0;
    QHash<quint64, PooledSocket *> m_sockets; // every open pooled socket, by serial
    QList<PooledSocket *> m_open[2];          // per family, the sockets new queries may take
    quint64 m_nextSerial = 1;
    QTimer *m_idleTimer = nullptr;
    QByteArray m_receiveBuffer;
    std::vector<quint32> m_random; // drawn from the system generator in batches, one system call per batch
    size_t m_randomUsed = 0;
};

} // namespace spfm::dns
