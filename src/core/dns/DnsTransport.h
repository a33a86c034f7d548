#pragma once

#include "dns/DnsTypes.h"
#include "dns/ServerAddress.h"
#include "dns/WireCodec.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <cstdint>
#include <deque>
#include <functional>

namespace spfm::dns {

struct TransportOptions
{
    int timeoutMs = 2000;             // per attempt (one UDP send, or one TCP exchange)
    int tries = 2;                    // attempts per server; servers are asked in turn: s1, s2, ..., s1, s2, ...
    std::uint16_t ednsUdpSize = 1232; // 0 sends no EDNS0
    bool recursionDesired = true;
    int maxInFlight = 512; // further queries wait in a queue (file descriptors are finite)
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

// Moves DNS queries over UDP (TCP when a reply is truncated, RFC 7766) without blocking: each query has its own UDP
// socket on a random port and a random id; a reply is used only when its source is a server we asked and its id and
// question are ours (RFC 5452 §9.1), anything else is counted and ignored while the query keeps waiting. SERVFAIL and
// REFUSED move on to a server not asked yet; a timeout moves on to the next attempt. The callback runs later from the
// event loop, never inside query().
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

    int inFlight() const { return int(m_active.size() + m_queued.size()); }
    const TransportStatistics &statistics() const { return m_stats; }
    void resetStatistics() { m_stats = {}; }

private:
    friend class Exchange;
    void finished(Handle handle, const ServerReply &reply);
    void startQueued();

    TransportStatistics m_stats;
    Handle m_nextHandle = 1;
    int m_maxInFlight = 512;
    QHash<Handle, class Exchange *> m_active;
    std::deque<std::pair<Handle, class Exchange *>> m_queued;
};

} // namespace spfm::dns
