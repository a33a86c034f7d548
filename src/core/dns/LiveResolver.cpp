#include "dns/LiveResolver.h"

#include "dns/ResolvConf.h"

namespace spfm::dns {

namespace {

QString cnameFaultDetail(CnameFault fault, const QByteArray &at, int maxChain)
{
    return fault == CnameFault::Loop
               ? QStringLiteral("CNAME loop at %1").arg(QString::fromLatin1(at))
               : QStringLiteral("CNAME chain longer than %1 links at %2").arg(maxChain).arg(QString::fromLatin1(at));
}

} // namespace

ReplyInterpretation interpretReply(const Question &question, const ServerReply &reply, const ResolverOptions &options)
{
    ReplyInterpretation entry;
    Answer &answer = entry.answer;
    answer.rcode = reply.rcode;
    answer.detail = reply.detail;
    std::uint32_t ttl = options.minimumTtl;
    if (reply.hasMessage && !answer.isError()) {
        const wire::Message &m = reply.message;
        // Walk the chain from the question through the answer section (RFC 1034 §3.6.2); records of other owners are
        // not ours to use.
        QByteArray name = question.name;
        QSet<QByteArray> seen{name};
        CnameFault fault = CnameFault::None;
        for (;;) {
            for (const ResourceRecord &r : m.answer) {
                if (r.type == question.type && r.owner == name)
                    answer.records.append(r);
            }
            if (!answer.records.isEmpty() || question.type == RRType::CNAME)
                break;
            const auto cname = std::find_if(m.answer.cbegin(), m.answer.cend(), [&](const ResourceRecord &r) {
                return r.type == RRType::CNAME && r.owner == name;
            });
            if (cname == m.answer.cend())
                break;
            answer.cnames.append(*cname);
            name = cname->target;
            if (seen.contains(name) || answer.cnames.size() > options.maxCnameChain) {
                fault = seen.contains(name) ? CnameFault::Loop : CnameFault::TooLong;
                break;
            }
            seen.insert(name);
        }
        if (fault != CnameFault::None) {
            answer.records.clear();
            answer.rcode = ResponseCode::ServFail;
            answer.cnameFault = fault;
            answer.detail = cnameFaultDetail(fault, name, options.maxCnameChain);
        } else if (answer.records.isEmpty()) {
            const bool sawSoa = std::any_of(m.authority.cbegin(), m.authority.cend(),
                                            [](const ResourceRecord &r) { return r.type == RRType::SOA; });
            // A CNAME with neither data nor an SOA for its target means the server does not know the target.
            if (!answer.cnames.isEmpty() && answer.rcode == ResponseCode::NoError && !sawSoa &&
                options.followCnameTargets) {
                entry.danglingTarget = name;
            }
            ttl = m.negativeTtl.value_or(options.minimumTtl);
        } else {
            ttl = answer.minTtl();
        }
        if (!answer.cnames.isEmpty())
            ttl = std::min(ttl, answer.minTtl());
    }
    ttl = std::clamp(ttl, options.minimumTtl, std::max(options.minimumTtl, options.maximumTtl));
    entry.ttl = ttl;
    return entry;
}

LiveResolver::LiveResolver(ResolverOptions options, QObject *parent)
    : LiveResolver(std::move(options), nullptr, parent)
{}

LiveResolver::LiveResolver(ResolverOptions options, DnsTransport *transport, QObject *parent)
    : AsyncResolver(parent)
    , m_options(std::move(options))
    , m_transport(transport)
{
    if (m_options.servers.isEmpty())
        m_options.servers = systemServers();
    if (!m_transport) {
        m_ownTransport = std::make_unique<DnsTransport>();
        m_transport = m_ownTransport.get();
    }
}

LiveResolver::~LiveResolver()
{
    cancelAll();
}

std::optional<Answer> LiveResolver::lookup(const Question &question)
{
    ++m_stats.lookups;
    QList<QByteArray> seen; // filled only along a dangling CNAME chain: most lookups allocate nothing
    return resolve(question, 0, seen);
}

std::optional<Answer> LiveResolver::resolve(const Question &question, int depth, QList<QByteArray> &seen)
{
    auto it = m_cache.find(question);
    if (it != m_cache.end() && it->expiry.hasExpired()) {
        m_cache.erase(it);
        it = m_cache.end();
    }
    if (it == m_cache.end()) {
        if (m_inFlight.contains(question))
            ++m_stats.merged;
        else
            startQuery(question);
        if (!m_missedSet.contains(question)) {
            m_missedSet.insert(question);
            m_missed.append(question);
        }
        return std::nullopt;
    }
    if (depth == 0)
        ++m_stats.cacheHits;
    const Entry &entry = *it;
    if (entry.danglingTarget.isEmpty())
        return entry.answer;

    seen.append(question.name);
    const int links = depth + int(entry.answer.cnames.size());
    Answer failure;
    failure.rcode = ResponseCode::ServFail;
    failure.cnames = entry.answer.cnames;
    if (links > m_options.maxCnameChain || seen.contains(entry.danglingTarget)) {
        failure.cnameFault = seen.contains(entry.danglingTarget) ? CnameFault::Loop : CnameFault::TooLong;
        failure.detail = cnameFaultDetail(failure.cnameFault, entry.danglingTarget, m_options.maxCnameChain);
        return failure;
    }
    // Copies: resolve() may rehash the cache.
    const Answer head = entry.answer;
    const QByteArray target = entry.danglingTarget;
    std::optional<Answer> tail = resolve(Question(target, question.type), links, seen);
    if (!tail)
        return std::nullopt;
    Answer combined = *tail;
    combined.cnames = head.cnames + tail->cnames;
    return combined;
}

void LiveResolver::startQuery(const Question &question)
{
    ++m_stats.queriesStarted;
    if (m_options.logQuestions)
        m_stats.questions.append(question);
    // The handle is stored before the callback can run: the transport calls back from the event loop only.
    const DnsTransport::Handle handle =
        m_transport->query(question, m_options.servers, m_options.transportOptions(),
                           [this, question](const ServerReply &reply) { store(question, reply); });
    m_inFlight.insert(question, handle);
}

void LiveResolver::store(const Question &question, const ServerReply &reply)
{
    m_inFlight.remove(question);
    ReplyInterpretation interpreted = interpretReply(question, reply, m_options);
    Entry entry{std::move(interpreted.answer), std::move(interpreted.danglingTarget),
                QDeadlineTimer(qint64(interpreted.ttl) * 1000)};
    if (entry.answer.isError())
        ++m_stats.failures;
    m_cache.emplace(question, std::move(entry));
    emit answerArrived(question);
    if (m_inFlight.isEmpty())
        emit idle();
}

QList<Question> LiveResolver::takeMissed()
{
    m_missedSet.clear();
    return std::exchange(m_missed, {});
}

ResolverStatistics LiveResolver::statistics() const
{
    ResolverStatistics s = m_stats;
    s.transport = m_transport->statistics();
    return s;
}

void LiveResolver::resetStatistics()
{
    m_stats = {};
    m_transport->resetStatistics();
}

void LiveResolver::clearCache()
{
    m_cache.clear();
}

void LiveResolver::cancelAll()
{
    for (const DnsTransport::Handle handle : std::as_const(m_inFlight))
        m_transport->cancel(handle);
    m_inFlight.clear();
}

} // namespace spfm::dns
