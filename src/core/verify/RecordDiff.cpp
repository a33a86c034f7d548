#include "verify/RecordDiff.h"

#include "spf/Parser.h"

#include <QCoreApplication>
#include <algorithm>

namespace spfm::verify {

namespace {

struct KeyedTerm
{
    QByteArray key;  // what the term means, without its qualifier
    char qualifier;  // '+', '-', '~', '?'; 0 for modifiers and broken terms
    QByteArray text; // as written
};

// Domain names compare case-insensitively (RFC 4343); a macro's letter case carries meaning (§7.3, URL escaping), so
// a spec holding macros is kept as written.
QByteArray foldDomainSpec(const QByteArray &spec)
{
    return spec.contains('%') ? spec : spec.toLower();
}

KeyedTerm keyOf(const spf::Term &t)
{
    KeyedTerm k{{}, 0, t.text};
    if (!t.isValid()) {
        k.key = "!" + t.text.toLower();
        return k;
    }
    if (t.isModifier()) {
        k.key = t.name.toLower() + '=' + (t.modifier == spf::Modifier::Unknown ? t.value : foldDomainSpec(t.value));
        return k;
    }
    k.qualifier = char(t.qualifier);
    const QByteArray name = t.name.toLower();
    if (t.mechanism == spf::Mechanism::Ip4 || t.mechanism == spf::Mechanism::Ip6) {
        // "ip4:192.0.2.1" and "ip4:192.0.2.1/32" are one network (§5.6).
        k.key = name + ':' + t.network.toText() + '/' + QByteArray::number(t.prefixFor(t.network.family()));
        return k;
    }
    k.key = name;
    if (t.hasDomainSpec)
        k.key += ':' + foldDomainSpec(t.domainSpec);
    if (t.cidr4 >= 0 && t.cidr4 != 32)
        k.key += '/' + QByteArray::number(t.cidr4);
    if (t.cidr6 >= 0 && t.cidr6 != 128)
        k.key += "//" + QByteArray::number(t.cidr6);
    return k;
}

QList<KeyedTerm> keyedTerms(QByteArrayView text)
{
    QList<KeyedTerm> out;
    if (!spf::isSpfRecord(text)) {
        // Not an SPF record at all: compare its words so the diff still shows something useful.
        for (const QByteArray &word : text.toByteArray().simplified().split(' ')) {
            if (!word.isEmpty())
                out.append({"!" + word.toLower(), 0, word});
        }
        return out;
    }
    const spf::Record record = spf::parseRecord(text);
    for (const spf::Term &t : record.terms)
        out.append(keyOf(t));
    return out;
}

} // namespace

QByteArray changeKindName(TermChange::Kind kind)
{
    switch (kind) {
    case TermChange::Kind::Added: return "added";
    case TermChange::Kind::Removed: return "removed";
    case TermChange::Kind::QualifierChanged: return "qualifier";
    case TermChange::Kind::Moved: return "moved";
    }
    return "unknown";
}

QStringList RecordDiff::describe() const
{
    QStringList lines;
    for (const TermChange &c : changes) {
        const QString p = QString::fromUtf8(c.published);
        const QString e = QString::fromUtf8(c.expected);
        switch (c.kind) {
        case TermChange::Kind::Added:
            lines.append(
                QCoreApplication::translate("spfm::verify", "add %1 (as term %2)").arg(e).arg(c.expectedIndex + 1));
            break;
        case TermChange::Kind::Removed:
            lines.append(QCoreApplication::translate("spfm::verify", "remove %1").arg(p));
            break;
        case TermChange::Kind::QualifierChanged:
            lines.append(QCoreApplication::translate("spfm::verify", "change %1 to %2").arg(p, e));
            break;
        case TermChange::Kind::Moved:
            lines.append(c.published == c.expected || c.published.toLower() == c.expected.toLower()
                             ? QCoreApplication::translate("spfm::verify", "move %1 from term %2 to term %3")
                                   .arg(p)
                                   .arg(c.publishedIndex + 1)
                                   .arg(c.expectedIndex + 1)
                             : QCoreApplication::translate("spfm::verify", "move %1 from term %2 to term %3, as %4")
                                   .arg(p)
                                   .arg(c.publishedIndex + 1)
                                   .arg(c.expectedIndex + 1)
                                   .arg(e));
            break;
        }
    }
    return lines;
}

RecordDiff diffRecords(QByteArrayView published, QByteArrayView expected)
{
    const QList<KeyedTerm> pub = keyedTerms(published);
    const QList<KeyedTerm> exp = keyedTerms(expected);
    const qsizetype n = pub.size();
    const qsizetype m = exp.size();

    // Longest common subsequence of the keys; records are short (a few dozen terms), so the table is small.
    QList<int> lcs((n + 1) * (m + 1), 0);
    const auto at = [m](qsizetype i, qsizetype j) { return i * (m + 1) + j; };
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j) {
            lcs[at(i, j)] =
                pub[i].key == exp[j].key ? lcs[at(i + 1, j + 1)] + 1 : std::max(lcs[at(i + 1, j)], lcs[at(i, j + 1)]);
        }
    }
    QList<qsizetype> pubMatch(n, -1);
    QList<qsizetype> expMatch(m, -1);
    for (qsizetype i = 0, j = 0; i < n && j < m;) {
        if (pub[i].key == exp[j].key) {
            pubMatch[i] = j;
            expMatch[j] = i;
            ++i;
            ++j;
        } else if (lcs[at(i + 1, j)] >= lcs[at(i, j + 1)]) {
            ++i;
        } else {
            ++j;
        }
    }

    struct Placed
    {
        qsizetype sortKey;
        TermChange change;
    };
    QList<Placed> placed;
    QList<bool> pubUsed(n, false);
    for (qsizetype i = 0; i < n; ++i)
        pubUsed[i] = pubMatch[i] >= 0;

    for (qsizetype j = 0; j < m; ++j) {
        if (const qsizetype i = expMatch[j]; i >= 0) {
            if (pub[i].qualifier != exp[j].qualifier) {
                placed.append(
                    {j * 2 + 1, {TermChange::Kind::QualifierChanged, pub[i].text, exp[j].text, int(i), int(j)}});
            }
            continue;
        }
        // Out of the common order: the same term elsewhere in the published record has moved.
        qsizetype found = -1;
        for (qsizetype i = 0; i < n && found < 0; ++i) {
            if (!pubUsed[i] && pub[i].key == exp[j].key)
                found = i;
        }
        if (found >= 0) {
            pubUsed[found] = true;
            placed.append({j * 2 + 1, {TermChange::Kind::Moved, pub[found].text, exp[j].text, int(found), int(j)}});
        } else {
            placed.append({j * 2 + 1, {TermChange::Kind::Added, {}, exp[j].text, -1, int(j)}});
        }
    }
    // A removal is listed just before the expected term that follows the last common term before it.
    qsizetype anchor = 0;
    for (qsizetype i = 0; i < n; ++i) {
        if (pubMatch[i] >= 0)
            anchor = pubMatch[i] + 1;
        else if (!pubUsed[i])
            placed.append({anchor * 2, {TermChange::Kind::Removed, pub[i].text, {}, int(i), -1}});
    }
    std::stable_sort(placed.begin(), placed.end(),
                     [](const Placed &a, const Placed &b) { return a.sortKey < b.sortKey; });

    RecordDiff diff;
    for (const Placed &p : placed)
        diff.changes.append(p.change);
    return diff;
}

} // namespace spfm::verify
