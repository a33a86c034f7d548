// check_host() (RFC 7208 §4) over DNS data built from the input: the first line is the query "IP SENDER [HELO]", the
// rest the zone (FuzzZone.h). The zone answers at once, so every evaluation must end Complete with a result: never
// Pending, never past the lookup limits of §4.6.4, and with header fields that stay printable ASCII, folded only where
// RFC 5322 allows it (a header injection into the message otherwise).
#include "FuzzZone.h"
#include "spf/CheckHost.h"

#include <cstdint>
#include <cstdlib>

namespace {

using namespace spfm;

void checkHeader(const QByteArray &header)
{
    for (qsizetype i = 0; i < header.size(); ++i) {
        const auto c = static_cast<unsigned char>(header[i]);
        if (c == '\r') {
            if (header.mid(i, 3) != "\r\n ")
                std::abort();
            i += 2;
            continue;
        }
        if (c < 0x20 || c >= 0x7f)
            std::abort();
    }
}

void check(const spf::CheckHostRequest &request, dns::Resolver &zone)
{
    const spf::CheckHostResult r = spf::checkHost(request, zone);
    if (r.status != spf::CheckHostResult::Status::Complete || !r.pendingQuestions.isEmpty())
        std::abort();
    // One DNS-querying term past the limit is the one that raises permerror (§4.6.4); none may run after it.
    if (r.dnsLookups > request.maxDnsTerms + 1 || r.voidLookups > request.maxVoidLookups + 1)
        std::abort();
    if (r.lookupUses.size() != r.dnsLookups || r.voidUses.size() != r.voidLookups)
        std::abort();
    if ((r.result == spf::Result::PermError || r.result == spf::Result::TempError) && r.problem.isEmpty())
        std::abort();
    checkHeader(r.receivedSpfHeader());
    checkHeader(r.authenticationResults());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<QByteArray> lines = input.split('\n');
    const QList<QByteArray> query = lines.first().split(' ');

    dns::MemoryZone zone;
    fuzz::addZoneLines(zone, lines);

    spf::CheckHostRequest request;
    request.ip = net::IpAddress::parse(query.value(0)).value_or(*net::IpAddress::parse("192.0.2.1"));
    request.sender = query.value(1);
    request.helo = query.value(2);
    request.receiver = "receiver.example";
    request.timestamp = 1700000000;
    if (request.sender.isEmpty() && request.helo.isEmpty())
        request.helo = "helo.example";
    check(request, zone);
    if (!request.helo.isEmpty()) {
        request.identity = spf::Identity::Helo;
        check(request, zone);
    }
    return 0;
}
