#include "lint/TextChecks.h"

#include "lint/LintSupport.h"
#include "spf/Parser.h"

#include <QCoreApplication>
#include <QVarLengthArray>

namespace spfm::lint::detail {

namespace {

using spf::Mechanism;
using spf::Modifier;
using spf::Qualifier;
using spf::SyntaxError;
using spf::Term;

constexpr const char *kMechanismNames[] = {"all", "include", "a", "mx", "ptr", "ip4", "ip6", "exists"};

// The name part of a term as written: after an optional qualifier, up to ':', '/', '=' or the end.
QByteArrayView termName(QByteArrayView term)
{
    if (!term.isEmpty() && (term[0] == '+' || term[0] == '-' || term[0] == '~' || term[0] == '?'))
        term = term.sliced(1);
    qsizetype end = 0;
    while (end < term.size() && term[end] != ':' && term[end] != '/' && term[end] != '=')
        ++end;
    return term.first(end);
}

QByteArrayView termValue(QByteArrayView term)
{
    const qsizetype sep = term.indexOf(':') >= 0 ? term.indexOf(':') : term.indexOf('=');
    return sep < 0 ? QByteArrayView() : term.sliced(sep + 1);
}

QByteArrayView qualifierPrefix(QByteArrayView term)
{
    if (!term.isEmpty() && (term[0] == '+' || term[0] == '-' || term[0] == '~' || term[0] == '?'))
        return term.first(1);
    return {};
}

// "ip4:192.0.2.1-all" and friends: an all glued to the previous term (§12 needs a space).
std::optional<qsizetype> gluedAll(QByteArrayView term)
{
    if (term.size() < 5)
        return std::nullopt;
    const QByteArrayView tail = term.last(3);
    const char q = term[term.size() - 4];
    if (tail.compare("all", Qt::CaseInsensitive) == 0 && (q == '+' || q == '-' || q == '~' || q == '?'))
        return term.size() - 4;
    return std::nullopt;
}

bool looksLikeAddress(QByteArrayView value)
{
    const qsizetype slash = value.indexOf('/');
    return net::IpAddress::parse(slash < 0 ? value : value.first(slash)).has_value();
}

QString unknownMechanismFix(QByteArrayView term)
{
    const QByteArrayView q = qualifierPrefix(term);
    const QByteArrayView name = termName(term);
    const QByteArrayView value = termValue(term);
    const QString qs = QString::fromLatin1(q);
    if (looksLikeAddress(term.sliced(q.size()))) {
        const QByteArrayView bare = term.sliced(q.size());
        const bool v6 = bare.contains(':');
        return QCoreApplication::translate("spfm::lint", "Write %1: a bare address is not a term.")
            .arg(quoted(q.toByteArray() + (v6 ? "ip6:" : "ip4:") + bare.toByteArray()));
    }
    const QByteArray lname = name.toByteArray().toLower();
    if (lname == "ipv4" || lname == "ip" || lname == "ipv6" || lname == "ip4addr" || lname == "ipv4addr" ||
        lname == "ip6addr" || lname == "ipv6addr") {
        const bool v6 = lname.contains('6') || (lname == "ip" && value.contains(':'));
        return QCoreApplication::translate("spfm::lint", "Write %1.")
            .arg(quoted(q.toByteArray() + (v6 ? "ip6:" : "ip4:") + value.toByteArray()));
    }
    if (lname.startsWith("all") && lname.size() <= 4)
        return QCoreApplication::translate("spfm::lint", "Write %1: the all mechanism takes nothing after it.")
            .arg(quoted(q.toByteArray() + "all"));
    if (lname == "v" || lname == "spf1")
        return QCoreApplication::translate("spfm::lint",
                                           "Remove it: the version tag `v=spf1` is written once, at the start.");
    const char *best = nullptr;
    int bestDistance = 3;
    for (const char *candidate : kMechanismNames) {
        if (qstrlen(candidate) < 3 && lname.size() < 3)
            continue;
        const int d = editDistance(lname, candidate, 2);
        if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
        }
    }
    if (best && lname.size() >= 2) {
        QByteArray suggestion = q.toByteArray() + best;
        if (term.size() > q.size() + name.size())
            suggestion += term.sliced(q.size() + name.size()).toByteArray();
        return QCoreApplication::translate(
                   "spfm::lint", "Did you mean %1? Valid mechanisms are all, include, a, mx, ptr, ip4, ip6 and exists.")
            .arg(quoted(suggestion));
    }
    Q_UNUSED(qs);
    return QCoreApplication::translate(
        "spfm::lint", "Use one of the mechanisms all, include, a, mx, ptr, ip4, ip6, exists, or remove the term.");
}

QString separatorFix(QByteArrayView term)
{
    const QByteArrayView q = qualifierPrefix(term);
    const QByteArrayView name = termName(term);
    const QByteArray lname = name.toByteArray().toLower();
    const QByteArrayView rest = term.sliced(q.size() + name.size());
    if (rest.isEmpty())
        return QCoreApplication::translate("spfm::lint",
                                           "Mechanisms take `:` before their argument, modifiers take `=`.");
    const QByteArray value = rest.sliced(1).toByteArray();
    if (lname == "redirect" || lname == "exp")
        return QCoreApplication::translate("spfm::lint", "Write %1: modifiers take `=`.")
            .arg(quoted(name.toByteArray() + '=' + value));
    return QCoreApplication::translate("spfm::lint", "Write %1: mechanisms take `:`.")
        .arg(quoted(q.toByteArray() + name.toByteArray() + ':' + value));
}

} // namespace

QString fixForSyntaxError(SyntaxError error, QByteArrayView term)
{
    if (const auto glued = gluedAll(term); glued && error != SyntaxError::UnknownMechanism) {
        return QCoreApplication::translate("spfm::lint", "Put a space before %1: write %2.")
            .arg(quoted(term.sliced(*glued)),
                 quoted(term.first(*glued).toByteArray() + ' ' + term.sliced(*glued).toByteArray()));
    }
    switch (error) {
    case SyntaxError::None: return {};
    case SyntaxError::UnknownMechanism: return unknownMechanismFix(term);
    case SyntaxError::BadQualifier:
        return QCoreApplication::translate(
            "spfm::lint", "Use one of + - ~ ? before a mechanism (or none, meaning +); modifiers take no "
                          "qualifier.");
    case SyntaxError::BadSeparator: return separatorFix(term);
    case SyntaxError::UnexpectedArgument:
        return QCoreApplication::translate("spfm::lint", "Write %1: all takes no argument or prefix length.")
            .arg(quoted(qualifierPrefix(term).toByteArray() + "all"));
    case SyntaxError::MissingDomainSpec:
        return QCoreApplication::translate("spfm::lint", "Give the domain, e.g. %1, or remove the term.")
            .arg(quoted(termName(term).toByteArray() + (term.contains('=') ? "=" : ":") + "_spf.example.com"));
    case SyntaxError::BadDomainSpec: {
        const QByteArrayView value = termValue(term);
        if (looksLikeAddress(value)) {
            return QCoreApplication::translate("spfm::lint",
                                               "Write %1: addresses go in ip4:/ip6:, a and mx take host names.")
                .arg(quoted(qualifierPrefix(term).toByteArray() + (value.contains(':') ? "ip6:" : "ip4:") +
                            value.toByteArray()));
        }
        return QCoreApplication::translate(
            "spfm::lint", "Give a fully qualified domain: at least two labels, each 1 to 63 octets, a top label "
                          "that is not all digits, no empty labels.");
    }
    case SyntaxError::BadMacro:
        return QCoreApplication::translate(
            "spfm::lint", "Close every %{ with }, write %% for a literal percent sign, and use only the macro "
                          "letters s l o d i p h v.");
    case SyntaxError::MacroNotAllowed:
        return QCoreApplication::translate(
            "spfm::lint", "Remove %{c}, %{r} and %{t}: they are only allowed in the explanation text exp= points "
                          "to.");
    case SyntaxError::BadAddress: {
        const QByteArrayView value = termValue(term);
        if (value.contains('%'))
            return QCoreApplication::translate(
                "spfm::lint", "ip4:/ip6: take literal addresses; macros are not expanded there. Use exists: or a: "
                              "for a computed name.");
        const bool isIp4 = termName(term).compare("ip4", Qt::CaseInsensitive) == 0;
        const qsizetype slash = value.indexOf('/');
        const QByteArrayView address = slash < 0 ? value : value.first(slash);
        if (isIp4 && net::IpAddress::parseV6(address))
            return QCoreApplication::translate("spfm::lint", "Write %1: this is an IPv6 address.")
                .arg(quoted(qualifierPrefix(term).toByteArray() + "ip6:" + value.toByteArray()));
        if (!isIp4 && net::IpAddress::parseV4(address))
            return QCoreApplication::translate("spfm::lint", "Write %1: this is an IPv4 address.")
                .arg(quoted(qualifierPrefix(term).toByteArray() + "ip4:" + value.toByteArray()));
        return QCoreApplication::translate(
            "spfm::lint", "Write the address in full: a dotted quad such as 192.0.2.10 for ip4:, RFC 4291 text "
                          "such as 2001:db8::10 for ip6:.");
    }
    case SyntaxError::BadCidr:
        return QCoreApplication::translate(
            "spfm::lint", "Use a prefix length of 0 to 32 for IPv4 and 0 to 128 for IPv6, without leading zeros; "
                          "ip4:/ip6: take one length, a and mx take /len4//len6.");
    case SyntaxError::CidrNotAllowed:
        return QCoreApplication::translate("spfm::lint",
                                           "Remove the prefix length: include, exists, ptr and all take none.");
    case SyntaxError::BadModifierName:
        return QCoreApplication::translate(
            "spfm::lint", "A modifier name starts with a letter and has only letters, digits, `-`, `_` and `.`.");
    case SyntaxError::BadCharacter:
        return QCoreApplication::translate(
            "spfm::lint", "Remove the control or non-ASCII characters: an SPF record is printable ASCII.");
    case SyntaxError::BadTermSeparator:
        return QCoreApplication::translate("spfm::lint",
                                           "Separate terms with spaces only: no tabs, commas or line breaks.");
    case SyntaxError::DuplicateModifier:
        return QCoreApplication::translate("spfm::lint", "Keep only one %1.")
            .arg(quoted(termName(term).toByteArray().toLower() + '='));
    case SyntaxError::BadVersion:
        return QCoreApplication::translate("spfm::lint", "Start the record with exactly `v=spf1` followed by a space.");
    }
    return {};
}

int firstAllIndex(const spf::Record &record)
{
    for (qsizetype i = 0; i < record.terms.size(); ++i) {
        const Term &t = record.terms[i];
        if (t.isValid() && t.isMechanism() && t.mechanism == Mechanism::All)
            return int(i);
    }
    return -1;
}

namespace {

Code codeForSyntaxError(SyntaxError e, QByteArrayView term)
{
    switch (e) {
    case SyntaxError::None:
    case SyntaxError::BadVersion: return Code::BadVersion;
    case SyntaxError::UnknownMechanism: return Code::UnknownMechanism;
    case SyntaxError::BadQualifier: return Code::BadQualifier;
    case SyntaxError::BadSeparator: return Code::BadSeparator;
    case SyntaxError::UnexpectedArgument: return Code::UnexpectedArgument;
    case SyntaxError::MissingDomainSpec: return Code::MissingDomainSpec;
    case SyntaxError::BadDomainSpec: return Code::BadDomainSpec;
    case SyntaxError::BadMacro: return Code::BadMacro;
    case SyntaxError::MacroNotAllowed: return Code::MacroLetterNotAllowed;
    case SyntaxError::BadAddress: return Code::BadAddress;
    case SyntaxError::BadCidr: return Code::BadCidr;
    case SyntaxError::CidrNotAllowed: return Code::CidrNotAllowed;
    case SyntaxError::BadModifierName: return Code::BadModifierName;
    case SyntaxError::BadCharacter: return Code::BadCharacter;
    case SyntaxError::BadTermSeparator: return Code::BadTermSeparator;
    case SyntaxError::DuplicateModifier:
        return termName(term).compare("exp", Qt::CaseInsensitive) == 0 ? Code::DuplicateExp : Code::DuplicateRedirect;
    }
    return Code::OtherSyntaxError;
}

bool hasNonAscii(QByteArrayView text)
{
    for (char c : text) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return true;
    }
    return false;
}

// Duplicate detection key: the term without an explicit '+', case-folded (names and domains are case-insensitive).
bool sameTerm(const Term &a, const Term &b)
{
    QByteArrayView ta = a.text, tb = b.text;
    if (a.qualifierWritten && a.qualifier == Qualifier::Pass)
        ta = ta.sliced(1);
    if (b.qualifierWritten && b.qualifier == Qualifier::Pass)
        tb = tb.sliced(1);
    return equalsIgnoreCase(ta, tb);
}

bool isNetblock(const Term &t)
{
    return t.isValid() && t.isMechanism() && (t.mechanism == Mechanism::Ip4 || t.mechanism == Mechanism::Ip6);
}

int netPrefix(const Term &t)
{
    return t.mechanism == Mechanism::Ip4 ? (t.cidr4 >= 0 ? t.cidr4 : 32) : (t.cidr6 >= 0 ? t.cidr6 : 128);
}

void checkNetblock(const Term &t, const LintOptions &options, Diagnostics &out)
{
    const bool v4 = t.mechanism == Mechanism::Ip4;
    const int prefix = netPrefix(t);
    if (t.network.hasHostBits(prefix)) {
        const QByteArray prefixName = v4 ? "ip4:" : "ip6:";
        const QByteArray masked = qualifierPrefix(t.text).toByteArray() + prefixName +
                                  t.network.masked(prefix).toText() + '/' + QByteArray::number(prefix);
        const QByteArray host = qualifierPrefix(t.text).toByteArray() + prefixName + t.network.toText();
        out.append(makeDiagnostic(
            Code::HostBitsSet, t.text, t.offset,
            QCoreApplication::translate("spfm::lint",
                                        "%1 has host bits set: it matches the whole network %2, not only %3.")
                .arg(quoted(t.text),
                     QString::fromLatin1(t.network.masked(prefix).toText()) + QLatin1Char('/') +
                         QString::number(prefix),
                     QString::fromLatin1(t.network.toText())),
            QCoreApplication::translate("spfm::lint", "Write %1 for the network, or %2 for the single host.")
                .arg(quoted(masked), quoted(host))));
    }
    const int broadLimit = v4 ? options.broadIpv4Prefix : options.broadIpv6Prefix;
    if (prefix < broadLimit) {
        const QString size = prefix == 0 ? QCoreApplication::translate("spfm::lint", "every %1 address")
                                               .arg(v4 ? QStringLiteral("IPv4") : QStringLiteral("IPv6"))
                                         : QCoreApplication::translate("spfm::lint", "a /%1 network").arg(prefix);
        out.append(makeDiagnostic(
            Code::NetblockTooBroad, t.text, t.offset,
            QCoreApplication::translate("spfm::lint", "%1 authorises %2; no single sender owns that much.")
                .arg(quoted(t.text), size),
            QCoreApplication::translate("spfm::lint", "List only the networks your mail servers send from (e.g. /24 or "
                                                      "narrower for IPv4, /48 or narrower for IPv6).")));
    }
    const NetblockClass cls = classifyNetblock(t.network, prefix);
    if (cls.kind == NetblockKind::Documentation) {
        out.append(makeDiagnostic(
            Code::DocumentationNetblock, t.text, t.offset,
            QCoreApplication::translate("spfm::lint",
                                        "%1 is in the documentation range %2 (%3); it never sends real mail.")
                .arg(quoted(t.text), QString::fromLatin1(cls.range), QString::fromLatin1(cls.source)),
            QCoreApplication::translate("spfm::lint", "Replace the example address with your server's real address.")));
    } else if (cls.kind != NetblockKind::Public) {
        out.append(makeDiagnostic(
            Code::PrivateNetblock, t.text, t.offset,
            QCoreApplication::translate(
                "spfm::lint", "%1 is in the %2 range %3 (%4): receivers on the internet never see mail from it.")
                .arg(quoted(t.text),
                     cls.kind == NetblockKind::Private ? QStringLiteral("private") : QStringLiteral("reserved"),
                     QString::fromLatin1(cls.range), QString::fromLatin1(cls.source)),
            QCoreApplication::translate(
                "spfm::lint", "Use the public address your mail server sends from (the one receivers see), and drop "
                              "this term.")));
    }
}

bool contains(const Term &outer, const Term &inner)
{
    if (outer.mechanism != inner.mechanism)
        return false;
    const int po = netPrefix(outer), pi = netPrefix(inner);
    return po <= pi && inner.network.isInNetwork(outer.network, po);
}

void checkOverlaps(const spf::Record &record, Diagnostics &out)
{
    QVarLengthArray<int, 32> nets;
    for (qsizetype i = 0; i < record.terms.size(); ++i) {
        if (isNetblock(record.terms[i]))
            nets.append(int(i));
    }
    for (qsizetype a = 0; a < nets.size(); ++a) {
        const Term &ta = record.terms[nets[a]];
        for (qsizetype b = 0; b < nets.size(); ++b) {
            if (a == b)
                continue;
            const Term &tb = record.terms[nets[b]];
            if (ta.qualifier != tb.qualifier || !contains(tb, ta))
                continue;
            // Equal networks: report once, on the later term; written identically, it is a duplicate term instead.
            const bool equal = contains(ta, tb);
            if (equal && (b > a || sameTerm(ta, tb)))
                continue;
            out.append(makeDiagnostic(Code::OverlappingNetblocks, ta.text, ta.offset,
                                      QCoreApplication::translate("spfm::lint", "%1 is already covered by %2.")
                                          .arg(quoted(ta.text), quoted(tb.text)),
                                      QCoreApplication::translate("spfm::lint", "Remove %1.").arg(quoted(ta.text))));
            break;
        }
    }
}

bool sameHostSpec(const Term &a, const Term &b)
{
    return a.hasDomainSpec == b.hasDomainSpec && (!a.hasDomainSpec || equalsIgnoreCase(a.domainSpec, b.domainSpec));
}

// An earlier term that already matches every address a later term with another qualifier matches: the later term's
// qualifier never applies (first match wins, §4.6.2).
void checkQualifierConflicts(const spf::Record &record, Diagnostics &out)
{
    using Family = net::IpAddress::Family;
    const QList<Term> &terms = record.terms;
    for (qsizetype later = 0; later < terms.size(); ++later) {
        const Term &tl = terms[later];
        if (!tl.isValid() || !tl.isMechanism())
            continue;
        const bool isNet = isNetblock(tl);
        const bool isHost = tl.mechanism == Mechanism::A || tl.mechanism == Mechanism::Mx;
        if (!isNet && !isHost)
            continue;
        for (qsizetype earlier = 0; earlier < later; ++earlier) {
            const Term &te = terms[earlier];
            if (!te.isValid() || !te.isMechanism() || te.mechanism != tl.mechanism || te.qualifier == tl.qualifier)
                continue;
            const bool shadows = isNet ? contains(te, tl)
                                       : sameHostSpec(te, tl) && te.prefixFor(Family::V4) <= tl.prefixFor(Family::V4) &&
                                             te.prefixFor(Family::V6) <= tl.prefixFor(Family::V6);
            if (!shadows)
                continue;
            out.append(makeDiagnostic(
                Code::QualifierConflict, tl.text, tl.offset,
                QCoreApplication::translate("spfm::lint", "%1 never applies: %2 comes first and already matches every "
                                                          "address it covers, with another qualifier.")
                    .arg(quoted(tl.text), quoted(te.text)),
                QCoreApplication::translate("spfm::lint",
                                            "Move %1 before %2 if its qualifier should win, or remove it.")
                    .arg(quoted(tl.text), quoted(te.text))));
            break;
        }
    }
}

// "include=x", "a=x", "ip4=x": a mechanism name before '=' (without a qualifier, which would make it a syntax error).
bool hasMechanismName(const Term &t)
{
    if (!t.isModifier() || t.modifier != Modifier::Unknown)
        return false;
    for (const char *mechanism : kMechanismNames) {
        if (equalsIgnoreCase(t.name, mechanism))
            return true;
    }
    return false;
}

// §12 makes "include=x" a valid unknown-modifier and §6 has receivers ignore it, so the record evaluates without
// the include: not a syntax error, but an error of the admin's all the same (SPF104, the wrong separator).
void reportMechanismAsModifier(const Term &t, Diagnostics &out)
{
    const QByteArray name = t.name.toLower();
    QString fix;
    if (name == "all")
        fix = QCoreApplication::translate("spfm::lint", "Write %1: the all mechanism takes no argument.")
                  .arg(quoted(QByteArray("all")));
    else if (t.value.isEmpty())
        fix = QCoreApplication::translate("spfm::lint",
                                          "Write %1 followed by its argument: mechanisms take `:`, not `=`.")
                  .arg(quoted(t.name + ':'));
    else
        fix = QCoreApplication::translate("spfm::lint", "Write %1: mechanisms take `:`, not `=`.")
                  .arg(quoted(t.name + ':' + t.value));
    out.append(makeDiagnostic(
        Code::BadSeparator, t.text, t.offset,
        QCoreApplication::translate("spfm::lint",
                                    "%1 is not the %2 mechanism: with `=` it is an unknown modifier, which "
                                    "receivers ignore (RFC 7208 §6), so the intended %2 mechanism is never evaluated.")
            .arg(quoted(t.text), QString::fromLatin1(name)),
        fix));
}

void checkModifierName(const Term &t, Diagnostics &out)
{
    if (hasMechanismName(t)) {
        reportMechanismAsModifier(t, out);
        return;
    }
    const QByteArray name = t.name.toLower();
    if (name == "v") {
        out.append(makeDiagnostic(
            Code::VersionRepeated, t.text, t.offset,
            QCoreApplication::translate("spfm::lint", "%1 inside the record looks like two records merged into one.")
                .arg(quoted(t.text)),
            QCoreApplication::translate("spfm::lint", "Remove %1 and merge the terms of the two records.")
                .arg(quoted(t.text))));
        return;
    }
    if (name == "default" || name == "match_subdomains" || name == "accredit" || name == "op") {
        out.append(makeDiagnostic(
            Code::ObsoleteModifier, t.text, t.offset,
            QCoreApplication::translate("spfm::lint",
                                        "%1 is from pre-standard SPF drafts; RFC 7208 receivers ignore it.")
                .arg(quoted(t.text)),
            name == "default" ? QCoreApplication::translate(
                                    "spfm::lint", "Remove it and end the record with the matching all, e.g. `%1all`.")
                                    .arg(t.value.toLower() == "deny"       ? QStringLiteral("-")
                                         : t.value.toLower() == "softdeny" ? QStringLiteral("~")
                                         : t.value.toLower() == "allow"    ? QStringLiteral("+")
                                                                           : QStringLiteral("?"))
                              : QCoreApplication::translate("spfm::lint", "Remove it.")));
        return;
    }
    for (const char *known : {"redirect", "exp"}) {
        const int limit = qstrlen(known) > 4 ? 2 : 1;
        if (editDistance(name, known, limit) <= limit ||
            (name.startsWith(known) && name.size() <= qsizetype(qstrlen(known)) + 3)) {
            out.append(makeDiagnostic(
                Code::MisspeltModifier, t.text, t.offset,
                QCoreApplication::translate(
                    "spfm::lint", "%1 is not a modifier receivers know: it is ignored, so the %2= you meant never "
                                  "applies.")
                    .arg(quoted(t.text), QString::fromLatin1(known)),
                QCoreApplication::translate("spfm::lint", "Write %1.").arg(quoted(QByteArray(known) + '=' + t.value))));
            return;
        }
    }
    out.append(
        makeDiagnostic(Code::UnknownModifier, t.text, t.offset,
                       QCoreApplication::translate("spfm::lint", "%1 is an unknown modifier; receivers ignore it (§6).")
                           .arg(quoted(t.text)),
                       QCoreApplication::translate("spfm::lint", "Remove it unless a tool of yours reads it.")));
}

} // namespace

void checkRecordText(QByteArrayView text, const spf::Record &record, const LintOptions &options, Diagnostics &out)
{
    // §3.4: keep the answer within a 512-octet UDP reply.
    if (text.size() > 512) {
        out.append(makeDiagnostic(
            Code::RecordOver512, QByteArray(), -1,
            QCoreApplication::translate("spfm::lint",
                                        "The record is %1 octets: the DNS answer cannot fit a 512-octet UDP "
                                        "reply, and some receivers give up over TCP.")
                .arg(text.size()),
            QCoreApplication::translate("spfm::lint", "Shorten it: merge networks, move hosts into an include: of a "
                                                      "sub-domain, drop terms that are never reached.")));
    } else if (text.size() > 450) {
        out.append(makeDiagnostic(
            Code::RecordOver450, QByteArray(), -1,
            QCoreApplication::translate("spfm::lint",
                                        "The record is %1 octets; RFC 7208 §3.4 advises staying under 450 so "
                                        "the whole answer fits in 512.")
                .arg(text.size()),
            QCoreApplication::translate("spfm::lint", "Shorten it: merge networks, move hosts into an include: of a "
                                                      "sub-domain.")));
    }

    bool nonAsciiReported = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (static_cast<unsigned char>(text[i]) < 0x80)
            continue;
        qsizetype start = i, end = i;
        while (start > 0 && text[start - 1] != ' ')
            --start;
        while (end < text.size() && text[end] != ' ')
            ++end;
        out.append(makeDiagnostic(Code::NonAscii, text.sliced(start, end - start), int(start),
                                  QCoreApplication::translate(
                                      "spfm::lint", "Byte 0x%1 at offset %2 is not ASCII: receivers reject the record.")
                                      .arg(static_cast<unsigned char>(text[i]), 2, 16, QLatin1Char('0'))
                                      .arg(i),
                                  QCoreApplication::translate(
                                      "spfm::lint", "Retype the term in plain ASCII (watch for typographic dashes and "
                                                    "non-breaking spaces); write internationalised names in their "
                                                    "xn-- form.")));
        nonAsciiReported = true;
        break;
    }

    for (const spf::ParseIssue &issue : record.issues) {
        if (nonAsciiReported && issue.code == SyntaxError::BadCharacter && hasNonAscii(issue.term))
            continue;
        const Code code = codeForSyntaxError(issue.code, issue.term);
        QString message = issue.message.isEmpty()
                              ? QCoreApplication::translate("spfm::lint", "%1 is not valid.").arg(quoted(issue.term))
                              : issue.message;
        // The diagnostic names the whole term and where it starts; the parser's offset (where inside the term the
        // problem is) stays in the message.
        int offset = issue.offset;
        for (const Term &t : record.terms) {
            if (t.offset <= issue.offset && issue.offset <= t.offset + t.text.size() && t.text == issue.term) {
                offset = t.offset;
                break;
            }
        }
        if (offset == issue.offset && !issue.term.isEmpty()) {
            // Not one term (e.g. two terms joined by a tab): find the quoted text around the problem.
            const qsizetype from = std::max<qsizetype>(0, issue.offset - issue.term.size());
            const qsizetype at = text.indexOf(issue.term, from);
            if (at >= 0 && at <= issue.offset)
                offset = int(at);
        }
        if (offset != issue.offset)
            message += QCoreApplication::translate("spfm::lint", " (at offset %1)").arg(issue.offset);
        out.append(makeDiagnostic(code, issue.term, offset, message, fixForSyntaxError(issue.code, issue.term)));
    }

    const QList<Term> &terms = record.terms;
    const int firstAll = firstAllIndex(record);
    const Term *redirect = nullptr;
    bool deadReported = false;
    int lastMechanism = -1;
    for (qsizetype i = 0; i < terms.size(); ++i) {
        if (terms[i].isValid() && terms[i].isMechanism())
            lastMechanism = int(i);
    }

    for (qsizetype i = 0; i < terms.size(); ++i) {
        const Term &t = terms[i];
        if (!t.isValid())
            continue;
        if (t.isModifier()) {
            if (t.modifier == Modifier::Redirect && !redirect)
                redirect = &t;
            if (t.modifier == Modifier::Unknown)
                checkModifierName(t, out);
            // §6: redirect and exp SHOULD come after all mechanisms.
            if (t.modifier != Modifier::Unknown && i < lastMechanism) {
                out.append(makeDiagnostic(
                    Code::ModifierNotAtEnd, t.text, t.offset,
                    QCoreApplication::translate("spfm::lint", "%1 comes before mechanisms; RFC 7208 §6 advises putting "
                                                              "modifiers last.")
                        .arg(quoted(t.text)),
                    QCoreApplication::translate("spfm::lint", "Move %1 to the end of the record.")
                        .arg(quoted(t.text))));
            }
            // Each "include=x" already has its SPF104; it is not a modifier the admin meant to repeat.
            if (t.modifier == Modifier::Unknown && !hasMechanismName(t)) {
                for (qsizetype j = 0; j < i; ++j) {
                    const Term &o = terms[j];
                    if (o.isValid() && o.isModifier() && o.modifier == Modifier::Unknown &&
                        equalsIgnoreCase(o.name, t.name)) {
                        out.append(makeDiagnostic(
                            Code::ModifierRepeated, t.text, t.offset,
                            QCoreApplication::translate("spfm::lint", "The modifier %1 is given twice.")
                                .arg(quoted(t.name)),
                            QCoreApplication::translate("spfm::lint", "Keep one %1.").arg(quoted(t.name + '='))));
                        break;
                    }
                }
            }
            continue;
        }

        if (firstAll >= 0 && i > firstAll) {
            if (t.mechanism == Mechanism::All) {
                out.append(makeDiagnostic(
                    Code::AllRepeated, t.text, t.offset,
                    QCoreApplication::translate("spfm::lint", "%1 repeats all; only the first all can ever match.")
                        .arg(quoted(t.text)),
                    QCoreApplication::translate("spfm::lint", "Keep one all, at the end.")));
            } else if (!deadReported) {
                int dead = 0;
                for (qsizetype j = i; j < terms.size(); ++j)
                    dead += terms[j].isValid() && terms[j].isMechanism() ? 1 : 0;
                out.append(makeDiagnostic(
                    Code::DeadTermsAfterAll, t.text, t.offset,
                    QCoreApplication::translate("spfm::lint",
                                                "%1 and %2 more mechanism(s) come after %3 and are never evaluated.")
                        .arg(quoted(t.text))
                        .arg(dead - 1)
                        .arg(quoted(terms[firstAll].text)),
                    QCoreApplication::translate(
                        "spfm::lint", "Move %1 to the end of the record, after the mechanisms you want checked.")
                        .arg(quoted(terms[firstAll].text))));
                deadReported = true;
            }
        }

        if (t.mechanism == Mechanism::All && i == firstAll) {
            if (t.qualifier == Qualifier::Pass) {
                out.append(makeDiagnostic(
                    Code::PassAll, t.text, t.offset,
                    QCoreApplication::translate("spfm::lint", "%1 authorises every address on the internet to send as "
                                                              "this domain.")
                        .arg(quoted(t.text)),
                    QCoreApplication::translate("spfm::lint",
                                                "End the record with `-all` (or `~all` while you test).")));
            } else if (t.qualifier == Qualifier::Neutral) {
                out.append(makeDiagnostic(
                    Code::NeutralAll, t.text, t.offset,
                    QCoreApplication::translate("spfm::lint",
                                                "%1 gives unlisted senders a neutral result: no protection.")
                        .arg(quoted(t.text)),
                    QCoreApplication::translate("spfm::lint",
                                                "End the record with `-all` (or `~all` while you test).")));
            }
        }
        if (t.mechanism == Mechanism::Ptr) {
            out.append(makeDiagnostic(
                Code::PtrUsed, t.text, t.offset,
                QCoreApplication::translate("spfm::lint", "%1: RFC 7208 §5.5 says ptr SHOULD NOT be used; it is slow, "
                                                          "unreliable and some receivers skip it.")
                    .arg(quoted(t.text)),
                QCoreApplication::translate("spfm::lint",
                                            "Replace it with ip4:/ip6: for your servers' addresses, or a: "
                                            "with their names.")));
        }
        if (isNetblock(t))
            checkNetblock(t, options, out);

        for (qsizetype j = 0; j < i; ++j) {
            const Term &o = terms[j];
            if (!o.isValid() || !o.isMechanism() || o.mechanism != t.mechanism || t.mechanism == Mechanism::All)
                continue;
            if (t.mechanism == Mechanism::Include && equalsIgnoreCase(o.domainSpec, t.domainSpec)) {
                out.append(makeDiagnostic(Code::DuplicateInclude, t.text, t.offset,
                                          QCoreApplication::translate(
                                              "spfm::lint", "%1 includes %2 again: it spends lookups for nothing (the "
                                                            "first %3 already decided).")
                                              .arg(quoted(t.text), quoted(t.domainSpec), quoted(o.text)),
                                          QCoreApplication::translate("spfm::lint", "Remove %1.").arg(quoted(t.text))));
                break;
            }
            if (t.mechanism != Mechanism::Include && sameTerm(o, t)) {
                out.append(makeDiagnostic(
                    Code::DuplicateTerm, t.text, t.offset,
                    QCoreApplication::translate("spfm::lint", "%1 repeats an earlier term.").arg(quoted(t.text)),
                    QCoreApplication::translate("spfm::lint", "Remove the second %1.").arg(quoted(t.text))));
                break;
            }
        }
    }

    if (firstAll < 0 && !redirect) {
        out.append(makeDiagnostic(
            Code::NoAllNoRedirect, QByteArray(), -1,
            QCoreApplication::translate("spfm::lint", "The record has neither all nor redirect=: unlisted senders get "
                                                      "neutral (§4.7), which protects nothing."),
            QCoreApplication::translate("spfm::lint", "End the record with `-all` (or `~all` while you test).")));
    }
    if (firstAll >= 0 && redirect) {
        out.append(makeDiagnostic(
            Code::RedirectIgnoredBesideAll, redirect->text, redirect->offset,
            QCoreApplication::translate("spfm::lint", "%1 is ignored because the record has %2 (§6.1).")
                .arg(quoted(redirect->text), quoted(terms[firstAll].text)),
            QCoreApplication::translate("spfm::lint", "Remove %1, or remove %2 if the redirect target's policy should "
                                                      "apply.")
                .arg(quoted(terms[firstAll].text), quoted(redirect->text))));
    }
    checkOverlaps(record, out);
    checkQualifierConflicts(record, out);
}

} // namespace spfm::lint::detail
