#include "CheckHostCommand.h"

#include "BatchLine.h"
#include "PendingRun.h"
#include "TerminalText.h"
#include "dns/LiveResolver.h"
#include "dns/MemoryZone.h"
#include "dns/ResolvConf.h"
#include "net/BoundedFile.h"
#include "spf/CheckHost.h"
#include "spf/IdnInput.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace spfm::cli {

namespace {

// A query line, "IP SENDER [HELO]", has a few hundred characters at most. A longer one means the input is no batch
// (a binary file, /dev/zero): it is refused before more of it is read.
constexpr qint64 kMaxBatchLine = 4096;
// Queries evaluated at once: a batch is read and answered piece by piece, so memory does not grow with its length.
constexpr std::size_t kBatchPiece = 1000;
// A batch file is checked as a project file is before it is read: a regular file, up to this size.
constexpr qint64 kMaxBatchFile = 64 * 1024 * 1024;

QByteArray traceKindName(spf::TraceEvent::Kind kind)
{
    switch (kind) {
    case spf::TraceEvent::Kind::Record: return "record";
    case spf::TraceEvent::Kind::Term: return "term";
    case spf::TraceEvent::Kind::Query: return "query";
    case spf::TraceEvent::Kind::Note: return "note";
    case spf::TraceEvent::Kind::Result: return "result";
    }
    return "note";
}

QJsonArray usesToJson(const QList<spf::LookupUse> &uses)
{
    QJsonArray array;
    for (const spf::LookupUse &use : uses) {
        array.append(QJsonObject{{QStringLiteral("domain"), QString::fromUtf8(use.domain)},
                                 {QStringLiteral("term"), QString::fromUtf8(use.term)},
                                 {QStringLiteral("offset"), use.termOffset},
                                 {QStringLiteral("count"), use.count}});
    }
    return array;
}

QJsonObject toJson(const spf::CheckHostResult &r)
{
    QJsonArray trace;
    for (const spf::TraceEvent &e : r.trace) {
        trace.append(QJsonObject{{QStringLiteral("kind"), QString::fromLatin1(traceKindName(e.kind))},
                                 {QStringLiteral("depth"), e.depth},
                                 {QStringLiteral("domain"), QString::fromUtf8(e.domain)},
                                 {QStringLiteral("text"), QString::fromUtf8(e.text)},
                                 {QStringLiteral("detail"), e.detail}});
    }
    return {{QStringLiteral("result"), QString::fromLatin1(spf::resultName(r.result))},
            {QStringLiteral("domain"), QString::fromUtf8(r.domain)},
            {QStringLiteral("sender"), QString::fromUtf8(r.sender)},
            {QStringLiteral("ip"), r.ip.toString()},
            {QStringLiteral("helo"), QString::fromUtf8(r.helo)},
            {QStringLiteral("identity"),
             r.identity == spf::Identity::Helo ? QStringLiteral("helo") : QStringLiteral("mailfrom")},
            {QStringLiteral("mechanism"), QString::fromUtf8(r.matchedTerm)},
            {QStringLiteral("mechanism_domain"), QString::fromUtf8(r.matchedDomain)},
            {QStringLiteral("explanation"), r.explanation},
            {QStringLiteral("problem"), r.problem},
            {QStringLiteral("dns_lookups"), r.dnsLookups},
            {QStringLiteral("void_lookups"), r.voidLookups},
            {QStringLiteral("lookup_uses"), usesToJson(r.lookupUses)},
            {QStringLiteral("void_uses"), usesToJson(r.voidUses)},
            {QStringLiteral("received_spf"), QString::fromUtf8(r.receivedSpfHeader())},
            {QStringLiteral("authentication_results"), QString::fromUtf8(r.authenticationResults())},
            {QStringLiteral("trace"), trace}};
}

void printText(QTextStream &out, const spf::CheckHostResult &r, const spf::CheckHostRequest &request, bool withTrace)
{
    out << "result:       " << spf::resultName(r.result) << '\n';
    out << "domain:       " << shown(r.domain) << " (sender " << shown(r.sender) << ")\n";
    out << "mechanism:    ";
    if (r.matchedTerm.isEmpty())
        out << "(none matched)\n";
    else
        out << shown(r.matchedTerm) << " in the record of " << shown(r.matchedDomain) << '\n';
    out << "explanation:  " << (r.explanation.isEmpty() ? QStringLiteral("(none)") : shown(r.explanation)) << '\n';
    if (!r.problem.isEmpty())
        out << "problem:      " << shown(r.problem) << '\n';
    out << "DNS lookups:  " << r.dnsLookups << " of " << request.maxDnsTerms << '\n';
    for (const spf::LookupUse &use : r.lookupUses)
        out << "  " << QString::number(use.count).rightJustified(2) << "  " << shown(use.domain) << ": "
            << shown(use.term) << '\n';
    out << "void lookups: " << r.voidLookups << " of " << request.maxVoidLookups << '\n';
    for (const spf::LookupUse &use : r.voidUses)
        out << "  " << QString::number(use.count).rightJustified(2) << "  " << shown(use.domain) << ": "
            << shown(use.term) << '\n';
    out << shownLines(r.receivedSpfHeader()) << '\n';
    out << "Authentication-Results: (fragment) " << shown(r.authenticationResults()) << '\n';
    if (withTrace) {
        out << "trace:\n";
        for (const spf::TraceEvent &e : r.trace) {
            out << "  " << QString(e.depth * 2, QLatin1Char(' ')) << traceKindName(e.kind) << ' ' << shown(e.domain)
                << ": " << shown(e.text);
            if (!e.detail.isEmpty())
                out << " -> " << shown(e.detail);
            out << '\n';
        }
    }
}

// check_host for every request at once over one resolver (one cache); a result stays Pending when DNS did not answer
// before the deadline.
std::vector<spf::CheckHostResult> evaluate(const std::vector<const spf::CheckHostRequest *> &requests,
                                           dns::Resolver &resolver, int deadlineMs)
{
    std::vector<spf::CheckHostResult> results(requests.size());
    std::vector<std::function<bool()>> jobs;
    for (std::size_t i = 0; i < requests.size(); ++i) {
        results[i].status = spf::CheckHostResult::Status::Pending;
        // A run left waiting keeps nothing: only the complete result is stored.
        jobs.emplace_back([&, i] {
            spf::CheckHostResult result = spf::checkHost(*requests[i], resolver);
            if (result.status != spf::CheckHostResult::Status::Complete)
                return false;
            results[i] = std::move(result);
            return true;
        });
    }
    runUntilComplete(jobs, resolver, deadlineMs);
    return results;
}

QString batchText(const spf::CheckHostResult &r);

// A single query is printed in full (text, or indented JSON); a batch prints one line per query (the result and why,
// or one compact JSON object).
void printResult(QTextStream &out, const spf::CheckHostResult &r, const spf::CheckHostRequest &request, bool json,
                 bool batch, bool withTrace)
{
    if (json)
        out << jsonText(QJsonDocument(toJson(r)), batch ? QJsonDocument::Compact : QJsonDocument::Indented)
            << (batch ? "\n" : "");
    else if (batch)
        out << batchText(r) << '\n';
    else
        printText(out, r, request, withTrace);
}

bool hasWhitespace(const QString &s)
{
    return std::any_of(s.cbegin(), s.cend(), [](QChar c) { return c.isSpace(); });
}

} // namespace

// --help prints it as it stands: its line breaks are where the terminal lines end.
constexpr char kCheckHostDescription[] =
    "Runs check_host() of RFC 7208 for a client IP and a MAIL FROM (or HELO) identity and prints the result, the\n"
    "mechanism that matched, the explanation, the DNS lookups spent and the Received-SPF header.\n"
    "With --zone the names are answered from BIND zone files (try a change before publishing it); without it,\n"
    "from live DNS through the system's resolvers or those given with --server.\n"
    "--batch FILE ('-' for standard input) evaluates one query per line, 'IP SENDER [HELO]' separated by white\n"
    "space, '<>' for the null sender (then postmaster@HELO is checked); empty lines and lines starting with '#'\n"
    "are skipped. It prints one line per query in input order: the result and the explanation, or with --json\n"
    "one JSON object per line. All queries share one cache and are evaluated concurrently; a bad line exits 2.\n"
    "Exit codes: 0 the evaluation completed (whatever its result), 2 bad arguments or an unreadable zone file.";

CheckHostCommand::CheckHostCommand()
    : Command({
          .name = QStringLiteral("check-host"),
          .summary = QStringLiteral("Evaluate SPF for a client IP and sender, as a receiving mail server does."),
          .usage = QStringLiteral("--ip IP --sender ADDR [--helo NAME] [--zone FILE | --server ADDR] [--json]"),
          .description = QString::fromUtf8(kCheckHostDescription),
      })
{
    parser().addOption(m_ip);
    parser().addOption(m_sender);
    parser().addOption(m_helo);
    parser().addOption(m_identity);
    parser().addOption(m_receiver);
    m_zone.addTo(parser());
    m_dns.addTo(parser());
    parser().addOption(m_json);
    parser().addOption(m_trace);
    parser().addOption(m_batch);
}

int CheckHostCommand::run(const QCommandLineParser &parser, Io &io)
{
    if (parser.isSet(m_batch)) {
        if (parser.isSet(m_ip) || parser.isSet(m_sender) || parser.isSet(m_helo) || parser.isSet(m_identity) ||
            !parser.positionalArguments().isEmpty())
            return fail(io, QStringLiteral("--batch takes its queries from the file only"),
                        QStringLiteral("Drop --ip, --sender, --helo and --identity, or drop --batch."));
        return runBatch(parser, io);
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(io, QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()),
                    QStringLiteral("check-host takes only options; give the address with --ip and the sender with "
                                   "--sender."));

    spf::CheckHostRequest request;
    if (!parser.isSet(m_ip))
        return fail(io, QStringLiteral("missing --ip"),
                    QStringLiteral("Give the connecting client's address, e.g. --ip 192.0.2.10 or --ip 2001:db8::10."));
    const QString ipText = parser.value(m_ip).trimmed();
    const std::optional<net::IpAddress> ip = net::IpAddress::parse(ipText.toLatin1());
    if (!ip)
        return fail(io, QStringLiteral("--ip '%1' is not an IPv4 or IPv6 address").arg(parser.value(m_ip)),
                    QStringLiteral("Write a dotted quad such as 192.0.2.10 or an IPv6 address such as 2001:db8::10 "
                                   "(no prefix length, no brackets)."));
    request.ip = *ip;

    const QString identity = parser.value(m_identity).toLower();
    if (identity == QLatin1String("helo"))
        request.identity = spf::Identity::Helo;
    else if (identity != QLatin1String("mailfrom"))
        return fail(io, QStringLiteral("--identity '%1' is not mailfrom or helo").arg(parser.value(m_identity)),
                    QStringLiteral("Use --identity mailfrom (the default) or --identity helo."));

    const QString helo = parser.value(m_helo).trimmed();
    if (hasWhitespace(helo))
        return fail(io, QStringLiteral("--helo '%1' is not a host name").arg(helo),
                    QStringLiteral("Give the name the client sent in HELO/EHLO, e.g. --helo mail.example.com."));
    // RFC 8616 §4: names typed in Unicode go to DNS as A-labels (spf/IdnInput.h says why here, not in the engine).
    const std::optional<QByteArray> aceHelo = spf::hostToAce(helo);
    if (!aceHelo)
        return fail(io, QStringLiteral("--helo '%1' is not a valid internationalised domain name").arg(helo),
                    QStringLiteral("Give the name the client sent in HELO/EHLO, e.g. --helo mail.example.com."));
    request.helo = *aceHelo;

    if (request.identity == spf::Identity::MailFrom) {
        if (!parser.isSet(m_sender))
            return fail(io, QStringLiteral("missing --sender"),
                        QStringLiteral("Give the MAIL FROM address, e.g. --sender alice@example.com (or --sender '' "
                                       "with --helo for the null sender <>)."));
        QString sender = parser.value(m_sender).trimmed();
        if (sender == QLatin1String("<>"))
            sender.clear();
        if (sender.startsWith(QLatin1Char('<')) && sender.endsWith(QLatin1Char('>')))
            sender = sender.mid(1, sender.size() - 2);
        const QString senderDomain = sender.mid(sender.lastIndexOf(QLatin1Char('@')) + 1);
        if (!sender.isEmpty() && (senderDomain.isEmpty() || hasWhitespace(sender)))
            return fail(io, QStringLiteral("--sender '%1' has no domain to check").arg(parser.value(m_sender)),
                        QStringLiteral("Give an address with a domain, e.g. --sender alice@example.com."));
        if (sender.isEmpty() && helo.isEmpty())
            return fail(io,
                        QStringLiteral("the null sender <> is checked as postmaster@ the HELO name, and no --helo "
                                       "was given"),
                        QStringLiteral("Add --helo NAME, or give a sender address."));
        const std::optional<QByteArray> aceSender = spf::senderToAce(sender);
        if (!aceSender)
            return fail(io,
                        QStringLiteral("--sender '%1' has a domain that is not a valid internationalised domain name")
                            .arg(parser.value(m_sender)),
                        QStringLiteral("Give an address with a domain, e.g. --sender alice@example.com."));
        request.sender = *aceSender;
    } else if (helo.isEmpty()) {
        return fail(io, QStringLiteral("--identity helo needs --helo"),
                    QStringLiteral("Give the name the client sent in HELO/EHLO, e.g. --helo mail.example.com."));
    } else if (parser.isSet(m_sender)) {
        const QString sender = parser.value(m_sender).trimmed();
        request.sender = spf::senderToAce(sender).value_or(sender.toUtf8());
    }
    request.receiver = parser.value(m_receiver).toUtf8();
    if (request.receiver.isEmpty())
        request.receiver = "unknown";

    const Backend answers = backend(parser);
    if (!answers.error.isEmpty())
        return fail(io, answers.error, answers.fix);
    const spf::CheckHostResult result = evaluate({&request}, *answers.resolver, answers.deadlineMs).front();
    if (result.status != spf::CheckHostResult::Status::Complete)
        return fail(io, QStringLiteral("the evaluation did not complete: DNS answers are still missing"));
    printResult(io.out, result, request, parser.isSet(m_json), false, parser.isSet(m_trace));
    return exitcode::Ok;
}

CheckHostCommand::Backend CheckHostCommand::backend(const QCommandLineParser &parser) const
{
    Backend b;
    if (m_zone.isSet(parser)) {
        if (m_dns.serversGiven(parser)) {
            b.error = QStringLiteral("--server and --zone cannot be used together yet");
            b.fix = QStringLiteral("Use --zone to evaluate against zone files, or --server for live DNS.");
            return b;
        }
        if (m_dns.timeoutGiven(parser)) {
            b.error = QStringLiteral("--timeout is for live DNS, and --zone answers from zone files");
            b.fix = QStringLiteral("Drop --timeout, or drop --zone to ask live DNS.");
            return b;
        }
        auto zone = std::make_unique<dns::MemoryZone>();
        const ZoneOptions::Loaded loaded = m_zone.load(parser, *zone);
        b.error = loaded.error;
        b.fix = loaded.fix;
        b.resolver = std::move(zone);
        return b;
    }
    DnsOptions::Parsed parsed = m_dns.parse(parser);
    if (!parsed.error.isEmpty()) {
        b.error = parsed.error;
        b.fix = parsed.fix;
        return b;
    }
    if (!QCoreApplication::instance()) {
        b.error = QStringLiteral("live DNS needs a Qt event loop, and there is no application object");
        return b;
    }
    dns::ResolverOptions &options = parsed.options;
    if (options.servers.isEmpty())
        options.servers = dns::systemServers();
    // Each query ends on its own (timeout x tries x servers); an evaluation chains at most about twenty.
    b.deadlineMs =
        std::max(10000, options.timeoutMs * options.tries * int(std::max<qsizetype>(1, options.servers.size())) * 20);
    b.resolver = std::make_unique<dns::LiveResolver>(options);
    return b;
}

namespace {

QString batchText(const spf::CheckHostResult &r)
{
    const QString why = !r.explanation.isEmpty() ? r.explanation : r.problem;
    const QString result = QString::fromLatin1(spf::resultName(r.result));
    return why.isEmpty() ? result : result + QLatin1Char(' ') + shown(why);
}

// Evaluates one piece of a batch and prints a line per query, in input order; true when a line was bad or got no
// answer.
bool printBatch(Io &io, const std::vector<BatchLine> &lines, dns::Resolver &resolver, int deadlineMs, bool json)
{
    std::vector<const spf::CheckHostRequest *> requests;
    for (const BatchLine &line : lines) {
        if (line.error.isEmpty())
            requests.push_back(&line.request);
    }
    const std::vector<spf::CheckHostResult> results = evaluate(requests, resolver, deadlineMs);

    bool bad = false;
    std::size_t next = 0; // the next result, in the order of the readable lines
    for (const BatchLine &line : lines) {
        QString error = line.error;
        const spf::CheckHostResult *result = error.isEmpty() ? &results[next++] : nullptr;
        if (result && result->status != spf::CheckHostResult::Status::Complete)
            error = QStringLiteral("DNS gave no answer within %1 s").arg(deadlineMs / 1000);
        bad = bad || !error.isEmpty();
        if (error.isEmpty())
            printResult(io.out, *result, line.request, json, true, false);
        else if (json)
            io.out << jsonText(QJsonDocument(QJsonObject{{QStringLiteral("line"), line.number},
                                                         {QStringLiteral("error"), error}}),
                               QJsonDocument::Compact)
                   << '\n';
        else
            io.out << "error line " << line.number << ": " << shown(error) << '\n';
    }
    io.out.flush();
    return bad;
}

} // namespace

int CheckHostCommand::runBatch(const QCommandLineParser &parser, Io &io)
{
    const Backend answers = backend(parser);
    if (!answers.error.isEmpty())
        return fail(io, answers.error, answers.fix);

    const QString source = parser.value(m_batch);
    QFile file;
    std::optional<QTextStream> fileStream;
    QTextStream *in = &io.in;
    if (source != QLatin1String("-")) {
        if (const std::optional<net::FileLimitError> error = net::checkBoundedFile(source, kMaxBatchFile))
            return failBatchFile(io, source, *error);
        file.setFileName(source);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return failBatchFile(io, source, {net::FileLimitError::Code::Unreadable, -1, file.errorString()});
        fileStream.emplace(&file);
        in = &*fileStream;
    }
    QByteArray receiver = parser.value(m_receiver).toUtf8();
    if (receiver.isEmpty())
        receiver = "unknown";

    // A piece of the input at a time, so memory stays bounded however long it is (a pipe need not end).
    const bool json = parser.isSet(m_json);
    bool bad = false;
    int number = 0;       // the last line read, 1-based
    int overlongLine = 0; // the line that was too long to be a query; reading stopped there
    for (bool more = true; more;) {
        std::vector<BatchLine> lines;
        while (lines.size() < kBatchPiece) {
            QString text;
            if (!in->readLineInto(&text, kMaxBatchLine + 1)) {
                more = false;
                break;
            }
            ++number;
            if (text.size() > kMaxBatchLine) {
                overlongLine = number;
                more = false;
                break;
            }
            text = text.trimmed();
            if (text.isEmpty() || text.startsWith(QLatin1Char('#')))
                continue;
            lines.push_back(parseBatchLine(number, text, receiver));
            // Only the JSON objects carry the trace; a text line never shows it, so it is not built (on every re-run).
            lines.back().request.collectTrace = json;
        }
        bad = printBatch(io, lines, *answers.resolver, answers.deadlineMs, json) || bad;
    }
    if (overlongLine > 0) {
        return fail(
            io,
            QStringLiteral("--batch %1: line %2 is longer than %3 characters, so it is no query; the rest of "
                           "the input was not read")
                .arg(source)
                .arg(overlongLine)
                .arg(kMaxBatchLine),
            QStringLiteral("Give one query per line, 'IP SENDER [HELO]'; check that the input is such a list."));
    }
    return bad ? exitcode::Failure : exitcode::Ok;
}

int CheckHostCommand::failBatchFile(Io &io, const QString &path, const net::FileLimitError &error) const
{
    const QString pipeIt = QStringLiteral("pipe the queries in with --batch - (read line by line, no size limit)");
    switch (error.code) {
    case net::FileLimitError::Code::NotFound:
        return fail(io, QStringLiteral("--batch %1: no such file").arg(path),
                    QStringLiteral("Check the path, or %1.").arg(pipeIt));
    case net::FileLimitError::Code::NotRegular:
        return fail(
            io, QStringLiteral("--batch %1: not a file of queries: it is a directory, a device or a pipe").arg(path),
            QStringLiteral("Give a regular file, or %1.").arg(pipeIt));
    case net::FileLimitError::Code::TooLarge:
        return fail(io,
                    QStringLiteral("--batch %1: it has %2 MiB, and a batch file may have at most %3 MiB")
                        .arg(path)
                        .arg((error.size + 1024 * 1024 - 1) / (1024 * 1024))
                        .arg(kMaxBatchFile / (1024 * 1024)),
                    QStringLiteral("Split it into smaller files, or %1.").arg(pipeIt));
    case net::FileLimitError::Code::Unreadable: break;
    }
    return fail(io, QStringLiteral("--batch %1: cannot read it: %2").arg(path, error.detail),
                QStringLiteral("Check that the file is readable, or %1.").arg(pipeIt));
}

} // namespace spfm::cli
