#pragma once

#include "project/Generator.h"

#include <QHash>
#include <QStringList>
#include <optional>

namespace spfm::project {

enum class ExportFormat : std::uint8_t { Bind, Nsupdate, Tinydns, Json, Csv };
std::optional<ExportFormat> exportFormatFromName(QStringView name); // "bind", "nsupdate", "tinydns", "json", "csv"
QByteArray exportFormatName(ExportFormat format);

// The TXT records published now, per owner name (ACE, lower-case, no trailing dot), each as its character-strings
// exactly as DNS returned them. nsupdate can delete one TXT record only by its exact value, split included.
struct PublishedTxt
{
    QHash<QByteArray, QList<QList<QByteArray>>> records;
    // True when every generated owner was looked up: a name missing from `records` then publishes no TXT at all.
    bool complete = false;
};

struct NsupdateOptions
{
    QString server;   // name or address; empty: nsupdate's default (the zone's primary master from SOA)
    quint16 port = 0; // 0: default (53)
    QString key;      // "[algorithm:]name:secret", as nsupdate -y takes it; empty: no TSIG
    PublishedTxt published;
};

struct ExportOutput
{
    QByteArray text;
    QStringList warnings; // what the admin must know (records left out, and why)
};

// BIND master-file snippets: one block per zone, absolute owner names, the TTL on every line, strings split at 255
// octets and escaped; no $ORIGIN or $TTL, so a block pastes into any zone file at any place.
class BindExporter
{
public:
    static QByteArray write(const QList<GeneratedRecord> &records);
};

// An nsupdate script (RFC 2136), one update message per zone. An SPF record is replaced by deleting exactly the
// published SPF value(s) and adding the new one; other TXT records at the name are never touched. When the published
// value is unknown, that record is left out (commented, with a warning) rather than deleting the whole TXT set.
class NsupdateExporter
{
public:
    static Result<ExportOutput> write(const QList<GeneratedRecord> &records, const NsupdateOptions &options);
};

// tinydns-data lines: 'fqdn:text:ttl for TXT, generic :fqdn:type:rdata:ttl for MX and type 99, with \NNN octal
// escapes for ':', '\', and every byte outside printable ASCII.
class TinydnsExporter
{
public:
    static QByteArray write(const QList<GeneratedRecord> &records);
};

// {"format": "spfmanager-records", "version": 1, "records": [...]} for provider APIs and scripts.
class JsonExporter
{
public:
    static QByteArray write(const QList<GeneratedRecord> &records);
};

// RFC 4180 CSV (CRLF, quoted where needed) with a header row: zone,name,type,ttl,value. Cells starting with = + - @
// (or a tab or CR) get a leading apostrophe so a spreadsheet shows them as text instead of running a formula.
class CsvExporter
{
public:
    static QByteArray write(const QList<GeneratedRecord> &records);
    static QByteArray cell(const QByteArray &value);
};

// Records grouped by zone: zones in order of first appearance, records in generation order.
QList<QList<const GeneratedRecord *>> recordsByZone(const QList<GeneratedRecord> &records);

// MX rdata "PREFERENCE NAME" in presentation form; the name escaped like an owner name ("0 ." for a null MX).
QByteArray mxRdata(const QByteArray &text);

// One entry point for the CLI and the GUI.
Result<ExportOutput> exportRecords(const QList<GeneratedRecord> &records, ExportFormat format,
                                   const NsupdateOptions &nsupdate = {});

} // namespace spfm::project
