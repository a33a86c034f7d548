#pragma once

#include "Command.h"
#include "DnsOptions.h"
#include "ZoneOptions.h"

namespace spfm::cli {

// spfmanager-cli lint [--json] [--parked] [--ipv6-hosts] [--zone FILE | --server ADDR[:PORT]...] [--domain NAME]...
//                     [RECORD...]
// Lints record texts: the text alone by default (offline), and with --zone the include/redirect tree through the
// zone file too. Without RECORD, lints what each --domain publishes (the zone's, or live DNS). Exit 0 clean (notes
// allowed), 1 warnings, 2 errors.
class LintCommand : public Command
{
public:
    LintCommand();

protected:
    int run(const QCommandLineParser &parser, Io &io) override;

private:
    const QCommandLineOption m_json{QStringLiteral("json"),
                                    QStringLiteral("Print the findings as JSON on stdout instead of text.")};
    const QCommandLineOption m_domain{
        QStringLiteral("domain"),
        QStringLiteral("The domain the record is (to be) published at: what %{d} and a bare a/mx refer to (default: "
                       "the zone's SOA owner, else its origin)."),
        QStringLiteral("NAME")};
    const QCommandLineOption m_ip{
        QStringLiteral("ip"),
        QStringLiteral("With --zone: count the lookups on the path a receiver takes for this client address, instead "
                       "of the worst case (an address no term matches)."),
        QStringLiteral("IP")};
    const QCommandLineOption m_parked{
        QStringLiteral("parked"),
        QStringLiteral("The domain sends no mail: its record must be exactly v=spf1 -all (SPF506); a domain linted "
                       "through --zone or live DNS also needs a null MX (SPF507) and DMARC p=reject (SPF508).")};
    const QCommandLineOption m_ipv6Hosts{
        QStringLiteral("ipv6-hosts"),
        QStringLiteral("With --zone or live DNS: when the policy lists ip6:, also ask AAAA for every a/mx host and "
                       "report one without (SPF413).")};
    ZoneOptions m_zone;
    DnsOptions m_dns;
};

} // namespace spfm::cli
