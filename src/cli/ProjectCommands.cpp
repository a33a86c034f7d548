#include "ProjectCommands.h"

#include "PublishedFile.h"
#include "TerminalText.h"
#include "project/BackupSave.h"
#include "project/Exporters.h"
#include "project/ProjectFile.h"
#include "spf/Parser.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <filesystem>

namespace spfm::cli {

namespace {

using namespace spfm::project;

QString verdictOf(const lint::Diagnostics &d)
{
    if (d.isEmpty())
        return QStringLiteral("ok");
    switch (lint::worstSeverity(d)) {
    case lint::Severity::Error: return QStringLiteral("error");
    case lint::Severity::Warning: return QStringLiteral("warning");
    case lint::Severity::Info: return QStringLiteral("note");
    }
    return QStringLiteral("ok");
}

// withTerm names the term the diagnostic is about (init: the user's own --terms).
void printDiagnostic(QTextStream &s, const lint::Diagnostic &d, bool withTerm = false)
{
    // Terms come from a project file that may have been handed over: quoted in messages, shown, never raw.
    s << "  " << lint::severityName(d.severity) << ' ' << d.code;
    if (!d.domain.isEmpty())
        s << ' ' << shown(d.domain);
    if (withTerm && !d.term.isEmpty())
        s << " '" << shown(d.term) << '\'';
    s << ": " << shown(d.message) << '\n';
    if (!d.fix.isEmpty())
        s << "    fix: " << shown(d.fix) << '\n';
}

// Loads the project, printing why not.
std::optional<ProjectModel> loadProject(const QString &path, Io &io, const QString &command)
{
    auto model = ProjectFile::load(path);
    if (!model) {
        io.err << programName << ' ' << command << ": " << shownLines(model.error().message) << '\n';
        return std::nullopt;
    }
    return std::move(model).value();
}

// The printable form of record text: bytes outside printable ASCII as \DDD, so crafted text cannot drive a terminal.
QString printable(const QByteArray &text)
{
    QString out;
    for (char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x20 || c == 0x7f)
            out += QStringLiteral("\\%1").arg(uint(c), 3, 10, QLatin1Char('0'));
        else
            out += QChar::fromLatin1(ch);
    }
    return QString::fromUtf8(out.toLatin1());
}

const QString kDomainFix = QStringLiteral("Give a domain name such as example.com (letters, digits, hyphens; an "
                                          "international name is fine).");
const QString kTermsFix = QStringLiteral(
    "Correct the terms, e.g. --terms \"mx ip4:192.0.2.0/24\"; `spfmanager-cli lint 'v=spf1 TERMS -all'` explains "
    "each problem.");
const QString kMailServerFix =
    QStringLiteral("Give a host name and its addresses, e.g. --mail-server mail.example.com=192.0.2.10,2001:db8::10.");

} // namespace

// ---- init

InitCommand::InitCommand()
    : Command({
          .name = QStringLiteral("init"),
          .summary = QStringLiteral("Create a project file from a primary domain, its mail servers and dependents."),
          .usage = QStringLiteral(
              "--primary DOMAIN [--terms TERMS] [--mail-server HOST=IP[,IP...]]... [--dependent DOMAIN]... -o FILE"),
          .description = QStringLiteral(
              "Creates a project file (docs/project-format.md): the primary domain with its policy terms, its "
              "mail servers, and the dependent domains that include it. Exit 0 when written, 2 on bad "
              "arguments or when FILE exists (use --force)."),
      })
{
    parser().addOptions({m_primary, m_terms, m_all, m_mailServer, m_dependent, m_parked, m_ttl, m_output, m_force});
}

int InitCommand::run(const QCommandLineParser &parser, Io &io)
{
    if (!parser.positionalArguments().isEmpty())
        return fail(io, QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()),
                    QStringLiteral("init takes only options; quote --terms \"a mx ...\" so the shell passes it as one "
                                   "argument."));
    if (!parser.isSet(m_primary))
        return fail(io, QStringLiteral("--primary DOMAIN is required"),
                    QStringLiteral("Name the domain whose policy the others include, e.g. --primary example.com."));
    if (!parser.isSet(m_output))
        return fail(io, QStringLiteral("-o FILE is required"),
                    QStringLiteral("Name the project file to write, e.g. -o example.spfproj."));
    const QString path = parser.value(m_output);
    if (QFileInfo::exists(path) && !parser.isSet(m_force))
        return fail(io, QStringLiteral("%1 exists").arg(path), QStringLiteral("Use --force to overwrite it."));

    ProjectModel model;
    Primary primary;
    auto domain = DomainName::parse(parser.value(m_primary));
    if (!domain)
        return fail(io, QStringLiteral("--primary: ") + domain.error().message, kDomainFix);
    primary.domain = domain.value();
    primary.terms = parser.value(m_terms).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const auto all = allQualifierFromText(parser.value(m_all));
    if (!all)
        return fail(io, QStringLiteral("--all: \"%1\" is not one of - ~ ? + none").arg(parser.value(m_all)),
                    QStringLiteral("Give --all - (fail, the default), ~ (softfail), ? (neutral), + (pass) or none "
                                   "(no all, for a policy that ends in redirect=)."));
    primary.all = *all;
    // A redirect= is ignored beside all (RFC 7208 §6.1): a policy that names one ends without all unless told.
    const bool redirects = std::any_of(primary.terms.cbegin(), primary.terms.cend(), [](const QString &t) {
        const spf::Term term = spf::parseTerm(t.toUtf8());
        return term.isModifier() && term.modifier == spf::Modifier::Redirect;
    });
    if (redirects && !parser.isSet(m_all))
        primary.all = AllQualifier::None;
    else if (redirects && primary.all != AllQualifier::None)
        return fail(io,
                    QStringLiteral("--all %1 with redirect=: receivers ignore redirect= when the record has all")
                        .arg(parser.value(m_all)),
                    QStringLiteral("Leave out --all (or use --all none) to let the redirect target decide."));
    if (auto set = model.setPrimary(primary); !set)
        return fail(io, QStringLiteral("--terms: ") + set.error().message, kTermsFix);
    if (primary.all == AllQualifier::Pass)
        io.err << programName << " init: warning: +all lets every host on the Internet send as "
               << primary.domain.display() << " and every dependent domain.\n";

    for (const QString &spec : parser.values(m_mailServer)) {
        const qsizetype eq = spec.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return fail(io, QStringLiteral("--mail-server \"%1\": expected HOST=IP[,IP...]").arg(spec), kMailServerFix);
        MailServer server;
        auto host = DomainName::parse(spec.left(eq));
        if (!host)
            return fail(io, QStringLiteral("--mail-server: ") + host.error().message, kMailServerFix);
        server.hostname = host.value();
        for (const QString &ip : spec.mid(eq + 1).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto address = net::IpAddress::parse(ip.trimmed().toLatin1());
            if (!address)
                return fail(io, QStringLiteral("--mail-server: \"%1\" is not an IPv4 or IPv6 address").arg(ip),
                            kMailServerFix);
            server.addresses.append(*address);
        }
        if (auto added = model.insertMailServer(-1, server); !added)
            return fail(io, QStringLiteral("--mail-server: ") + added.error().message,
                        QStringLiteral("Give each mail server once, with each of its addresses once."));
    }

    const auto addDependents = [&](const QCommandLineOption &option, bool parked) -> std::optional<int> {
        for (const QString &name : parser.values(option)) {
            auto d = DomainName::parse(name);
            if (!d)
                return fail(io, QStringLiteral("--%1: ").arg(option.names().first()) + d.error().message, kDomainFix);
            Dependent dependent;
            dependent.domain = d.value();
            dependent.parked = parked;
            if (auto added = model.insertDependent(-1, dependent); !added)
                return fail(io, QStringLiteral("--%1: ").arg(option.names().first()) + added.error().message,
                            QStringLiteral("Give each domain once, and not the primary domain itself."));
        }
        return std::nullopt;
    };
    if (auto failed = addDependents(m_dependent, false))
        return *failed;
    if (auto failed = addDependents(m_parked, true))
        return *failed;

    if (parser.isSet(m_ttl)) {
        bool ok = false;
        const qint64 ttl = parser.value(m_ttl).toLongLong(&ok);
        auto set =
            ok ? model.setTtl(ttl) : Result<quint32>(makeError(ErrorCode::BadTtl, QStringLiteral("not a number")));
        if (!set)
            return fail(io, QStringLiteral("--ttl: ") + set.error().message,
                        QStringLiteral("Give the TTL in seconds, from 0 to 2147483647, e.g. --ttl 3600."));
    }

    // A term that does not parse (or a policy over a limit) would make every receiver's result permerror: the
    // project would be refused at export anyway, so it is not written (RFC 7208 §4.6).
    const Generation generated = generate(model.project());
    if (generated.hasErrors()) {
        for (const lint::Diagnostic &d : generated.allDiagnostics()) {
            if (d.severity == lint::Severity::Error)
                printDiagnostic(io.err, d, true);
        }
        return fail(io,
                    QStringLiteral("the primary's policy has errors (above): receivers would give every "
                                   "domain permerror; %1 was not written")
                        .arg(path),
                    kTermsFix);
    }

    if (Status saved = ProjectFile::save(path, model.project()); !saved)
        return fail(io, saved.error().message,
                    QStringLiteral("Check that the folder exists and is writable, or choose another path with -o."));
    io.err << "Wrote " << path << ": " << model.project().dependents.size() << " dependent domain(s), "
           << model.project().mailServers.size() << " mail server(s).\n";
    return exitcode::Ok;
}

// ---- records

RecordsCommand::RecordsCommand()
    : Command({
          .name = QStringLiteral("records"),
          .summary = QStringLiteral("List every DNS record a project needs, with each one's lint verdict."),
          .usage = QStringLiteral("[--json] PROJECT"),
          .description = QStringLiteral(
              "Generates the records of a project (names, types, TTLs, values) and lints each one. Exit 0 "
              "when clean (notes allowed), 1 with warnings, 2 with errors or an unreadable project."),
      })
{
    parser().addOption(m_json);
    parser().addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project file."));
}

int RecordsCommand::run(const QCommandLineParser &parser, Io &io)
{
    if (parser.positionalArguments().size() != 1)
        return fail(io, QStringLiteral("expected one PROJECT file"),
                    QStringLiteral("e.g. %1 records example.spfproj").arg(programName));
    const auto model = loadProject(parser.positionalArguments().first(), io, name());
    if (!model)
        return exitcode::Failure;
    const Generation g = generate(model->project());

    if (parser.isSet(m_json)) {
        QJsonObject root = QJsonDocument::fromJson(JsonExporter::write(g.records)).object();
        QJsonArray records = root.value(QStringLiteral("records")).toArray();
        for (qsizetype i = 0; i < records.size(); ++i) {
            QJsonObject o = records[i].toObject();
            o.insert(QStringLiteral("verdict"), verdictOf(g.records[i].diagnostics));
            records[i] = o;
        }
        root.insert(QStringLiteral("records"), records);
        QJsonArray diagnostics;
        for (const lint::Diagnostic &d : g.diagnostics)
            diagnostics.append(d.toJson());
        root.insert(QStringLiteral("diagnostics"), diagnostics);
        root.insert(QStringLiteral("verdict"), verdictOf(g.allDiagnostics()));
        io.out << jsonText(QJsonDocument(root), QJsonDocument::Indented);
        return exitcode::forSeverity(g.worst());
    }

    qsizetype nameWidth = 4;
    for (const GeneratedRecord &r : g.records)
        nameWidth = std::max(nameWidth, r.owner.size());
    for (const GeneratedRecord &r : g.records) {
        io.out << QString::fromUtf8(r.owner).leftJustified(nameWidth) << "  "
               << QString::fromLatin1(recordTypeName(r.type)).leftJustified(3) << "  "
               << QString::number(r.ttl).rightJustified(6) << "  " << verdictOf(r.diagnostics).leftJustified(7) << "  "
               << printable(r.text);
        if (r.lookups >= 0)
            io.out << "  (" << (r.lookupsAtLeast ? ">=" : "") << r.lookups
                   << (r.lookups == 1 ? " lookup)" : " lookups)");
        io.out << '\n';
        for (const lint::Diagnostic &d : r.diagnostics)
            printDiagnostic(io.out, d);
    }
    for (const lint::Diagnostic &d : g.diagnostics)
        printDiagnostic(io.out, d);
    io.out << g.records.size() << " record(s); verdict: " << verdictOf(g.allDiagnostics()) << '\n';
    return exitcode::forSeverity(g.worst());
}

// ---- export

ExportCommand::ExportCommand()
    : Command({
          .name = QStringLiteral("export"),
          .summary = QStringLiteral("Export a project's records as BIND, nsupdate, tinydns, JSON or CSV."),
          .usage = QStringLiteral("--format bind|nsupdate|tinydns|json|csv [-o PATH] PROJECT"),
          .description = QStringLiteral(
              "Writes the project's records in one format (docs/project-format.md describes each). A project "
              "whose records have errors is refused unless --force. The file -o names is written atomically; one "
              "already there is kept as PATH.bak first. Exit 0 when written, 2 otherwise."),
      })
{
    parser().addOptions({m_format, m_output, m_force, m_server, m_port, m_key, m_published, m_assumeUnpublished});
    parser().addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project file."));
}

int ExportCommand::refuseOutputOverProject(const QString &output, const QString &projectPath, const QString &format,
                                           Io &io) const
{
    // Through a symbolic or hard link, a different spelling of the path, or the same path: the file is the project.
    std::error_code error;
    const bool same = std::filesystem::equivalent(QFile::encodeName(output).toStdString(),
                                                  QFile::encodeName(projectPath).toStdString(), error);
    if (!same || error)
        return exitcode::Ok;
    return fail(io,
                QStringLiteral("-o %1 is the project file %2 itself; the export would replace the project")
                    .arg(output, projectPath),
                QStringLiteral("Write the export to another file (e.g. -o %1.%2), or leave out -o to print it.")
                    .arg(QFileInfo(projectPath).completeBaseName(), format));
}

int ExportCommand::run(const QCommandLineParser &parser, Io &io)
{
    if (parser.positionalArguments().size() != 1)
        return fail(io, QStringLiteral("expected one PROJECT file"),
                    QStringLiteral("e.g. %1 export example.spfproj --format bind").arg(programName));
    const auto format = exportFormatFromName(parser.value(m_format));
    if (!format)
        return fail(io,
                    parser.isSet(m_format)
                        ? QStringLiteral("--format %1: must be one of bind, nsupdate, tinydns, json, csv")
                              .arg(parser.value(m_format))
                        : QStringLiteral("--format is required: one of bind, nsupdate, tinydns, json, csv"),
                    QStringLiteral("e.g. --format bind for zone-file lines, --format nsupdate for a dynamic-update "
                                   "script (docs/project-format.md describes each)."));
    if (*format != ExportFormat::Nsupdate) {
        // They shape the nsupdate script only; elsewhere they would be ignored without a word.
        for (const QCommandLineOption *option : {&m_server, &m_port, &m_key, &m_published, &m_assumeUnpublished}) {
            if (parser.isSet(*option))
                return fail(
                    io,
                    QStringLiteral("--%1 applies to --format nsupdate only, and this export is %2")
                        .arg(option->names().constFirst(), parser.value(m_format)),
                    QStringLiteral("Drop --%1, or export with --format nsupdate.").arg(option->names().constFirst()));
        }
    }
    if (parser.isSet(m_output)) {
        if (const int refused = refuseOutputOverProject(parser.value(m_output), parser.positionalArguments().first(),
                                                        parser.value(m_format).toLower(), io))
            return refused;
    }
    const auto model = loadProject(parser.positionalArguments().first(), io, name());
    if (!model)
        return exitcode::Failure;

    NsupdateOptions nsupdate;
    nsupdate.server = parser.value(m_server);
    nsupdate.key = parser.value(m_key);
    nsupdate.published.complete = parser.isSet(m_assumeUnpublished);
    if (parser.isSet(m_port)) {
        bool ok = false;
        const uint port = parser.value(m_port).toUInt(&ok);
        if (!ok || port == 0 || port > 65535)
            return fail(io, QStringLiteral("--port %1: not a port number").arg(parser.value(m_port)),
                        QStringLiteral("Give a number from 1 to 65535, e.g. --port 53."));
        nsupdate.port = quint16(port);
    }
    if (parser.isSet(m_published)) {
        PublishedFile::Loaded published = PublishedFile::read(parser.value(m_published));
        if (!published.error.isEmpty())
            return fail(io, published.error, published.fix);
        nsupdate.published.records = std::move(published.published.records);
    }

    const Generation g = generate(model->project());
    for (const lint::Diagnostic &d : g.allDiagnostics()) {
        if (d.severity != lint::Severity::Info)
            printDiagnostic(io.err, d);
    }
    if (g.hasErrors() && !parser.isSet(m_force))
        return fail(
            io, QStringLiteral("the project's records have errors; publishing them would give receivers a permerror"),
            QStringLiteral("Fix the errors above (or export anyway with --force)."));

    const auto exported = exportRecords(g.records, *format, nsupdate);
    if (!exported)
        return fail(io, exported.error().message,
                    QStringLiteral("Give --server a host name or address (e.g. --server 192.0.2.53) and --key as "
                                   "[algorithm:]name:secret, e.g. --key hmac-sha256:update-key:c2VjcmV0."));
    for (const QString &w : exported.value().warnings)
        io.err << programName << ' ' << name() << ": warning: " << w << '\n';

    if (!parser.isSet(m_output)) {
        io.out << QString::fromUtf8(exported.value().text);
        return exitcode::Ok;
    }
    // Like a project save: atomic, and a file already there is kept as the backup first.
    const Result<SavedFile> saved = saveKeepingBackup(parser.value(m_output), exported.value().text);
    if (!saved)
        return fail(io, saved.error().message);
    io.err << "Wrote " << saved.value().path;
    if (saved.value().keptBackup())
        io.err << "; the file it replaced is kept as " << saved.value().backupPath;
    io.err << ".\n";
    return exitcode::Ok;
}

} // namespace spfm::cli
