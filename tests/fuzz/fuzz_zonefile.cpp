// Zone file reader (ldns's zone parser behind our own checks): any bytes must read without crashing or leaking, and a
// file that fails must leave the zone untouched (the all-or-nothing promise of ZoneFile).
#include "dns/ZoneFile.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView text(reinterpret_cast<const char *>(data), qsizetype(size));
    spfm::dns::MemoryZone zone;
    const spfm::dns::ZoneFileResult result = spfm::dns::ZoneFile::readText(text, QStringLiteral("fuzz.test"), zone);
    if (!result.ok() && !zone.records().isEmpty())
        std::abort();
    if (result.ok() && zone.records().size() != result.recordCount)
        std::abort();
    return 0;
}
