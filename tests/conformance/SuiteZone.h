#pragma once

#include "dns/MemoryZone.h"

#include <QJsonObject>

namespace spfm::conformance {

// Builds the DNS data of one suite scenario ("zonedata") the way the suite's own driver serves it:
// - a domain's SPF entries are copied to TXT records unless it lists any TXT entry ("TXT: NONE" included);
// - "TIMEOUT" makes every query for the name time out, except for types with records listed before it;
// - multi-string entries are one record with several character-strings; text is encoded as UTF-8.
dns::MemoryZone zoneFromSuite(const QJsonObject &zonedata);

} // namespace spfm::conformance
