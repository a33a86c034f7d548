#pragma once

#include "dns/Resolver.h"

#include <QHash>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace spfm::dns {

// DNS data held in memory: the conformance suite, unit tests, and zone files read for "what if" checks.
// Follows CNAME chains (at most 16 links, then SERVFAIL as a real resolver would), tells NXDOMAIN from NODATA, and can
// be told to fail queries (a timeout, SERVFAIL) to stand in for broken servers. As in real DNS (RFC 8020), a name that
// owns nothing but has names below it (an empty non-terminal, like "example.com" beside "mail.example.com") exists:
// queries for it give NODATA, not NXDOMAIN.
class MemoryZone : public Resolver
{
public:
    void addRecord(const ResourceRecord &record);
    // Queries for this name and type (or every type, when type is omitted) fail with the given code, as though the
    // server never answered (Timeout) or answered SERVFAIL. Records of that type already added still answer first,
    // matching the conformance suite's "records listed before TIMEOUT" rule.
    void addFailure(QByteArrayView name, ResponseCode code);
    void addFailure(QByteArrayView name, RRType type, ResponseCode code);
    // Declares that the name exists even without records (so queries give NODATA rather than NXDOMAIN).
    void addName(QByteArrayView name);

    bool contains(QByteArrayView name) const;
    QList<ResourceRecord> records() const;

    std::optional<Answer> lookup(const Question &question) override;

private:
    struct Node
    {
        QList<ResourceRecord> records; // every record, in the order added
        // The same records per type: an answer shares the list instead of copying each record.
        QList<std::pair<std::uint16_t, QList<ResourceRecord>>> byType;
        const QList<ResourceRecord> *ofType(RRType type) const;
        std::optional<ResponseCode> failAll;
        QHash<std::uint16_t, ResponseCode> failByType;
    };
    Node &node(QByteArrayView name);

    // Names are short and the zone holds trusted data: FNV-1a is several times cheaper here than Qt's SipHash,
    // and every check_host() query goes through it.
    struct NameHash
    {
        size_t operator()(const QByteArray &name) const noexcept
        {
            std::uint64_t h = 14695981039346656037ull;
            for (const char c : name)
                h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
            return size_t(h);
        }
    };
    std::unordered_map<QByteArray, Node, NameHash> m_nodes;
    std::unordered_set<QByteArray, NameHash> m_ancestors; // every proper ancestor of a node: empty non-terminals
};

} // namespace spfm::dns
