#pragma once

#include "DnsServerFixture.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QTcpServer>
#include <QUdpSocket>
#include <cstdint>
#include <optional>

namespace spfm::testing {

// Stands in front of a real DNS server and sends chosen questions to another one: queries for a listed name (every
// type, every type but some, or one type) go to their own upstream, all others to the default upstream. A test serves
// its names from NSD and lets a silent FaultDnsServer take the questions that must time out. UDP and TCP are relayed
// unchanged; only the question is read, to pick the way.
//
//     RoutingDnsProxy proxy({nsd.address(), nsd.port()});
//     proxy.routeName("slow.example.com", {fault.address(), fault.port()});
//     QVERIFY(proxy.listen().ok);   // then query proxy.address():proxy.port()
class RoutingDnsProxy : public QObject
{
    Q_OBJECT

public:
    struct Upstream
    {
        QHostAddress address;
        std::uint16_t port = 0;
    };

    explicit RoutingDnsProxy(Upstream defaultUpstream, QObject *parent = nullptr);

    // Names are compared as DNS does: ASCII case-insensitively, label by label, with or without the trailing dot.
    // Every question for name goes to upstream, except those for the types listed (they stay with the default).
    void routeName(QByteArrayView name, const Upstream &upstream, const QList<std::uint16_t> &exceptTypes = {});
    // Questions for name and type go to upstream (this wins over routeName()).
    void routeType(QByteArrayView name, std::uint16_t type, const Upstream &upstream);

    [[nodiscard]] StartResult listen(const QHostAddress &address = QHostAddress(QHostAddress::LocalHost),
                                     std::uint16_t port = 0);
    QHostAddress address() const { return m_address; }
    std::uint16_t port() const { return m_port; }
    QString serverSpec() const;                 // "ADDR:PORT"
    int relayed() const { return m_relayed; }   // queries passed on, UDP and TCP
    int rerouted() const { return m_rerouted; } // of them, those sent elsewhere than the default upstream

    struct QuestionKey
    {
        QByteArray name; // the labels' bytes joined by '.', ASCII lower-cased, no trailing dot ("" for the root)
        std::uint16_t type = 0;
    };
    // The question of a DNS message, or nullopt when there is not exactly one readable question.
    static std::optional<QuestionKey> questionOf(QByteArrayView message);

private:
    struct Route
    {
        std::optional<Upstream> allTypes;
        QSet<std::uint16_t> exceptTypes;
        QHash<std::uint16_t, Upstream> byType;
    };

    const Upstream &upstreamFor(QByteArrayView message);
    void onClientDatagram();
    void onTcpConnection();

    Upstream m_default;
    QHash<QByteArray, Route> m_routes;
    QHostAddress m_address;
    std::uint16_t m_port = 0;
    QUdpSocket m_udp;
    QTcpServer m_tcp;
    int m_relayed = 0;
    int m_rerouted = 0;
};

} // namespace spfm::testing
