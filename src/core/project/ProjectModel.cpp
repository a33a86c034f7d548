#include "project/ProjectModel.h"

#include <QCoreApplication>

namespace spfm::project {

namespace {

QString rowPath(const char *list, int index)
{
    return QStringLiteral("%1[%2]").arg(QLatin1String(list)).arg(index);
}

// The domain an include or redirect term names, lower-cased, when it names one literally.
QByteArray referencedDomain(const QString &term)
{
    QString t = term;
    if (!t.isEmpty() && QStringLiteral("+-~?").contains(t.front()))
        t.remove(0, 1);
    t = t.toLower();
    QString target;
    if (t.startsWith(QLatin1String("include:")))
        target = t.mid(8);
    else if (t.startsWith(QLatin1String("redirect=")))
        target = t.mid(9);
    else
        return {};
    if (target.endsWith(QLatin1Char('.')))
        target.chop(1);
    return target.toUtf8();
}

Status checkNoSelfReference(const QStringList &terms, const DomainName &self, const QString &where)
{
    for (qsizetype i = 0; i < terms.size(); ++i) {
        const QByteArray ref = referencedDomain(terms[i]);
        if (!ref.isEmpty() && (ref == self.ace() || ref == self.written().toLower().toUtf8()))
            return makeError(
                ErrorCode::SelfInclude,
                QCoreApplication::translate("spfm::project",
                                            "The term \"%1\" makes %2 include itself, which is a loop (RFC 7208 §5.2).")
                    .arg(terms[i], self.display()),
                QStringLiteral("%1.terms[%2]").arg(where).arg(i));
    }
    return {};
}

bool validIndex(qsizetype index, qsizetype size)
{
    return index >= 0 && index < size;
}

Error indexError(const char *list, int index)
{
    return makeError(
        ErrorCode::IndexOutOfRange,
        QCoreApplication::translate("spfm::project", "There is no row %1 in %2.").arg(index).arg(QLatin1String(list)));
}

} // namespace

void ProjectModel::addObserver(ProjectObserver *observer)
{
    if (observer && !m_observers.contains(observer))
        m_observers.append(observer);
}

void ProjectModel::removeObserver(ProjectObserver *observer)
{
    m_observers.removeAll(observer);
}

void ProjectModel::notify(ProjectChange::Part part, ProjectChange::Kind kind, int index)
{
    const ProjectChange change{part, kind, index};
    for (ProjectObserver *o : std::as_const(m_observers))
        o->projectChanged(change);
}

Status ProjectModel::checkTerms(const QStringList &terms, const QString &where)
{
    for (qsizetype i = 0; i < terms.size(); ++i) {
        const QString &term = terms[i];
        const QString at = QStringLiteral("%1.terms[%2]").arg(where).arg(i);
        if (term.isEmpty())
            return makeError(ErrorCode::TermEmpty,
                             QCoreApplication::translate("spfm::project", "Term %1 is empty.").arg(i + 1), at);
        for (QChar c : term) {
            if (c.isSpace())
                return makeError(
                    ErrorCode::TermHasWhitespace,
                    QCoreApplication::translate("spfm::project",
                                                "The term \"%1\" contains white space; write each term separately.")
                        .arg(term.trimmed()),
                    at);
        }
        QString bare = term.toLower();
        if (QStringLiteral("+-~?").contains(bare.front()))
            bare.remove(0, 1);
        if (bare == QLatin1String("all"))
            return makeError(
                ErrorCode::TermIsAll,
                QCoreApplication::translate("spfm::project",
                                            "\"%1\" is not a term here: the closing all has its own qualifier setting.")
                    .arg(term),
                at);
        if (term.compare(QLatin1String("v=spf1"), Qt::CaseInsensitive) == 0)
            return makeError(
                ErrorCode::TermIsVersion,
                QCoreApplication::translate("spfm::project", "\"v=spf1\" is written by the generator, not a term."),
                at);
    }
    return {};
}

Status ProjectModel::checkPrimary(const Primary &primary) const
{
    if (primary.domain.isNull())
        return makeError(ErrorCode::DomainEmpty,
                         QCoreApplication::translate("spfm::project", "The primary domain is empty."),
                         QStringLiteral("primary.domain"));
    if (m_dependentNames.contains(primary.domain.ace()))
        return makeError(ErrorCode::DuplicateDomain,
                         QCoreApplication::translate("spfm::project",
                                                     "%1 is already a dependent domain; it cannot also be the primary.")
                             .arg(primary.domain.display()),
                         QStringLiteral("primary.domain"));
    if (m_project.includeTarget && *m_project.includeTarget == primary.domain)
        return makeError(
            ErrorCode::DuplicateDomain,
            QCoreApplication::translate("spfm::project", "%1 is the dedicated include target; clear that first.")
                .arg(primary.domain.display()),
            QStringLiteral("primary.domain"));
    if (Status s = checkTerms(primary.terms, QStringLiteral("primary")); !s)
        return s;
    if (Status s = checkNoSelfReference(primary.terms, primary.domain, QStringLiteral("primary")); !s)
        return s;
    if (m_project.includeTarget)
        return checkNoSelfReference(primary.terms, *m_project.includeTarget, QStringLiteral("primary"));
    return {};
}

Result<Primary> ProjectModel::setPrimary(Primary primary)
{
    if (Status s = checkPrimary(primary); !s)
        return s.error();
    std::swap(m_project.primary, primary);
    notify(ProjectChange::Part::Primary);
    return primary;
}

Result<std::optional<DomainName>> ProjectModel::setIncludeTarget(std::optional<DomainName> target)
{
    if (target && (target->isNull() || *target == m_project.primary.domain))
        target.reset(); // the primary itself is the default, not a dedicated name
    if (target) {
        if (m_dependentNames.contains(target->ace()))
            return makeError(ErrorCode::DuplicateDomain,
                             QCoreApplication::translate("spfm::project",
                                                         "%1 is a dependent domain; it cannot be the include target.")
                                 .arg(target->display()),
                             QStringLiteral("include_target"));
        if (Status s = checkNoSelfReference(m_project.primary.terms, *target, QStringLiteral("primary")); !s)
            return s.error();
    }
    std::swap(m_project.includeTarget, target);
    notify(ProjectChange::Part::IncludeTarget);
    return target;
}

Status ProjectModel::checkMailServer(const MailServer &server, int replacing) const
{
    if (server.hostname.isNull())
        return makeError(ErrorCode::DomainEmpty,
                         QCoreApplication::translate("spfm::project", "The mail server's host name is empty."));
    for (qsizetype i = 0; i < m_project.mailServers.size(); ++i) {
        if (i != replacing && m_project.mailServers[i].hostname == server.hostname)
            return makeError(
                ErrorCode::DuplicateDomain,
                QCoreApplication::translate("spfm::project", "The mail server %1 is already in the project.")
                    .arg(server.hostname.display()));
    }
    if (server.addresses.isEmpty())
        return makeError(ErrorCode::NoAddresses,
                         QCoreApplication::translate("spfm::project", "The mail server %1 needs at least one address.")
                             .arg(server.hostname.display()));
    for (qsizetype i = 0; i < server.addresses.size(); ++i) {
        for (qsizetype j = 0; j < i; ++j) {
            if (server.addresses[i] == server.addresses[j])
                return makeError(ErrorCode::DuplicateAddress,
                                 QCoreApplication::translate("spfm::project", "The address %1 is listed twice for %2.")
                                     .arg(server.addresses[i].toString(), server.hostname.display()));
        }
    }
    return {};
}

Result<int> ProjectModel::insertMailServer(int index, MailServer server)
{
    if (index == -1)
        index = int(m_project.mailServers.size());
    if (index < 0 || index > m_project.mailServers.size())
        return indexError("mail_servers", index);
    if (Status s = checkMailServer(server, -1); !s) {
        Error e = s.error();
        e.where = rowPath("mail_servers", index);
        return e;
    }
    m_project.mailServers.insert(index, std::move(server));
    notify(ProjectChange::Part::MailServers, ProjectChange::Kind::Inserted, index);
    return index;
}

Result<MailServer> ProjectModel::setMailServer(int index, MailServer server)
{
    if (!validIndex(index, m_project.mailServers.size()))
        return indexError("mail_servers", index);
    if (Status s = checkMailServer(server, index); !s)
        return s.error();
    std::swap(m_project.mailServers[index], server);
    notify(ProjectChange::Part::MailServers, ProjectChange::Kind::Changed, index);
    return server;
}

Result<MailServer> ProjectModel::removeMailServer(int index)
{
    if (!validIndex(index, m_project.mailServers.size()))
        return indexError("mail_servers", index);
    MailServer gone = m_project.mailServers.takeAt(index);
    notify(ProjectChange::Part::MailServers, ProjectChange::Kind::Removed, index);
    return gone;
}

Status ProjectModel::checkDependent(const Dependent &dependent, int replacing) const
{
    const QByteArray &name = dependent.domain.ace();
    if (dependent.domain.isNull())
        return makeError(ErrorCode::DomainEmpty,
                         QCoreApplication::translate("spfm::project", "The dependent domain is empty."));
    if (name == m_project.primary.domain.ace())
        return makeError(ErrorCode::SelfInclude,
                         QCoreApplication::translate("spfm::project",
                                                     "%1 is the primary domain; it cannot depend on (include) itself.")
                             .arg(dependent.domain.display()));
    if (m_project.includeTarget && name == m_project.includeTarget->ace())
        return makeError(
            ErrorCode::SelfInclude,
            QCoreApplication::translate("spfm::project", "%1 is the include target; it cannot include itself.")
                .arg(dependent.domain.display()));
    const bool renamed = replacing < 0 || m_project.dependents[replacing].domain.ace() != name;
    if (renamed && m_dependentNames.contains(name))
        return makeError(
            ErrorCode::DuplicateDomain,
            QCoreApplication::translate("spfm::project", "%1 is already a dependent domain of this project.")
                .arg(dependent.domain.display()));
    if (Status s = checkTerms(dependent.terms, QStringLiteral("dependent")); !s)
        return s;
    return checkNoSelfReference(dependent.terms, dependent.domain, QStringLiteral("dependent"));
}

Result<int> ProjectModel::insertDependent(int index, Dependent dependent)
{
    if (index == -1)
        index = int(m_project.dependents.size());
    if (index < 0 || index > m_project.dependents.size())
        return indexError("dependents", index);
    if (Status s = checkDependent(dependent, -1); !s) {
        Error e = s.error();
        e.where = rowPath("dependents", index) +
                  (e.where.startsWith(QLatin1String("dependent.")) ? e.where.mid(9) : QString());
        return e;
    }
    m_dependentNames.insert(dependent.domain.ace());
    m_project.dependents.insert(index, std::move(dependent));
    notify(ProjectChange::Part::Dependents, ProjectChange::Kind::Inserted, index);
    return index;
}

Result<Dependent> ProjectModel::setDependent(int index, Dependent dependent)
{
    if (!validIndex(index, m_project.dependents.size()))
        return indexError("dependents", index);
    if (Status s = checkDependent(dependent, index); !s) {
        Error e = s.error();
        e.where = rowPath("dependents", index) +
                  (e.where.startsWith(QLatin1String("dependent.")) ? e.where.mid(9) : QString());
        return e;
    }
    m_dependentNames.remove(m_project.dependents[index].domain.ace());
    m_dependentNames.insert(dependent.domain.ace());
    std::swap(m_project.dependents[index], dependent);
    notify(ProjectChange::Part::Dependents, ProjectChange::Kind::Changed, index);
    return dependent;
}

Result<Dependent> ProjectModel::removeDependent(int index)
{
    if (!validIndex(index, m_project.dependents.size()))
        return indexError("dependents", index);
    Dependent gone = m_project.dependents.takeAt(index);
    m_dependentNames.remove(gone.domain.ace());
    notify(ProjectChange::Part::Dependents, ProjectChange::Kind::Removed, index);
    return gone;
}

int ProjectModel::indexOfDependent(const QByteArray &aceName) const
{
    if (!m_dependentNames.contains(aceName))
        return -1;
    for (qsizetype i = 0; i < m_project.dependents.size(); ++i) {
        if (m_project.dependents[i].domain.ace() == aceName)
            return int(i);
    }
    return -1;
}

Result<quint32> ProjectModel::setTtl(qint64 ttl)
{
    if (ttl < 0 || ttl > 2147483647)
        return makeError(ErrorCode::BadTtl,
                         QCoreApplication::translate(
                             "spfm::project", "The TTL %1 is out of range: use 0 to 2147483647 seconds (RFC 2181 §8).")
                             .arg(ttl),
                         QStringLiteral("ttl"));
    const quint32 old = m_project.ttl;
    m_project.ttl = quint32(ttl);
    notify(ProjectChange::Part::Settings);
    return old;
}

QString ProjectModel::setNotes(QString notes)
{
    std::swap(m_project.notes, notes);
    notify(ProjectChange::Part::Settings);
    return notes;
}

Result<ResolverSettings> ProjectModel::setResolver(ResolverSettings settings)
{
    if (settings.timeoutMs < kMinResolverTimeoutMs || settings.timeoutMs > kMaxResolverTimeoutMs)
        return makeError(
            ErrorCode::BadResolverTimeout,
            QCoreApplication::translate("spfm::project", "The resolver timeout %1 ms is out of range: use %2 to %3 ms.")
                .arg(settings.timeoutMs)
                .arg(kMinResolverTimeoutMs)
                .arg(kMaxResolverTimeoutMs),
            QStringLiteral("resolver.timeout_ms"));
    if (settings.mode == ResolverMode::Servers && settings.servers.isEmpty())
        return makeError(
            ErrorCode::BadResolverServer,
            QCoreApplication::translate("spfm::project", "The resolver mode \"servers\" needs at least one server."),
            QStringLiteral("resolver.servers"));
    std::swap(m_project.resolver, settings);
    notify(ProjectChange::Part::Settings);
    return settings;
}

bool ProjectModel::setPublishSpfType99(bool publish)
{
    const bool old = m_project.publishSpfType99;
    m_project.publishSpfType99 = publish;
    notify(ProjectChange::Part::Settings);
    return old;
}

QJsonObject ProjectModel::setExtra(QJsonObject extra)
{
    std::swap(m_project.extra, extra);
    return extra;
}

} // namespace spfm::project
