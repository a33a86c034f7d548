#pragma once

#include "Command.h"
#include "ZoneOptions.h"

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
    void configure(QCommandLineParser &parser) override;
    QString usageArguments() const override;
    QString description() const override;
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
    const QCommandLineOption m_server{
        QStringLiteral("server"),
        QStringLiteral("Without --zone: ask this recursive DNS server (ADDR or ADDR:PORT, [IPv6]:PORT); repeat for "
                       "more. Default: the system's, from /etc/resolv.conf."),
        QStringLiteral("ADDR")};
    const QCommandLineOption m_timeout{QStringLiteral("timeout"),
                                       QStringLiteral("Without --zone: milliseconds to wait for each DNS reply."),
                                       QStringLiteral("MS"), QStringLiteral("2000")};
    const QCommandLineOption m_batch{
        QStringLiteral("batch"),
        QStringLiteral("Evaluate one query per line of FILE ('-': standard input): IP SENDER [HELO], '<>' for the null "
                       "sender. Prints one result per line, in input order."),
        QStringLiteral("FILE")};
    ZoneOptions m_zone;

    int runBatch(const QCommandLineParser &parser, Io &io);
};

} // namespace spfm::cli
