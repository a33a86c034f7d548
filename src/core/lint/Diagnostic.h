#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <cstdint>

namespace spfm::lint {

enum class Severity : std::uint8_t { Info, Warning, Error };
QByteArray severityName(Severity s); // "info", "warning", "error"

// A finding about a record or a domain. Diagnostics are data: the CLI's text and --json output and the GUI's panel
// render the same objects. Codes are stable (documented in docs/diagnostics.md) and never reused.
struct Diagnostic
{
    QByteArray code; // e.g. "SPF-B01"-style stable id, see docs/diagnostics.md
    Severity severity = Severity::Warning;
    QByteArray domain;     // the domain whose record this is about (may be empty for a bare record text)
    QByteArray term;       // the term concerned, as written; empty when about the whole record
    int offset = -1;       // byte offset of the term in the record, -1 when about the whole record
    QByteArray rfcSection; // "7208 §5.1", "7505", or empty when no RFC applies
    QString message;       // what is wrong, one sentence
    QString fix;           // what to do about it, concrete

    QJsonObject toJson() const;
};

using Diagnostics = QList<Diagnostic>;

// The worst severity present; Info for none.
Severity worstSeverity(const Diagnostics &diagnostics);

} // namespace spfm::lint
