// Throughput of the SPF engine on one core, printed beside the targets of issue 2:
//   parse + lint of typical records   >= 1,000,000 records/s
//   check_host() over an in-memory zone >= 200,000 evaluations/s
// Usage: bench_engine [CPU-seconds-per-measurement]   (default 2)
#include "dns/MemoryZone.h"
#include "lint/Linter.h"
#include "spf/CheckHost.h"
#include "spf/Parser.h"

#include <cstdio>
#include <cstdlib>
#include <ctime>

using namespace spfm;

namespace {

QList<QByteArray> typicalRecords()
{
    return {
        "v=spf1 a mx ip4:192.0.2.0/24 ip6:2001:db8::/32 include:_spf.example.net -all",
        "v=spf1 include:acme.example -all",
        "v=spf1 include:acme.example include:servers.mcsv.net ~all",
        "v=spf1 -all",
        "v=spf1 ip4:198.51.100.25 ip4:203.0.113.0/24 ip6:2001:db8:1::/48 mx -all",
        "v=spf1 a:mail.example.org mx:example.org/24//64 include:spf.protection.example.com -all",
        "v=spf1 exists:%{ir}.%{l1r+-}._spf.%{d} redirect=_spf.example.com",
        "v=spf1 ip4:192.0.2.10 ip4:192.0.2.11 ip4:192.0.2.12 ip4:192.0.2.13 include:_spf.google.example ?all",
    };
}

void addTxt(dns::MemoryZone &zone, const QByteArray &name, const QByteArray &text)
{
    dns::ResourceRecord r;
    r.owner = name;
    r.type = dns::RRType::TXT;
    r.ttl = 3600;
    r.strings = {text};
    zone.addRecord(r);
}

void addAddress(dns::MemoryZone &zone, const QByteArray &name, const char *address)
{
    dns::ResourceRecord r;
    r.owner = name;
    r.address = *net::IpAddress::parse(address);
    r.type = r.address.isV4() ? dns::RRType::A : dns::RRType::AAAA;
    r.ttl = 3600;
    zone.addRecord(r);
}

// A primary with a, mx, ip4, ip6 and an include two levels deep, and a dependent including it.
dns::MemoryZone benchmarkZone()
{
    dns::MemoryZone zone;
    addTxt(zone, "dependent.example", "v=spf1 include:acme.example -all");
    addTxt(zone, "acme.example",
           "v=spf1 a mx ip4:192.0.2.0/28 ip6:2001:db8:10::/48 include:_spf.provider.example -all");
    addAddress(zone, "acme.example", "192.0.2.80");
    dns::ResourceRecord mx;
    mx.owner = "acme.example";
    mx.type = dns::RRType::MX;
    mx.preference = 10;
    mx.target = "mail.acme.example";
    zone.addRecord(mx);
    addAddress(zone, "mail.acme.example", "192.0.2.25");
    addAddress(zone, "mail.acme.example", "2001:db8::25");
    addTxt(zone, "_spf.provider.example", "v=spf1 ip4:198.51.100.0/24 include:_netblocks.provider.example ~all");
    addTxt(zone, "_netblocks.provider.example", "v=spf1 ip4:203.0.113.0/24 ip6:2001:db8:ff::/48 ~all");
    return zone;
}

// Throughput "on one core" is work per second of this thread's CPU time, so the figure holds on a busy machine too.
class CpuTimer
{
public:
    void start() { m_start = now(); }
    double elapsed() const { return now() - m_start; }

private:
    static double now()
    {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
    }
    double m_start = 0;
};

double seconds(const CpuTimer &t)
{
    return t.elapsed();
}

void report(const char *what, double perSecond, double target, const char *unit)
{
    std::printf("%-34s %12.0f %s/s   target %10.0f   %s\n", what, perSecond, unit, target,
                perSecond >= target ? "meets target" : "BELOW TARGET");
}

} // namespace

int main(int argc, char **argv)
{
    const double budget = argc > 1 ? std::atof(argv[1]) : 2.0;
    const QList<QByteArray> records = typicalRecords();

    // Parse + text lint.
    {
        qint64 n = 0;
        qint64 sink = 0;
        CpuTimer t;
        t.start();
        while (seconds(t) < budget) {
            for (int i = 0; i < 1000; ++i) {
                // lintRecordText parses the record itself: one parse and every text check per record.
                sink += lint::lintRecordText(records[i % records.size()]).size();
            }
            n += 1000;
        }
        report("parse + lint (text)", double(n) / seconds(t), 1e6, "records");
        if (sink == 42)
            std::puts("");
    }

    // Parse only, for reference.
    {
        qint64 n = 0;
        qint64 sink = 0;
        CpuTimer t;
        t.start();
        while (seconds(t) < budget) {
            for (int i = 0; i < 1000; ++i)
                sink += spf::parseRecord(records[i % records.size()]).terms.size();
            n += 1000;
        }
        report("parse only", double(n) / seconds(t), 1e6, "records");
        if (sink == 42)
            std::puts("");
    }

    // check_host over the in-memory zone, with client addresses that match at each depth and none.
    {
        dns::MemoryZone zone = benchmarkZone();
        const char *clients[] = {"192.0.2.5",   "192.0.2.25",   "2001:db8::25",
                                 "203.0.113.7", "198.51.100.9", "192.0.2.200"};
        QList<spf::CheckHostRequest> requests;
        for (const char *ip : clients) {
            spf::CheckHostRequest req;
            req.ip = *net::IpAddress::parse(ip);
            req.sender = "alice@dependent.example";
            req.helo = "mail.acme.example";
            requests.append(req);
        }
        qint64 n = 0;
        int passes = 0;
        CpuTimer t;
        t.start();
        while (seconds(t) < budget) {
            for (int i = 0; i < 600; ++i) {
                const spf::CheckHostResult r = spf::checkHost(requests[i % requests.size()], zone);
                passes += r.result == spf::Result::Pass;
            }
            n += 600;
        }
        report("check_host (memory zone)", double(n) / seconds(t), 2e5, "evaluations");
        std::printf("  (%d of %lld evaluations passed: the last client address is outside every network)\n", passes, n);
    }
    return 0;
}
