#pragma once

// The text-only checks, shared by lintRecordText and the tree walk; not part of the public API.

#include "lint/Linter.h"
#include "spf/Record.h"

namespace spfm::lint::detail {

// Checks of a parsed record that need no DNS. text is the record as given (record.text may be the same bytes).
void checkRecordText(QByteArrayView text, const spf::Record &record, const LintOptions &options, Diagnostics &out);

// The fix for a term the parser rejected, as concrete as the term allows.
QString fixForSyntaxError(spf::SyntaxError error, QByteArrayView term);

// Where the record's policy ends: the index of the first all mechanism, or -1.
int firstAllIndex(const spf::Record &record);

} // namespace spfm::lint::detail
