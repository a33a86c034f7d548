#include "verify/DomainResult.h"

#include <QJsonArray>

namespace spfm::verify {

namespace {

QJsonArray stringArray(const QList<QByteArray> &list)
{
    QJsonArray a;
    for (const QByteArray &s : list)
        a.append(QString::fromUtf8(s));
    return a;
}

} // namespace

QByteArray statusName(Status s)
{
    switch (s) {
    case Status::Ok: return "ok";
    case Status::Warning: return "warning";
    case Status::Error: return "error";
    case Status::Unreachable: return "unreachable";
    }
    return "unknown";
}

QByteArray roleName(Role r)
{
    switch (r) {
    case Role::Primary: return "primary";
    case Role::IncludeTarget: return "include-target";
    case Role::Dependent: return "dependent";
    case Role::Parked: return "parked";
    case Role::Helo: return "helo";
    }
    return "unknown";
}

QByteArray failureReasonName(DnsFailure::Kind kind)
{
    switch (kind) {
    case DnsFailure::Kind::None: return "";
    case DnsFailure::Kind::NoAnswer: return "no-answer";
    case DnsFailure::Kind::ServerError: return "server-error";
    case DnsFailure::Kind::CheckFailed: return "check-failed";
    }
    return "";
}

QJsonObject DnsFailure::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("reason"), QString::fromLatin1(failureReasonName(kind)));
    o.insert(QStringLiteral("rcode"), QString::fromLatin1(rcode));
    o.insert(QStringLiteral("detail"), detail);
    return o;
}

QJsonObject ServerCheck::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("server"), QString::fromUtf8(server));
    o.insert(QStringLiteral("address"), QString::fromLatin1(address.toText()));
    o.insert(QStringLiteral("identity"),
             identity == spf::Identity::Helo ? QStringLiteral("helo") : QStringLiteral("mailfrom"));
    o.insert(QStringLiteral("sender"), QString::fromUtf8(sender));
    o.insert(QStringLiteral("result"), QString::fromLatin1(spf::resultName(result)));
    if (!matchedTerm.isEmpty()) {
        o.insert(QStringLiteral("matchedTerm"), QString::fromUtf8(matchedTerm));
        o.insert(QStringLiteral("matchedDomain"), QString::fromUtf8(matchedDomain));
    }
    if (!problem.isEmpty())
        o.insert(QStringLiteral("problem"), problem);
    return o;
}

QJsonObject DomainResult::toJson(bool withTree) const
{
    QJsonObject o;
    o.insert(QStringLiteral("domain"), QString::fromUtf8(domain));
    QJsonArray r;
    for (Role role : roles)
        r.append(QString::fromLatin1(roleName(role)));
    o.insert(QStringLiteral("roles"), r);
    o.insert(QStringLiteral("status"), QString::fromLatin1(statusName(status)));
    o.insert(QStringLiteral("published"), stringArray(published));
    o.insert(QStringLiteral("publishedTtl"), qint64(publishedTtl));
    o.insert(QStringLiteral("expected"), QString::fromUtf8(expected));
    o.insert(QStringLiteral("expectedTtl"), qint64(expectedTtl));
    if (!aliasTarget.isEmpty())
        o.insert(QStringLiteral("aliasTarget"), QString::fromUtf8(aliasTarget));
    QJsonArray changes;
    for (const TermChange &c : diff.changes) {
        QJsonObject co;
        co.insert(QStringLiteral("change"), QString::fromLatin1(changeKindName(c.kind)));
        if (!c.published.isEmpty()) {
            co.insert(QStringLiteral("published"), QString::fromUtf8(c.published));
            co.insert(QStringLiteral("publishedIndex"), c.publishedIndex);
        }
        if (!c.expected.isEmpty()) {
            co.insert(QStringLiteral("expected"), QString::fromUtf8(c.expected));
            co.insert(QStringLiteral("expectedIndex"), c.expectedIndex);
        }
        changes.append(co);
    }
    o.insert(QStringLiteral("diff"), changes);
    QJsonArray diags;
    for (const lint::Diagnostic &d : diagnostics)
        diags.append(d.toJson());
    o.insert(QStringLiteral("diagnostics"), diags);
    QJsonArray cs;
    for (const ServerCheck &c : checks)
        cs.append(c.toJson());
    o.insert(QStringLiteral("checks"), cs);
    if (!servers.isEmpty()) {
        QJsonArray sv;
        for (const ServerView &v : servers) {
            QJsonObject so;
            so.insert(QStringLiteral("server"), v.server);
            if (v.serialKnown)
                so.insert(QStringLiteral("serial"), qint64(v.serial));
            so.insert(QStringLiteral("published"), stringArray(v.records));
            if (!v.error.isEmpty())
                so.insert(QStringLiteral("error"), v.error);
            sv.append(so);
        }
        o.insert(QStringLiteral("servers"), sv);
    }
    if (failure.isSet())
        o.insert(QStringLiteral("unreachable"), failure.toJson());
    o.insert(QStringLiteral("lookups"), lint.staticLookups);
    if (withTree)
        o.insert(QStringLiteral("lint"), lint.toJson());
    return o;
}

Status Summary::worst() const
{
    if (errors > 0)
        return Status::Error;
    if (unreachable > 0 || cancelled || done < total)
        return Status::Unreachable;
    if (warnings > 0)
        return Status::Warning;
    return Status::Ok;
}

int Summary::exitCode() const
{
    switch (worst()) {
    case Status::Ok: return 0;
    case Status::Warning: return 1;
    case Status::Error: return 2;
    case Status::Unreachable: return 3;
    }
    return 3;
}

QJsonObject Summary::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("total"), total);
    o.insert(QStringLiteral("checked"), done);
    o.insert(QStringLiteral("ok"), ok);
    o.insert(QStringLiteral("warnings"), warnings);
    o.insert(QStringLiteral("errors"), errors);
    o.insert(QStringLiteral("unreachable"), unreachable);
    o.insert(QStringLiteral("cancelled"), cancelled);
    o.insert(QStringLiteral("elapsedMs"), elapsedMs);
    o.insert(QStringLiteral("status"), QString::fromLatin1(statusName(worst())));
    o.insert(QStringLiteral("exitCode"), exitCode());
    return o;
}

} // namespace spfm::verify
