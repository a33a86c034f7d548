#pragma once

#include "dns/LiveResolver.h"

#include <QHash>
#include <memory>

namespace spfm::dns {

// What one authoritative server of a zone says for a question.
struct AuthoritativeAnswer
{
    QByteArray nameServer; // the NS name, e.g. "ns1.example.com"
    ServerAddress server;  // the address asked (address null when the NS name has none)
    Answer answer;         // this server's answer, straight from it (no cache in between but ours)
    // The zone's SOA serial as this server serves it; nullopt when it did not give one.
    std::optional<std::uint32_t> soaSerial;
};

struct AuthoritativeResult
{
    // NoError once the zone and its servers were found; otherwise why not (the zone's SOA or NS lookup failed).
    ResponseCode rcode = ResponseCode::NoError;
    QString detail;
    QByteArray zone;                    // the zone holding the name (the closest enclosing SOA)
    QList<AuthoritativeAnswer> servers; // one per address of every NS name, in NS order

    // The servers do not all serve the same serial, or give different answers (a change that has not reached every
    // secondary yet).
    bool serversDisagree() const;
};

struct AuthoritativeOptions
{
    ResolverOptions recursive; // finds the zone, its NS set and the servers' addresses (servers empty: system's)
    int timeoutMs = 2000;      // per attempt, for each authoritative server
    int tries = 2;
    std::uint16_t port = 53; // where the authoritative servers listen (tests run them on another port)
    bool useIpv6 = false;    // also ask the servers' AAAA addresses (off: many hosts have no IPv6 route)
};

// Authoritative mode: asks every authoritative server of a name's zone directly, so no recursive cache hides a change
// that was just published, and servers that disagree can be told apart.
//
// The zone is found by walking up the name with SOA queries through the recursive resolver, then its NS names and
// their addresses; each server is then asked without recursion. Like every AsyncResolver, the lookups answer when
// they can and return std::nullopt (with the queries under way) when they cannot yet.
class AuthoritativeResolver : public AsyncResolver
{
    Q_OBJECT

public:
    explicit AuthoritativeResolver(AuthoritativeOptions options, QObject *parent = nullptr);
    ~AuthoritativeResolver() override;

    // What each authoritative server says for question, with the serial it serves.
    std::optional<AuthoritativeResult> lookupEach(const Question &question);
    // The zone that holds name: the closest enclosing name with an SOA record.
    std::optional<AuthoritativeResult> findZone(const QByteArray &name);

    // The Resolver view: the first server's answer that is not an error (else the first error), so the engine can
    // evaluate straight from the authoritative servers.
    std::optional<Answer> lookup(const Question &question) override;
    QList<Question> takeMissed() override;
    int pendingCount() const override;

    ResolverStatistics statistics() const;

private:
    LiveResolver &serverResolver(const ServerAddress &server);
    void onChildIdle();
    void watch(LiveResolver &child);

    AuthoritativeOptions m_options;
    DnsTransport m_transport;
    std::unique_ptr<LiveResolver> m_recursive;
    QHash<QString, LiveResolver *> m_direct; // by ServerAddress::toString(), owned (children of this)
};

} // namespace spfm::dns
