#include "project/Exporters.h"

namespace spfm::project {

namespace {

// tinydns-data fields are separated by ':' and records by newlines; \NNN (octal) is its only escape.
void appendEscaped(QByteArray &out, QByteArrayView bytes)
{
    for (char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == ':' || c == '\\' || c < 0x20 || c >= 0x7f) {
            out += '\\';
            out += char('0' + (c >> 6));
            out += char('0' + ((c >> 3) & 7));
            out += char('0' + (c & 7));
        } else {
            out += ch;
        }
    }
}

void appendEscapedByte(QByteArray &out, unsigned char c)
{
    appendEscaped(out, QByteArrayView(reinterpret_cast<const char *>(&c), 1));
}

// A name in wire form: length-prefixed labels and the root's zero.
QByteArray wireName(const QByteArray &name)
{
    QByteArray wire;
    if (name != "." && !name.isEmpty()) {
        for (const QByteArray &label : name.split('.')) {
            if (label.isEmpty())
                continue;
            wire += char(qMin<qsizetype>(label.size(), 63));
            wire += label.left(63);
        }
    }
    wire += '\0';
    return wire;
}

} // namespace

QByteArray TinydnsExporter::write(const QList<GeneratedRecord> &records)
{
    QByteArray out;
    out.reserve(records.size() * 80);
    out += "# SPF Manager: tinydns-data lines\n";
    for (const auto &zone : recordsByZone(records)) {
        out += "# zone ";
        appendEscaped(out, zone.first()->zone);
        out += '\n';
        for (const GeneratedRecord *r : zone) {
            if (r->type == RecordType::Txt) {
                // tinydns-data cuts the text into 127-octet strings itself; SPF joins them again (RFC 7208 §3.3).
                out += '\'';
                appendEscaped(out, r->owner);
                out += ':';
                appendEscaped(out, r->text);
            } else {
                // Generic line: :fqdn:type:rdata:ttl, the rdata in wire form.
                QByteArray rdata;
                if (r->type == RecordType::Mx) {
                    const qsizetype space = r->text.indexOf(' ');
                    const uint preference = r->text.left(space).toUInt();
                    rdata += char((preference >> 8) & 0xff);
                    rdata += char(preference & 0xff);
                    rdata += wireName(space < 0 ? QByteArray(".") : r->text.mid(space + 1));
                } else {
                    for (const QByteArray &s : txtStrings(r->text)) {
                        rdata += char(s.size());
                        rdata += s;
                    }
                }
                out += ':';
                appendEscaped(out, r->owner);
                out += ':' + QByteArray::number(recordTypeNumber(r->type)) + ':';
                for (char c : rdata)
                    appendEscapedByte(out, static_cast<unsigned char>(c));
            }
            out += ':' + QByteArray::number(r->ttl) + '\n';
        }
    }
    return out;
}

} // namespace spfm::project
