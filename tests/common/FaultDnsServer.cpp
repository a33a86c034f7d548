#include "FaultDnsServer.h"

#include "ServerSockets.h"

#include <QNetworkDatagram>
#include <QNetworkProxy>
#include <QRandomGenerator>
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

// FNV-1a: a hash that is the same on every machine and run, so one seed gives the same garbage everywhere.
quint64 stableHash(const QByteArray &bytes)
{
    quint64 h = 0xcbf29ce484222325ull;
    for (const char c : bytes) {
        h ^= quint8(c);
        h *= 0x100000001b3ull;
    }
    return h;
}

// Where the question section of a well-formed query ends (after QTYPE and QCLASS), or -1.
qsizetype questionEnd(const QByteArray &query)
{
    qsizetype at = 12;
    while (at < query.size()) {
        const quint8 length = quint8(query[at]);
        if (length == 0)
            return at + 5 <= query.size() ? at + 5 : -1;
        if (length >= 64)
            return -1;
        at += 1 + length;
    }
    return -1;
}

void putU16(QByteArray &bytes, quint16 value)
{
    bytes.append(char(value >> 8));
    bytes.append(char(value & 0xff));
}

// A reply header echoing the query's id and question, with the counts given; the caller appends the records.
QByteArray replyHeader(const QByteArray &query, quint16 qdcount, quint16 ancount)
{
    const qsizetype end = questionEnd(query);
    if (end < 0)
        return {};
    QByteArray bytes = query.left(2);
    putU16(bytes, 0x8400); // QR, AA, NOERROR
    putU16(bytes, qdcount);
    putU16(bytes, ancount);
    putU16(bytes, 0);
    putU16(bytes, 0);
    if (qdcount > 0)
        bytes += query.mid(12, end - 12);
    return bytes;
}

// A record's fixed part after its owner name.
void putRecordHead(QByteArray &bytes, quint16 type, quint16 rdlength)
{
    putU16(bytes, type);
    putU16(bytes, 1); // IN
    putU16(bytes, 0);
    putU16(bytes, 300);
    putU16(bytes, rdlength);
}

QByteArray txtRdata(const QByteArray &text)
{
    QByteArray rdata;
    for (qsizetype at = 0; at < text.size() || at == 0; at += 255) {
        const QByteArray chunk = text.mid(at, 255);
        rdata.append(char(chunk.size()));
        rdata += chunk;
        if (text.isEmpty())
            break;
    }
    return rdata;
}

// The compression-pointer faults: each message is well-formed up to the name that never ends (or ends outside).
QByteArray pointerFault(const QByteArray &query, FaultDnsServer::Behaviour behaviour)
{
    using B = FaultDnsServer::Behaviour;
    const QByteArray rdata = txtRdata("v=spf1 -all");
    if (behaviour == B::PointerLoopQuestion) {
        QByteArray bytes = replyHeader(query, 0, 0);
        if (bytes.isEmpty())
            return {};
        bytes[5] = 1; // QDCOUNT 1: a question whose name is a pointer to itself
        putU16(bytes, quint16(0xC000 | 12));
        putU16(bytes, 16);
        putU16(bytes, 1);
        return bytes;
    }
    QByteArray bytes = replyHeader(query, 1, 1);
    if (bytes.isEmpty())
        return {};
    const quint16 owner = quint16(bytes.size());
    switch (behaviour) {
    case B::PointerLoopSelf:
        putU16(bytes, quint16(0xC000 | owner));
        putRecordHead(bytes, 16, quint16(rdata.size()));
        bytes += rdata;
        break;
    case B::PointerLoopPair:
        // owner: label "a", then a pointer to the next two bytes, which point back to the owner.
        bytes.append('\x01');
        bytes.append('a');
        putU16(bytes, quint16(0xC000 | (owner + 4)));
        putU16(bytes, quint16(0xC000 | owner));
        putRecordHead(bytes, 16, quint16(rdata.size()));
        bytes += rdata;
        break;
    case B::PointerLoopRdata: {
        putU16(bytes, quint16(0xC000 | 12)); // owner: the question name
        putRecordHead(bytes, 5, 2);
        const quint16 target = quint16(bytes.size());
        putU16(bytes, quint16(0xC000 | target));
        break;
    }
    case B::PointerForward:
        putU16(bytes, quint16(0xC000 | 0x3000));
        putRecordHead(bytes, 16, quint16(rdata.size()));
        bytes += rdata;
        break;
    default: return {};
    }
    return bytes;
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
    const StartResult listening = listenOnUdpAndTcp(m_udp, m_tcp, address, port, 1 << 20);
    if (listening) {
        m_address = address;
        m_port = m_udp.localPort();
        m_otherSource.setProxy(QNetworkProxy::NoProxy);
        m_otherSource.bind(address, 0);
    }
    return listening;
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

void FaultDnsServer::setScript(QByteArrayView name, QList<ScriptedReply> replies)
{
    m_scripts.insert(nameKey(name), std::move(replies));
    setBehaviour(name, Behaviour::Scripted);
}

QString FaultDnsServer::serverSpec() const
{
    return testing::serverSpec(m_address, m_port);
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

QByteArray FaultDnsServer::forgedAnswer(ldns_pkt *query, const QByteArray &text)
{
    PacketPtr reply(ldns_pkt_new());
    ldns_pkt_set_id(reply.get(), ldns_pkt_id(query));
    ldns_pkt_set_qr(reply.get(), true);
    ldns_pkt_set_aa(reply.get(), true);
    ldns_pkt_set_rd(reply.get(), ldns_pkt_rd(query));
    ldns_rr_list *question = ldns_rr_list_clone(ldns_pkt_question(query));
    ldns_pkt_push_rr_list(reply.get(), LDNS_SECTION_QUESTION, question);
    ldns_rr_list_free(question);
    if (ldns_rr_list_rr_count(ldns_pkt_question(query)) == 1) {
        const ldns_rr *q = ldns_rr_list_rr(ldns_pkt_question(query), 0);
        ldns_rr *rr = ldns_rr_new(); // no rdata fields yet (ldns_rr_new_frm_type would leave empty ones)
        ldns_rr_set_type(rr, LDNS_RR_TYPE_TXT);
        ldns_rr_set_owner(rr, ldns_rdf_clone(ldns_rr_owner(q)));
        ldns_rr_set_ttl(rr, 300);
        ldns_rr_set_class(rr, LDNS_RR_CLASS_IN);
        for (qsizetype at = 0; at < text.size() || at == 0; at += 255) {
            const QByteArray chunk = text.mid(at, 255);
            QByteArray data(1, char(chunk.size()));
            data += chunk;
            ldns_rr_push_rdf(rr, ldns_rdf_new_frm_data(LDNS_RDF_TYPE_STR, size_t(data.size()), data.constData()));
            if (text.isEmpty())
                break;
        }
        ldns_pkt_push_rr(reply.get(), LDNS_SECTION_ANSWER, rr);
    }
    return toBytes(reply.get());
}

QByteArray FaultDnsServer::withFiller(ldns_pkt *query, int targetSize)
{
    QByteArray bytes = answerFor(query, false, LDNS_RCODE_NOERROR);
    const qsizetype end = questionEnd(bytes);
    if (end < 0 || ldns_rr_list_rr_count(ldns_pkt_question(query)) != 1)
        return bytes;
    // Filler TXT records (not SPF) for the question name, appended by hand: owner is a pointer to the question.
    quint16 ancount = qFromBigEndian<quint16>(bytes.constData() + 6);
    for (int i = 0; bytes.size() + 220 <= targetSize; ++i) {
        QByteArray text = "filler " + QByteArray::number(i) + ' ';
        text += QByteArray(200 - text.size(), 'x');
        const QByteArray rdata = txtRdata(text);
        putU16(bytes, quint16(0xC000 | 12));
        putRecordHead(bytes, 16, quint16(rdata.size()));
        bytes += rdata;
        ++ancount;
    }
    qToBigEndian<quint16>(ancount, bytes.data() + 6);
    return bytes;
}

QByteArray FaultDnsServer::randomGarbage(const QByteArray &query, ldns_pkt *packet, const QByteArray &name)
{
    ++m_garbageSent;
    const quint64 nameHash = stableHash(name);
    const quint32 seeds[4] = {quint32(m_garbageSeed), quint32(m_garbageSeed >> 32), quint32(nameHash),
                              quint32(nameHash >> 32)};
    QRandomGenerator rng(seeds, 4);
    const auto noise = [&rng](qsizetype size) {
        QByteArray bytes(size, Qt::Uninitialized);
        for (char &c : bytes)
            c = char(rng.bounded(256));
        return bytes;
    };
    const QByteArray valid = forgedAnswer(packet, m_garbageText);
    const int kind = int(rng.bounded(100));
    if (kind < 20) // pure noise, any length a datagram may have here
        return noise(qsizetype(rng.bounded(600)));
    if (kind < 35) // our id, then noise
        return query.left(2) + noise(qsizetype(rng.bounded(600)));
    if (kind < 55) { // a plausible header and our question, then noise
        QByteArray bytes = valid.left(12);
        bytes[3] = char(rng.bounded(256)); // any rcode and flags
        bytes[6] = 0;                      // ANCOUNT up to 255
        bytes[7] = char(rng.bounded(256));
        for (int i = 8; i < 12; ++i) // NSCOUNT, ARCOUNT
            bytes[i] = char(rng.bounded(4) == 0 ? rng.bounded(256) : 0);
        const qsizetype end = questionEnd(valid);
        bytes += valid.mid(12, end - 12);
        return bytes + noise(qsizetype(rng.bounded(400)));
    }
    if (kind < 90) { // a valid answer with a few bytes changed (XOR with non-zero: each change is a change)
        QByteArray bytes = valid;
        const int changes = 1 + int(rng.bounded(4));
        for (int i = 0; i < changes; ++i) {
            const qsizetype at = qsizetype(rng.bounded(quint64(bytes.size())));
            bytes[at] = char(quint8(bytes[at]) ^ quint8(1 + rng.bounded(255)));
        }
        return bytes;
    }
    return valid.left(qsizetype(rng.bounded(quint64(valid.size())))); // cut short
}

void FaultDnsServer::runScript(const QByteArray &query, ldns_pkt *packet, const QByteArray &name,
                               const QHostAddress &to, quint16 port)
{
    for (const ScriptedReply &step : m_scripts.value(name)) {
        QByteArray bytes;
        bool otherSource = false;
        switch (step.kind) {
        case ScriptedReply::Kind::Correct: bytes = answerFor(packet, false, LDNS_RCODE_NOERROR); break;
        case ScriptedReply::Kind::WrongId:
            bytes = forgedAnswer(packet, step.forgedText);
            qToBigEndian<quint16>(quint16(qFromBigEndian<quint16>(query.constData()) + 1), bytes.data());
            break;
        case ScriptedReply::Kind::WrongQuestion:
            bytes = forgedAnswer(packet, step.forgedText);
            if (bytes.size() > 13) // one letter of the first label: the question and the record's owner
                bytes[13] = bytes[13] == 'x' ? 'y' : 'x';
            break;
        case ScriptedReply::Kind::OtherSource:
            bytes = forgedAnswer(packet, step.forgedText);
            otherSource = true;
            break;
        }
        QUdpSocket *socket = otherSource ? &m_otherSource : &m_udp;
        QTimer::singleShot(step.delayMs, this, [this, socket, bytes, to, port] {
            ++m_udpReplies;
            socket->writeDatagram(bytes, to, port);
        });
    }
}

void FaultDnsServer::maybeRunScript(const QNetworkDatagram &datagram)
{
    const QByteArray query = datagram.data();
    ldns_pkt *raw = nullptr;
    if (ldns_wire2pkt(&raw, reinterpret_cast<const std::uint8_t *>(query.constData()), size_t(query.size())) !=
        LDNS_STATUS_OK)
        return;
    const PacketPtr packet(raw);
    if (ldns_rr_list_rr_count(ldns_pkt_question(packet.get())) != 1)
        return;
    const QByteArray name = nameKey(ldns_rr_owner(ldns_rr_list_rr(ldns_pkt_question(packet.get()), 0)));
    if (m_behaviours.value(name, m_default) == Behaviour::Scripted)
        runScript(query, packet.get(), name, datagram.senderAddress(), quint16(datagram.senderPort()));
}

void FaultDnsServer::drip(QTcpSocket *socket, const QByteArray &framed)
{
    const qsizetype index = m_drips.size();
    m_drips.append(Drip{0, int(framed.size()), false});
    auto *timer = new QTimer(socket);
    connect(socket, &QTcpSocket::disconnected, this, [this, index, timer] {
        timer->stop();
        if (m_drips[index].sent < m_drips[index].total)
            m_drips[index].clientClosed = true;
    });
    connect(timer, &QTimer::timeout, this, [this, index, timer, socket, framed] {
        Drip &d = m_drips[index];
        if (socket->state() != QAbstractSocket::ConnectedState) {
            timer->stop();
            d.clientClosed = d.sent < d.total;
            return;
        }
        socket->write(framed.mid(d.sent, 1));
        if (++d.sent >= d.total)
            timer->stop();
    });
    timer->start(m_dripMs);
}

QByteArray FaultDnsServer::reply(const QByteArray &query, bool overTcp, bool *dropConnection, bool *dripIt)
{
    *dropConnection = false;
    if (dripIt)
        *dripIt = false;
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
    case Behaviour::RandomGarbage: return randomGarbage(query, packet.get(), name);
    case Behaviour::TruncateTcpTruncated: return answerFor(packet.get(), true, LDNS_RCODE_NOERROR);
    case Behaviour::TruncateTcpGarbage:
        if (overTcp)
            return QByteArray("\x00\x00 not a DNS message, sent over TCP", 35);
        return answerFor(packet.get(), true, LDNS_RCODE_NOERROR);
    case Behaviour::TruncateTcpDrip:
        if (overTcp && dripIt)
            *dripIt = true;
        return answerFor(packet.get(), !overTcp, LDNS_RCODE_NOERROR);
    case Behaviour::TruncateTcpHuge:
        return overTcp ? withFiller(packet.get(), 65000) : answerFor(packet.get(), true, LDNS_RCODE_NOERROR);
    case Behaviour::OversizedUdp: return withFiller(packet.get(), 4096);
    case Behaviour::PointerLoopSelf:
    case Behaviour::PointerLoopPair:
    case Behaviour::PointerLoopRdata:
    case Behaviour::PointerLoopQuestion:
    case Behaviour::PointerForward: return pointerFault(query, m_behaviours.value(name, m_default));
    case Behaviour::Scripted: return {}; // onUdp runs the script
    }
    return {};
}

void FaultDnsServer::onUdp()
{
    while (m_udp.hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_udp.receiveDatagram();
        ++m_udpQueries;
        if (m_udpReplies == 0)
            ++m_beforeFirstReply;
        bool drop = false;
        const QByteArray bytes = reply(datagram.data(), false, &drop);
        if (bytes.isEmpty())
            maybeRunScript(datagram);
        if (bytes.isEmpty())
            continue;
        const QHostAddress to = datagram.senderAddress();
        const quint16 port = quint16(datagram.senderPort());
        if (m_delayMs > 0) {
            QTimer::singleShot(m_delayMs, this, [this, bytes, to, port] {
                ++m_udpReplies;
                m_udp.writeDatagram(bytes, to, port);
            });
        } else {
            ++m_udpReplies;
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
                bool dripIt = false;
                const QByteArray bytes = reply(query, true, &drop, &dripIt);
                if (drop) {
                    socket->abort();
                    return;
                }
                if (bytes.isEmpty())
                    continue;
                QByteArray framed(2, Qt::Uninitialized);
                qToBigEndian<quint16>(quint16(bytes.size()), framed.data());
                if (dripIt)
                    drip(socket, framed + bytes);
                else
                    socket->write(framed + bytes);
            }
        });
    }
}

} // namespace spfm::testing
