#pragma once

#include "Command.h"
#include "DnsOptions.h"
#include "ZoneOptions.h"

namespace spfm::cli {

// spfmanager-cli verify PROJECT [--server ADDR[:PORT]]... [--authoritative [--ns-port PORT]] [--timeout MS]
//                        [--zone FILE] [--thorough] [--json | --json-lines | --nagios]
// Checks every name of a project against what DNS publishes (verify::Verifier); the text output prints each name as
// its result arrives. Exit 0 all ok, 1 warnings only, 2 any error (or bad arguments), 3 could not check (DNS
// unreachable) and no error — the monitoring-plugin convention, so --nagios drops into Nagios/Icinga as is.
class VerifyCommand : public Command
{
public:
    VerifyCommand();

protected:
    int run(const QCommandLineParser &parser, Io &io) override;

private:
    DnsOptions m_dns;
    ZoneOptions m_zone;
    const QCommandLineOption m_authoritative{
        QStringLiteral("authoritative"),
        QStringLiteral("Ask each domain's authoritative servers directly, bypassing caches, and report servers that "
                       "disagree.")};
    const QCommandLineOption m_nsPort{
        QStringLiteral("ns-port"),
        QStringLiteral("With --authoritative: ask the authoritative name servers on this port (default 53)."),
        QStringLiteral("PORT")};
    const QCommandLineOption m_thorough{
        QStringLiteral("thorough"),
        QStringLiteral("Ask every name the obsolete type 99 (SPF) record too, not only the primary, the include target "
                       "and the HELO names: finds leftover type-99 records and a CNAME beside the TXT on every "
                       "dependent, at about twice the queries.")};
    const QCommandLineOption m_json{QStringLiteral("json"),
                                    QStringLiteral("Print the results as one JSON document on stdout.")};
    const QCommandLineOption m_jsonLines{
        QStringLiteral("json-lines"),
        QStringLiteral("Print one JSON object per line: each name's result as it arrives, then the summary.")};
    const QCommandLineOption m_nagios{
        QStringLiteral("nagios"),
        QStringLiteral("Print one monitoring-plugin status line with performance data (Nagios, Icinga, Zabbix).")};
};

} // namespace spfm::cli
