#include "dns/MemoryZone.h"

#include <algorithm>

namespace spfm::dns {

namespace {

bool isNormalized(QByteArrayView name)
{
    if (name.size() > 1 && name.endsWith('.'))
        return false;
    for (const char c : name) {
        if (c >= 'A' && c <= 'Z')
            return false;
    }
    return true;
}

} // namespace

MemoryZone::Node &MemoryZone::node(QByteArrayView name)
{
    const QByteArray key = normalizeName(name);
    for (qsizetype dot = key.indexOf('.'); dot >= 0 && dot + 1 < key.size(); dot = key.indexOf('.', dot + 1))
        m_ancestors.insert(key.mid(dot + 1));
    return m_nodes[key];
}

void MemoryZone::addRecord(const ResourceRecord &record)
{
    ResourceRecord r = record;
    r.owner = normalizeName(r.owner);
    if (!r.target.isEmpty())
        r.target = normalizeName(r.target);
    Node &n = node(r.owner);
    n.records.append(r);
    for (auto &[type, list] : n.byType) {
        if (type == std::uint16_t(r.type)) {
            list.append(r);
            return;
        }
    }
    n.byType.append({std::uint16_t(r.type), QList<ResourceRecord>{r}});
}

const QList<ResourceRecord> *MemoryZone::Node::ofType(RRType type) const
{
    for (const auto &[t, list] : byType) {
        if (t == std::uint16_t(type))
            return &list;
    }
    return nullptr;
}

void MemoryZone::addFailure(QByteArrayView name, ResponseCode code)
{
    node(name).failAll = code;
}

void MemoryZone::addFailure(QByteArrayView name, RRType type, ResponseCode code)
{
    node(name).failByType.insert(std::uint16_t(type), code);
}

void MemoryZone::addName(QByteArrayView name)
{
    node(name);
}

bool MemoryZone::contains(QByteArrayView name) const
{
    const QByteArray key = normalizeName(name);
    return m_nodes.count(key) != 0 || m_ancestors.count(key) != 0;
}

QList<ResourceRecord> MemoryZone::records() const
{
    QList<ResourceRecord> out;
    for (const auto &[name, n] : m_nodes)
        out += n.records;
    return out;
}

std::optional<Answer> MemoryZone::lookup(const Question &question)
{
    constexpr int maxChain = 16;
    Answer answer;
    // Question's constructor already normalizes; a name set by hand is normalized here.
    QByteArray name = isNormalized(question.name) ? question.name : normalizeName(question.name);
    for (int link = 0; link <= maxChain; ++link) {
        const auto it = m_nodes.find(name);
        if (it == m_nodes.end()) {
            if (m_ancestors.count(name) == 0)
                answer.rcode = ResponseCode::NxDomain;
            return answer;
        }
        const Node &node = it->second;
        if (const QList<ResourceRecord> *records = node.ofType(question.type)) {
            answer.records = *records;
            return answer;
        }
        const QList<ResourceRecord> *cnames = node.ofType(RRType::CNAME);
        const ResourceRecord *cname = cnames ? &cnames->first() : nullptr;
        if (const auto f = node.failByType.constFind(std::uint16_t(question.type)); f != node.failByType.cend()) {
            answer.rcode = *f;
            answer.detail = QStringLiteral("simulated failure for %1/%2")
                                .arg(QString::fromLatin1(name), QString::fromLatin1(typeName(question.type)));
            return answer;
        }
        if (node.failAll) {
            answer.rcode = *node.failAll;
            answer.detail = QStringLiteral("simulated failure for %1").arg(QString::fromLatin1(name));
            return answer;
        }
        if (!cname || question.type == RRType::CNAME)
            return answer; // NODATA
        answer.cnames.append(*cname);
        name = cname->target;
    }
    answer.records.clear();
    answer.rcode = ResponseCode::ServFail;
    const bool loop = std::any_of(answer.cnames.cbegin(), answer.cnames.cend(),
                                  [&](const ResourceRecord &link) { return link.owner == name; });
    answer.cnameFault = loop ? CnameFault::Loop : CnameFault::TooLong;
    answer.detail = loop ? QStringLiteral("CNAME loop at %1").arg(QString::fromLatin1(question.name))
                         : QStringLiteral("CNAME chain longer than %1 links at %2")
                               .arg(maxChain)
                               .arg(QString::fromLatin1(question.name));
    return answer;
}

} // namespace spfm::dns
