#pragma once

#include "spf/Record.h"

namespace spfm::spf {

// True when text is an SPF version 1 record by RFC 7208 §4.5: "v=spf1" (case-insensitive) followed by a space or the
// end. "v=spf10" and "v=spf1a" are not SPF records.
bool isSpfRecord(QByteArrayView text);

// Parses a whole record "v=spf1 ..." by the ABNF of RFC 7208 §4.6.1 and §12. Expects isSpfRecord(text); when it is not,
// the result carries one issue and no terms.
Record parseRecord(QByteArrayView text);

// Parses a single term (as it would appear in a record, e.g. from a project's term list); offset is 0.
Term parseTerm(QByteArrayView text);

// Canonical text of a record: "v=spf1" then each term as written by serializeTerm, single spaces.
// parse -> serialize -> parse yields the same terms.
QByteArray serializeRecord(const Record &record);
// A term as written: qualifier only where it was written, name and values with their original case and macros.
QByteArray serializeTerm(const Term &term);

} // namespace spfm::spf
