#pragma once

#include "dns/AsyncResolver.h"
#include "dns/DnsTransport.h"
#include "dns/ServerAddress.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QSet>
#include <memory>

namespace spfm::dns {

struct ResolverOptions
{
    QList<ServerAddress> servers; // empty: the system's (systemServers())
    int timeoutMs = 2000;         // per attempt
    int tries = 2;                // per server
    std::uint16_t ednsUdpSize = 1232;
    bool recursionDesired = true; // false to ask authoritative servers directly
    int maxInFlight = 512;
    int maxCnameChain = 16; // longer chains (or loops) answer SERVFAIL, as resolvers do
    // When a reply holds a CNAME but no data for its target (an authoritative server outside the target's zone),
    // ask for the target.
    bool followCnameTargets = true;
    // Answers are kept for their TTL but at least this long (also errors and answers without a TTL), so that a job
    // re-run when answers arrive meets the same answers again and finishes.
    std::uint32_t minimumTtl = 30;
    std::uint32_t maximumTtl = 86400;
    // Keep every question sent in statistics().questions (benchmarks and tests that count what a run asked).
    bool logQuestions = false;

    TransportOptions transportOptions() const
    {
        return TransportOptions{timeoutMs, tries, ednsUdpSize, recursionDesired, maxInFlight};
    }
};

// What the resolver makes of one reply to question: the answer the engine sees (the CNAME chain walked through the
// answer section, records of other owners ignored), a CNAME target the reply had no data for, and how long to keep it.
// A pure function of untrusted bytes once decoded, so the fuzz target feeds it directly.
struct ReplyInterpretation
{
    Answer answer;
    QByteArray danglingTarget; // CNAME target to ask next, empty when the reply was complete
    std::uint32_t ttl = 0;     // seconds, clamped to the options' minimum and maximum
};
ReplyInterpretation interpretReply(const Question &question, const ServerReply &reply, const ResolverOptions &options);

struct ResolverStatistics
{
    TransportStatistics transport;
    quint64 lookups = 0;        // lookup() calls
    quint64 cacheHits = 0;      // lookups answered from the cache
    quint64 merged = 0;         // lookups that joined a query already under way
    quint64 queriesStarted = 0; // distinct questions sent to the transport
    quint64 failures = 0;       // queries that ended in an error rcode
    QList<Question> questions;  // with ResolverOptions::logQuestions: each question sent, in the order sent
};

// The live resolver: asks recursive servers (the system's or given ones) over the network, with a TTL-honouring cache
// (RFC 2308 negative caching by the authority SOA) and one query per distinct question however many lookups want it.
//
// Use it from one thread with an event loop. lookup() answers from the cache, or returns std::nullopt after making
// sure the query is under way; answerArrived() then fires when it completes. CNAME chains in a reply are followed and
// a dangling target is asked for in turn, so the answer lists the chain in cnames and the final records.
class LiveResolver : public AsyncResolver
{
    Q_OBJECT

public:
    explicit LiveResolver(ResolverOptions options = {}, QObject *parent = nullptr);
    // Shares transport (and its statistics) with other resolvers, e.g. one per authoritative server.
    LiveResolver(ResolverOptions options, DnsTransport *transport, QObject *parent = nullptr);
    ~LiveResolver() override;

    std::optional<Answer> lookup(const Question &question) override;
    QList<Question> takeMissed() override;
    int pendingCount() const override { return int(m_inFlight.size()); }

    const ResolverOptions &options() const { return m_options; }
    ResolverStatistics statistics() const;
    void resetStatistics();
    void clearCache();
    void cancelAll(); // drops queries under way; their lookups stay unanswered until asked again

private:
    struct Entry
    {
        Answer answer;
        QByteArray danglingTarget; // CNAME target the reply had no data for: ask it next
        QDeadlineTimer expiry;
    };

    std::optional<Answer> resolve(const Question &question, int depth, QList<QByteArray> &seen);
    void startQuery(const Question &question);
    void store(const Question &question, const ServerReply &reply);

    ResolverOptions m_options;
    std::unique_ptr<DnsTransport> m_ownTransport;
    DnsTransport *m_transport;
    QHash<Question, Entry> m_cache;
    QHash<Question, DnsTransport::Handle> m_inFlight;
    QList<Question> m_missed; // in order, for takeMissed()
    QSet<Question> m_missedSet;
    ResolverStatistics m_stats;
};

} // namespace spfm::dns
