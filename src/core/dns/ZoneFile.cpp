#include "dns/ZoneFile.h"

#include "net/BoundedFile.h"

#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ldns/ldns.h>
#include <memory>

namespace spfm::dns {

namespace {

struct ZoneDeleter
{
    void operator()(ldns_zone *z) const { ldns_zone_deep_free(z); }
};
struct RdfDeleter
{
    void operator()(ldns_rdf *r) const { ldns_rdf_deep_free(r); }
};
struct FileDeleter
{
    void operator()(FILE *f) const { std::fclose(f); }
};
struct CStringDeleter
{
    void operator()(char *s) const { std::free(s); }
};

using ZonePtr = std::unique_ptr<ldns_zone, ZoneDeleter>;
using RdfPtr = std::unique_ptr<ldns_rdf, RdfDeleter>;
using FilePtr = std::unique_ptr<FILE, FileDeleter>;
using CStringPtr = std::unique_ptr<char, CStringDeleter>;

QByteArray dnameText(const ldns_rdf *rdf)
{
    if (!rdf || ldns_rdf_get_type(rdf) != LDNS_RDF_TYPE_DNAME)
        return {};
    return nameFromWire(
        QByteArrayView(reinterpret_cast<const char *>(ldns_rdf_data(rdf)), qsizetype(ldns_rdf_size(rdf))));
}

// A TXT/SPF rdf is one <character-string>: a length octet, then the bytes.
QByteArray characterString(const ldns_rdf *rdf)
{
    const std::size_t size = ldns_rdf_size(rdf);
    const std::uint8_t *data = ldns_rdf_data(rdf);
    if (size == 0)
        return {};
    const std::size_t length = std::min<std::size_t>(data[0], size - 1);
    return QByteArray(reinterpret_cast<const char *>(data + 1), qsizetype(length));
}

std::optional<ResourceRecord> toRecord(const ldns_rr *rr)
{
    ResourceRecord record;
    record.owner = dnameText(ldns_rr_owner(rr));
    record.ttl = ldns_rr_ttl(rr);
    const std::size_t count = ldns_rr_rd_count(rr);
    const auto rdf = [rr](std::size_t i) { return ldns_rr_rdf(rr, i); };

    switch (ldns_rr_get_type(rr)) {
    case LDNS_RR_TYPE_A:
    case LDNS_RR_TYPE_AAAA: {
        const bool v4 = ldns_rr_get_type(rr) == LDNS_RR_TYPE_A;
        if (count < 1 || ldns_rdf_size(rdf(0)) != (v4 ? 4u : 16u))
            return std::nullopt;
        record.type = v4 ? RRType::A : RRType::AAAA;
        record.address = net::IpAddress::fromBytes(v4 ? net::IpAddress::Family::V4 : net::IpAddress::Family::V6,
                                                   ldns_rdf_data(rdf(0)));
        return record;
    }
    case LDNS_RR_TYPE_MX:
        if (count < 2)
            return std::nullopt;
        record.type = RRType::MX;
        record.preference = ldns_rdf2native_int16(rdf(0));
        record.target = dnameText(rdf(1));
        return record;
    case LDNS_RR_TYPE_TXT:
    case LDNS_RR_TYPE_SPF:
        record.type = ldns_rr_get_type(rr) == LDNS_RR_TYPE_TXT ? RRType::TXT : RRType::SPF;
        for (std::size_t i = 0; i < count; ++i)
            record.strings.append(characterString(rdf(i)));
        return record;
    case LDNS_RR_TYPE_PTR:
    case LDNS_RR_TYPE_CNAME:
    case LDNS_RR_TYPE_NS:
        if (count < 1)
            return std::nullopt;
        record.type = ldns_rr_get_type(rr) == LDNS_RR_TYPE_PTR     ? RRType::PTR
                      : ldns_rr_get_type(rr) == LDNS_RR_TYPE_CNAME ? RRType::CNAME
                                                                   : RRType::NS;
        record.target = dnameText(rdf(0));
        return record;
    case LDNS_RR_TYPE_SOA:
        if (count < 3)
            return std::nullopt;
        record.type = RRType::SOA;
        record.target = dnameText(rdf(0));
        record.serial = ldns_rdf2native_int32(rdf(2));
        return record;
    default: return std::nullopt;
    }
}

// ldns closes a quoted string at the end of its line and an open parenthesis at the end of the file without a word,
// so a forgotten quote silently changes a record. BIND (named-checkzone) rejects both; so do we, with the line.
std::optional<std::pair<int, QString>> findUnbalanced(QByteArrayView text)
{
    int line = 1;
    int quoteLine = 0; // line of the open quote, 0 when outside quotes
    int parenLine = 0; // line of the first open parenthesis, 0 when none is open
    bool comment = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\n') {
            if (quoteLine)
                return std::pair(quoteLine,
                                 QStringLiteral("unbalanced quotes: a quoted string is not closed on its line"));
            comment = false;
            ++line;
        } else if (comment) {
            continue;
        } else if (c == '\\') {
            if (i + 1 < text.size() && text[i + 1] != '\n')
                ++i;
        } else if (c == '"') {
            quoteLine = quoteLine ? 0 : line;
        } else if (quoteLine) {
            continue;
        } else if (c == ';') {
            comment = true;
        } else if (c == '(') {
            if (parenLine)
                return std::pair(line, QStringLiteral("nested parentheses"));
            parenLine = line;
        } else if (c == ')') {
            if (!parenLine)
                return std::pair(line, QStringLiteral("a closing parenthesis without an opening one"));
            parenLine = 0;
        }
    }
    if (quoteLine)
        return std::pair(quoteLine, QStringLiteral("unbalanced quotes: a quoted string is not closed on its line"));
    if (parenLine)
        return std::pair(parenLine, QStringLiteral("unbalanced parentheses: an opening parenthesis is never closed"));
    return std::nullopt;
}

// ldns 1.8.3's zone parser frees its half-built zone shallowly when a line is bad, leaking every record read before it.
// So the file is first read record by record, each freed at once, to find the first bad line; the zone parser then only
// sees files it accepts. Returns that line and ldns's status.
std::optional<std::pair<int, ldns_status>> firstBadLine(FILE *fp, const ldns_rdf *startOrigin, std::uint32_t defaultTtl)
{
    RdfPtr origin(ldns_rdf_clone(startOrigin));
    RdfPtr previous(ldns_rdf_clone(startOrigin));
    std::uint32_t ttl = defaultTtl;
    int line = 0;
    while (!std::feof(fp)) {
        ldns_rr *rr = nullptr;
        ldns_rdf *originRaw = origin.release();
        ldns_rdf *previousRaw = previous.release();
        // ldns replaces (and frees) *origin on $ORIGIN and *previous after each owner name.
        const ldns_status status = ldns_rr_new_frm_fp_l(&rr, fp, &ttl, &originRaw, &previousRaw, &line);
        origin.reset(originRaw);
        previous.reset(previousRaw);
        switch (status) {
        case LDNS_STATUS_OK: ldns_rr_free(rr); break;
        case LDNS_STATUS_SYNTAX_EMPTY:
        case LDNS_STATUS_SYNTAX_TTL:
        case LDNS_STATUS_SYNTAX_ORIGIN: break;
        case LDNS_STATUS_SYNTAX_INCLUDE: return std::pair(line, LDNS_STATUS_SYNTAX_INCLUDE_ERR_NOTIMPL);
        default: return std::pair(line, status);
        }
    }
    return std::nullopt;
}

ZoneFileError makeError(ZoneFileError::Code code, const QString &source, int line, const QString &detail)
{
    ZoneFileError e;
    e.code = code;
    e.source = source;
    e.line = line;
    e.detail = detail;
    return e;
}

} // namespace

QString ZoneFileError::toString() const
{
    const QString where = line > 0 ? QStringLiteral("%1:%2").arg(source).arg(line) : source;
    switch (code) {
    case Code::CannotOpen: return QStringLiteral("%1: cannot read the zone file: %2").arg(where, detail);
    case Code::NotAFile: return QStringLiteral("%1: not a zone file: %2").arg(where, detail);
    case Code::TooLarge: return QStringLiteral("%1: the zone file is too large: %2").arg(where, detail);
    case Code::BadOrigin: return QStringLiteral("%1: the zone origin is not a domain name: %2").arg(where, detail);
    case Code::Syntax: break;
    }
    return QStringLiteral("%1: invalid zone file: %2").arg(where, detail);
}

QByteArray ZoneFile::defaultOrigin(const QString &path)
{
    QString name = QFileInfo(path).fileName();
    for (const QLatin1String suffix : {QLatin1String(".zone"), QLatin1String(".db")}) {
        if (name.endsWith(suffix, Qt::CaseInsensitive))
            name.chop(suffix.size());
    }
    if (name.startsWith(QLatin1String("db."), Qt::CaseInsensitive))
        name.remove(0, 3);
    return normalizeName(name.toUtf8());
}

ZoneFileResult ZoneFile::read(const QString &path, MemoryZone &zone, const ZoneFileOptions &options)
{
    ZoneFileResult result;
    const net::BoundedRead read = net::readBoundedFile(path, kMaxFileSize);
    if (const auto &error = read.error) {
        switch (error->code) {
        case net::FileLimitError::Code::NotFound:
            result.error = makeError(ZoneFileError::Code::CannotOpen, path, 0, QStringLiteral("no such file"));
            break;
        case net::FileLimitError::Code::NotRegular:
            result.error = makeError(ZoneFileError::Code::NotAFile, path, 0,
                                     QFileInfo(path).isDir()
                                         ? QStringLiteral("it is a directory")
                                         : QStringLiteral("it is a device, a pipe or a socket, not a regular file"));
            break;
        case net::FileLimitError::Code::TooLarge:
            result.error = makeError(ZoneFileError::Code::TooLarge, path, 0,
                                     QStringLiteral("it has %1 MiB, and a zone file may have at most %2 MiB")
                                         .arg((error->size + 1024 * 1024 - 1) / (1024 * 1024))
                                         .arg(kMaxFileSize / (1024 * 1024)));
            break;
        case net::FileLimitError::Code::Unreadable:
            result.error = makeError(ZoneFileError::Code::CannotOpen, path, 0, error->detail);
            break;
        }
        return result;
    }
    const QByteArray &text = read.data;
    ZoneFileOptions withOrigin = options;
    if (withOrigin.origin.isEmpty())
        withOrigin.origin = defaultOrigin(path);
    return readText(text, path, zone, withOrigin);
}

ZoneFileResult ZoneFile::readText(QByteArrayView text, const QString &sourceName, MemoryZone &zone,
                                  const ZoneFileOptions &options)
{
    ZoneFileResult result;
    result.origin = normalizeName(options.origin.isEmpty() ? defaultOrigin(sourceName) : options.origin);

    const QByteArray absoluteOrigin = result.origin.endsWith('.') ? result.origin : result.origin + '.';
    const RdfPtr origin(ldns_dname_new_frm_str(absoluteOrigin.constData()));
    if (!origin) {
        result.error = makeError(ZoneFileError::Code::BadOrigin, sourceName, 0, QString::fromUtf8(result.origin));
        return result;
    }
    if (text.isEmpty())
        return result;

    if (const auto unbalanced = findUnbalanced(text)) {
        result.error = makeError(ZoneFileError::Code::Syntax, sourceName, unbalanced->first, unbalanced->second);
        return result;
    }

    // fmemopen needs a mutable buffer, which also outlives the FILE. ldns counts a line when it reads its newline, so
    // a last line without one would be reported one short.
    QByteArray buffer = text.toByteArray();
    if (!buffer.endsWith('\n'))
        buffer.append('\n');
    const auto open = [&]() { return FilePtr(fmemopen(buffer.data(), std::size_t(buffer.size()), "r")); };
    const auto syntaxError = [&](int line, ldns_status status) {
        QString detail = QStringLiteral("ldns: %1").arg(QString::fromUtf8(ldns_get_errorstr_by_id(status)));
        if (status == LDNS_STATUS_SYNTAX_INCLUDE_ERR_NOTIMPL)
            detail += QStringLiteral(" (copy the included file's records into this one)");
        result.error = makeError(ZoneFileError::Code::Syntax, sourceName, line, detail);
        return result;
    };

    FilePtr fp = open();
    if (!fp) {
        result.error =
            makeError(ZoneFileError::Code::CannotOpen, sourceName, 0, QString::fromLocal8Bit(std::strerror(errno)));
        return result;
    }
    if (const auto failure = firstBadLine(fp.get(), origin.get(), options.defaultTtl))
        return syntaxError(failure->first, failure->second);

    fp = open();
    ldns_zone *raw = nullptr;
    int line = 0;
    const ldns_status status =
        fp ? ldns_zone_new_frm_fp_l(&raw, fp.get(), origin.get(), options.defaultTtl, LDNS_RR_CLASS_IN, &line)
           : LDNS_STATUS_MEM_ERR;
    const ZonePtr parsed(raw);
    if (status != LDNS_STATUS_OK || !parsed)
        return syntaxError(line, status);

    QList<ResourceRecord> records;
    QList<QByteArray> names;
    const auto take = [&](const ldns_rr *rr) {
        if (const auto record = toRecord(rr)) {
            records.append(*record);
        } else {
            names.append(dnameText(ldns_rr_owner(rr)));
            ++result.skippedCount;
        }
    };
    if (const ldns_rr *soa = ldns_zone_soa(parsed.get())) {
        take(soa);
        result.apex = dnameText(ldns_rr_owner(soa));
    }
    const ldns_rr_list *rrs = ldns_zone_rrs(parsed.get());
    for (std::size_t i = 0; i < ldns_rr_list_rr_count(rrs); ++i)
        take(ldns_rr_list_rr(rrs, i));

    for (const ResourceRecord &record : std::as_const(records))
        zone.addRecord(record);
    // Owners of records of other types still exist: queries for them get NODATA, not NXDOMAIN. (Empty non-terminals
    // are MemoryZone's own business.)
    for (const QByteArray &name : std::as_const(names))
        zone.addName(name);
    result.recordCount = int(records.size());
    return result;
}

} // namespace spfm::dns
