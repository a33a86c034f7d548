#pragma once

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <optional>

namespace spfm::net {

// Why a file a user named was not read. A device (/dev/zero), a pipe or a mistaken multi-gigabyte file would
// otherwise be read whole into memory; callers word the message for their kind of file.
struct FileLimitError
{
    enum class Code : std::uint8_t {
        NotFound,   // nothing at that path
        NotRegular, // a directory, a device, a pipe or a socket
        TooLarge,   // larger than the limit (before reading, or grown past it while being read)
        Unreadable, // the system refused to open or read it
    };
    Code code = Code::Unreadable;
    qint64 size = -1; // TooLarge: the size seen (at least this much)
    QString detail;   // Unreadable: what the system said
};

struct BoundedRead
{
    QByteArray data;
    std::optional<FileLimitError> error;

    bool ok() const { return !error; }
};

// The checks alone (a regular file of at most maxBytes), for a file that is then read as a stream.
std::optional<FileLimitError> checkBoundedFile(const QString &path, qint64 maxBytes);

// Reads a regular file of at most maxBytes. Checked before reading, and again while reading, since the file may grow
// in between. This lives in net/, the wall every other one builds on, so that dns/ (zone files) and project/ (project
// files) share one guard.
BoundedRead readBoundedFile(const QString &path, qint64 maxBytes);

} // namespace spfm::net
