#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <cstdint>

namespace spfm::verify {

// One difference between a published SPF record and the record the project generates, said as what to do to the
// published record to make it the expected one.
struct TermChange
{
    enum class Kind : std::uint8_t {
        Added,            // the expected record has the term, the published one lacks it: publish it
        Removed,          // the published record has a term the expected one does not: delete it
        QualifierChanged, // same mechanism and value, other qualifier (e.g. "~all" published, "-all" expected)
        Moved,            // both have the term, at another place in the order (evaluation is left to right, §4.6.2)
    };
    Kind kind = Kind::Added;
    QByteArray published;    // the term as published; empty for Added
    QByteArray expected;     // the term as generated; empty for Removed
    int publishedIndex = -1; // index among the published record's terms (the version tag is not a term)
    int expectedIndex = -1;

    friend bool operator==(const TermChange &, const TermChange &) = default;
};

QByteArray changeKindName(TermChange::Kind kind); // "added", "removed", "qualifier", "moved"

struct RecordDiff
{
    QList<TermChange> changes; // in the expected record's order, removals where they stood in the published one

    // True when both records mean the same: same terms, same qualifiers, same order. Spelling may still differ
    // (case, "+" written or not, "/32" written or not, extra spaces), which receivers treat alike.
    bool same() const { return changes.isEmpty(); }
    // One line per change, e.g. "add ip4:192.0.2.10 (term 2)", "change ~all to -all".
    QStringList describe() const;
};

// Compares two SPF records term by term. Terms are matched by what they mean rather than how they are written:
// mechanism and modifier names and domains case-insensitively, ip4/ip6 by network and prefix length, with the
// qualifier compared separately. Order follows a longest common subsequence, so one inserted term reads as one
// addition rather than as every later term having moved.
RecordDiff diffRecords(QByteArrayView published, QByteArrayView expected);

} // namespace spfm::verify
