#include "LintCommand.h"

#include "PendingRun.h"
#include "TerminalText.h"
#include "dns/LiveResolver.h"
#include "lint/Linter.h"
#include "spf/Parser.h"
#include "verify/DnsFailures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace spfm::cli {

namespace {

struct RecordFindings
{
    QByteArray text;
    QByteArray domain;
    lint::Diagnostics diagnostics;
    int dnsLookups = 0;                   // offline: the record's own DNS-querying terms; with a zone: the whole tree
    std::optional<lint::LintReport> tree; // with --zone
};

// The DNS-querying terms written in the record itself (§4.6.4); includes are not followed offline.
int ownDnsTerms(QByteArrayView text)
{
    int count = 0;
    for (const spf::Term &term : spf::parseRecord(text).terms) {
        if (term.isValid() && term.queriesDns())
            ++count;
    }
    return count;
}

// Columns in the printed text: offsets are in bytes, the terminal shows characters.
qsizetype column(const QByteArray &text, int byteOffset)
{
    return QString::fromUtf8(text.left(byteOffset)).size();
}

void printCaret(QTextStream &out, const QByteArray &record, const lint::Diagnostic &d)
{
    if (d.offset < 0 || d.offset > record.size())
        return;
    const qsizetype start = column(record, d.offset);
    const qsizetype width = std::max<qsizetype>(1, d.term.isEmpty() ? 1 : QString::fromUtf8(d.term).size());
    out << "      " << shown(record) << '\n'
        << "      " << QString(start, QLatin1Char(' ')) << QString(width, QLatin1Char('^')) << '\n';
}

QString plural(int n, const char *one, const char *many)
{
    return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
}

void printTree(QTextStream &out, const lint::LintReport &report)
{
    if (report.nodes.isEmpty())
        return;
    out << "  include/redirect tree:\n";
    for (const lint::TreeNode &node : report.nodes) {
        out << "    " << QString(node.depth * 2, QLatin1Char(' ')) << shown(node.domain);
        if (node.state == lint::TreeNode::State::Ok)
            out << "  \"" << shown(node.recordText) << '"';
        else
            out << "  (" << lint::stateName(node.state)
                << (node.detail.isEmpty() ? QString() : QStringLiteral(": ") + shown(node.detail)) << ')';
        out << '\n';
    }
    if (!report.staticSpends.isEmpty()) {
        out << "  lookups spent by:\n";
        for (const lint::LookupSpend &spend : report.staticSpends)
            out << "    " << QString::number(spend.count).rightJustified(2) << "  " << shown(spend.domain) << ": "
                << shown(spend.termText) << '\n';
    }
}

void printText(QTextStream &out, const QList<RecordFindings> &all, bool clientIp)
{
    int index = 0;
    for (const RecordFindings &r : all) {
        out << "record " << ++index;
        if (!r.domain.isEmpty())
            out << " at " << shown(r.domain);
        out << ": " << (r.text.isEmpty() ? QStringLiteral("(no SPF record)") : shown(r.text)) << '\n';
        for (const lint::Diagnostic &d : r.diagnostics) {
            out << "  " << lint::severityName(d.severity) << ' ' << d.code;
            if (!d.domain.isEmpty() && d.domain != r.domain)
                out << " in " << shown(d.domain);
            if (!d.term.isEmpty())
                out << " '" << shown(d.term) << "' at offset " << d.offset;
            out << ": " << shown(d.message) << '\n';
            if (d.domain.isEmpty() || d.domain == r.domain)
                printCaret(out, r.text, d);
            if (!d.fix.isEmpty())
                out << "    fix: " << shown(d.fix) << '\n';
            if (!d.rfcSection.isEmpty())
                out << "    see: RFC " << shown(d.rfcSection) << '\n';
        }
        if (r.tree && r.tree->nodes.isEmpty()) {
            out << "  DNS lookups: not counted: there is no single SPF record to follow\n";
        } else if (r.tree) {
            out << "  DNS lookups: " << r.tree->staticLookups << " of 10 over the whole tree, " << r.tree->pathLookups
                << (clientIp ? " on the path of " : " on the worst-case path (client ") << shown(r.tree->worstCaseIp)
                << (clientIp ? "" : ")");
            if (!r.tree->pathResult.isEmpty())
                out << ", which ends in " << shown(r.tree->pathResult);
            out << "; void lookups: " << r.tree->staticVoidLookups << " of 2\n";
            printTree(out, *r.tree);
        } else {
            out << "  DNS lookups: " << r.dnsLookups
                << " of 10 in this record (includes and redirects not followed; give --zone to follow them)\n";
        }
        int errors = 0, warnings = 0, notes = 0;
        for (const lint::Diagnostic &d : r.diagnostics)
            (d.severity == lint::Severity::Error ? errors : d.severity == lint::Severity::Warning ? warnings : notes)++;
        out << "  " << plural(errors, "error", "errors") << ", " << plural(warnings, "warning", "warnings") << ", "
            << plural(notes, "note", "notes") << '\n';
    }
}

QJsonObject spendsToJson(const QList<lint::LookupSpend> &spends, const char *key, QJsonObject o)
{
    QJsonArray array;
    for (const lint::LookupSpend &s : spends) {
        array.append(QJsonObject{{QStringLiteral("domain"), QString::fromUtf8(s.domain)},
                                 {QStringLiteral("term"), QString::fromUtf8(s.termText)},
                                 {QStringLiteral("offset"), s.termOffset},
                                 {QStringLiteral("count"), s.count}});
    }
    o.insert(QLatin1String(key), array);
    return o;
}

// docs/cli.md: 2 for an error about the records; else 3 when DNS kept a name from being checked (a failed query gives
// temperror, RFC 7208 §4.4, which says nothing about the record); else 1 for warnings, 0 when clean.
int exitCodeOf(const QList<RecordFindings> &all)
{
    lint::Severity worst = lint::Severity::Info;
    bool dnsFailed = false;
    for (const RecordFindings &r : all) {
        for (const lint::Diagnostic &d : r.diagnostics) {
            if (r.tree && verify::onlyDnsFailed(d, *r.tree))
                dnsFailed = true;
            else
                worst = std::max(worst, d.severity);
        }
    }
    if (worst == lint::Severity::Error)
        return exitcode::Failure;
    return dnsFailed ? exitcode::Unchecked : exitcode::forSeverity(worst);
}

QJsonObject toJson(const QList<RecordFindings> &all, lint::Severity worst)
{
    QJsonArray records;
    for (const RecordFindings &r : all) {
        QJsonArray diagnostics;
        for (const lint::Diagnostic &d : r.diagnostics)
            diagnostics.append(d.toJson());
        QJsonObject o{
            {QStringLiteral("record"), QString::fromUtf8(r.text)},
            {QStringLiteral("domain"), QString::fromUtf8(r.domain)},
            {QStringLiteral("worst"), QString::fromLatin1(lint::severityName(lint::worstSeverity(r.diagnostics)))},
            {QStringLiteral("dns_lookups"), r.dnsLookups},
            {QStringLiteral("diagnostics"), diagnostics}};
        if (r.tree) {
            o.insert(QStringLiteral("path_dns_lookups"), r.tree->pathLookups);
            o.insert(QStringLiteral("path_client_ip"), QString::fromUtf8(r.tree->worstCaseIp));
            o.insert(QStringLiteral("path_result"), QString::fromUtf8(r.tree->pathResult));
            o.insert(QStringLiteral("void_lookups"), r.tree->staticVoidLookups);
            o = spendsToJson(r.tree->staticSpends, "lookup_uses", o);
            o = spendsToJson(r.tree->voidSpends, "void_uses", o);
            o.insert(QStringLiteral("tree"), r.tree->toJson());
        }
        records.append(o);
    }
    return {{QStringLiteral("records"), records},
            {QStringLiteral("worst"), QString::fromLatin1(lint::severityName(worst))},
            {QStringLiteral("exit_code"), exitCodeOf(all)}};
}

} // namespace

// --help prints it as it stands: its line breaks are where the terminal lines end.
constexpr char kLintDescription[] =
    "Checks SPF record texts (RFC 7208). Offline by default: only what the text itself shows. With --zone, also\n"
    "follows include and redirect through the zone file: lookup limits, void lookups, loops, missing targets.\n"
    "With --zone and no RECORD, lints the record published in the zone at --domain (default: the zone's domain).\n"
    "With --domain NAME (repeatable) and no RECORD nor --zone, fetches what each domain publishes from live DNS\n"
    "(the system's resolvers, or --server) and lints it with its whole include/redirect tree.\n"
    "--parked: the domain sends no mail (v=spf1 -all; with a zone or live DNS also a null MX and DMARC\n"
    "p=reject). --ipv6-hosts: when the policy lists ip6:, report a/mx hosts without AAAA (needs the tree).\n"
    "Exit codes: 0 clean (notes allowed), 1 warnings, 2 errors or bad arguments, 3 some domain could not be\n"
    "checked because DNS did not answer (and no errors were found).";

LintCommand::LintCommand()
    : Command({
          .name = QStringLiteral("lint"),
          .summary = QStringLiteral("Check SPF record texts for errors, risks and limits."),
          .usage = QStringLiteral("[--json] [--parked] [--ipv6-hosts] [--zone FILE [--ip IP] | --server "
                                  "ADDR[:PORT]...] [--domain NAME]... [RECORD...]"),
          .description = QString::fromUtf8(kLintDescription),
      })
{
    parser().addOption(m_json);
    m_zone.addTo(parser());
    parser().addOption(m_domain);
    parser().addOption(m_ip);
    parser().addOption(m_parked);
    parser().addOption(m_ipv6Hosts);
    m_dns.addTo(parser());
    parser().addPositionalArgument(
        QStringLiteral("RECORD"),
        QStringLiteral("A record text such as 'v=spf1 mx -all' (quote it for the shell); - reads one "
                       "record per line from stdin."),
        QStringLiteral("RECORD..."));
}

int LintCommand::run(const QCommandLineParser &parser, Io &io)
{
    QStringList records;
    for (const QString &argument : parser.positionalArguments()) {
        if (argument != QLatin1String("-")) {
            records.append(argument);
            continue;
        }
        // "-": one record per line from stdin, so a list of records can be piped in.
        for (QString line; io.in.readLineInto(&line);) {
            if (!line.trimmed().isEmpty())
                records.append(line.trimmed());
        }
    }
    // With a zone or --domain and no record text, the record published at the domain is fetched and linted.
    if (records.isEmpty() && !m_zone.isSet(parser) && !parser.isSet(m_domain))
        return fail(io, QStringLiteral("no record to lint"),
                    QStringLiteral("Give one or more record texts, e.g. %1 lint 'v=spf1 mx -all', --domain NAME to "
                                   "lint the record published there, or --zone FILE.")
                        .arg(programName));

    QList<QByteArray> domains;
    for (const QString &value : parser.values(m_domain)) {
        const QByteArray name = dns::normalizeName(value.trimmed().toUtf8());
        if (name.isEmpty() || name == ".")
            return fail(io, QStringLiteral("--domain needs a domain name"),
                        QStringLiteral("Give the domain the record is published at, e.g. --domain example.com."));
        domains.append(name);
    }
    if (!records.isEmpty() && domains.size() > 1)
        return fail(io, QStringLiteral("several --domain with record texts"),
                    QStringLiteral("Record texts are linted at one domain; give --domain once, or no record text to "
                                   "lint what each domain publishes."));
    QByteArray domain = domains.isEmpty() ? QByteArray() : domains.constFirst();

    // --server and --timeout ask live DNS, which only lint --domain without record texts or --zone does: elsewhere
    // they would be ignored without a word.
    if (m_dns.serversGiven(parser) || m_dns.timeoutGiven(parser)) {
        const QString given = m_dns.serversGiven(parser) ? QStringLiteral("--server") : QStringLiteral("--timeout");
        if (m_zone.isSet(parser))
            return fail(io, QStringLiteral("%1 is for live DNS, and --zone answers from zone files").arg(given),
                        QStringLiteral("Use --zone to follow includes through zone files, or --domain NAME with %1 "
                                       "to lint what live DNS publishes, not both.")
                            .arg(given));
        if (!records.isEmpty())
            return fail(io, QStringLiteral("%1 is for live DNS, and record texts are linted offline").arg(given),
                        QStringLiteral("Leave out the record texts to lint what each --domain publishes, or drop %1.")
                            .arg(given));
    }

    lint::LintOptions options;
    options.parked = parser.isSet(m_parked);
    if (parser.isSet(m_ipv6Hosts)) {
        // SPF413 comes from the a/mx hosts' AAAA answers: only a walk through DNS (a zone, or live) asks them.
        if (!m_zone.isSet(parser) && !records.isEmpty())
            return fail(io, QStringLiteral("--ipv6-hosts needs --zone, or --domain without a record text"),
                        QStringLiteral("The check asks AAAA for the a/mx hosts: give the records with --zone FILE, or "
                                       "lint what --domain NAME publishes in live DNS."));
        options.checkIpv6Hosts = true;
    }
    if (parser.isSet(m_ip)) {
        if (!m_zone.isSet(parser))
            return fail(io, QStringLiteral("--ip needs --zone"),
                        QStringLiteral("The path of a client address runs through includes and redirects: give the "
                                       "records with --zone FILE."));
        options.clientIp = net::IpAddress::parse(parser.value(m_ip).trimmed().toLatin1());
        if (!options.clientIp)
            return fail(io, QStringLiteral("--ip '%1' is not an IPv4 or IPv6 address").arg(parser.value(m_ip)),
                        QStringLiteral("Write a dotted quad such as 192.0.2.10 or an IPv6 address such as "
                                       "2001:db8::10 (no prefix length, no brackets)."));
    }

    std::optional<dns::MemoryZone> zone;
    if (m_zone.isSet(parser)) {
        zone.emplace();
        const ZoneOptions::Loaded loaded = m_zone.load(parser, *zone);
        if (!loaded.error.isEmpty())
            return fail(io, loaded.error, loaded.fix);
        // The zone's own domain: its SOA owner, else the origin it was read with.
        if (domain.isEmpty())
            domain = loaded.result.apex.isEmpty() ? loaded.result.origin : loaded.result.apex;
    }

    QList<RecordFindings> findings;
    lint::Severity worst = lint::Severity::Info;
    if (records.isEmpty()) {
        if (domains.isEmpty())
            domains.append(domain);
        // Live DNS unless a zone file answers; every domain's tree is walked at once over one cache.
        std::unique_ptr<dns::LiveResolver> live;
        if (!zone) {
            const DnsOptions::Parsed dnsOptions = m_dns.parse(parser);
            if (!dnsOptions.error.isEmpty())
                return fail(io, dnsOptions.error, dnsOptions.fix);
            live = std::make_unique<dns::LiveResolver>(dnsOptions.options);
        }
        dns::Resolver &resolver = zone ? static_cast<dns::Resolver &>(*zone) : *live;
        QList<lint::LintReport> reports(domains.size());
        std::vector<std::function<bool()>> jobs;
        for (qsizetype i = 0; i < domains.size(); ++i) {
            jobs.emplace_back([&, i] {
                reports[i] = lint::lintDomain(domains[i], resolver, options);
                return reports[i].status == lint::LintStatus::Complete;
            });
        }
        const int timeoutMs = live ? live->options().timeoutMs * live->options().tries : 1000;
        if (!runUntilComplete(jobs, resolver, std::max(10000, timeoutMs * 20))) {
            fail(io, QStringLiteral("DNS did not answer in time"),
                 QStringLiteral("Check the resolver (--server ADDR) or raise --timeout."));
            return exitcode::Unchecked;
        }
        for (qsizetype i = 0; i < domains.size(); ++i) {
            RecordFindings r;
            r.text = reports[i].nodes.isEmpty() ? QByteArray() : reports[i].nodes.constFirst().recordText;
            r.domain = domains[i];
            r.diagnostics = reports[i].diagnostics;
            r.dnsLookups = reports[i].staticLookups;
            r.tree = std::move(reports[i]);
            worst = std::max(worst, lint::worstSeverity(r.diagnostics));
            findings.append(std::move(r));
        }
    }
    for (const QString &record : records) {
        RecordFindings r;
        r.text = record.toUtf8();
        r.domain = domain;
        if (zone) {
            lint::LintReport report = lint::lintRecordTree(r.text, domain, *zone, options);
            r.diagnostics = report.diagnostics;
            r.dnsLookups = report.staticLookups;
            r.tree = std::move(report);
        } else {
            r.diagnostics = lint::lintRecordText(r.text, options);
            r.dnsLookups = ownDnsTerms(r.text);
        }
        worst = std::max(worst, lint::worstSeverity(r.diagnostics));
        findings.append(std::move(r));
    }

    if (parser.isSet(m_json))
        io.out << jsonText(QJsonDocument(toJson(findings, worst)), QJsonDocument::Indented);
    else
        printText(io.out, findings, options.clientIp.has_value());
    return exitCodeOf(findings);
}

} // namespace spfm::cli
