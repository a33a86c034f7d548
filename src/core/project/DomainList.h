#pragma once

#include "project/DomainName.h"

#include <QList>
#include <QString>

namespace spfm::project {

// A line of a pasted or imported list that is not a usable domain, and why.
struct RefusedLine
{
    int line = 0; // 1-based
    QString text; // the line as written, trimmed
    Error error;
};

struct DomainList
{
    QList<DomainName> names; // in the order listed, each once
    QList<RefusedLine> refused;
};

// One domain per line; blank lines and lines starting with '#' are skipped. A name listed twice is refused the second
// time (ErrorCode::DuplicateDomain), so each name is looked at once.
DomainList parseDomainList(const QString &text);

} // namespace spfm::project
