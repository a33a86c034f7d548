// Record parser and serializer: any bytes must parse without crashing, and whatever parses cleanly must serialize to
// text that parses to the same terms (the round trip the project file and the exporters rely on).
#include "spf/Parser.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView text(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)spfm::spf::isSpfRecord(text);
    const spfm::spf::Record record = spfm::spf::parseRecord(text);
    if (!record.isValid())
        return 0;
    const QByteArray canonical = spfm::spf::serializeRecord(record);
    const spfm::spf::Record again = spfm::spf::parseRecord(canonical);
    if (!again.isValid() || again.terms.size() != record.terms.size() || spfm::spf::serializeRecord(again) != canonical)
        std::abort();
    return 0;
}
