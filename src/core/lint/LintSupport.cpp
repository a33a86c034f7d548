#include "lint/LintSupport.h"

#include "dns/DnsTypes.h"
#include "spf/Macro.h"

#include <array>

namespace spfm::lint::detail {

Diagnostic makeDiagnostic(Code code, const QByteArray &term, int offset, QString message, QString fix)
{
    const CodeInfo &info = codeInfo(code);
    Diagnostic d;
    d.code = codeName(code);
    d.severity = info.severity;
    d.term = term;
    d.offset = offset;
    d.rfcSection = QByteArray::fromRawData(info.rfcSection, qstrlen(info.rfcSection)); // static text: no copy
    d.message = std::move(message);
    d.fix = std::move(fix);
    return d;
}

Diagnostic makeDiagnostic(Code code, QByteArrayView term, int offset, QString message, QString fix)
{
    return makeDiagnostic(code, term.toByteArray(), offset, std::move(message), std::move(fix));
}

namespace {

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c + ('a' - 'A')) : c;
}

} // namespace

bool equalsIgnoreCase(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && a.compare(b, Qt::CaseInsensitive) == 0;
}

int editDistance(QByteArrayView a, QByteArrayView b, int limit)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (n - m > limit || m - n > limit)
        return limit + 1;
    if (n > 32 || m > 32)
        return limit + 1;
    // Three rolling rows are enough for adjacent transpositions.
    std::array<int, 33> prev2{}, prev{}, cur{};
    for (qsizetype j = 0; j <= m; ++j)
        prev[j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        cur[0] = int(i);
        int rowMin = cur[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const bool same = lower(a[i - 1]) == lower(b[j - 1]);
            int v = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (same ? 0 : 1)});
            if (i > 1 && j > 1 && lower(a[i - 1]) == lower(b[j - 2]) && lower(a[i - 2]) == lower(b[j - 1]))
                v = std::min(v, prev2[j - 2] + 1);
            cur[j] = v;
            rowMin = std::min(rowMin, v);
        }
        if (rowMin > limit)
            return limit + 1;
        prev2 = prev;
        prev = cur;
    }
    return prev[m];
}

namespace {

struct Range
{
    net::IpAddress network;
    int prefix;
    NetblockKind kind;
    const char *text;
    const char *source;
};

net::IpAddress addr(const char *text)
{
    return *net::IpAddress::parse(QByteArrayView(text));
}

const std::array<Range, 23> &specialRanges()
{
    using K = NetblockKind;
    static const std::array<Range, 23> ranges = {{
        {addr("192.0.2.0"), 24, K::Documentation, "192.0.2.0/24", "RFC 5737"},
        {addr("198.51.100.0"), 24, K::Documentation, "198.51.100.0/24", "RFC 5737"},
        {addr("203.0.113.0"), 24, K::Documentation, "203.0.113.0/24", "RFC 5737"},
        {addr("2001:db8::"), 32, K::Documentation, "2001:db8::/32", "RFC 3849"},
        {addr("3fff::"), 20, K::Documentation, "3fff::/20", "RFC 9637"},
        {addr("10.0.0.0"), 8, K::Private, "10.0.0.0/8", "RFC 1918"},
        {addr("172.16.0.0"), 12, K::Private, "172.16.0.0/12", "RFC 1918"},
        {addr("192.168.0.0"), 16, K::Private, "192.168.0.0/16", "RFC 1918"},
        {addr("100.64.0.0"), 10, K::Private, "100.64.0.0/10", "RFC 6598 (shared address space)"},
        {addr("fc00::"), 7, K::Private, "fc00::/7", "RFC 4193 (unique local)"},
        {addr("0.0.0.0"), 8, K::Reserved, "0.0.0.0/8", "RFC 791 (this network)"},
        {addr("127.0.0.0"), 8, K::Reserved, "127.0.0.0/8", "RFC 1122 (loopback)"},
        {addr("169.254.0.0"), 16, K::Reserved, "169.254.0.0/16", "RFC 3927 (link local)"},
        {addr("192.0.0.0"), 24, K::Reserved, "192.0.0.0/24", "RFC 6890 (IETF protocol assignments)"},
        {addr("198.18.0.0"), 15, K::Reserved, "198.18.0.0/15", "RFC 2544 (benchmarking)"},
        {addr("224.0.0.0"), 4, K::Reserved, "224.0.0.0/4", "RFC 5771 (multicast)"},
        {addr("240.0.0.0"), 4, K::Reserved, "240.0.0.0/4", "RFC 1112 (reserved)"},
        {addr("::"), 127, K::Reserved, "::/127", "RFC 4291 (unspecified and loopback)"},
        {addr("fe80::"), 10, K::Reserved, "fe80::/10", "RFC 4291 (link local)"},
        {addr("ff00::"), 8, K::Reserved, "ff00::/8", "RFC 4291 (multicast)"},
        {addr("100::"), 64, K::Reserved, "100::/64", "RFC 6666 (discard)"},
        {addr("::ffff:0:0"), 96, K::Reserved, "::ffff:0:0/96", "RFC 4291 (IPv4-mapped; write ip4: instead)"},
        {addr("2001:2::"), 48, K::Reserved, "2001:2::/48", "RFC 5180 (benchmarking)"},
    }};
    return ranges;
}

} // namespace

NetblockClass classifyNetblock(const net::IpAddress &network, int prefix)
{
    for (const Range &r : specialRanges()) {
        if (r.network.family() != network.family() || prefix < r.prefix)
            continue;
        // A cheap first-byte test before the masked compare (every range here of /8 or longer).
        if (r.prefix >= 8 && r.network.bytes()[0] != network.bytes()[0])
            continue;
        if (network.isInNetwork(r.network, r.prefix))
            return {r.kind, r.text, r.source};
    }
    return {};
}

std::optional<QByteArray> staticDomain(QByteArrayView domainSpec, QByteArrayView currentDomain)
{
    if (!domainSpec.contains('%'))
        return dns::normalizeName(domainSpec);
    for (qsizetype i = 0; i + 2 < domainSpec.size(); ++i) {
        if (domainSpec[i] != '%')
            continue;
        const char next = domainSpec[i + 1];
        if (next == '%' || next == '_' || next == '-') {
            ++i;
            continue;
        }
        const char letter = lower(domainSpec[i + 2]);
        if (next == '{' && letter != 'd' && letter != 'o')
            return std::nullopt;
    }
    spf::MacroContext context;
    context.domain = currentDomain.toByteArray();
    context.senderDomain = context.domain;
    const spf::MacroExpansion e = spf::expandMacros(domainSpec, context, spf::MacroUse::DomainSpec);
    if (e.status != spf::MacroExpansion::Status::Ok)
        return std::nullopt;
    return dns::normalizeName(e.text);
}

} // namespace spfm::lint::detail
