// The small parsers of text a user hands us, one target for all: the first byte picks the parser, the rest is its
// input. 0: a `check-host --batch` line; 1: a pasted domain list; 2: a --server ADDR[:PORT]; 3: resolv.conf;
// 4: the nsupdate TSIG key and server (first line the key, second the server), which go verbatim into the script.
// Each must refuse cleanly or give something that holds together.
#include "BatchLine.h"
#include "dns/ResolvConf.h"
#include "dns/ServerAddress.h"
#include "project/DomainList.h"
#include "project/Exporters.h"

#include <QSet>
#include <cstdint>
#include <cstdlib>

namespace {

using namespace spfm;

void batchLine(const QByteArray &bytes)
{
    const cli::BatchLine line = cli::parseBatchLine(7, QString::fromUtf8(bytes), "receiver.example");
    if (line.number != 7 || line.request.receiver != "receiver.example")
        std::abort();
    // RFC 7208 §2.4: a null sender is checked as postmaster@HELO, so a readable line has one or the other.
    if (line.error.isEmpty() && line.request.sender.isEmpty() && line.request.helo.isEmpty())
        std::abort();
}

void domainList(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    const project::DomainList list = project::parseDomainList(text);
    QSet<QByteArray> seen;
    for (const project::DomainName &name : list.names) {
        if (seen.contains(name.ace()))
            std::abort();
        seen.insert(name.ace());
    }
    const qsizetype lines = text.count(QLatin1Char('\n')) + 1;
    if (list.names.size() + list.refused.size() > lines)
        std::abort();
    for (const project::RefusedLine &r : list.refused) {
        if (r.line < 1 || r.line > lines)
            std::abort();
    }
}

void serverAddress(const QByteArray &bytes)
{
    const dns::ServerParseResult parsed = dns::parseServerAddress(QString::fromUtf8(bytes));
    if (parsed.ok() != parsed.message.isEmpty())
        std::abort();
    if (!parsed.ok())
        return;
    // What we print for a server must read back as the same server (it is shown in messages and reports).
    const dns::ServerParseResult again = dns::parseServerAddress(parsed.server.toString());
    if (parsed.server.port == 0 || !again.ok() || !(again.server == parsed.server))
        std::abort();
}

void resolvConf(const QByteArray &bytes)
{
    const QList<dns::ServerAddress> servers = dns::parseResolvConf(bytes);
    for (qsizetype i = 0; i < servers.size(); ++i) {
        if (servers[i].address.isNull() || servers[i].port != 53)
            std::abort();
        for (qsizetype j = 0; j < i; ++j) {
            if (servers[j] == servers[i])
                std::abort();
        }
    }
}

void nsupdateKey(const QByteArray &bytes)
{
    const qsizetype newline = bytes.indexOf('\n');
    project::NsupdateOptions options;
    options.key = QString::fromUtf8(newline < 0 ? bytes : bytes.left(newline));
    options.server = newline < 0 ? QString() : QString::fromUtf8(bytes.mid(newline + 1));
    options.published.complete = true;
    project::GeneratedRecord record;
    record.owner = "example.com";
    record.zone = "example.com";
    record.text = "v=spf1 mx -all";
    const auto script = project::NsupdateExporter::write({record}, options);
    if (!script)
        return;
    // An accepted key or server is one token on its own line: it cannot end the line or start another command.
    for (const QByteArray &line : script.value().text.split('\n')) {
        if (line.startsWith("key ") && line.count(' ') != 2)
            std::abort();
        if (line.startsWith("server ") && line.count(' ') > 2)
            std::abort();
        if (!line.isEmpty() && !line.startsWith(';') && !line.startsWith("key ") && !line.startsWith("server ") &&
            !line.startsWith("update ") && !line.startsWith("zone ") && line != "send" && line != "answer")
            std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    switch (data[0] % 5) {
    case 0: batchLine(bytes); break;
    case 1: domainList(bytes); break;
    case 2: serverAddress(bytes); break;
    case 3: resolvConf(bytes); break;
    default: nsupdateKey(bytes); break;
    }
    return 0;
}
