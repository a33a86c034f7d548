#include "DnsOptions.h"

#include "dns/ServerAddress.h"

namespace spfm::cli {

namespace {

// Below a few milliseconds no real server answers; above a minute a monitoring check would be killed first.
constexpr int kMinTimeoutMs = 10;
constexpr int kMaxTimeoutMs = 60000;

} // namespace

void DnsOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOption(m_server);
    parser.addOption(m_timeout);
}

DnsOptions::Parsed DnsOptions::parse(const QCommandLineParser &parser, int defaultTimeoutMs) const
{
    Parsed p;
    p.options.timeoutMs = defaultTimeoutMs;
    for (const QString &text : parser.values(m_server)) {
        const dns::ServerParseResult server = dns::parseServerAddress(text);
        if (!server.ok()) {
            p.error = QStringLiteral("--server '%1': %2").arg(text, server.message);
            p.fix = QStringLiteral("Give an IP address and optional port: 192.0.2.53, 192.0.2.53:5353 or "
                                   "[2001:db8::53]:5353.");
            return p;
        }
        p.options.servers.append(server.server);
    }
    if (parser.isSet(m_timeout)) {
        bool ok = false;
        const int ms = parser.value(m_timeout).toInt(&ok);
        if (!ok || ms < kMinTimeoutMs || ms > kMaxTimeoutMs) {
            p.error = QStringLiteral("--timeout '%1' is not a number of milliseconds from %2 to %3")
                          .arg(parser.value(m_timeout))
                          .arg(kMinTimeoutMs)
                          .arg(kMaxTimeoutMs);
            p.fix = QStringLiteral("Give the time to wait for each answer, e.g. --timeout 2000.");
            return p;
        }
        p.options.timeoutMs = ms;
    }
    return p;
}

} // namespace spfm::cli
