#include "project/Exporters.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace spfm::project {

QByteArray JsonExporter::write(const QList<GeneratedRecord> &records)
{
    QJsonArray list;
    for (const GeneratedRecord &r : records) {
        QJsonObject o;
        o.insert(QStringLiteral("zone"), QString::fromUtf8(r.zone));
        o.insert(QStringLiteral("name"), QString::fromUtf8(r.owner));
        o.insert(QStringLiteral("type"), QString::fromLatin1(recordTypeName(r.type)));
        o.insert(QStringLiteral("ttl"), qint64(r.ttl));
        o.insert(QStringLiteral("role"), QString::fromLatin1(recordRoleName(r.role)));
        o.insert(QStringLiteral("value"), QString::fromUtf8(r.text));
        if (r.type != RecordType::Mx) {
            QJsonArray strings;
            for (const QByteArray &s : txtStrings(r.text))
                strings.append(QString::fromUtf8(s));
            o.insert(QStringLiteral("strings"), strings);
        }
        if (r.lookups >= 0) {
            o.insert(QStringLiteral("lookups"), r.lookups);
            o.insert(QStringLiteral("lookups_at_least"), r.lookupsAtLeast);
        }
        QJsonArray diagnostics;
        for (const lint::Diagnostic &d : r.diagnostics)
            diagnostics.append(d.toJson());
        o.insert(QStringLiteral("diagnostics"), diagnostics);
        list.append(o);
    }
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("spfmanager-records"));
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("records"), list);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray CsvExporter::cell(const QByteArray &value)
{
    QByteArray v = value;
    // Spreadsheets run cells that start with these as formulas (CSV injection). No generated name, type, TTL or
    // SPF/DMARC value starts with one, so the apostrophe only ever lands on crafted text.
    if (!v.isEmpty() && QByteArrayView("=+-@\t\r").contains(v.front()))
        v.prepend('\'');
    const bool quote = v.contains(',') || v.contains('"') || v.contains('\n') || v.contains('\r') ||
                       v.startsWith(' ') || v.endsWith(' ');
    if (!quote)
        return v;
    v.replace('"', "\"\"");
    return '"' + v + '"';
}

QByteArray CsvExporter::write(const QList<GeneratedRecord> &records)
{
    QByteArray out = "zone,name,type,ttl,value\r\n";
    out.reserve(records.size() * 80);
    for (const GeneratedRecord &r : records) {
        out += cell(r.zone) + ',' + cell(r.owner) + ',' + recordTypeName(r.type) + ',' + QByteArray::number(r.ttl) +
               ',' + cell(r.text) + "\r\n";
    }
    return out;
}

std::optional<ExportFormat> exportFormatFromName(QStringView name)
{
    for (ExportFormat f :
         {ExportFormat::Bind, ExportFormat::Nsupdate, ExportFormat::Tinydns, ExportFormat::Json, ExportFormat::Csv}) {
        if (name == QLatin1String(exportFormatName(f)))
            return f;
    }
    return std::nullopt;
}

QByteArray exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Bind: return "bind";
    case ExportFormat::Nsupdate: return "nsupdate";
    case ExportFormat::Tinydns: return "tinydns";
    case ExportFormat::Json: return "json";
    case ExportFormat::Csv: return "csv";
    }
    return "bind";
}

Result<ExportOutput> exportRecords(const QList<GeneratedRecord> &records, ExportFormat format,
                                   const NsupdateOptions &nsupdate)
{
    switch (format) {
    case ExportFormat::Bind: return ExportOutput{BindExporter::write(records), {}};
    case ExportFormat::Nsupdate: return NsupdateExporter::write(records, nsupdate);
    case ExportFormat::Tinydns: return ExportOutput{TinydnsExporter::write(records), {}};
    case ExportFormat::Json: return ExportOutput{JsonExporter::write(records), {}};
    case ExportFormat::Csv: return ExportOutput{CsvExporter::write(records), {}};
    }
    return ExportOutput{};
}

} // namespace spfm::project
