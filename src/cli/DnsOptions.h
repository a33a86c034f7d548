#pragma once

#include "dns/LiveResolver.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>

namespace spfm::cli {

// The --server ADDR[:PORT] (repeatable) and --timeout MS options of every command that asks live DNS.
class DnsOptions
{
public:
    void addTo(QCommandLineParser &parser) const;
    bool serversGiven(const QCommandLineParser &parser) const { return parser.isSet(m_server); }
    bool timeoutGiven(const QCommandLineParser &parser) const { return parser.isSet(m_timeout); }

    // The resolver options the command line asks for: the given servers (none: the system's resolvers), the
    // per-attempt timeout. On a bad value, error and fix say what and how.
    struct Parsed
    {
        dns::ResolverOptions options;
        QString error;
        QString fix;
    };
    Parsed parse(const QCommandLineParser &parser, int defaultTimeoutMs = 2000) const;

private:
    const QCommandLineOption m_server{
        QStringLiteral("server"),
        QStringLiteral("Ask this DNS resolver (an IP address, IPv6 in brackets when a port follows: 192.0.2.53, "
                       "192.0.2.53:5353, [2001:db8::53]:53); repeat for fallbacks. Default: the system's resolvers."),
        QStringLiteral("ADDR[:PORT]")};
    const QCommandLineOption m_timeout{
        QStringLiteral("timeout"), QStringLiteral("Wait this long for each DNS answer before retrying (default 2000)."),
        QStringLiteral("MS")};
};

} // namespace spfm::cli
