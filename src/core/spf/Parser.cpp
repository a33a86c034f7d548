#include "spf/Parser.h"

#include "spf/Macro.h"

#include <array>
#include <cstring>
#include <optional>

namespace spfm::spf {

namespace {

bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isAlnum(char c)
{
    return isAlpha(c) || isDigit(c);
}

bool isQualifier(char c)
{
    return c == '+' || c == '-' || c == '~' || c == '?';
}

// Whitespace other than SP that people put between terms; §4.6.1 allows only SP.
bool isOtherWhitespace(char c)
{
    return c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

char toLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c + ('a' - 'A')) : c;
}

bool equalsIgnoreCase(QByteArrayView a, QByteArrayView lowerB)
{
    if (a.size() != lowerB.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (toLower(a[i]) != lowerB[i])
            return false;
    }
    return true;
}

QString latin1(QByteArrayView v)
{
    return QString::fromLatin1(v.data(), v.size());
}

// The names RFC 7208 §12 defines: the eight mechanisms and the two modifiers.
enum class KnownName : std::uint8_t { None, All, Include, A, Mx, Ptr, Ip4, Ip6, Exists, Redirect, Exp };

struct NameLookup
{
    KnownName known = KnownName::None;
    bool lowerCase = false; // written exactly in its usual lower-case spelling
};

// Called for every term, so it compares only against the names of the same length.
NameLookup lookupName(QByteArrayView name)
{
    char lower[8];
    if (name.isEmpty() || name.size() > 8)
        return {};
    bool wasLower = true;
    for (qsizetype i = 0; i < name.size(); ++i) {
        lower[i] = toLower(name[i]);
        wasLower = wasLower && lower[i] == name[i];
    }
    // Only names of the same length reach each comparison, so a fixed-size memcmp is exact.
    const auto l = [&lower](const char *candidate) {
        return std::memcmp(lower, candidate, std::strlen(candidate)) == 0;
    };
    KnownName known = KnownName::None;
    switch (name.size()) {
    case 1:
        if (l("a"))
            known = KnownName::A;
        break;
    case 2:
        if (l("mx"))
            known = KnownName::Mx;
        break;
    case 3:
        if (l("all"))
            known = KnownName::All;
        else if (l("ip4"))
            known = KnownName::Ip4;
        else if (l("ip6"))
            known = KnownName::Ip6;
        else if (l("ptr"))
            known = KnownName::Ptr;
        else if (l("exp"))
            known = KnownName::Exp;
        break;
    case 6:
        if (l("exists"))
            known = KnownName::Exists;
        break;
    case 7:
        if (l("include"))
            known = KnownName::Include;
        break;
    case 8:
        if (l("redirect"))
            known = KnownName::Redirect;
        break;
    default: break;
    }
    return {known, wasLower};
}

std::optional<Mechanism> mechanismOf(KnownName known)
{
    switch (known) {
    case KnownName::All: return Mechanism::All;
    case KnownName::Include: return Mechanism::Include;
    case KnownName::A: return Mechanism::A;
    case KnownName::Mx: return Mechanism::Mx;
    case KnownName::Ptr: return Mechanism::Ptr;
    case KnownName::Ip4: return Mechanism::Ip4;
    case KnownName::Ip6: return Mechanism::Ip6;
    case KnownName::Exists: return Mechanism::Exists;
    case KnownName::None:
    case KnownName::Redirect:
    case KnownName::Exp: break;
    }
    return std::nullopt;
}

std::optional<Mechanism> mechanismFor(QByteArrayView name)
{
    return mechanismOf(lookupName(name).known);
}

// The usual spelling of each name is shared instead of allocated for every term (the parser's hot path).
QByteArray nameText(QByteArrayView name, NameLookup lookup)
{
    // Raw-data arrays over literals: copying one costs no allocation and no reference count.
    static const std::array<QByteArray, 11> common{
        QByteArray(),
        QByteArray::fromRawData("all", 3),
        QByteArray::fromRawData("include", 7),
        QByteArray::fromRawData("a", 1),
        QByteArray::fromRawData("mx", 2),
        QByteArray::fromRawData("ptr", 3),
        QByteArray::fromRawData("ip4", 3),
        QByteArray::fromRawData("ip6", 3),
        QByteArray::fromRawData("exists", 6),
        QByteArray::fromRawData("redirect", 8),
        QByteArray::fromRawData("exp", 3),
    };
    if (lookup.known != KnownName::None && lookup.lowerCase)
        return common[size_t(lookup.known)];
    return name.toByteArray();
}

// A likely intended mechanism for a misspelt one, for the message only.
QByteArrayView suggestionFor(QByteArrayView name)
{
    struct Typo
    {
        QByteArrayView typo;
        QByteArrayView fix;
    };
    static constexpr std::array<Typo, 12> typos{{
        {"ipv4", "ip4"},
        {"ip", "ip4"},
        {"ipv6", "ip6"},
        {"prt", "ptr"},
        {"all.", "all"},
        {"inlcude", "include"},
        {"includes", "include"},
        {"incude", "include"},
        {"exist", "exists"},
        {"mx.", "mx"},
        {"a.", "a"},
        {"spf", "include"},
    }};
    for (const Typo &t : typos) {
        if (equalsIgnoreCase(name, t.typo))
            return t.fix;
    }
    return {};
}

// RFC 7208 §12: name = ALPHA *( ALPHA / DIGIT / "-" / "_" / "." )
bool isModifierName(QByteArrayView name)
{
    if (name.isEmpty() || !isAlpha(name[0]))
        return false;
    for (const char c : name) {
        if (!isAlnum(c) && c != '-' && c != '_' && c != '.')
            return false;
    }
    return true;
}

// RFC 7208 §12: toplabel = ( *alphanum ALPHA *alphanum ) / ( 1*alphanum "-" *( alphanum / "-" ) alphanum )
bool isTopLabel(QByteArrayView label)
{
    if (label.isEmpty())
        return false;
    bool hasAlpha = false;
    bool hasHyphen = false;
    for (const char c : label) {
        if (c == '-')
            hasHyphen = true;
        else if (isAlpha(c))
            hasAlpha = true;
        else if (!isDigit(c))
            return false;
    }
    if (hasHyphen)
        return isAlnum(label.front()) && isAlnum(label.back());
    return hasAlpha;
}

// Collects what went wrong in one term: the first problem only, so each term yields at most one issue.
class TermParser
{
public:
    TermParser(QByteArrayView text, int offset, Term &term)
        : m_text(text)
        , m_offset(offset)
        , m_term(term)
    {}

    std::optional<ParseIssue> run();

private:
    bool fail(SyntaxError code, int pos, QString message)
    {
        m_term.error = code;
        ParseIssue issue;
        issue.code = code;
        issue.offset = m_offset + pos;
        issue.term = m_term.text;
        issue.message = std::move(message);
        m_issue = std::move(issue);
        return false;
    }

    bool parseModifier(int namePos, int eqPos);
    bool parseMechanism(int namePos, int sepPos);
    bool parseDomainSpec(int pos, QByteArrayView spec);
    bool parseCidrValue(int pos, QByteArrayView digits, int max, int &out);
    bool parseDualCidr(int pos, QByteArrayView cidr);
    bool parseAddress(int pos, QByteArrayView value, bool v6);
    bool checkNoCidrSuffix(int pos, QByteArrayView spec);

    QByteArrayView m_text;
    int m_offset;
    Term &m_term;
    std::optional<ParseIssue> m_issue;
};

// Where a trailing "/N", "//N" or "/N//M" starts in a domain-spec-and-CIDR, or -1. A domain-spec must end in a
// toplabel, "." or a macro-expand (§7.1), so a trailing "/digits" can never belong to it.
int cidrSuffixStart(QByteArrayView s)
{
    int i = int(s.size());
    while (i > 0 && isDigit(s[i - 1]))
        --i;
    if (i == 0 || s[i - 1] != '/')
        return -1;
    int start = i - 1;
    if (start > 0 && s[start - 1] == '/') {
        // "//N": an ip6-cidr-length, maybe after an ip4-cidr-length.
        start -= 1;
        int j = start;
        while (j > 0 && isDigit(s[j - 1]))
            --j;
        if (j > 0 && s[j - 1] == '/')
            start = j - 1;
    }
    return start;
}

std::optional<ParseIssue> TermParser::run()
{
    const int n = int(m_text.size());
    // RFC 7208 §12 allows only printable ASCII inside a term.
    for (int i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(m_text[i]);
        if (c > 0x20 && c < 0x7f)
            continue;
        if (isOtherWhitespace(char(c))) {
            fail(SyntaxError::BadTermSeparator, i,
                 QStringLiteral("terms must be separated by spaces only (RFC 7208 §4.6.1), found a %1")
                     .arg(c == '\t' ? QStringLiteral("tab") : QStringLiteral("line break")));
        } else if (c >= 0x80) {
            fail(SyntaxError::BadCharacter, i,
                 QStringLiteral("non-ASCII byte 0x%1 (RFC 7208 §12 allows printable ASCII only)")
                     .arg(uint(c), 2, 16, QLatin1Char('0')));
        } else {
            fail(SyntaxError::BadCharacter, i,
                 QStringLiteral("control character 0x%1 (RFC 7208 §12 allows printable ASCII only)")
                     .arg(uint(c), 2, 16, QLatin1Char('0')));
        }
        return m_issue;
    }
    if (n == 0) {
        fail(SyntaxError::UnknownMechanism, 0, QStringLiteral("empty term"));
        return m_issue;
    }

    int pos = 0;
    if (isQualifier(m_text[0])) {
        m_term.qualifier = static_cast<Qualifier>(m_text[0]);
        m_term.qualifierWritten = true;
        pos = 1;
    }
    int sep = pos;
    while (sep < n && m_text[sep] != ':' && m_text[sep] != '/' && m_text[sep] != '=')
        ++sep;
    if (sep < n && m_text[sep] == '=')
        parseModifier(pos, sep);
    else
        parseMechanism(pos, sep);

    // "ip4:192.0.2.1,ip4:192.0.2.2": a comma used as a separator between otherwise good terms (B03).
    if (m_issue && m_term.error != SyntaxError::BadTermSeparator && m_text.contains(',')) {
        bool allPiecesValid = true;
        int start = 0;
        for (int i = 0; i <= n && allPiecesValid; ++i) {
            if (i == n || m_text[i] == ',') {
                allPiecesValid = i > start && parseTerm(m_text.sliced(start, i - start)).isValid();
                start = i + 1;
            }
        }
        if (allPiecesValid) {
            fail(SyntaxError::BadTermSeparator, int(m_text.indexOf(',')),
                 QStringLiteral("terms must be separated by spaces, not commas (RFC 7208 §4.6.1)"));
        }
    }
    return m_issue;
}

bool TermParser::parseModifier(int namePos, int eqPos)
{
    const QByteArrayView name = m_text.sliced(namePos, eqPos - namePos);
    const QByteArrayView value = m_text.sliced(eqPos + 1);
    const NameLookup lookup = lookupName(name);
    m_term.name = nameText(name, lookup);

    // §12: unknown-modifier = name "=" macro-string, and a mechanism name such as "include" is a valid name, so
    // "include=example.com" is an unknown modifier that receivers ignore (§6), not an error; the linter reports it.
    // With a qualifier ("-include=example.com") it is neither a directive nor a modifier: a mechanism written with
    // the modifier separator.
    if (const std::optional<Mechanism> m = mechanismOf(lookup.known); m && m_term.qualifierWritten) {
        m_term.kind = Term::Kind::Mechanism;
        m_term.mechanism = *m;
        return fail(
            SyntaxError::BadSeparator, eqPos,
            QStringLiteral("\"%1\" is a mechanism: write \"%1:\" instead of \"%1=\" (RFC 7208 §12)").arg(latin1(name)));
    }

    m_term.kind = Term::Kind::Modifier;
    if (lookup.known == KnownName::Redirect)
        m_term.modifier = Modifier::Redirect;
    else if (lookup.known == KnownName::Exp)
        m_term.modifier = Modifier::Exp;
    else
        m_term.modifier = Modifier::Unknown;
    m_term.value = value.toByteArray();

    if (!isModifierName(name)) {
        // A qualifier in front of a bad name ("-=foo") is still reported here: the name is the bigger problem.
        return fail(SyntaxError::BadModifierName, namePos,
                    name.isEmpty() ? QStringLiteral("modifier without a name before '=' (RFC 7208 §12)")
                                   : QStringLiteral("\"%1\" is not a valid modifier name: it must start with a letter "
                                                    "followed by letters, digits, '-', '_' or '.' (RFC 7208 §12)")
                                         .arg(latin1(name)));
    }
    // §12: modifier = redirect / explanation / unknown-modifier; none of them takes a qualifier.
    if (m_term.qualifierWritten) {
        return fail(SyntaxError::BadQualifier, 0,
                    QStringLiteral("a qualifier cannot precede the modifier \"%1\" (RFC 7208 §12)").arg(latin1(name)));
    }

    if (m_term.modifier == Modifier::Unknown) {
        // §12: unknown-modifier = name "=" macro-string; the value is never expanded, but must be well-formed.
        const MacroSyntaxResult r = checkMacroString(value, MacroUse::Explanation);
        if (!r.ok)
            return fail(SyntaxError::BadMacro, eqPos + 1 + r.offset, r.message);
        return true;
    }

    // §6.1, §6.2: redirect = "redirect" "=" domain-spec; explanation = "exp" "=" domain-spec
    m_term.domainSpec = m_term.value;
    m_term.hasDomainSpec = true;
    if (value.isEmpty()) {
        return fail(SyntaxError::MissingDomainSpec, eqPos + 1,
                    QStringLiteral("\"%1=\" needs a domain name (RFC 7208 §6)").arg(latin1(name)));
    }
    return parseDomainSpec(eqPos + 1, value);
}

bool TermParser::parseMechanism(int namePos, int sepPos)
{
    const QByteArrayView name = m_text.sliced(namePos, sepPos - namePos);
    const QByteArrayView arg = m_text.sliced(sepPos); // "", ":..." or "/..."
    m_term.kind = Term::Kind::Mechanism;
    const NameLookup lookup = lookupName(name);
    m_term.name = nameText(name, lookup);

    const std::optional<Mechanism> mech = mechanismOf(lookup.known);
    if (!mech) {
        if (!arg.isEmpty() && arg[0] == ':' &&
            (lookup.known == KnownName::Redirect || lookup.known == KnownName::Exp)) {
            m_term.kind = Term::Kind::Modifier;
            m_term.modifier = lookup.known == KnownName::Exp ? Modifier::Exp : Modifier::Redirect;
            m_term.value = arg.sliced(1).toByteArray();
            return fail(SyntaxError::BadSeparator, sepPos,
                        QStringLiteral("\"%1\" is a modifier: write \"%1=\" instead of \"%1:\" (RFC 7208 §12)")
                            .arg(latin1(name)));
        }
        // "!all", "*mx", "++a": a character that is not + - ~ ? in front of a mechanism (§4.6.2).
        if (!name.isEmpty() && !isAlpha(name[0]) && mechanismFor(name.sliced(1))) {
            m_term.mechanism = *mechanismFor(name.sliced(1));
            return fail(SyntaxError::BadQualifier, namePos,
                        QStringLiteral("'%1' is not a qualifier: use '+', '-', '~' or '?' (RFC 7208 §4.6.2)")
                            .arg(QLatin1Char(name[0])));
        }
        if (name.isEmpty() && arg.isEmpty())
            return fail(SyntaxError::UnknownMechanism, namePos,
                        QStringLiteral("a qualifier must be followed by a mechanism (RFC 7208 §4.6.2)"));
        const QByteArrayView fix = suggestionFor(name);
        QString message = QStringLiteral("unknown mechanism \"%1\" (RFC 7208 §5)").arg(latin1(name));
        if (!fix.isEmpty())
            message += QStringLiteral("; did you mean \"%1\"?").arg(latin1(fix));
        return fail(SyntaxError::UnknownMechanism, namePos, std::move(message));
    }
    m_term.mechanism = *mech;

    const bool hasColon = !arg.isEmpty() && arg[0] == ':';
    const QByteArrayView afterColon = hasColon ? arg.sliced(1) : QByteArrayView();
    const int argPos = sepPos + 1;

    switch (*mech) {
    case Mechanism::All:
        // §5.1: all = "all"
        if (arg.isEmpty())
            return true;
        if (arg[0] == '/')
            return fail(SyntaxError::CidrNotAllowed, sepPos,
                        QStringLiteral("\"all\" takes no CIDR length (RFC 7208 §5.1)"));
        return fail(SyntaxError::UnexpectedArgument, sepPos,
                    QStringLiteral("\"all\" takes no argument (RFC 7208 §5.1)"));

    case Mechanism::Include:
    case Mechanism::Exists:
        // §5.2, §5.7: the domain-spec is required and no CIDR length is allowed.
        if (!hasColon || afterColon.isEmpty()) {
            if (!arg.isEmpty() && arg[0] == '/')
                return fail(SyntaxError::CidrNotAllowed, sepPos,
                            QStringLiteral("\"%1\" takes a domain, not a CIDR length (RFC 7208 §5)").arg(latin1(name)));
            return fail(SyntaxError::MissingDomainSpec, hasColon ? argPos : sepPos,
                        QStringLiteral("\"%1\" needs a domain: \"%1:example.com\" (RFC 7208 §5)").arg(latin1(name)));
        }
        m_term.domainSpec = afterColon.toByteArray();
        m_term.hasDomainSpec = true;
        return checkNoCidrSuffix(argPos, afterColon) && parseDomainSpec(argPos, afterColon);

    case Mechanism::Ptr:
        // §5.5: ptr = "ptr" [ ":" domain-spec ]
        if (arg.isEmpty())
            return true;
        if (!hasColon)
            return fail(SyntaxError::CidrNotAllowed, sepPos,
                        QStringLiteral("\"ptr\" takes no CIDR length (RFC 7208 §5.5)"));
        if (afterColon.isEmpty())
            return fail(SyntaxError::MissingDomainSpec, argPos,
                        QStringLiteral("\"ptr:\" needs a domain, or drop the ':' (RFC 7208 §5.5)"));
        m_term.domainSpec = afterColon.toByteArray();
        m_term.hasDomainSpec = true;
        return checkNoCidrSuffix(argPos, afterColon) && parseDomainSpec(argPos, afterColon);

    case Mechanism::A:
    case Mechanism::Mx: {
        // §5.3, §5.4: [ ":" domain-spec ] [ dual-cidr-length ]
        if (arg.isEmpty())
            return true;
        if (!hasColon)
            return parseDualCidr(sepPos, arg);
        const int cidrAt = cidrSuffixStart(afterColon);
        const QByteArrayView spec = cidrAt < 0 ? afterColon : afterColon.first(cidrAt);
        if (spec.isEmpty()) {
            return fail(SyntaxError::MissingDomainSpec, argPos,
                        QStringLiteral("\"%1:\" needs a domain, or drop the ':' (RFC 7208 §5)").arg(latin1(name)));
        }
        m_term.domainSpec = spec.toByteArray();
        m_term.hasDomainSpec = true;
        if (!parseDomainSpec(argPos, spec))
            return false;
        return cidrAt < 0 || parseDualCidr(argPos + cidrAt, afterColon.sliced(cidrAt));
    }

    case Mechanism::Ip4:
    case Mechanism::Ip6: {
        // §5.6: ip4 = "ip4" ":" ip4-network [ ip4-cidr-length ]; ip6 likewise.
        const bool v6 = *mech == Mechanism::Ip6;
        if (!hasColon || afterColon.isEmpty()) {
            return fail(SyntaxError::BadAddress, hasColon ? argPos : sepPos,
                        QStringLiteral("\"%1\" needs an address: \"%1:%2\" (RFC 7208 §5.6)")
                            .arg(latin1(name), v6 ? QStringLiteral("2001:db8::/32") : QStringLiteral("192.0.2.0/24")));
        }
        const qsizetype slash = afterColon.indexOf('/');
        const QByteArrayView address = slash < 0 ? afterColon : afterColon.first(slash);
        if (!parseAddress(argPos, address, v6))
            return false;
        if (slash < 0)
            return true;
        const QByteArrayView cidr = afterColon.sliced(slash);
        const int cidrPos = argPos + int(slash);
        if (cidr.startsWith("//")) {
            return fail(SyntaxError::BadCidr, cidrPos,
                        QStringLiteral("\"%1\" takes one prefix length; \"//\" belongs to a and mx (RFC 7208 §5.6)")
                            .arg(latin1(name)));
        }
        int *target = v6 ? &m_term.cidr6 : &m_term.cidr4;
        return parseCidrValue(cidrPos, cidr.sliced(1), v6 ? 128 : 32, *target);
    }
    }
    return true;
}

bool TermParser::parseAddress(int pos, QByteArrayView value, bool v6)
{
    const std::optional<net::IpAddress> ip = v6 ? net::IpAddress::parseV6(value) : net::IpAddress::parseV4(value);
    if (ip) {
        m_term.network = *ip;
        return true;
    }
    const std::optional<net::IpAddress> other = v6 ? net::IpAddress::parseV4(value) : net::IpAddress::parseV6(value);
    if (other) {
        return fail(SyntaxError::BadAddress, pos,
                    v6 ? QStringLiteral("\"%1\" is an IPv4 address: use ip4: (RFC 7208 §5.6)").arg(latin1(value))
                       : QStringLiteral("\"%1\" is an IPv6 address: use ip6: (RFC 7208 §5.6)").arg(latin1(value)));
    }
    return fail(SyntaxError::BadAddress, pos,
                v6 ? QStringLiteral("\"%1\" is not an IPv6 address (RFC 4291 §2.2 text form)").arg(latin1(value))
                   : QStringLiteral("\"%1\" is not an IPv4 address: write all four decimal octets, without "
                                    "leading zeros (RFC 7208 §5.6)")
                         .arg(latin1(value)));
}

// §12: ip4-cidr-length = "/" ("0" / %x31-39 0*1DIGIT); ip6-cidr-length = "/" ("0" / %x31-39 0*2DIGIT)
bool TermParser::parseCidrValue(int pos, QByteArrayView digits, int max, int &out)
{
    bool ok = !digits.isEmpty() && digits.size() <= 3;
    int value = 0;
    for (qsizetype i = 0; ok && i < digits.size(); ++i) {
        ok = isDigit(digits[i]);
        value = value * 10 + (digits[i] - '0');
    }
    if (!ok) {
        return fail(SyntaxError::BadCidr, pos,
                    digits.isEmpty()
                        ? QStringLiteral("empty prefix length after '/' (RFC 7208 §5.6)")
                        : QStringLiteral("\"/%1\" is not a prefix length (RFC 7208 §5.6)").arg(latin1(digits)));
    }
    if (digits.size() > 1 && digits[0] == '0') {
        return fail(SyntaxError::BadCidr, pos,
                    QStringLiteral("prefix length \"/%1\" has a leading zero (RFC 7208 §12)").arg(latin1(digits)));
    }
    if (value > max) {
        return fail(SyntaxError::BadCidr, pos,
                    QStringLiteral("prefix length /%1 is over %2 (RFC 7208 §5.6)").arg(value).arg(max));
    }
    out = value;
    return true;
}

// §12: dual-cidr-length = [ ip4-cidr-length ] [ "/" ip6-cidr-length ]; cidr starts with '/'.
bool TermParser::parseDualCidr(int pos, QByteArrayView cidr)
{
    if (cidr.startsWith("//"))
        return parseCidrValue(pos, cidr.sliced(2), 128, m_term.cidr6);
    const qsizetype dual = cidr.indexOf("//");
    if (dual < 0)
        return parseCidrValue(pos, cidr.sliced(1), 32, m_term.cidr4);
    return parseCidrValue(pos, cidr.sliced(1, dual - 1), 32, m_term.cidr4) &&
           parseCidrValue(pos + int(dual), cidr.sliced(dual + 2), 128, m_term.cidr6);
}

bool TermParser::checkNoCidrSuffix(int pos, QByteArrayView spec)
{
    const int at = cidrSuffixStart(spec);
    if (at <= 0)
        return true;
    return fail(SyntaxError::CidrNotAllowed, pos + at,
                QStringLiteral("\"%1\" takes no CIDR length (RFC 7208 §5)").arg(latin1(m_term.name)));
}

// §7.1: domain-spec = macro-string domain-end; domain-end = ( "." toplabel [ "." ] ) / macro-expand.
// Literal labels are also held to RFC 1035 (no empty label, at most 63 octets): such a name can never be looked up.
bool TermParser::parseDomainSpec(int pos, QByteArrayView spec)
{
    const MacroSyntaxResult macro = checkMacroString(spec, MacroUse::DomainSpec);
    if (!macro.ok) {
        return fail(macro.forbiddenLetter ? SyntaxError::MacroNotAllowed : SyntaxError::BadMacro, pos + macro.offset,
                    macro.message);
    }

    const int n = int(spec.size());
    const bool hasMacro = spec.contains('%');
    int labelStart = 0;
    bool labelHasMacro = false;
    bool endsWithMacro = false;
    int lastDot = -1;
    int dotBeforeLast = -1;
    for (int i = 0; i <= n;) {
        if (i == n || spec[i] == '.') {
            const int length = i - labelStart;
            const bool trailingDot = i == n && labelStart == n && n > 0;
            if (!labelHasMacro && length == 0 && !trailingDot) {
                return fail(SyntaxError::BadDomainSpec, pos + labelStart,
                            QStringLiteral("\"%1\" has an empty label").arg(latin1(spec)));
            }
            if (!labelHasMacro && length > 63) {
                return fail(
                    SyntaxError::BadDomainSpec, pos + labelStart,
                    QStringLiteral("a label of \"%1\" is longer than 63 octets (RFC 1035 §2.3.4)").arg(latin1(spec)));
            }
            if (i == n)
                break;
            dotBeforeLast = lastDot;
            lastDot = i;
            labelStart = i + 1;
            labelHasMacro = false;
            endsWithMacro = false;
            ++i;
            continue;
        }
        if (spec[i] == '%') {
            labelHasMacro = true;
            endsWithMacro = true;
            if (spec[i + 1] == '{')
                i = int(spec.indexOf('}', i)) + 1;
            else
                i += 2;
            continue;
        }
        endsWithMacro = false;
        ++i;
    }
    if (endsWithMacro)
        return true;

    // "." toplabel [ "." ]
    int end = n;
    if (spec.endsWith('.')) {
        end = n - 1;
        lastDot = dotBeforeLast;
    }
    const QByteArrayView top = spec.sliced(lastDot + 1, end - (lastDot + 1));
    if (lastDot < 0) {
        return fail(
            SyntaxError::BadDomainSpec, pos,
            QStringLiteral("\"%1\" is a single label; a domain needs at least two (RFC 7208 §7.1)").arg(latin1(spec)));
    }
    if (!isTopLabel(top)) {
        bool numeric = !top.isEmpty();
        for (const char c : top)
            numeric = numeric && isDigit(c);
        if (numeric && !hasMacro && net::IpAddress::parseV4(spec.first(end))) {
            return fail(
                SyntaxError::BadDomainSpec, pos,
                QStringLiteral("\"%1\" is an IP address: use ip4:%1 (RFC 7208 §5.6)").arg(latin1(spec.first(end))));
        }
        return fail(SyntaxError::BadDomainSpec, pos + lastDot + 1,
                    numeric ? QStringLiteral("the last label \"%1\" is all digits (RFC 7208 §7.1)").arg(latin1(top))
                            : QStringLiteral("\"%1\" is not a valid last label: letters, digits and inner hyphens "
                                             "only, with at least one letter (RFC 7208 §7.1)")
                                  .arg(latin1(top)));
    }
    if (!hasMacro && end > 253) {
        return fail(SyntaxError::BadDomainSpec, pos,
                    QStringLiteral("\"%1\" is longer than 253 octets (RFC 1035 §3.1)").arg(latin1(spec)));
    }
    return true;
}

// Splits one space-delimited chunk further at tabs and line breaks, so terms after them are still checked.
void parseChunk(Record &record, QByteArrayView text, int start, int end)
{
    int pieceStart = start;
    for (int i = start; i <= end; ++i) {
        if (i < end && !isOtherWhitespace(text[i]))
            continue;
        if (i < end) {
            ParseIssue issue;
            issue.code = SyntaxError::BadTermSeparator;
            issue.offset = i;
            issue.term = text.sliced(start, end - start).toByteArray();
            issue.message = QStringLiteral("terms must be separated by spaces only (RFC 7208 §4.6.1), found a %1")
                                .arg(text[i] == '\t' ? QStringLiteral("tab") : QStringLiteral("line break"));
            record.issues.append(std::move(issue));
        }
        if (i > pieceStart) {
            Term &term = record.terms.emplace_back();
            term.text = text.sliced(pieceStart, i - pieceStart).toByteArray();
            term.offset = pieceStart;
            if (std::optional<ParseIssue> issue = TermParser(term.text, pieceStart, term).run())
                record.issues.append(std::move(*issue));
        }
        pieceStart = i + 1;
    }
}

} // namespace

bool isSpfRecord(QByteArrayView text)
{
    // §4.5: the version section is "v=spf1" (ABNF strings are case-insensitive) followed by SP or the end.
    return text.size() >= 6 && equalsIgnoreCase(text.first(6), "v=spf1") && (text.size() == 6 || text[6] == ' ');
}

Record parseRecord(QByteArrayView text)
{
    Record record;
    record.text = text.toByteArray();
    const int n = int(text.size());
    if (!isSpfRecord(text)) {
        ParseIssue issue;
        issue.code = SyntaxError::BadVersion;
        issue.offset = 0;
        const qsizetype space = text.indexOf(' ');
        issue.term = (space < 0 ? text : text.first(space)).toByteArray();
        issue.message = QStringLiteral("an SPF record starts with \"v=spf1\" followed by a space or the end "
                                       "(RFC 7208 §4.5)");
        record.issues.append(std::move(issue));
        return record;
    }

    int spaces = 0;
    for (int i = 6; i < n; ++i)
        spaces += text[i] == ' ';
    record.terms.reserve(spaces);

    // §12: record = version terms *SP; terms = *( 1*SP ( directive / modifier ) )
    int i = 6;
    while (i < n) {
        while (i < n && text[i] == ' ')
            ++i;
        const int start = i;
        while (i < n && text[i] != ' ')
            ++i;
        if (i > start)
            parseChunk(record, text, start, i);
    }

    // §6: redirect and exp may each appear at most once.
    const Term *seen[2] = {nullptr, nullptr};
    for (const Term &term : std::as_const(record.terms)) {
        if (!term.isModifier() || term.modifier == Modifier::Unknown || !term.isValid())
            continue;
        const Term *&first = seen[term.modifier == Modifier::Redirect ? 0 : 1];
        if (!first) {
            first = &term;
            continue;
        }
        ParseIssue issue;
        issue.code = SyntaxError::DuplicateModifier;
        issue.offset = term.offset;
        issue.term = term.text;
        issue.message =
            QStringLiteral("\"%1\" appears more than once (RFC 7208 §6)")
                .arg(term.modifier == Modifier::Redirect ? QStringLiteral("redirect=") : QStringLiteral("exp="));
        record.issues.append(std::move(issue));
    }
    return record;
}

Term parseTerm(QByteArrayView text)
{
    Term term;
    term.text = text.toByteArray();
    TermParser(term.text, 0, term).run();
    return term;
}

QByteArray serializeTerm(const Term &term)
{
    if (!term.isValid())
        return term.text;
    QByteArray out;
    out.reserve(term.text.size() + 8);
    if (term.qualifierWritten)
        out += char(term.qualifier);
    out += term.name;
    if (term.isModifier()) {
        out += '=';
        out += term.value;
        return out;
    }
    switch (term.mechanism) {
    case Mechanism::All: break;
    case Mechanism::Include:
    case Mechanism::Exists:
    case Mechanism::Ptr:
    case Mechanism::A:
    case Mechanism::Mx:
        if (term.hasDomainSpec) {
            out += ':';
            out += term.domainSpec;
        }
        break;
    case Mechanism::Ip4:
    case Mechanism::Ip6: {
        out += ':';
        // Keep the address as the admin wrote it ("Cafe:Babe::") when it still says the same thing.
        const qsizetype colon = term.text.indexOf(':');
        const qsizetype slash = term.text.indexOf('/');
        const QByteArrayView written =
            colon < 0 ? QByteArrayView()
                      : QByteArrayView(term.text).sliced(colon + 1, (slash < 0 ? term.text.size() : slash) - colon - 1);
        const std::optional<net::IpAddress> parsed = net::IpAddress::parse(written);
        if (parsed && *parsed == term.network)
            out += written;
        else
            out += term.network.toText();
        break;
    }
    }
    const bool ip6 = term.mechanism == Mechanism::Ip6;
    if (term.cidr4 >= 0 && !ip6) {
        out += '/';
        out += QByteArray::number(term.cidr4);
    }
    if (term.cidr6 >= 0 && term.mechanism != Mechanism::Ip4) {
        out += ip6 ? "/" : "//";
        out += QByteArray::number(term.cidr6);
    }
    return out;
}

QByteArray serializeRecord(const Record &record)
{
    QByteArray out;
    out.reserve(record.text.size() + 8);
    // The version tag is written in its canonical form; §4.5 compares it case-insensitively.
    out += "v=spf1";
    for (const Term &term : record.terms) {
        out += ' ';
        out += serializeTerm(term);
    }
    return out;
}

} // namespace spfm::spf
