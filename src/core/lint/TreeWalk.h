#pragma once

// The include/redirect tree walk behind lintRecordTree and lintDomain; not part of the public API.

#include "lint/Linter.h"

namespace spfm::lint::detail {

// Walks the tree under recordText (published or not) at domain, filling report's nodes, counts, spends and the tree's
// diagnostics (lookup limits, void lookups, loops, targets). Text-only checks are not made here.
void walkTree(QByteArrayView recordText, QByteArrayView domain, dns::Resolver &resolver, const LintOptions &options,
              LintReport &report);

} // namespace spfm::lint::detail
