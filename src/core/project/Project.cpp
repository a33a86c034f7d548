#include "project/Project.h"

#include <QCoreApplication>

namespace spfm::project {

std::optional<AllQualifier> allQualifierFromText(QStringView text)
{
    if (text == QLatin1String("none"))
        return AllQualifier::None;
    if (text.size() != 1)
        return std::nullopt;
    switch (text.front().unicode()) {
    case '-': return AllQualifier::Fail;
    case '~': return AllQualifier::SoftFail;
    case '?': return AllQualifier::Neutral;
    case '+': return AllQualifier::Pass;
    default: return std::nullopt;
    }
}

QChar allQualifierChar(AllQualifier q)
{
    return QChar::fromLatin1(static_cast<char>(q));
}

QString allQualifierText(AllQualifier q)
{
    return q == AllQualifier::None ? QStringLiteral("none") : QString(allQualifierChar(q));
}

std::optional<ResolverMode> resolverModeFromText(QStringView text)
{
    if (text == QLatin1String("system"))
        return ResolverMode::System;
    if (text == QLatin1String("servers"))
        return ResolverMode::Servers;
    if (text == QLatin1String("authoritative"))
        return ResolverMode::Authoritative;
    return std::nullopt;
}

QString resolverModeText(ResolverMode mode)
{
    switch (mode) {
    case ResolverMode::System: return QStringLiteral("system");
    case ResolverMode::Servers: return QStringLiteral("servers");
    case ResolverMode::Authoritative: return QStringLiteral("authoritative");
    }
    return QStringLiteral("system");
}

Result<ResolverServer> ResolverServer::parse(const QString &text)
{
    const QString t = text.trimmed();
    const auto bad = [&](const QString &why) {
        return makeError(ErrorCode::BadResolverServer,
                         QCoreApplication::translate("spfm::project",
                                                     "\"%1\" is not a DNS server address (ADDRESS or ADDRESS:PORT): %2")
                             .arg(t, why));
    };
    QString host = t;
    QString portText;
    if (t.startsWith(QLatin1Char('['))) {
        const qsizetype close = t.indexOf(QLatin1Char(']'));
        if (close < 0)
            return bad(QCoreApplication::translate("spfm::project", "missing ']'"));
        host = t.mid(1, close - 1);
        const QString rest = t.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(QLatin1Char(':')))
                return bad(QCoreApplication::translate("spfm::project", "unexpected text after ']'"));
            portText = rest.mid(1);
            if (portText.isEmpty())
                return bad(QCoreApplication::translate("spfm::project", "empty port"));
        }
    } else if (t.count(QLatin1Char(':')) == 1) {
        // Exactly one colon: IPv4 with a port. More colons: a bare IPv6 address.
        const qsizetype colon = t.indexOf(QLatin1Char(':'));
        host = t.left(colon);
        portText = t.mid(colon + 1);
        if (portText.isEmpty())
            return bad(QCoreApplication::translate("spfm::project", "empty port"));
    }
    const auto address = net::IpAddress::parse(host.toLatin1());
    if (!address || host.isEmpty())
        return bad(QCoreApplication::translate("spfm::project", "\"%1\" is not an IPv4 or IPv6 address").arg(host));
    ResolverServer server;
    server.address = *address;
    if (!portText.isEmpty()) {
        bool ok = false;
        const uint port = portText.toUInt(&ok);
        if (!ok || port == 0 || port > 65535)
            return bad(QCoreApplication::translate("spfm::project", "the port must be a number from 1 to 65535"));
        server.port = static_cast<quint16>(port);
    }
    return server;
}

QString ResolverServer::toString() const
{
    const QString a = address.toString();
    if (port == 53)
        return a;
    if (address.isV6())
        return QStringLiteral("[%1]:%2").arg(a).arg(port);
    return QStringLiteral("%1:%2").arg(a).arg(port);
}

} // namespace spfm::project
