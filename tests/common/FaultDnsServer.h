#pragma once

#include "DnsServerFixture.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QTcpServer>
#include <QUdpSocket>
#include <cstdint>
#include <ldns/ldns.h>

namespace spfm::testing {

// A DNS server in the test's own event loop that misbehaves on purpose, per question name: it stays silent, answers
// SERVFAIL or REFUSED, truncates (then answers over TCP, or drops the TCP connection), answers with a wrong id or a
// wrong question, or sends garbage. Names without a fault are answered from the records added (AA set, NXDOMAIN for
// unknown names, NODATA for known names without the type, CNAMEs included as an authoritative server does).
//
//     FaultDnsServer server;
//     QVERIFY2(server.listen().ok, ...);
//     server.addRecord("ok.test. 300 IN TXT \"v=spf1 -all\"");
//     server.setBehaviour("slow.test", FaultDnsServer::Behaviour::Silent);
class FaultDnsServer : public QObject
{
    Q_OBJECT

public:
    enum class Behaviour : std::uint8_t {
        Answer,
        Silent, // never answers (the client times out)
        ServFail,
        Refused,
        Truncate,        // TC=1 without records over UDP; TCP answers properly
        TruncateTcpDrop, // TC=1 over UDP; TCP connections are closed without an answer
        WrongId,         // the right answer under another id
        WrongQuestion,   // an answer for another name
        Garbage,         // bytes that are not a DNS message
        CnameOnly,       // the name's CNAME alone, as a server outside the target's zone answers
        FormErrOnEdns,   // FORMERR to queries with an EDNS0 OPT record, as servers from before EDNS do
        // Random garbage from a seeded generator (setGarbageSeed): the same name always gets the same bytes for one
        // seed. Pure noise, our id then noise, a valid header and question then noise, a valid answer with bytes
        // changed, or a valid answer cut short.
        RandomGarbage,
        TruncateTcpTruncated, // TC=1 over UDP, and TC=1 again over TCP
        TruncateTcpGarbage,   // TC=1 over UDP; TCP answers a framed message that is not DNS
        TruncateTcpDrip,      // TC=1 over UDP; TCP answers properly, one byte every setDripInterval() ms
        TruncateTcpHuge,      // TC=1 over UDP; TCP answers the records plus filler TXT records up to ~64 KiB
        OversizedUdp,         // the records plus filler TXT records, ~4 KiB over UDP without TC, beyond any EDNS size
        PointerLoopSelf,      // the answer's owner name is a compression pointer to itself
        PointerLoopPair,      // the answer's owner name and the next bytes point at each other
        PointerLoopRdata,     // a CNAME whose target is a pointer to itself
        PointerLoopQuestion,  // the question name is a pointer to itself
        PointerForward,       // the answer's owner name points past the end of the message
        Scripted,             // UDP replies as set by setScript()
    };

    // One reply of a script (UDP): sent delayMs after the query arrived. Forged replies carry a TXT record with
    // forgedText for the question name, so accepting one would change the evaluation's result.
    struct ScriptedReply
    {
        enum class Kind : std::uint8_t {
            Correct,       // the answer from the records
            WrongId,       // forged, under another id
            WrongQuestion, // forged, for another name
            OtherSource,   // forged with the right id and question, but sent from another port
        };
        Kind kind = Kind::Correct;
        int delayMs = 0;
        QByteArray forgedText = "v=spf1 +all";
    };

    // What a dripping TCP answer achieved before the client hung up (or the drip ended).
    struct Drip
    {
        int sent = 0;  // bytes sent, length prefix included
        int total = 0; // bytes of the whole framed answer
        bool clientClosed = false;
    };

    explicit FaultDnsServer(QObject *parent = nullptr);
    ~FaultDnsServer() override;

    // Listens on UDP and TCP, same port (0: a free one).
    [[nodiscard]] StartResult listen(const QHostAddress &address = QHostAddress(QHostAddress::LocalHost),
                                     std::uint16_t port = 0);

    // A record in zone-file form with an absolute owner, e.g. "a.test. 300 IN A 192.0.2.1". False when ldns rejects it.
    [[nodiscard]] bool addRecord(const QByteArray &presentation);
    void setBehaviour(QByteArrayView name, Behaviour behaviour);
    void setDefaultBehaviour(Behaviour behaviour) { m_default = behaviour; }
    // Every reply waits this long first (a far-away server).
    void setDelay(int milliseconds) { m_delayMs = milliseconds; }
    void setGarbageSeed(quint64 seed) { m_garbageSeed = seed; }
    // The TXT record that RandomGarbage starts from before it changes or cuts bytes.
    void setGarbageText(const QByteArray &text) { m_garbageText = text; }
    void setDripInterval(int milliseconds) { m_dripMs = milliseconds; }
    // Sets the behaviour of name to Scripted.
    void setScript(QByteArrayView name, QList<ScriptedReply> replies);

    QHostAddress address() const { return m_address; }
    std::uint16_t port() const { return m_port; }
    QString serverSpec() const; // "ADDR:PORT"
    int udpQueries() const { return m_udpQueries; }
    int tcpQueries() const { return m_tcpQueries; }
    // UDP queries that had arrived when the first UDP reply went out: with a delay, how many a client had in flight
    // at once (structural evidence of concurrency that does not depend on how busy the machine is).
    int udpQueriesBeforeFirstReply() const { return m_beforeFirstReply; }
    // How often each name (lower-case, no trailing dot) was asked over UDP.
    int queriesFor(QByteArrayView name) const;
    int garbageSent() const { return m_garbageSent; } // RandomGarbage replies
    const QList<Drip> &drips() const { return m_drips; }

private:
    void onUdp();
    void onTcpConnection();
    // The reply to a query for the transport given, or empty for no reply. dripIt: send it one byte at a time.
    QByteArray reply(const QByteArray &query, bool overTcp, bool *dropConnection, bool *dripIt = nullptr);
    QByteArray answerFor(ldns_pkt *query, bool truncated, std::uint16_t rcode, bool followCnames = true);
    QByteArray forgedAnswer(ldns_pkt *query, const QByteArray &text);
    QByteArray withFiller(ldns_pkt *query, int targetSize);
    QByteArray randomGarbage(const QByteArray &query, ldns_pkt *packet, const QByteArray &name);
    void runScript(const QByteArray &query, ldns_pkt *packet, const QByteArray &name, const QHostAddress &to,
                   quint16 port);
    void maybeRunScript(const class QNetworkDatagram &datagram);
    void drip(class QTcpSocket *socket, const QByteArray &framed);

    QHostAddress m_address;
    std::uint16_t m_port = 0;
    QUdpSocket m_udp;
    QTcpServer m_tcp;
    QHash<QByteArray, Behaviour> m_behaviours;
    Behaviour m_default = Behaviour::Answer;
    int m_delayMs = 0;
    int m_udpQueries = 0;
    int m_tcpQueries = 0;
    int m_udpReplies = 0;
    int m_beforeFirstReply = 0;
    QHash<QByteArray, int> m_perName;
    QHash<QByteArray, QList<ScriptedReply>> m_scripts;
    QUdpSocket m_otherSource; // sends the OtherSource forgeries
    quint64 m_garbageSeed = 1;
    QByteArray m_garbageText = "v=spf1 ip4:192.0.2.0/24 -all";
    int m_garbageSent = 0;
    int m_dripMs = 50;
    QList<Drip> m_drips;
    ldns_rr_list *m_records;
};

} // namespace spfm::testing
