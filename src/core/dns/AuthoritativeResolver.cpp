#include "dns/AuthoritativeResolver.h"

namespace spfm::dns {

bool AuthoritativeResult::serversDisagree() const
{
    const auto key = [](const Answer &a) -> QByteArray {
        QList<QByteArray> parts;
        for (const ResourceRecord &r : a.records) {
            parts.append(r.joinedText() + '|' + r.target + '|' + r.address.toText() + '|' +
                         QByteArray::number(r.preference) + '|' + QByteArray::number(r.serial));
        }
        std::sort(parts.begin(), parts.end());
        return QByteArray::number(int(a.rcode)) + ':' + parts.join('\n');
    };
    for (qsizetype i = 1; i < servers.size(); ++i) {
        if (servers.at(i).soaSerial != servers.first().soaSerial ||
            key(servers.at(i).answer) != key(servers.first().answer))
            return true;
    }
    return false;
}

AuthoritativeResolver::AuthoritativeResolver(AuthoritativeOptions options, QObject *parent)
    : AsyncResolver(parent)
    , m_options(std::move(options))
{
    m_recursive = std::make_unique<LiveResolver>(m_options.recursive, &m_transport);
    watch(*m_recursive);
}

AuthoritativeResolver::~AuthoritativeResolver()
{
    // The resolvers share m_transport: they must go first.
    m_recursive.reset();
    qDeleteAll(m_direct);
    m_direct.clear();
}

void AuthoritativeResolver::watch(LiveResolver &child)
{
    connect(&child, &AsyncResolver::answerArrived, this, &AsyncResolver::answerArrived);
    connect(&child, &AsyncResolver::idle, this, &AuthoritativeResolver::onChildIdle);
}

void AuthoritativeResolver::onChildIdle()
{
    if (pendingCount() == 0)
        emit idle();
}

LiveResolver &AuthoritativeResolver::serverResolver(const ServerAddress &server)
{
    const QString key = server.toString();
    if (LiveResolver *existing = m_direct.value(key))
        return *existing;
    ResolverOptions options;
    options.servers = {server};
    options.timeoutMs = m_options.timeoutMs;
    options.tries = m_options.tries;
    options.recursionDesired = false;
    // An authoritative server's answer is reported as it is: it is not asked for names outside its zones.
    options.followCnameTargets = false;
    options.minimumTtl = m_options.recursive.minimumTtl;
    options.ednsUdpSize = m_options.recursive.ednsUdpSize;
    auto *resolver = new LiveResolver(options, &m_transport);
    m_direct.insert(key, resolver);
    watch(*resolver);
    return *resolver;
}

std::optional<AuthoritativeResult> AuthoritativeResolver::findZone(const QByteArray &name)
{
    QByteArray candidate = normalizeName(name);
    for (;;) {
        const std::optional<Answer> soa = m_recursive->lookup(Question(candidate, RRType::SOA));
        if (!soa)
            return std::nullopt;
        if (soa->isError()) {
            AuthoritativeResult failed;
            failed.rcode = soa->rcode;
            failed.detail = QStringLiteral("cannot find the zone of %1: SOA query for %2 failed: %3")
                                .arg(QString::fromLatin1(name), QString::fromLatin1(candidate), soa->detail);
            return failed;
        }
        // An SOA owned by the name itself (not reached through a CNAME) marks the zone apex.
        const bool apex =
            soa->cnames.isEmpty() && std::any_of(soa->records.cbegin(), soa->records.cend(),
                                                 [&](const ResourceRecord &r) { return r.owner == candidate; });
        if (apex) {
            AuthoritativeResult found;
            found.zone = candidate;
            return found;
        }
        if (candidate == ".") {
            AuthoritativeResult failed;
            failed.rcode = ResponseCode::ServFail;
            failed.detail = QStringLiteral("no zone holds %1").arg(QString::fromLatin1(name));
            return failed;
        }
        const qsizetype dot = candidate.indexOf('.');
        candidate = dot < 0 ? QByteArray(".") : candidate.mid(dot + 1);
    }
}

std::optional<AuthoritativeResult> AuthoritativeResolver::lookupEach(const Question &question)
{
    std::optional<AuthoritativeResult> result = findZone(question.name);
    if (!result || result->rcode != ResponseCode::NoError)
        return result;
    const std::optional<Answer> ns = m_recursive->lookup(Question(result->zone, RRType::NS));
    if (!ns)
        return std::nullopt;
    if (ns->isError() || ns->records.isEmpty()) {
        result->rcode = ns->isError() ? ns->rcode : ResponseCode::ServFail;
        result->detail = QStringLiteral("no NS records for the zone %1%2")
                             .arg(QString::fromLatin1(result->zone),
                                  ns->detail.isEmpty() ? QString() : QStringLiteral(": ") + ns->detail);
        return result;
    }

    // Every lookup is made before any waiting, so all queries of a step travel together.
    bool waiting = false;
    QList<RRType> addressTypes{RRType::A};
    if (m_options.useIpv6)
        addressTypes.append(RRType::AAAA);
    for (const ResourceRecord &nsRecord : ns->records) {
        bool anyAddress = false;
        bool nsWaiting = false;
        QString addressProblem;
        for (const RRType type : std::as_const(addressTypes)) {
            const std::optional<Answer> addresses = m_recursive->lookup(Question(nsRecord.target, type));
            if (!addresses) {
                nsWaiting = true;
                continue;
            }
            if (addresses->isError())
                addressProblem = addresses->detail;
            for (const ResourceRecord &a : addresses->records) {
                anyAddress = true;
                AuthoritativeAnswer entry;
                entry.nameServer = nsRecord.target;
                entry.server = ServerAddress{QHostAddress(a.address.toString()), m_options.port};
                LiveResolver &direct = serverResolver(entry.server);
                const std::optional<Answer> answer = direct.lookup(question);
                const std::optional<Answer> soa = direct.lookup(Question(result->zone, RRType::SOA));
                if (!answer || !soa) {
                    waiting = true;
                    continue;
                }
                entry.answer = *answer;
                for (const ResourceRecord &r : soa->records) {
                    if (r.type == RRType::SOA && r.owner == result->zone)
                        entry.soaSerial = r.serial;
                }
                result->servers.append(entry);
            }
        }
        waiting = waiting || nsWaiting;
        if (!nsWaiting && !anyAddress) {
            AuthoritativeAnswer entry;
            entry.nameServer = nsRecord.target;
            entry.answer.rcode = ResponseCode::NetworkError;
            entry.answer.detail =
                QStringLiteral("the name server %1 has no address%2")
                    .arg(QString::fromLatin1(nsRecord.target),
                         addressProblem.isEmpty() ? QString() : QStringLiteral(": ") + addressProblem);
            result->servers.append(entry);
        }
    }
    if (waiting)
        return std::nullopt;
    return result;
}

std::optional<Answer> AuthoritativeResolver::lookup(const Question &question)
{
    const std::optional<AuthoritativeResult> each = lookupEach(question);
    if (!each)
        return std::nullopt;
    if (each->rcode != ResponseCode::NoError) {
        Answer failed;
        failed.rcode = each->rcode;
        failed.detail = each->detail;
        return failed;
    }
    for (const AuthoritativeAnswer &server : each->servers) {
        if (!server.answer.isError())
            return server.answer;
    }
    return each->servers.isEmpty() ? Answer{} : each->servers.first().answer;
}

QList<Question> AuthoritativeResolver::takeMissed()
{
    QList<Question> missed = m_recursive->takeMissed();
    for (LiveResolver *direct : std::as_const(m_direct)) {
        for (const Question &q : direct->takeMissed()) {
            if (!missed.contains(q))
                missed.append(q);
        }
    }
    return missed;
}

int AuthoritativeResolver::pendingCount() const
{
    int count = m_recursive->pendingCount();
    for (const LiveResolver *direct : std::as_const(m_direct))
        count += direct->pendingCount();
    return count;
}

ResolverStatistics AuthoritativeResolver::statistics() const
{
    ResolverStatistics total = m_recursive->statistics();
    for (const LiveResolver *direct : std::as_const(m_direct)) {
        const ResolverStatistics s = direct->statistics();
        total.lookups += s.lookups;
        total.cacheHits += s.cacheHits;
        total.merged += s.merged;
        total.queriesStarted += s.queriesStarted;
        total.failures += s.failures;
    }
    total.transport = m_transport.statistics();
    return total;
}

} // namespace spfm::dns
