#include "verify/Expectations.h"

#include "project/Generator.h"

#include <QHash>
#include <QSet>

namespace spfm::verify {

namespace {

class Collector
{
public:
    DomainExpectation &at(const QByteArray &name)
    {
        const auto it = m_index.constFind(name);
        if (it != m_index.cend())
            return m_list[*it];
        m_index.insert(name, int(m_list.size()));
        DomainExpectation e;
        e.domain = name;
        m_list.append(e);
        return m_list.last();
    }
    bool has(const QByteArray &name) const { return m_index.contains(name); }
    QList<DomainExpectation> take() { return std::move(m_list); }

private:
    QHash<QByteArray, int> m_index;
    QList<DomainExpectation> m_list;
};

void addRole(DomainExpectation &e, Role r)
{
    if (!e.roles.contains(r))
        e.roles.append(r);
}

std::optional<Role> roleFor(project::RecordRole role)
{
    switch (role) {
    case project::RecordRole::PrimaryPolicy: return Role::Primary;
    case project::RecordRole::IncludeTarget: return Role::IncludeTarget;
    case project::RecordRole::Dependent: return Role::Dependent;
    case project::RecordRole::Parked: return Role::Parked;
    case project::RecordRole::Helo: return Role::Helo;
    case project::RecordRole::NullMx:
    case project::RecordRole::Dmarc: break;
    }
    return std::nullopt;
}

} // namespace

QList<DomainExpectation> expectationsFor(const project::Project &project)
{
    const project::GeneratorOptions options{.lint = false}; // the verification lints what is published instead
    const project::Generation generation = project::generate(project, options);
    Collector names;

    for (const project::GeneratedRecord &r : generation.records) {
        if (r.role == project::RecordRole::Dmarc) {
            const QByteArray prefix = "_dmarc.";
            if (r.owner.startsWith(prefix))
                names.at(r.owner.mid(prefix.size())).dmarcReject = true;
            continue;
        }
        DomainExpectation &e = names.at(r.owner);
        if (r.role == project::RecordRole::NullMx) {
            e.nullMx = true;
            continue;
        }
        if (r.type == project::RecordType::Spf) {
            e.spfType99 = true;
            continue;
        }
        if (const std::optional<Role> role = roleFor(r.role))
            addRole(e, *role);
        if (r.isSpfPolicy() && e.policy.isEmpty()) {
            e.policy = r.text;
            e.ttl = r.ttl;
        }
    }

    // RFC 7208 §2.4: with the null sender (bounces), receivers check postmaster@<HELO name>, and §2.3 recommends
    // checking the HELO name itself; so every sending domain must pass for every server address, and every HELO name
    // for its own addresses.
    const auto sendsMail = [](const DomainExpectation &e) {
        return e.roles.contains(Role::Primary) || e.roles.contains(Role::Dependent);
    };
    for (const project::MailServer &server : project.mailServers) {
        const QByteArray host = server.hostname.ace();
        DomainExpectation &helo = names.at(host);
        addRole(helo, Role::Helo);
        for (const net::IpAddress &address : server.addresses)
            helo.passes.append({host, address, spf::Identity::Helo});
    }
    QSet<QByteArray> projectDomains{project.primary.domain.ace()};
    for (const project::Dependent &d : project.dependents)
        projectDomains.insert(d.domain.ace());

    QList<DomainExpectation> list = names.take();
    for (DomainExpectation &e : list) {
        if (sendsMail(e)) {
            QList<ExpectedPass> mailFrom;
            for (const project::MailServer &server : project.mailServers) {
                for (const net::IpAddress &address : server.addresses)
                    mailFrom.append({server.hostname.ace(), address, spf::Identity::MailFrom});
            }
            e.passes = mailFrom + e.passes;
        }
        e.includeTarget = project.effectiveIncludeTarget().ace();
        e.primary = project.primary.domain.ace();
        for (qsizetype dot = e.domain.indexOf('.'); dot >= 0 && !e.belowProjectDomain;
             dot = e.domain.indexOf('.', dot + 1)) {
            e.belowProjectDomain = projectDomains.contains(e.domain.mid(dot + 1));
            if (e.belowProjectDomain)
                e.enclosingDomain = e.domain.mid(dot + 1);
        }
    }
    return list;
}

} // namespace spfm::verify
