#include "project/ServerCheck.h"

#include "dns/MemoryZone.h"
#include "spf/CheckHost.h"
#include "spf/Parser.h"

#include <QCoreApplication>
#include <QSet>

namespace spfm::project {

namespace {

// Answers only what the project knows: the TXT records it generates for the primary, its include target and the
// servers' names, and the servers' own addresses. Any other question stays unanswered (as a live resolver does while
// it waits), so check_host reports Pending instead of a result built on guessed DNS.
class KnownNames : public dns::Resolver
{
public:
    void addText(const QByteArray &owner, const QByteArray &text)
    {
        dns::ResourceRecord rr;
        rr.owner = dns::normalizeName(owner);
        rr.type = dns::RRType::TXT;
        rr.strings = txtStrings(text);
        m_zone.addRecord(rr);
        m_txt.insert(rr.owner);
    }
    void addHost(const MailServer &server)
    {
        const QByteArray owner = dns::normalizeName(server.hostname.ace());
        for (const net::IpAddress &a : server.addresses) {
            dns::ResourceRecord rr;
            rr.owner = owner;
            rr.type = a.isV4() ? dns::RRType::A : dns::RRType::AAAA;
            rr.address = a;
            m_zone.addRecord(rr);
        }
        m_hosts.insert(owner);
    }
    std::optional<dns::Answer> lookup(const dns::Question &q) override
    {
        const bool known = q.type == dns::RRType::TXT
                               ? m_txt.contains(q.name)
                               : (q.type == dns::RRType::A || q.type == dns::RRType::AAAA) && m_hosts.contains(q.name);
        if (!known)
            return std::nullopt;
        return m_zone.lookup(q);
    }

private:
    dns::MemoryZone m_zone;
    QSet<QByteArray> m_txt;
    QSet<QByteArray> m_hosts;
};

// The policy without exp=: the explanation never changes the result (RFC 7208 §6.2), and its target is rarely a name
// the project knows, so fetching it would leave every fail undecided.
QByteArray withoutExplanation(const QByteArray &text)
{
    const spf::Record record = spf::parseRecord(text);
    if (!record.isValid())
        return text;
    QByteArray out = "v=spf1";
    for (const spf::Term &t : record.terms) {
        if (!(t.isModifier() && t.modifier == spf::Modifier::Exp))
            out += ' ' + t.text;
    }
    return out;
}

} // namespace

lint::Diagnostics checkServersAuthorised(const Project &project, const QList<GeneratedRecord> &records)
{
    lint::Diagnostics out;
    if (project.mailServers.isEmpty())
        return out;
    const QByteArray primary = project.primary.domain.ace();
    QSet<QByteArray> wanted{primary, project.effectiveIncludeTarget().ace()};
    for (const MailServer &m : project.mailServers)
        wanted.insert(m.hostname.ace());
    KnownNames dns;
    for (const GeneratedRecord &r : records) {
        if (r.type == RecordType::Txt && r.isSpfPolicy() && wanted.contains(r.owner))
            dns.addText(r.owner, withoutExplanation(r.text));
    }
    for (const MailServer &m : project.mailServers)
        dns.addHost(m);

    for (const MailServer &m : project.mailServers) {
        for (const net::IpAddress &address : m.addresses) {
            spf::CheckHostRequest request;
            request.ip = address;
            request.sender = "postmaster@" + primary;
            request.helo = m.hostname.ace();
            request.collectTrace = false;
            const spf::CheckHostResult result = spf::checkHost(request, dns);
            if (result.status != spf::CheckHostResult::Status::Complete || result.result == spf::Result::Pass)
                continue;
            const QByteArray term = (address.isV4() ? "ip4:" : "ip6:") + address.toText();
            const bool broken = result.result == spf::Result::PermError || result.result == spf::Result::TempError;
            lint::Diagnostic d;
            d.code = kServerNotAuthorised;
            d.severity = lint::Severity::Error;
            d.rfcSection = "7208 §2.4, §4";
            d.domain = primary;
            d.term = term;
            d.offset = -1;
            d.message = QCoreApplication::translate(
                            "spfm::project",
                            "The mail server %1 (%2) is not authorised by the policy of %3: check_host gives %4 for "
                            "mail from %3, so its mail for %3 and every dependent domain fails SPF.")
                            .arg(m.hostname.display(), address.toString(), project.primary.domain.display(),
                                 QString::fromLatin1(spf::resultName(result.result)));
            d.fix = broken ? QCoreApplication::translate("spfm::project",
                                                         "Correct the primary's policy so that it evaluates (%1), and "
                                                         "make sure it lists %2.")
                                 .arg(result.problem, QString::fromLatin1(term))
                           : QCoreApplication::translate("spfm::project", "Add %1 to the primary's terms.")
                                 .arg(QString::fromLatin1(term));
            out.append(d);
        }
    }
    return out;
}

} // namespace spfm::project
