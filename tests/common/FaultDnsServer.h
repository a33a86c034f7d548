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

    QHostAddress address() const { return m_address; }
    std::uint16_t port() const { return m_port; }
    QString serverSpec() const; // "ADDR:PORT"
    int udpQueries() const { return m_udpQueries; }
    int tcpQueries() const { return m_tcpQueries; }
    // How often each name (lower-case, no trailing dot) was asked over UDP.
    int queriesFor(QByteArrayView name) const;

private:
    void onUdp();
    void onTcpConnection();
    // The reply to a query for the transport given, or empty for no reply.
    QByteArray reply(const QByteArray &query, bool overTcp, bool *dropConnection);
    QByteArray answerFor(ldns_pkt *query, bool truncated, std::uint16_t rcode, bool followCnames = true);

    QHostAddress m_address;
    std::uint16_t m_port = 0;
    QUdpSocket m_udp;
    QTcpServer m_tcp;
    QHash<QByteArray, Behaviour> m_behaviours;
    Behaviour m_default = Behaviour::Answer;
    int m_delayMs = 0;
    int m_udpQueries = 0;
    int m_tcpQueries = 0;
    QHash<QByteArray, int> m_perName;
    ldns_rr_list *m_records;
};

} // namespace spfm::testing
