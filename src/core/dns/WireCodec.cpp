#include "dns/WireCodec.h"

#include <cstdlib>
#include <cstring>
#include <ldns/ldns.h>
#include <memory>

namespace spfm::dns::wire {

namespace {

struct PacketDeleter
{
    void operator()(ldns_pkt *p) const { ldns_pkt_free(p); }
};
struct RdfDeleter
{
    void operator()(ldns_rdf *r) const { ldns_rdf_deep_free(r); }
};
struct CharDeleter
{
    void operator()(char *c) const { std::free(c); }
};
using PacketPtr = std::unique_ptr<ldns_pkt, PacketDeleter>;
using RdfPtr = std::unique_ptr<ldns_rdf, RdfDeleter>;

QByteArray dnameText(const ldns_rdf *rdf)
{
    if (!rdf || ldns_rdf_get_type(rdf) != LDNS_RDF_TYPE_DNAME)
        return {};
    return nameFromWire(
        QByteArrayView(reinterpret_cast<const char *>(ldns_rdf_data(rdf)), qsizetype(ldns_rdf_size(rdf))));
}

bool isKnownType(ldns_rr_type type)
{
    switch (type) {
    case LDNS_RR_TYPE_A:
    case LDNS_RR_TYPE_NS:
    case LDNS_RR_TYPE_CNAME:
    case LDNS_RR_TYPE_SOA:
    case LDNS_RR_TYPE_PTR:
    case LDNS_RR_TYPE_MX:
    case LDNS_RR_TYPE_TXT:
    case LDNS_RR_TYPE_AAAA:
    case LDNS_RR_TYPE_SPF: return true;
    default: return false;
    }
}

// One rdata field of the expected shape, or null when the record is malformed.
const ldns_rdf *field(const ldns_rr *rr, size_t index, ldns_rdf_type type)
{
    if (index >= ldns_rr_rd_count(rr))
        return nullptr;
    const ldns_rdf *rdf = ldns_rr_rdf(rr, index);
    return rdf && ldns_rdf_get_type(rdf) == type ? rdf : nullptr;
}

std::optional<ResourceRecord> toRecord(const ldns_rr *rr)
{
    const ldns_rr_type type = ldns_rr_get_type(rr);
    if (ldns_rr_get_class(rr) != LDNS_RR_CLASS_IN || !isKnownType(type))
        return std::nullopt;
    ResourceRecord out;
    out.owner = dnameText(ldns_rr_owner(rr));
    out.type = RRType(type);
    out.ttl = ldns_rr_ttl(rr);
    switch (type) {
    case LDNS_RR_TYPE_A: {
        const ldns_rdf *rdf = field(rr, 0, LDNS_RDF_TYPE_A);
        if (!rdf || ldns_rdf_size(rdf) != 4)
            return std::nullopt;
        out.address = net::IpAddress::fromBytes(net::IpAddress::Family::V4, ldns_rdf_data(rdf));
        break;
    }
    case LDNS_RR_TYPE_AAAA: {
        const ldns_rdf *rdf = field(rr, 0, LDNS_RDF_TYPE_AAAA);
        if (!rdf || ldns_rdf_size(rdf) != 16)
            return std::nullopt;
        out.address = net::IpAddress::fromBytes(net::IpAddress::Family::V6, ldns_rdf_data(rdf));
        break;
    }
    case LDNS_RR_TYPE_NS:
    case LDNS_RR_TYPE_CNAME:
    case LDNS_RR_TYPE_PTR: {
        const ldns_rdf *rdf = field(rr, 0, LDNS_RDF_TYPE_DNAME);
        if (!rdf)
            return std::nullopt;
        out.target = dnameText(rdf);
        break;
    }
    case LDNS_RR_TYPE_MX: {
        const ldns_rdf *pref = field(rr, 0, LDNS_RDF_TYPE_INT16);
        const ldns_rdf *exchange = field(rr, 1, LDNS_RDF_TYPE_DNAME);
        if (!pref || !exchange)
            return std::nullopt;
        out.preference = ldns_rdf2native_int16(pref);
        out.target = dnameText(exchange);
        break;
    }
    case LDNS_RR_TYPE_SOA: {
        const ldns_rdf *mname = field(rr, 0, LDNS_RDF_TYPE_DNAME);
        const ldns_rdf *serial = field(rr, 2, LDNS_RDF_TYPE_INT32);
        if (!mname || !serial)
            return std::nullopt;
        out.target = dnameText(mname);
        out.serial = ldns_rdf2native_int32(serial);
        break;
    }
    case LDNS_RR_TYPE_TXT:
    case LDNS_RR_TYPE_SPF:
        // Each rdf is one character-string, [length][bytes]; kept raw and unjoined (RFC 7208 §3.3 joins later).
        for (size_t i = 0; i < ldns_rr_rd_count(rr); ++i) {
            const ldns_rdf *rdf = ldns_rr_rdf(rr, i);
            const size_t size = ldns_rdf_size(rdf);
            const std::uint8_t *data = ldns_rdf_data(rdf);
            if (size < 1 || size_t(data[0]) + 1 != size)
                return std::nullopt;
            out.strings.append(QByteArray(reinterpret_cast<const char *>(data) + 1, qsizetype(data[0])));
        }
        break;
    default: return std::nullopt;
    }
    return out;
}

QList<ResourceRecord> toRecords(const ldns_rr_list *list)
{
    QList<ResourceRecord> out;
    for (size_t i = 0; i < ldns_rr_list_rr_count(list); ++i) {
        if (auto r = toRecord(ldns_rr_list_rr(list, i)))
            out.append(std::move(*r));
    }
    return out;
}

std::optional<std::uint32_t> negativeTtlOf(const ldns_rr_list *authority)
{
    for (size_t i = 0; i < ldns_rr_list_rr_count(authority); ++i) {
        const ldns_rr *rr = ldns_rr_list_rr(authority, i);
        if (ldns_rr_get_type(rr) != LDNS_RR_TYPE_SOA)
            continue;
        const ldns_rdf *minimum = field(rr, 6, LDNS_RDF_TYPE_PERIOD);
        if (!minimum)
            minimum = field(rr, 6, LDNS_RDF_TYPE_INT32);
        if (!minimum)
            return std::nullopt;
        return std::min(ldns_rr_ttl(rr), ldns_rdf2native_int32(minimum));
    }
    return std::nullopt;
}

} // namespace

QByteArray encodeQuery(const Question &question, std::uint16_t id, const QueryOptions &options)
{
    const QByteArray absolute = question.name.endsWith('.') ? question.name : question.name + '.';
    // ldns turns the name into wire form (escapes, label and name lengths checked); the rest of a query is fixed, and
    // writing it here spares ldns_pkt2wire's 64 KiB buffer per query.
    ldns_rdf *raw = nullptr;
    if (ldns_str2rdf_dname(&raw, absolute.constData()) != LDNS_STATUS_OK)
        return {};
    const RdfPtr name(raw);
    const bool edns = options.ednsUdpSize > 0;
    const auto nameSize = qsizetype(ldns_rdf_size(name.get()));
    QByteArray out(12 + nameSize + 4 + (edns ? 11 : 0), '\0');
    auto *at = reinterpret_cast<std::uint8_t *>(out.data());
    const auto put16 = [&at](std::uint16_t value) {
        *at++ = std::uint8_t(value >> 8);
        *at++ = std::uint8_t(value & 0xff);
    };
    // RFC 1035 §4.1.1: id, flags (a standard query, RD as asked), one question, no answer or authority records, and
    // one additional record when EDNS is on.
    put16(id);
    put16(options.recursionDesired ? 0x0100 : 0);
    put16(1);
    put16(0);
    put16(0);
    put16(edns ? 1 : 0);
    std::memcpy(at, ldns_rdf_data(name.get()), size_t(nameSize));
    at += nameSize;
    put16(std::uint16_t(question.type));
    put16(LDNS_RR_CLASS_IN);
    if (edns) {
        // RFC 6891 §6.1.2: the OPT record, owner the root, CLASS the UDP payload size, TTL (extended RCODE, version
        // 0, no flags) zero, no options.
        *at++ = 0;
        put16(LDNS_RR_TYPE_OPT);
        put16(options.ednsUdpSize);
        put16(0);
        put16(0);
        put16(0);
    }
    return out;
}

std::optional<Message> decode(QByteArrayView bytes)
{
    if (bytes.size() < 12)
        return std::nullopt;
    ldns_pkt *raw = nullptr;
    if (ldns_wire2pkt(&raw, reinterpret_cast<const std::uint8_t *>(bytes.data()), size_t(bytes.size())) !=
        LDNS_STATUS_OK) {
        return std::nullopt;
    }
    const PacketPtr packet(raw);
    Message m;
    m.id = ldns_pkt_id(packet.get());
    m.isResponse = ldns_pkt_qr(packet.get());
    m.truncated = ldns_pkt_tc(packet.get());
    m.authoritative = ldns_pkt_aa(packet.get());
    m.rcode = std::uint16_t(ldns_pkt_get_rcode(packet.get()) | (ldns_pkt_edns_extended_rcode(packet.get()) << 4));
    const ldns_rr_list *question = ldns_pkt_question(packet.get());
    m.questionCount = int(ldns_rr_list_rr_count(question));
    if (m.questionCount > 0) {
        const ldns_rr *q = ldns_rr_list_rr(question, 0);
        m.questionName = dnameText(ldns_rr_owner(q));
        m.questionType = std::uint16_t(ldns_rr_get_type(q));
        m.questionClass = std::uint16_t(ldns_rr_get_class(q));
    }
    m.answer = toRecords(ldns_pkt_answer(packet.get()));
    m.authority = toRecords(ldns_pkt_authority(packet.get()));
    m.negativeTtl = negativeTtlOf(ldns_pkt_authority(packet.get()));
    return m;
}

bool matchesQuery(const Message &message, const Question &question, std::uint16_t id)
{
    return message.isResponse && message.id == id && message.questionCount == 1 &&
           message.questionClass == LDNS_RR_CLASS_IN && message.questionType == std::uint16_t(question.type) &&
           message.questionName == normalizeName(question.name);
}

ResponseCode toResponseCode(std::uint16_t rcode)
{
    switch (rcode) {
    case LDNS_RCODE_NOERROR: return ResponseCode::NoError;
    case LDNS_RCODE_NXDOMAIN: return ResponseCode::NxDomain;
    case LDNS_RCODE_REFUSED: return ResponseCode::Refused;
    case LDNS_RCODE_FORMERR: return ResponseCode::FormatError;
    default: return ResponseCode::ServFail; // SERVFAIL, NOTIMP and anything else: the server could not answer
    }
}

} // namespace spfm::dns::wire
