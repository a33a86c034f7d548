#include "ProjectZone.h"

#include "dns/ZoneFile.h"

#include <QSet>

namespace spfm::gui {

ProjectZone ProjectZone::build(const project::Generation &generation, const QString &zoneFile)
{
    ProjectZone out;
    out.zone = std::make_unique<dns::MemoryZone>();
    QSet<QPair<QByteArray, quint16>> generated;
    for (const project::GeneratedRecord &r : generation.records) {
        dns::ResourceRecord rr;
        rr.owner = dns::normalizeName(r.owner);
        rr.ttl = r.ttl;
        switch (r.type) {
        case project::RecordType::Txt:
        case project::RecordType::Spf:
            rr.type = r.type == project::RecordType::Txt ? dns::RRType::TXT : dns::RRType::SPF;
            rr.strings = project::txtStrings(r.text);
            break;
        case project::RecordType::Mx: {
            rr.type = dns::RRType::MX;
            const QList<QByteArray> parts = r.text.split(' ');
            rr.preference = parts.value(0).toUShort();
            rr.target = dns::normalizeName(parts.value(1));
            break;
        }
        }
        generated.insert({rr.owner, quint16(rr.type)});
        out.zone->addRecord(rr);
    }
    if (zoneFile.isEmpty())
        return out;
    dns::MemoryZone fileZone;
    const dns::ZoneFileResult read = dns::ZoneFile::read(zoneFile, fileZone);
    if (!read.ok()) {
        out.error = read.error->toString();
        return out;
    }
    // The project's own records replace what the file says for the same name and type: that is the "what if".
    for (const dns::ResourceRecord &rr : fileZone.records())
        if (!generated.contains({rr.owner, quint16(rr.type)}))
            out.zone->addRecord(rr);
    return out;
}

} // namespace spfm::gui
