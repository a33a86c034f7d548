// The linter over any record and any DNS data: the first line is "DOMAIN RECORD" (the record may hold spaces; a TAB
// splits it into character-strings as published), the rest the zone (FuzzZone.h). lintRecordText, lintRecordStrings,
// lintRecordTree and lintDomain must finish Complete (the zone answers at once), keep the tree within its bound, point
// every spend at a real node and term, and give diagnostics the JSON report can carry.
#include "FuzzZone.h"
#include "lint/Linter.h"

#include <cstdint>
#include <cstdlib>

namespace {

using namespace spfm;

void checkSpends(const lint::LintReport &report, const QList<lint::LookupSpend> &spends)
{
    for (const lint::LookupSpend &s : spends) {
        if (s.node < 0 || s.node >= report.nodes.size() || s.term < 0 || s.term >= report.nodes[s.node].terms.size())
            std::abort();
    }
}

void checkReport(const lint::LintReport &report)
{
    if (report.status != lint::LintStatus::Complete)
        std::abort();
    // The walk stops past maxTreeNodes; the nodes it did not walk are still listed (State::NotWalked) under a parent
    // that was walked, so the tree is at most one fan-out larger.
    for (qsizetype i = 0; i < report.nodes.size(); ++i) {
        const lint::TreeNode &node = report.nodes[i];
        if (i > 0 && (node.parent < 0 || node.parent >= i))
            std::abort();
        if (node.state == lint::TreeNode::State::Pending)
            std::abort();
    }
    if (report.staticLookups < 0 || report.pathLookups < 0 || report.pathLookups > report.staticLookups + 1)
        std::abort();
    checkSpends(report, report.staticSpends);
    checkSpends(report, report.pathSpends);
    checkSpends(report, report.voidSpends);
    (void)report.toJson();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<QByteArray> lines = input.split('\n');
    const QByteArray &first = lines.first();
    const qsizetype space = first.indexOf(' ');
    const QByteArray domain = space < 0 ? QByteArray("example.com") : first.left(space);
    const QByteArray strings = space < 0 ? first : first.mid(space + 1);
    QByteArray record = strings;
    record.replace('\t', QByteArray());

    dns::MemoryZone zone;
    fuzz::addZoneLines(zone, lines);

    // The input's length picks the options, so each input is linted one way, the same way every time.
    lint::LintOptions options;
    switch (size % 3) {
    case 1:
        options.clientIp = net::IpAddress::parse("192.0.2.1");
        options.parked = true;
        break;
    case 2:
        options.clientIp = net::IpAddress::parse("2001:db8::1");
        options.checkIpv6Hosts = true;
        options.maxTreeNodes = 8;
        break;
    default: break;
    }
    for (const lint::Diagnostic &d : lint::lintRecordText(record, options))
        (void)d.toJson();
    (void)lint::lintRecordStrings(strings.split('\t'), options);
    checkReport(lint::lintRecordTree(record, domain, zone, options));
    checkReport(lint::lintDomain(domain, zone, options));
    return 0;
}
