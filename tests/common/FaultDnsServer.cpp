#include "FaultDnsServer.h"

#include <QNetworkDatagram>
#include <QNetworkProxy>
#include <QTcpSocket>
#include <QTimer>
#include <QtEndian>
#include <cstdlib>
#include <ldns/ldns.h>
#include <memory>

namespace spfm::testing {

namespace {

struct PacketDeleter
{
    void operator()(ldns_pkt *p) const { ldns_pkt_free(p); }
};
using PacketPtr = std::unique_ptr<ldns_pkt, PacketDeleter>;

QByteArray nameKey(const ldns_rdf *dname)
{
    char *text = ldns_rdf2str(dname);
    QByteArray key(text ? text : "");
    std::free(text);
    if (key.endsWith('.') && key.size() > 1)
        key.chop(1);
    return key.toLower();
}

QByteArray nameKey(QByteArrayView name)
{
    QByteArray key(name.data(), name.size());
    if (key.endsWith('.') && key.size() > 1)
        key.chop(1);
    return key.toLower();
}

QByteArray toBytes(const ldns_pkt *packet)
{
    std::uint8_t *wire = nullptr;
    size_t size = 0;
    if (ldns_pkt2wire(&wire, packet, &size) != LDNS_STATUS_OK)
        return {};
    QByteArray out(reinterpret_cast<const char *>(wire), qsizetype(size));
    std::free(wire);
    return out;
}

} // namespace

FaultDnsServer::FaultDnsServer(QObject *parent)
    : QObject(parent)
    , m_records(ldns_rr_list_new())
{
    m_udp.setProxy(QNetworkProxy::NoProxy);
    m_tcp.setProxy(QNetworkProxy::NoProxy);
    connect(&m_udp, &QUdpSocket::readyRead, this, &FaultDnsServer::onUdp);
    connect(&m_tcp, &QTcpServer::newConnection, this, &FaultDnsServer::onTcpConnection);
}

FaultDnsServer::~FaultDnsServer()
{
    ldns_rr_list_deep_free(m_records);
}

StartResult FaultDnsServer::listen(const QHostAddress &address, std::uint16_t port)
{
    for (int attempt = 0; attempt < 20; ++attempt) {
        if (!m_udp.bind(address, port))
            return {
                false,
                QStringLiteral("cannot bind UDP %1:%2: %3").arg(address.toString()).arg(port).arg(m_udp.errorString())};
        if (m_tcp.listen(address, m_udp.localPort())) {
            // The client runs in this thread and may send hundreds of queries before we read one: room for them all.
            m_udp.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 1 << 20);
            m_address = address;
            m_port = m_udp.localPort();
            return {true, {}};
        }
        m_udp.close();
        if (port != 0)
            break;
    }
    return {false, QStringLiteral("cannot listen on TCP %1: %2").arg(address.toString(), m_tcp.errorString())};
}

bool FaultDnsServer::addRecord(const QByteArray &presentation)
{
    ldns_rr *rr = nullptr;
    if (ldns_rr_new_frm_str(&rr, presentation.constData(), 300, nullptr, nullptr) != LDNS_STATUS_OK)
        return false;
    ldns_rr_list_push_rr(m_records, rr);
    return true;
}

void FaultDnsServer::setBehaviour(QByteArrayView name, Behaviour behaviour)
{
    m_behaviours.insert(nameKey(name), behaviour);
}

QString FaultDnsServer::serverSpec() const
{
    return m_address.toString() + QLatin1Char(':') + QString::number(m_port);
}

int FaultDnsServer::queriesFor(QByteArrayView name) const
{
    return m_perName.value(nameKey(name));
}

QByteArray FaultDnsServer::answerFor(ldns_pkt *query, bool truncated, std::uint16_t rcode, bool followCnames)
{
    PacketPtr reply(ldns_pkt_new());
    ldns_pkt_set_id(reply.get(), ldns_pkt_id(query));
    ldns_pkt_set_qr(reply.get(), true);
    ldns_pkt_set_aa(reply.get(), true);
    ldns_pkt_set_rd(reply.get(), ldns_pkt_rd(query));
    ldns_pkt_set_tc(reply.get(), truncated);
    ldns_rr_list *question = ldns_rr_list_clone(ldns_pkt_question(query));
    ldns_pkt_push_rr_list(reply.get(), LDNS_SECTION_QUESTION, question);
    ldns_rr_list_free(question);
    if (rcode == LDNS_RCODE_NOERROR && !truncated && ldns_rr_list_rr_count(ldns_pkt_question(query)) == 1) {
        const ldns_rr *q = ldns_rr_list_rr(ldns_pkt_question(query), 0);
        QByteArray name = nameKey(ldns_rr_owner(q));
        const ldns_rr_type type = ldns_rr_get_type(q);
        bool nameExists = false;
        // Follow CNAMEs within our own data, as an authoritative server does.
        for (int link = 0; link < 8; ++link) {
            bool found = false;
            const ldns_rr *cname = nullptr;
            for (size_t i = 0; i < ldns_rr_list_rr_count(m_records); ++i) {
                const ldns_rr *rr = ldns_rr_list_rr(m_records, i);
                if (nameKey(ldns_rr_owner(rr)) != name)
                    continue;
                nameExists = true;
                if (ldns_rr_get_type(rr) == type) {
                    ldns_pkt_push_rr(reply.get(), LDNS_SECTION_ANSWER, ldns_rr_clone(rr));
                    found = true;
                } else if (ldns_rr_get_type(rr) == LDNS_RR_TYPE_CNAME) {
                    cname = rr;
                }
            }
            if (found || !cname)
                break;
            ldns_pkt_push_rr(reply.get(), LDNS_SECTION_ANSWER, ldns_rr_clone(cname));
            if (!followCnames)
                break;
            name = nameKey(ldns_rr_rdf(cname, 0));
            nameExists = false;
        }
        if (!nameExists && ldns_pkt_ancount(reply.get()) == 0)
            rcode = LDNS_RCODE_NXDOMAIN;
    }
    ldns_pkt_set_rcode(reply.get(), std::uint8_t(rcode));
    return toBytes(reply.get());
}

QByteArray FaultDnsServer::reply(const QByteArray &query, bool overTcp, bool *dropConnection)
{
    *dropConnection = false;
    ldns_pkt *raw = nullptr;
    if (ldns_wire2pkt(&raw, reinterpret_cast<const std::uint8_t *>(query.constData()), size_t(query.size())) !=
        LDNS_STATUS_OK) {
        return {};
    }
    const PacketPtr packet(raw);
    if (ldns_rr_list_rr_count(ldns_pkt_question(packet.get())) != 1)
        return answerFor(packet.get(), false, LDNS_RCODE_FORMERR);
    const QByteArray name = nameKey(ldns_rr_owner(ldns_rr_list_rr(ldns_pkt_question(packet.get()), 0)));
    if (!overTcp)
        ++m_perName[name];
    switch (m_behaviours.value(name, m_default)) {
    case Behaviour::Answer: return answerFor(packet.get(), false, LDNS_RCODE_NOERROR);
    case Behaviour::CnameOnly: return answerFor(packet.get(), false, LDNS_RCODE_NOERROR, false);
    case Behaviour::FormErrOnEdns:
        return answerFor(packet.get(), false, ldns_pkt_edns(packet.get()) ? LDNS_RCODE_FORMERR : LDNS_RCODE_NOERROR);
    case Behaviour::Silent: return {};
    case Behaviour::ServFail: return answerFor(packet.get(), false, LDNS_RCODE_SERVFAIL);
    case Behaviour::Refused: return answerFor(packet.get(), false, LDNS_RCODE_REFUSED);
    case Behaviour::Truncate: return answerFor(packet.get(), !overTcp, LDNS_RCODE_NOERROR);
    case Behaviour::TruncateTcpDrop:
        if (overTcp) {
            *dropConnection = true;
            return {};
        }
        return answerFor(packet.get(), true, LDNS_RCODE_NOERROR);
    case Behaviour::WrongId: {
        ldns_pkt_set_id(packet.get(), std::uint16_t(ldns_pkt_id(packet.get()) + 1));
        return answerFor(packet.get(), false, LDNS_RCODE_NOERROR);
    }
    case Behaviour::WrongQuestion: {
        QByteArray bytes = answerFor(packet.get(), false, LDNS_RCODE_NOERROR);
        // Change one letter of the question name (first label starts at offset 13).
        if (bytes.size() > 13)
            bytes[13] = bytes[13] == 'x' ? 'y' : 'x';
        return bytes;
    }
    case Behaviour::Garbage: {
        QByteArray bytes = query.left(2); // our id, then nonsense: only a parser can tell
        bytes += QByteArray("\x81\x80\xff\xff\xff\xff garbage", 15);
        return bytes;
    }
    }
    return {};
}

void FaultDnsServer::onUdp()
{
    while (m_udp.hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_udp.receiveDatagram();
        ++m_udpQueries;
        bool drop = false;
        const QByteArray bytes = reply(datagram.data(), false, &drop);
        if (bytes.isEmpty())
            continue;
        const QHostAddress to = datagram.senderAddress();
        const quint16 port = quint16(datagram.senderPort());
        if (m_delayMs > 0) {
            QTimer::singleShot(m_delayMs, this, [this, bytes, to, port] { m_udp.writeDatagram(bytes, to, port); });
        } else {
            m_udp.writeDatagram(bytes, to, port);
        }
    }
}

void FaultDnsServer::onTcpConnection()
{
    while (QTcpSocket *socket = m_tcp.nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            *buffer += socket->readAll();
            // RFC 7766 §8: each message is preceded by its two-byte length.
            while (buffer->size() >= 2) {
                const quint16 length = qFromBigEndian<quint16>(buffer->constData());
                if (buffer->size() < 2 + qsizetype(length))
                    return;
                const QByteArray query = buffer->mid(2, length);
                buffer->remove(0, 2 + length);
                ++m_tcpQueries;
                bool drop = false;
                const QByteArray bytes = reply(query, true, &drop);
                if (drop) {
                    socket->abort();
                    return;
                }
                if (bytes.isEmpty())
                    continue;
                QByteArray framed(2, Qt::Uninitialized);
                qToBigEndian<quint16>(quint16(bytes.size()), framed.data());
                socket->write(framed + bytes);
            }
        });
    }
}

} // namespace spfm::testing
