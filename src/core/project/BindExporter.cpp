#include "project/Exporters.h"
#include "project/ZoneText.h"

namespace spfm::project {

QList<QList<const GeneratedRecord *>> recordsByZone(const QList<GeneratedRecord> &records)
{
    QList<QList<const GeneratedRecord *>> zones;
    QHash<QByteArray, qsizetype> index;
    for (const GeneratedRecord &r : records) {
        auto it = index.constFind(r.zone);
        if (it == index.cend()) {
            it = index.insert(r.zone, zones.size());
            zones.append(QList<const GeneratedRecord *>());
        }
        zones[*it].append(&r);
    }
    return zones;
}

QByteArray mxRdata(const QByteArray &text)
{
    const qsizetype space = text.indexOf(' ');
    bool ok = false;
    const uint preference = text.left(space).toUInt(&ok);
    const QByteArray exchange = space < 0 ? QByteArray(".") : text.mid(space + 1);
    return QByteArray::number(ok && preference <= 65535 ? preference : 0) + ' ' +
           (exchange == "." ? QByteArray(".") : zonetext::absoluteName(exchange));
}

QByteArray BindExporter::write(const QList<GeneratedRecord> &records)
{
    QByteArray out;
    out.reserve(records.size() * 96);
    out += "; SPF Manager: zone snippets. Owner names are absolute; paste each block into the zone named above it.\n";
    for (const auto &zone : recordsByZone(records)) {
        out += "\n; zone " + zonetext::absoluteName(zone.first()->zone) + '\n';
        for (const GeneratedRecord *r : zone) {
            out += zonetext::absoluteName(r->owner);
            out += '\t';
            out += QByteArray::number(r->ttl);
            out += "\tIN\t";
            out += recordTypeName(r->type);
            out += '\t';
            if (r->type == RecordType::Mx)
                out += mxRdata(r->text);
            else
                out += zonetext::txtRdata(txtStrings(r->text));
            out += '\n';
        }
    }
    return out;
}

} // namespace spfm::project
