#pragma once

#include "dns/MemoryZone.h"
#include "project/Generator.h"

#include <QString>
#include <memory>

namespace spfm::gui {

// DNS as it will be once the project is published: the generated records, in front of a zone file the user chose
// (Settings) for everything else. The include tree and "Test a sender" ask this until the live resolver is used.
struct ProjectZone
{
    std::unique_ptr<dns::MemoryZone> zone;
    QString error; // the zone file could not be read (the generated records are still there)

    static ProjectZone build(const project::Generation &generation, const QString &zoneFile);
};

} // namespace spfm::gui
