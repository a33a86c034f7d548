// Issue 3's benchmark: load, generate and export a project of 10,000 dependents.
// Target: load + generate + export in at most 0.5 s, at most 100 MB peak memory. Prints each step, each export format
// on its own, and the peak resident size beside the targets. Usage: bench_project [DEPENDENTS]   (default 10000)
#include "project/Exporters.h"
#include "project/ProjectFile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <cstdio>
#include <cstdlib>
#include <sys/resource.h>

using namespace spfm::project;

namespace {

long peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // KiB on Linux
}

QByteArray bigProject(int dependents)
{
    QByteArray json = R"({"format": "spfmanager-project", "version": 1, "ttl": 3600,
        "primary": {"domain": "acme.example", "terms": ["a", "mx", "ip4:192.0.2.0/24", "ip6:2001:db8::/32", "include:_spf.mail.example"]},
        "mail_servers": [{"hostname": "mail.acme.example", "addresses": ["192.0.2.25", "2001:db8::25"]}],
        "dependents": [)";
    for (int i = 0; i < dependents; ++i) {
        if (i)
            json += ",\n";
        json += R"({"domain": "customer-)" + QByteArray::number(i) + R"(.example")";
        if (i % 50 == 0)
            json += R"(, "terms": ["include:news)" + QByteArray::number(i) + R"(.example"], "all": "~")";
        if (i % 97 == 0)
            json += R"(, "parked": true)";
        json += '}';
    }
    return json + "]}";
}

const char *formatName(ExportFormat f)
{
    switch (f) {
    case ExportFormat::Bind: return "bind";
    case ExportFormat::Nsupdate: return "nsupdate";
    case ExportFormat::Tinydns: return "tinydns";
    case ExportFormat::Json: return "json";
    case ExportFormat::Csv: return "csv";
    }
    return "?";
}

} // namespace

int main(int argc, char **argv)
{
    const int dependents = argc > 1 ? std::atoi(argv[1]) : 10000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.spfproj"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bigProject(dependents)) < 0) {
            std::fprintf(stderr, "cannot write the test project: %s\n", qPrintable(f.errorString()));
            return 1;
        }
    }

    QElapsedTimer step;
    step.start();
    const auto model = ProjectFile::load(path);
    if (!model.ok()) {
        std::fprintf(stderr, "load failed: %s\n", qPrintable(model.error().message));
        return 1;
    }
    const qint64 loadUs = step.nsecsElapsed() / 1000;
    step.restart();
    const Generation g = generate(model.value().project());
    const qint64 generateUs = step.nsecsElapsed() / 1000;

    std::printf("%d dependents, %lld records generated\n", dependents, qint64(g.records.size()));
    std::printf("  load      %8.1f ms\n", double(loadUs) / 1000);
    std::printf("  generate  %8.1f ms\n", double(generateUs) / 1000);
    qint64 slowestExportUs = 0;
    for (ExportFormat f :
         {ExportFormat::Bind, ExportFormat::Nsupdate, ExportFormat::Tinydns, ExportFormat::Json, ExportFormat::Csv}) {
        NsupdateOptions o;
        o.published.complete = true;
        step.restart();
        const auto out = exportRecords(g.records, f, o);
        const qint64 us = step.nsecsElapsed() / 1000;
        if (!out.ok()) {
            std::fprintf(stderr, "export %s failed\n", formatName(f));
            return 1;
        }
        slowestExportUs = std::max(slowestExportUs, us);
        std::printf("  export %-9s %8.1f ms  (%lld KiB)\n", formatName(f), double(us) / 1000,
                    qint64(out.value().text.size() / 1024));
    }
    const double totalMs = double(loadUs + generateUs + slowestExportUs) / 1000;
    const double peakMiB = double(peakRssKiB()) / 1024;
    std::printf("load + generate + export (slowest format) %8.1f ms   target  500 ms   %s\n", totalMs,
                totalMs <= 500 ? "meets target" : "ABOVE TARGET");
    std::printf("peak resident memory                      %8.1f MiB  target  100 MB   %s\n", peakMiB,
                peakMiB * 1.048576 <= 100 ? "meets target" : "ABOVE TARGET");
    return 0;
}
