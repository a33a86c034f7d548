#pragma once

#include "Command.h"

namespace spfm::cli {

// spfmanager-cli init --primary DOMAIN [--terms "a mx ..."] [--mail-server HOST=IP[,IP...]]... [--dependent DOMAIN]...
//                     [--parked DOMAIN]... -o FILE
// Writes a new project file. Refuses to overwrite an existing file unless --force.
class InitCommand : public Command
{
public:
    InitCommand();

protected:
    int run(const QCommandLineParser &parser, Io &io) override;

private:
    const QCommandLineOption m_primary{QStringLiteral("primary"), QStringLiteral("The primary domain."),
                                       QStringLiteral("DOMAIN")};
    const QCommandLineOption m_terms{
        QStringLiteral("terms"),
        QStringLiteral("The primary's policy terms, separated by spaces, kept exactly as written (e.g. \"a mx "
                       "ip4:192.0.2.0/24\")."),
        QStringLiteral("TERMS")};
    const QCommandLineOption m_all{
        QStringLiteral("all"),
        QStringLiteral("Qualifier of the primary's closing all: - (default), ~, ? or +; none for no "
                       "all (the default when TERMS has redirect=)."),
        QStringLiteral("Q"), QStringLiteral("-")};
    const QCommandLineOption m_mailServer{
        QStringLiteral("mail-server"), QStringLiteral("A mail server: its HELO host name and addresses (repeatable)."),
        QStringLiteral("HOST=IP[,IP...]")};
    const QCommandLineOption m_dependent{QStringLiteral("dependent"),
                                         QStringLiteral("A dependent domain sending through the primary (repeatable)."),
                                         QStringLiteral("DOMAIN")};
    const QCommandLineOption m_parked{QStringLiteral("parked"),
                                      QStringLiteral("A parked domain that sends no mail (repeatable)."),
                                      QStringLiteral("DOMAIN")};
    const QCommandLineOption m_ttl{QStringLiteral("ttl"),
                                   QStringLiteral("TTL of the records in seconds (default 3600)."),
                                   QStringLiteral("SECONDS")};
    const QCommandLineOption m_output{{QStringLiteral("o"), QStringLiteral("output")},
                                      QStringLiteral("The project file to write."),
                                      QStringLiteral("FILE")};
    const QCommandLineOption m_force{QStringLiteral("force"), QStringLiteral("Overwrite FILE if it exists.")};
};

// spfmanager-cli records PROJECT [--json]
// The records the project needs, with each one's lint verdict. Exit 0 clean, 1 warnings, 2 errors.
class RecordsCommand : public Command
{
public:
    RecordsCommand();

protected:
    int run(const QCommandLineParser &parser, Io &io) override;

private:
    const QCommandLineOption m_json{QStringLiteral("json"), QStringLiteral("Print the records as JSON.")};
};

// spfmanager-cli export PROJECT --format bind|nsupdate|tinydns|json|csv [-o PATH]
// Refuses a project whose records have errors (unless --force): they would publish a permerror.
class ExportCommand : public Command
{
public:
    ExportCommand();

protected:
    int run(const QCommandLineParser &parser, Io &io) override;

private:
    // exitcode::Failure, with the message printed, when output names the project file itself: the export would
    // destroy the project it was made from. Checked before anything is written.
    int refuseOutputOverProject(const QString &output, const QString &projectPath, const QString &format, Io &io) const;

    const QCommandLineOption m_format{QStringLiteral("format"), QStringLiteral("bind, nsupdate, tinydns, json or csv."),
                                      QStringLiteral("FORMAT")};
    const QCommandLineOption m_output{{QStringLiteral("o"), QStringLiteral("output")},
                                      QStringLiteral("Write to this file instead of standard output."),
                                      QStringLiteral("PATH")};
    const QCommandLineOption m_force{QStringLiteral("force"), QStringLiteral("Export even when records have errors.")};
    const QCommandLineOption m_server{QStringLiteral("server"),
                                      QStringLiteral("nsupdate: the server to send the updates to."),
                                      QStringLiteral("HOST")};
    const QCommandLineOption m_port{QStringLiteral("port"), QStringLiteral("nsupdate: the server's port."),
                                    QStringLiteral("PORT")};
    const QCommandLineOption m_key{
        QStringLiteral("key"), QStringLiteral("nsupdate: TSIG key as [algorithm:]name:secret."), QStringLiteral("KEY")};
    const QCommandLineOption m_published{
        QStringLiteral("published"),
        QStringLiteral("nsupdate: JSON file of every TXT record published now, each as its strings the way DNS "
                       "splits them, {\"name\": [[\"string\", ...], ...]}; their SPF values are deleted exactly. "
                       "Not verify --json output: it joins the strings."),
        QStringLiteral("FILE")};
    const QCommandLineOption m_assumeUnpublished{
        QStringLiteral("assume-unpublished"),
        QStringLiteral("nsupdate: names missing from --published hold no SPF record yet (add without deleting).")};
};

} // namespace spfm::cli
