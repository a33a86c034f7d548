#include "VerifyCommand.h"

#include "TerminalText.h"
#include "dns/AuthoritativeResolver.h"
#include "dns/LiveResolver.h"
#include "dns/MemoryZone.h"
#include "project/ProjectFile.h"
#include "verify/Verifier.h"
#include "verify/VerifyCodes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <memory>

namespace spfm::cli {

namespace {

// The monitoring-plugin state words, by exit code (0..3).
const char *const kPluginState[] = {"OK", "WARNING", "CRITICAL", "UNKNOWN"};

QString rolesText(const verify::DomainResult &r)
{
    QStringList roles;
    for (verify::Role role : r.roles)
        roles.append(QString::fromLatin1(verify::roleName(role)));
    return roles.join(QStringLiteral(", "));
}

// Published records, and the messages and fixes that quote them, are DNS text: shown() keeps their escape sequences
// from reaching the terminal.
void printResult(QTextStream &out, const verify::DomainResult &r)
{
    out << QString::fromLatin1(verify::statusName(r.status)).toUpper().leftJustified(12) << shown(r.domain);
    if (!r.roles.isEmpty())
        out << " (" << rolesText(r) << ')';
    out << '\n';
    const bool clean = r.status == verify::Status::Ok;
    if (!clean || r.published.size() != 1) {
        for (const QByteArray &p : r.published)
            out << "    published: " << shown(p) << "  (TTL " << r.publishedTtl << ")\n";
        if (!r.expected.isEmpty())
            out << "    expected:  " << shown(r.expected) << "  (TTL " << r.expectedTtl << ")\n";
    }
    for (const lint::Diagnostic &d : r.diagnostics) {
        out << "    " << QString::fromLatin1(lint::severityName(d.severity)).leftJustified(8)
            << QString::fromLatin1(d.code).leftJustified(8) << shown(d.message) << '\n';
        if (!d.fix.isEmpty())
            out << "                    fix: " << shown(d.fix) << '\n';
    }
}

QString summaryText(const verify::Summary &s)
{
    return QStringLiteral("%1 names: %2 ok, %3 with warnings, %4 with errors, %5 unreachable%6; %7 s")
        .arg(s.total)
        .arg(s.ok)
        .arg(s.warnings)
        .arg(s.errors)
        .arg(s.unreachable)
        .arg(s.cancelled || s.done < s.total ? QStringLiteral(", %1 not checked").arg(s.total - s.done) : QString())
        .arg(double(s.elapsedMs) / 1000.0, 0, 'f', 2);
}

// "a.example, b.example and 3 more"; unreachable names with what went wrong ("a.example: SERVFAIL").
QString someNames(const QList<verify::DomainResult> &results, verify::Status status)
{
    constexpr int kShown = 3;
    QStringList names;
    int more = 0;
    for (const verify::DomainResult &r : results) {
        if (r.status != status)
            continue;
        if (names.size() >= kShown) {
            ++more;
            continue;
        }
        QString name = shown(r.domain);
        if (status == verify::Status::Unreachable && r.failure.isSet())
            name += QStringLiteral(": ") + (r.failure.rcode.isEmpty()
                                                ? QString::fromLatin1(verify::failureReasonName(r.failure.kind))
                                                : shown(r.failure.rcode));
        names.append(name);
    }
    QString text = names.join(QStringLiteral(", "));
    if (more > 0)
        text += QStringLiteral(" and %1 more").arg(more);
    return text;
}

// "acme.example (serials 2026112702, 2026112701)" for the first names whose authoritative servers disagree (VFY501).
QString disagreeingServers(const QList<verify::DomainResult> &results)
{
    constexpr int kShown = 3;
    const QByteArray code = verify::codeName(verify::Code::ServersDisagree);
    QStringList names;
    int more = 0;
    for (const verify::DomainResult &r : results) {
        if (std::none_of(r.diagnostics.cbegin(), r.diagnostics.cend(),
                         [&](const lint::Diagnostic &d) { return d.code == code; }))
            continue;
        if (names.size() >= kShown) {
            ++more;
            continue;
        }
        QStringList serials;
        for (const verify::ServerView &v : r.servers) {
            const QString serial = v.serialKnown ? QString::number(v.serial) : QStringLiteral("unknown");
            if (!serials.contains(serial))
                serials.append(serial);
        }
        names.append(QStringLiteral("%1 (serials %2)").arg(shown(r.domain), serials.join(QStringLiteral(", "))));
    }
    QString text = names.join(QStringLiteral(", "));
    if (more > 0)
        text += QStringLiteral(" and %1 more").arg(more);
    return text;
}

// One line, "SERVICE STATE - text | perfdata" (Nagios plugin guidelines): the state word matches the exit code.
QString nagiosLine(const verify::Summary &s, const QList<verify::DomainResult> &results)
{
    const int code = s.exitCode();
    QStringList parts;
    if (s.errors > 0)
        parts.append(
            QStringLiteral("%1 with errors (%2)").arg(s.errors).arg(someNames(results, verify::Status::Error)));
    if (s.unreachable > 0)
        parts.append(QStringLiteral("%1 unreachable (%2)")
                         .arg(s.unreachable)
                         .arg(someNames(results, verify::Status::Unreachable)));
    if (s.warnings > 0)
        parts.append(
            QStringLiteral("%1 with warnings (%2)").arg(s.warnings).arg(someNames(results, verify::Status::Warning)));
    if (s.cancelled || s.done < s.total)
        parts.append(QStringLiteral("%1 not checked").arg(s.total - s.done));
    const QString disagree = disagreeingServers(results);
    if (!disagree.isEmpty())
        parts.append(QStringLiteral("authoritative servers disagree for %1").arg(disagree));
    const QString text = parts.isEmpty() ? QStringLiteral("%1 domains verified").arg(s.total)
                                         : QStringLiteral("%1 of %2 domains: %3")
                                               .arg(s.total - s.ok)
                                               .arg(s.total)
                                               .arg(parts.join(QStringLiteral(", ")));
    return QStringLiteral("SPF %1 - %2 | domains=%3;;; errors=%4;;; warnings=%5;;; unreachable=%6;;; time=%7s\n")
        .arg(QLatin1String(kPluginState[code]), text)
        .arg(s.total)
        .arg(s.errors)
        .arg(s.warnings)
        .arg(s.unreachable)
        .arg(double(s.elapsedMs) / 1000.0, 0, 'f', 3);
}

} // namespace

// --help prints it as it stands: its line breaks are where the terminal lines end.
constexpr char kVerifyDescription[] =
    "Fetches what every name of the project publishes (primary, include target, dependents, parked domains,\n"
    "mail-server HELO names), compares it with the records the project generates term by term, lints it, and\n"
    "runs check_host for every mail-server address as postmaster@<domain> and as its HELO name.\n"
    "Without --server, uses the project's resolver settings, else the system's resolvers. --authoritative asks\n"
    "every authoritative server of each zone directly (found through those resolvers, asked on --ns-port).\n"
    "Every name is asked its TXT record. The primary, the include target and the HELO names are also asked\n"
    "the obsolete type 99 (SPF) record, whose answer shows leftover type-99 records and a CNAME beside the TXT;\n"
    "dependents and parked domains only where their TXT holds no SPF record. --thorough asks every name both.\n"
    "The text output prints each name as soon as its result is in, then a summary line.\n"
    "Exit codes: 0 all ok, 1 warnings only, 2 any error or bad arguments, 3 some names could not be checked\n"
    "(DNS unreachable, SERVFAIL) and none has an error.";

VerifyCommand::VerifyCommand()
    : Command({
          .name = QStringLiteral("verify"),
          .summary = QStringLiteral(
              "Check a project's domains against what DNS publishes, and its mail servers against them."),
          .usage = QStringLiteral(
              "[--server ADDR[:PORT]]... [--authoritative [--ns-port PORT]] [--timeout MS] [--zone FILE] "
              "[--thorough] [--json | --json-lines | --nagios] PROJECT"),
          .description = QString::fromUtf8(kVerifyDescription),
      })
{
    m_dns.addTo(parser());
    parser().addOption(m_authoritative);
    parser().addOption(m_nsPort);
    m_zone.addTo(parser());
    parser().addOption(m_thorough);
    parser().addOption(m_json);
    parser().addOption(m_jsonLines);
    parser().addOption(m_nagios);
    parser().addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project file (.spfproj JSON)."),
                                   QStringLiteral("PROJECT"));
}

int VerifyCommand::run(const QCommandLineParser &parser, Io &io)
{
    const bool nagios = parser.isSet(m_nagios);
    // A monitoring plugin that cannot do its job says UNKNOWN (3) on one line, whatever went wrong.
    const auto failWith = [&](const QString &what, const QString &fix) {
        if (!nagios)
            return fail(io, what, fix);
        io.out << "SPF UNKNOWN - " << shown(what) << '\n';
        return 3;
    };
    const bool json = parser.isSet(m_json);
    const bool jsonLines = parser.isSet(m_jsonLines);
    if (int(nagios) + int(json) + int(jsonLines) > 1)
        return fail(io, QStringLiteral("--json, --json-lines and --nagios exclude each other"),
                    QStringLiteral("Choose one output format."));
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return failWith(QStringLiteral("give exactly one project file"),
                        QStringLiteral("e.g. %1 verify example.spfproj").arg(programName));

    const project::Result<project::ProjectModel> loaded = project::ProjectFile::load(positional.first());
    if (!loaded.ok())
        return failWith(QStringLiteral("cannot read %1: %2").arg(positional.first(), loaded.error().message),
                        QStringLiteral("Check the path, or open and save the project in SPF Manager."));
    const project::Project &project = loaded.value().project();

    std::unique_ptr<dns::Resolver> resolver;
    int timeoutMs = project.resolver.timeoutMs;
    if (m_zone.isSet(parser)) {
        // Zone files answer every question here (there is no overlay on live DNS yet): a live-DNS option would be
        // ignored without a word.
        QStringList live;
        if (m_dns.serversGiven(parser))
            live.append(QStringLiteral("--server"));
        if (m_dns.timeoutGiven(parser))
            live.append(QStringLiteral("--timeout"));
        if (parser.isSet(m_authoritative))
            live.append(QStringLiteral("--authoritative"));
        if (parser.isSet(m_nsPort))
            live.append(QStringLiteral("--ns-port"));
        if (!live.isEmpty())
            return failWith(QStringLiteral("--zone answers from zone files, and %1 %2 for live DNS")
                                .arg(live.join(QStringLiteral(", ")),
                                     live.size() == 1 ? QStringLiteral("is") : QStringLiteral("are")),
                            QStringLiteral("Use --zone to check against zone files, or %1 to ask live DNS, not both.")
                                .arg(live.join(QStringLiteral(", "))));
        auto zone = std::make_unique<dns::MemoryZone>();
        const ZoneOptions::Loaded zoneLoaded = m_zone.load(parser, *zone);
        if (!zoneLoaded.error.isEmpty())
            return failWith(zoneLoaded.error, zoneLoaded.fix);
        resolver = std::move(zone);
    } else {
        DnsOptions::Parsed dnsOptions = m_dns.parse(parser, project.resolver.timeoutMs);
        if (!dnsOptions.error.isEmpty())
            return failWith(dnsOptions.error, dnsOptions.fix);
        if (!m_dns.serversGiven(parser) && project.resolver.mode == project::ResolverMode::Servers) {
            for (const project::ResolverServer &s : project.resolver.servers) {
                dns::ServerAddress server;
                server.address = QHostAddress(QString::fromLatin1(s.address.toText()));
                server.port = s.port;
                dnsOptions.options.servers.append(server);
            }
        }
        timeoutMs = dnsOptions.options.timeoutMs;
        const bool authoritative =
            parser.isSet(m_authoritative) ||
            (!m_dns.serversGiven(parser) && project.resolver.mode == project::ResolverMode::Authoritative);
        if (parser.isSet(m_nsPort) && !authoritative)
            return failWith(QStringLiteral("--ns-port is the port of the authoritative servers, and this run does "
                                           "not ask them"),
                            QStringLiteral("Add --authoritative, or drop --ns-port."));
        if (authoritative) {
            // The given (or system) resolvers find each zone's NS set; every authoritative server is then asked.
            dns::AuthoritativeOptions authoritativeOptions;
            authoritativeOptions.recursive = dnsOptions.options;
            authoritativeOptions.timeoutMs = dnsOptions.options.timeoutMs;
            if (parser.isSet(m_nsPort)) {
                bool ok = false;
                const uint port = parser.value(m_nsPort).toUInt(&ok);
                if (!ok || port < 1 || port > 65535)
                    return failWith(QStringLiteral("--ns-port %1: not a port number").arg(parser.value(m_nsPort)),
                                    QStringLiteral("Give a number from 1 to 65535, e.g. --ns-port 5353."));
                authoritativeOptions.port = quint16(port);
            }
            resolver = std::make_unique<dns::AuthoritativeResolver>(authoritativeOptions);
        } else {
            resolver = std::make_unique<dns::LiveResolver>(dnsOptions.options);
        }
    }

    verify::VerifyOptions options;
    // Every query is retried and ends on its own; this only guards against a resolver that never says so.
    options.deadlineMs = std::max(30000, timeoutMs * 20);
    options.probe = parser.isSet(m_thorough) ? verify::Probe::Thorough : verify::Probe::Standard;
    verify::Verifier verifier(project, *resolver, options);
    if (!nagios && !json) {
        // A large project over slow DNS takes a while: show each name as soon as it is known.
        QObject::connect(&verifier, &verify::Verifier::domainChecked, &verifier,
                         [&io, jsonLines](const verify::DomainResult &r) {
                             if (jsonLines)
                                 io.out << jsonText(QJsonDocument(r.toJson()), QJsonDocument::Compact) << '\n';
                             else
                                 printResult(io.out, r);
                             io.out.flush();
                         });
    }
    const verify::Summary summary = verifier.run();
    const QList<verify::DomainResult> results = verifier.results();

    if (nagios) {
        io.out << nagiosLine(summary, results);
    } else if (json) {
        QJsonArray domains;
        for (const verify::DomainResult &r : results)
            domains.append(r.toJson());
        const QJsonObject doc{{QStringLiteral("summary"), summary.toJson()}, {QStringLiteral("domains"), domains}};
        io.out << jsonText(QJsonDocument(doc), QJsonDocument::Indented);
    } else if (jsonLines) {
        const QJsonObject last{{QStringLiteral("summary"), summary.toJson()}};
        io.out << jsonText(QJsonDocument(last), QJsonDocument::Compact) << '\n';
    } else {
        io.out << summaryText(summary) << '\n';
    }
    return summary.exitCode();
}

} // namespace spfm::cli
