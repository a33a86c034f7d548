#pragma once

#include "net/IpAddress.h"
#include "project/DomainName.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace spfm::project {

// The qualifier of a record's closing "all" (RFC 7208 §4.6.2, §5.1). None: the record ends without all, so a
// redirect= term decides (§6.1: redirect= is ignored when the record has all).
enum class AllQualifier : char { None = '\0', Fail = '-', SoftFail = '~', Neutral = '?', Pass = '+' };
std::optional<AllQualifier> allQualifierFromText(QStringView text); // "-", "~", "?", "+", "none"
QChar allQualifierChar(AllQualifier q);                             // U+0000 for None
QString allQualifierText(AllQualifier q);                           // the file's text: "-", "~", "?", "+", "none"

// The primary domain and its own policy. Terms are kept exactly as written (order, case, macros): the generator
// joins them, nothing else touches them.
struct Primary
{
    DomainName domain;
    QStringList terms;
    AllQualifier all = AllQualifier::Fail;
    QJsonObject extra; // unknown keys from the file, written back on save
};

// A host that sends the mail. Its name is what it says in HELO/EHLO; its HELO record authorises exactly these
// addresses (RFC 7208 §2.3).
struct MailServer
{
    DomainName hostname;
    QList<net::IpAddress> addresses;
    QJsonObject extra;
};

// A domain that sends through the primary's servers (include:<target>), or a parked one that sends no mail at all.
struct Dependent
{
    DomainName domain;
    QStringList terms; // extra terms after the include, as written
    AllQualifier all = AllQualifier::Fail;
    bool parked = false;
    bool nullMx = true; // parked only: RFC 7505 "MX 0 ."
    bool dmarc = true;  // parked only: "_dmarc" with p=reject
    QString notes;
    QJsonObject extra;
};

enum class ResolverMode : std::uint8_t { System, Servers, Authoritative };
std::optional<ResolverMode> resolverModeFromText(QStringView text); // "system", "servers", "authoritative"
QString resolverModeText(ResolverMode mode);

struct ResolverServer
{
    net::IpAddress address;
    quint16 port = 53;

    // "192.0.2.1", "192.0.2.1:5353", "2001:db8::1", "[2001:db8::1]:5353"
    static Result<ResolverServer> parse(const QString &text);
    QString toString() const; // the same forms; the port only when not 53

    friend bool operator==(const ResolverServer &, const ResolverServer &) = default;
};

// How the live check asks DNS; the project only stores it (project/ does no DNS I/O).
struct ResolverSettings
{
    ResolverMode mode = ResolverMode::System;
    QList<ResolverServer> servers; // used in Servers mode
    int timeoutMs = 5000;
    QJsonObject extra;
};

inline constexpr quint32 kDefaultTtl = 3600;
inline constexpr int kMinResolverTimeoutMs = 100;
inline constexpr int kMaxResolverTimeoutMs = 60000;

struct Project
{
    Primary primary;
    std::optional<DomainName> includeTarget; // empty: the primary domain itself
    QList<MailServer> mailServers;
    QList<Dependent> dependents;
    quint32 ttl = kDefaultTtl;
    QString notes;
    ResolverSettings resolver;
    bool publishSpfType99 = false; // RFC 7208 §3.1: obsolete, only on request
    QJsonObject extra;             // unknown top-level keys

    // The name dependents include: the dedicated target when set, else the primary domain.
    const DomainName &effectiveIncludeTarget() const { return includeTarget ? *includeTarget : primary.domain; }
};

} // namespace spfm::project
