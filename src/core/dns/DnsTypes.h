#pragma once

#include "net/IpAddress.h"

#include <QByteArray>
#include <QHashFunctions>
#include <QList>
#include <QString>
#include <cstdint>

namespace spfm::dns {

enum class RRType : std::uint16_t {
    A = 1,
    NS = 2,
    CNAME = 5,
    SOA = 6,
    PTR = 12,
    MX = 15,
    TXT = 16,
    AAAA = 28,
    SPF = 99, // obsolete (RFC 7208 §3.1); still queried to warn about it
};

QByteArray typeName(RRType type);

// Domain names travel as presentation-form ASCII (IDN already in ACE form), compared case-insensitively;
// normalizeName() lower-cases and strips one trailing dot.
QByteArray normalizeName(QByteArrayView name);

// The text of a name given in DNS wire format (uncompressed labels, as ldns holds one): the labels' bytes as they are,
// joined by '.', only '.' and '\\' inside a label escaped ("\\.", "\\\\") so that it reads back to the same labels;
// normalized, "." for the root. This is the form macro expansion gives a name (RFC 7208 §7.3: "%{l}" may hold spaces),
// so a name asked and the same name in a reply or a zone file compare equal whatever bytes its labels hold; escaping
// them in the presentation style (a space as "\\032") made a reply fail to match its query. Malformed wire: empty.
QByteArray nameFromWire(QByteArrayView wire);

struct Question
{
    QByteArray name; // normalized
    RRType type = RRType::A;

    Question() = default;
    Question(QByteArrayView n, RRType t)
        : name(normalizeName(n))
        , type(t)
    {}
    friend bool operator==(const Question &, const Question &) = default;
};

inline size_t qHash(const Question &q, size_t seed = 0)
{
    return qHashMulti(seed, q.name, std::uint16_t(q.type));
}

struct ResourceRecord
{
    QByteArray owner; // normalized
    RRType type = RRType::A;
    std::uint32_t ttl = 0;

    QList<QByteArray> strings;    // TXT / SPF: the character-strings, raw bytes, in wire order
    QByteArray target;            // CNAME, PTR, NS target; MX exchange; SOA mname (normalized)
    std::uint16_t preference = 0; // MX
    net::IpAddress address;       // A / AAAA
    std::uint32_t serial = 0;     // SOA

    // TXT strings joined with no separator, as RFC 7208 §3.3 requires.
    QByteArray joinedText() const;
};

enum class ResponseCode : std::uint8_t {
    NoError,  // answer or NODATA
    NxDomain, // name does not exist
    ServFail,
    Refused,
    FormatError,
    Timeout,      // no usable reply within the time allowed
    NetworkError, // could not send, connection refused, garbage reply...
};

QByteArray responseCodeName(ResponseCode code);

// Why a CNAME chain could not be followed to its end. Resolvers then answer SERVFAIL, so receivers see a DNS error
// (temperror), yet the servers answered: the published aliases are broken, which only the zone's owner can fix.
enum class CnameFault : std::uint8_t {
    None,
    Loop,    // the chain comes back to a name already on it
    TooLong, // more links than the resolver follows (ResolverOptions::maxCnameChain)
};

struct Answer
{
    ResponseCode rcode = ResponseCode::NoError;
    // Records of the asked type, after any CNAME chain was followed. Owners are the final name of the chain.
    QList<ResourceRecord> records;
    // The CNAME records met on the way (in order), empty when the name was not an alias.
    QList<ResourceRecord> cnames;
    // Human-readable detail when rcode is an error (which server, what went wrong).
    QString detail;
    // Set (with rcode ServFail) when the chain in cnames loops or is too long; cnames then holds it as far as it went.
    CnameFault cnameFault = CnameFault::None;

    bool isError() const { return rcode != ResponseCode::NoError && rcode != ResponseCode::NxDomain; }
    // RFC 7208 §4.6.4: a void lookup is a successful query that gave no answer (NODATA) or NXDOMAIN.
    bool isVoid() const { return !isError() && records.isEmpty(); }
    std::uint32_t minTtl() const;
};

} // namespace spfm::dns
