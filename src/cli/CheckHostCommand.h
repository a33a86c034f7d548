#pragma once

#include "Command.h"
#include "DnsOptions.h"
#include "ZoneOptions.h"
#include "dns/Resolver.h"
#include "net/BoundedFile.h"

#include <memory>

namespace spfm::cli {

// spfmanager-cli check-host --ip IP --sender ADDR [--helo NAME] [--zone FILE] [--json]
// spfmanager-cli check-host --batch FILE|- [--zone FILE | --server ADDR...] [--json]: one query per line, evaluated
// together over one cache.
// Runs RFC 7208 check_host() as a receiving mail server would, against a zone file or live DNS. Exit 0 whenever an
// evaluation completed (whatever its result), 2 on bad arguments or an unreadable zone file.
class CheckHostCommand : public Command
{
public:
    CheckHostCommand();

protected:
    int run(const QCommandLineParser &parser, Io &io) override;

private:
    const QCommandLineOption m_ip{QStringLiteral("ip"), QStringLiteral("The connecting client's IPv4 or IPv6 address."),
                                  QStringLiteral("IP")};
    const QCommandLineOption m_sender{
        QStringLiteral("sender"),
        QStringLiteral("The MAIL FROM address (user@example.com); an empty value is the null sender <>, checked as "
                       "postmaster@ the HELO name."),
        QStringLiteral("ADDR")};
    const QCommandLineOption m_helo{QStringLiteral("helo"), QStringLiteral("The HELO/EHLO name the client gave."),
                                    QStringLiteral("NAME")};
    const QCommandLineOption m_identity{
        QStringLiteral("identity"),
        QStringLiteral("Which identity to check: mailfrom (default) or helo (RFC 7208 §2.3)."), QStringLiteral("WHICH"),
        QStringLiteral("mailfrom")};
    const QCommandLineOption m_receiver{
        QStringLiteral("receiver"), QStringLiteral("This receiver's host name, for %{r} and the Received-SPF header."),
        QStringLiteral("NAME"), QStringLiteral("unknown")};
    const QCommandLineOption m_json{QStringLiteral("json"), QStringLiteral("Print the result as a JSON object.")};
    const QCommandLineOption m_trace{QStringLiteral("trace"),
                                     QStringLiteral("Also print the evaluation trace (text output).")};
    DnsOptions m_dns;
    const QCommandLineOption m_batch{
        QStringLiteral("batch"),
        QStringLiteral("Evaluate one query per line of FILE ('-': standard input): IP SENDER [HELO], '<>' for the null "
                       "sender. Prints one result per line, in input order."),
        QStringLiteral("FILE")};
    ZoneOptions m_zone;

    // Where the answers come from: the zone files, else live DNS; and how long a whole run may wait for them.
    struct Backend
    {
        std::unique_ptr<dns::Resolver> resolver;
        int deadlineMs = 10000;
        QString error; // the options are wrong: what, and how to fix it
        QString fix;
    };
    Backend backend(const QCommandLineParser &parser) const;

    int runBatch(const QCommandLineParser &parser, Io &io);
    // Why a --batch file was not read, and how to get its queries in; returns exitcode::Failure.
    int failBatchFile(Io &io, const QString &path, const net::FileLimitError &error) const;
};

} // namespace spfm::cli
