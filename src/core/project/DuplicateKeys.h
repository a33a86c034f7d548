#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace spfm::project {

// A key given twice in one JSON object. QJsonDocument keeps only the last value, so a file with one would lose data
// silently (a second "terms" replaces the policy, and the next save makes that permanent).
struct DuplicateKey
{
    QString key;      // decoded: "a" and "\u0061" are the same key
    QString path;     // JSON path of the second occurrence: "primary.terms", "dependents[3].notes"
    qsizetype offset; // byte offset of the second occurrence's opening quote
};

// The first duplicate key in document order. `json` must already have parsed as JSON (QJsonDocument): the scan
// trusts its structure and only reads strings, brackets, commas and colons.
std::optional<DuplicateKey> findDuplicateKey(const QByteArray &json);

} // namespace spfm::project
