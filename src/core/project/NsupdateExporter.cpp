#include "project/Exporters.h"
#include "project/ZoneText.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace spfm::project {

namespace {

bool startsWithTag(const QByteArray &text, QByteArrayView tag)
{
    if (text.size() < tag.size() || qstrnicmp(text.constData(), tag.data(), tag.size()) != 0)
        return false;
    return text.size() == tag.size() || text.at(tag.size()) == ' ';
}

QByteArray joined(const QList<QByteArray> &strings)
{
    QByteArray s;
    for (const QByteArray &x : strings)
        s += x;
    return s;
}

// The published records a generated one replaces: SPF policies replace v=spf1 records (RFC 7208 §4.5), the DMARC
// record replaces v=DMARC1 records. Every other TXT record at the name is a sibling and stays.
bool replaces(const GeneratedRecord &r, const QList<QByteArray> &published)
{
    const QByteArray text = joined(published);
    if (r.role == RecordRole::Dmarc)
        return text.startsWith("v=DMARC1") || text.startsWith("v=dmarc1");
    return startsWithTag(text, "v=spf1");
}

Status checkOptions(const NsupdateOptions &o)
{
    // These go verbatim into the script: anything outside a plain token could start another command.
    static const QRegularExpression server(QStringLiteral("^[A-Za-z0-9.:_-]+$"));
    static const QRegularExpression key(QStringLiteral("^(?:[A-Za-z0-9-]+:)?[A-Za-z0-9._-]+:[A-Za-z0-9+/=]+$"));
    if (!o.server.isEmpty() && !server.match(o.server).hasMatch())
        return makeError(
            ErrorCode::FileBadValue,
            QCoreApplication::translate("spfm::project", "\"%1\" is not a server name or address.").arg(o.server));
    if (!o.key.isEmpty() && !key.match(o.key).hasMatch())
        return makeError(
            ErrorCode::FileBadValue,
            QCoreApplication::translate("spfm::project", "The TSIG key must look like [algorithm:]name:base64secret."));
    return {};
}

} // namespace

Result<ExportOutput> NsupdateExporter::write(const QList<GeneratedRecord> &records, const NsupdateOptions &options)
{
    if (Status s = checkOptions(options); !s)
        return s.error();
    ExportOutput result;
    QByteArray &out = result.text;
    out += "; SPF Manager: nsupdate script (RFC 2136). Run: nsupdate THIS_FILE\n";
    out += "; Each SPF record is replaced by deleting exactly its published value; other TXT records stay.\n";
    if (!options.server.isEmpty()) {
        out += "server " + options.server.toLatin1();
        if (options.port)
            out += ' ' + QByteArray::number(options.port);
        out += '\n';
    }
    if (!options.key.isEmpty()) {
        const qsizetype secret = options.key.lastIndexOf(QLatin1Char(':'));
        out += "key " + options.key.left(secret).toLatin1() + ' ' + options.key.mid(secret + 1).toLatin1() + '\n';
    }

    for (const auto &zone : recordsByZone(records)) {
        QByteArray block;
        for (const GeneratedRecord *r : zone) {
            const QByteArray owner = zonetext::absoluteName(r->owner);
            const QByteArray ttl = QByteArray::number(r->ttl);
            if (r->type == RecordType::Mx) {
                // RFC 7505 §3: a null MX must be the only MX record of the domain, so the whole MX set goes.
                block += "update delete " + owner + " MX\n";
                block += "update add " + owner + ' ' + ttl + " MX " + mxRdata(r->text) + '\n';
                continue;
            }
            const QList<QByteArray> strings = txtStrings(r->text);
            const QByteArray rdata = zonetext::txtRdata(strings);
            if (r->type == RecordType::Spf) {
                // Type 99 holds nothing but SPF policies.
                block += "update delete " + owner + " SPF\n";
                block += "update add " + owner + ' ' + ttl + " SPF " + rdata + '\n';
                continue;
            }
            const auto known = options.published.records.constFind(r->owner);
            if (known == options.published.records.cend() && !options.published.complete) {
                block += "; left out: " + owner + " TXT " + rdata + "\n";
                block += ";   the value published there now is unknown, and removing it would need that exact value\n";
                result.warnings.append(
                    QCoreApplication::translate(
                        "spfm::project",
                        "%1: left out of the nsupdate script because the currently published value is unknown; "
                        "export with the published values (after a verification) or declare that nothing is "
                        "published yet.")
                        .arg(QString::fromLatin1(r->owner)));
                continue;
            }
            QList<QList<QByteArray>> old;
            if (known != options.published.records.cend()) {
                for (const QList<QByteArray> &p : *known) {
                    if (replaces(*r, p))
                        old.append(p);
                }
            }
            if (old.size() == 1 && old.first() == strings) {
                block += "; unchanged: " + owner + " TXT " + rdata + '\n';
                continue;
            }
            for (const QList<QByteArray> &p : std::as_const(old))
                block += "update delete " + owner + " TXT " + zonetext::txtRdata(p) + '\n';
            block += "update add " + owner + ' ' + ttl + " TXT " + rdata + '\n';
        }
        out += "\n; zone " + zonetext::absoluteName(zone.first()->zone) + '\n';
        if (block.contains("\nupdate ") || block.startsWith("update ")) {
            out += "zone " + zonetext::absoluteName(zone.first()->zone) + '\n';
            out += block;
            out += "send\n";
        } else {
            out += block;
        }
    }
    return result;
}

} // namespace spfm::project
