#pragma once

#include "dns/MemoryZone.h"

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <optional>

namespace spfm::dns {

struct ZoneFileError
{
    enum class Code : std::uint8_t {
        CannotOpen, // missing or unreadable
        NotAFile,   // a directory, a device (/dev/zero), a pipe: not read at all
        TooLarge,   // larger than ZoneFile::kMaxFileSize: not read
        BadOrigin,  // the origin given (or derived from the file name) is not a domain name
        Syntax,     // ldns's zone parser rejected a line
    };
    Code code = Code::Syntax;
    QString source; // the file name (or the name given to text read from memory)
    int line = 0;   // 1-based line of the problem; 0 when not about a line
    QString detail; // what the system or ldns said

    // "FILE:LINE: what went wrong (what ldns said)" in one line, for people.
    QString toString() const;
};

struct ZoneFileResult
{
    std::optional<ZoneFileError> error; // set when nothing was added to the zone
    QByteArray origin;                  // the origin the file was read with, normalized
    QByteArray apex;                    // the owner of the file's SOA record; empty when it has none
    int recordCount = 0;                // records added to the zone (SOA included)
    int skippedCount = 0;               // records of types the zone does not keep (their names still exist)

    bool ok() const { return !error; }
};

struct ZoneFileOptions
{
    // Origin for relative names until the file sets $ORIGIN; empty means ZoneFile::defaultOrigin(file name).
    QByteArray origin;
    // TTL for records without one until the file sets $TTL.
    std::uint32_t defaultTtl = 3600;
};

// Reads BIND-format master files (RFC 1035 §5: $ORIGIN, $TTL, relative names, parentheses, multi-string TXT) with
// ldns's zone parser into a MemoryZone, so "what if" checks can be answered from a zone file instead of live DNS.
// Keeps A, AAAA, MX, TXT, SPF, PTR, CNAME, NS and SOA; other types only make their owner name exist.
class ZoneFile
{
public:
    // A zone file is read whole into memory, and checked (and its records kept) in full: a zone of a few hundred
    // thousand records takes well under this; a device or a log given by mistake is refused before it is read.
    static constexpr qint64 kMaxFileSize = 64 * 1024 * 1024;

    // All or nothing: on error the zone is left as it was.
    static ZoneFileResult read(const QString &path, MemoryZone &zone, const ZoneFileOptions &options = {});
    // The same for text in memory; sourceName appears in error messages and gives the default origin.
    static ZoneFileResult readText(QByteArrayView text, const QString &sourceName, MemoryZone &zone,
                                   const ZoneFileOptions &options = {});

    // The origin a file name implies, as BIND admins name zone files: "example.com.zone", "db.example.com" and
    // "example.com" all give "example.com".
    static QByteArray defaultOrigin(const QString &path);
};

} // namespace spfm::dns
