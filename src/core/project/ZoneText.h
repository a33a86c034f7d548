#pragma once

#include <QByteArray>
#include <QList>

namespace spfm::project {

// Master-file presentation form (RFC 1035 §5.1), as BIND zone files and nsupdate read it. Nothing an admin or a
// hostile project file writes can end the quoted string, start a new line, or begin a directive.
namespace zonetext {

// '"' + text + '"' with '"' and '\' backslash-escaped and every byte outside printable ASCII written as \DDD
// (three decimal digits). The string should be at most 255 octets; the caller splits.
QByteArray quoted(const QByteArray &characterString);
// The TXT rdata: each character-string quoted, separated by one space.
QByteArray txtRdata(const QList<QByteArray> &strings);
// An absolute owner name with its trailing dot; in each label, bytes other than letters, digits, '-', '_' and '*' are
// written as \DDD, so a crafted name cannot contain a separator, a comment, a quote or a line break.
QByteArray absoluteName(const QByteArray &name);

} // namespace zonetext
} // namespace spfm::project
