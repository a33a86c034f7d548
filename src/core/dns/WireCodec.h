#pragma once

#include "dns/DnsTypes.h"

#include <QByteArray>
#include <QList>
#include <cstdint>
#include <optional>

namespace spfm::dns {

// DNS wire format through ldns, kept behind Qt types so ldns stays a private dependency of spfcore.
namespace wire {

struct QueryOptions
{
    std::uint16_t ednsUdpSize = 1232; // 0: no EDNS0 OPT record (RFC 6891); 1232 avoids IP fragmentation
    bool recursionDesired = true;     // false when asking an authoritative server directly
};

// The query for question in wire form, or an empty array when the name cannot be encoded (bad label, too long).
QByteArray encodeQuery(const Question &question, std::uint16_t id, const QueryOptions &options = {});

struct Message
{
    std::uint16_t id = 0;
    bool isResponse = false;    // QR
    bool truncated = false;     // TC
    bool authoritative = false; // AA
    std::uint16_t rcode = 0;    // including the EDNS extended bits
    int questionCount = 0;
    QByteArray questionName; // normalized
    std::uint16_t questionType = 0;
    std::uint16_t questionClass = 0;
    QList<ResourceRecord> answer;    // records of the types DnsTypes knows, others skipped
    QList<ResourceRecord> authority; // same
    // RFC 2308 §5: how long a negative answer may be cached, min(SOA TTL, SOA MINIMUM) of the authority SOA.
    std::optional<std::uint32_t> negativeTtl;
};

// Parses any bytes (untrusted): nullopt when they are not a well-formed DNS message.
std::optional<Message> decode(QByteArrayView bytes);

// True when message is the reply to the query (id, QR, exactly our question, class IN), RFC 5452 §9.1.
bool matchesQuery(const Message &message, const Question &question, std::uint16_t id);

ResponseCode toResponseCode(std::uint16_t rcode);

} // namespace wire
} // namespace spfm::dns
