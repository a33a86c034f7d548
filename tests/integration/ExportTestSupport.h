#pragma once
// Helpers shared by the tst_export_* tests: run the real DNS tools and read answers with ldns at the wire level.

#include "DnsServerFixture.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <ldns/ldns.h>
#include <memory>

namespace spfm::testing::exports {

// Debian puts some tools in sbin, which is not on every PATH.
inline QString findTool(const QString &name)
{
    QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(name, {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin"),
                                                     QStringLiteral("/sbin"), QStringLiteral("/bin")});
    return path;
}

struct ToolRun
{
    bool started = false;
    int exitCode = -1;
    QByteArray output; // stdout and stderr merged
};

inline ToolRun runTool(const QString &program, const QStringList &arguments, const QByteArray &input = {},
                       int timeoutMs = 20000)
{
    ToolRun run;
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, arguments);
    if (!p.waitForStarted(5000))
        return run;
    run.started = true;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(2000);
        run.output = p.readAll() + "\n(timed out)";
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.output = p.readAll();
    return run;
}

// The record lines of a BIND export, by zone (the "; zone NAME." headers), in order.
inline QMap<QByteArray, QList<QByteArray>> bindBlocks(const QByteArray &exported)
{
    QMap<QByteArray, QList<QByteArray>> blocks;
    QByteArray zone;
    for (const QByteArray &line : exported.split('\n')) {
        if (line.startsWith("; zone "))
            zone = line.mid(7);
        else if (!line.isEmpty() && !line.startsWith(';'))
            blocks[zone].append(line);
    }
    return blocks;
}

struct ResolverDeleter
{
    void operator()(ldns_resolver *r) const { ldns_resolver_deep_free(r); }
};
struct PacketDeleter
{
    void operator()(ldns_pkt *p) const { ldns_pkt_free(p); }
};
using PacketPtr = std::unique_ptr<ldns_pkt, PacketDeleter>;

// One answer RRset as DNS returned it: for TXT/SPF each record's character-strings; for MX "PREF EXCHANGE".
struct Answer
{
    ldns_status status = LDNS_STATUS_ERR;
    int rcode = -1;
    QList<QList<QByteArray>> records;
};

inline Answer query(const DnsServerFixture &server, const QByteArray &name, ldns_rr_type type)
{
    std::unique_ptr<ldns_resolver, ResolverDeleter> resolver(ldns_resolver_new());
    ldns_rdf *address = ldns_rdf_new_frm_str(LDNS_RDF_TYPE_A, server.address().toString().toLatin1().constData());
    ldns_resolver_push_nameserver(resolver.get(), address);
    ldns_rdf_deep_free(address);
    ldns_resolver_set_port(resolver.get(), server.port());
    ldns_resolver_set_retry(resolver.get(), 2);
    ldns_resolver_set_timeout(resolver.get(), timeval{1, 0});
    ldns_resolver_set_recursive(resolver.get(), false);
    ldns_resolver_set_edns_udp_size(resolver.get(), 1232);
    ldns_rdf *owner = ldns_dname_new_frm_str(name.constData());
    ldns_pkt *raw = nullptr;
    Answer a;
    a.status = ldns_resolver_query_status(&raw, resolver.get(), owner, type, LDNS_RR_CLASS_IN, 0);
    ldns_rdf_deep_free(owner);
    PacketPtr packet(raw);
    if (a.status != LDNS_STATUS_OK || !packet)
        return a;
    a.rcode = ldns_pkt_get_rcode(packet.get());
    ldns_rr_list *answer = ldns_pkt_answer(packet.get());
    for (size_t i = 0; i < ldns_rr_list_rr_count(answer); ++i) {
        const ldns_rr *rr = ldns_rr_list_rr(answer, i);
        if (ldns_rr_get_type(rr) != type)
            continue;
        QList<QByteArray> strings;
        if (type == LDNS_RR_TYPE_MX) {
            char *exchange = ldns_rdf2str(ldns_rr_rdf(rr, 1));
            strings.append(QByteArray::number(ldns_rdf2native_int16(ldns_rr_rdf(rr, 0))) + ' ' + exchange);
            free(exchange);
        } else {
            for (size_t j = 0; j < ldns_rr_rd_count(rr); ++j) {
                const ldns_rdf *rdf = ldns_rr_rdf(rr, j);
                strings.append(
                    QByteArray(reinterpret_cast<const char *>(ldns_rdf_data(rdf)) + 1, ldns_rdf_data(rdf)[0]));
            }
        }
        a.records.append(strings);
    }
    return a;
}

} // namespace spfm::testing::exports
