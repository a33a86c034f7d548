#include "spf/Macro.h"

#include <QList>
#include <algorithm>

namespace spfm::spf {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

char toLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c + ('a' - 'A')) : c;
}

bool isUpper(char c)
{
    return c >= 'A' && c <= 'Z';
}

// RFC 7208 §7.1: delimiter = "." / "-" / "+" / "," / "/" / "_" / "="
bool isDelimiter(char c)
{
    switch (c) {
    case '.':
    case '-':
    case '+':
    case ',':
    case '/':
    case '_':
    case '=': return true;
    default: return false;
    }
}

// RFC 7208 §7.1: macro-letter; c, r and t are for explanation text only (§7.2).
bool isMacroLetter(char lower)
{
    switch (lower) {
    case 's':
    case 'l':
    case 'o':
    case 'd':
    case 'i':
    case 'p':
    case 'h':
    case 'c':
    case 'r':
    case 't':
    case 'v': return true;
    default: return false;
    }
}

bool isExplanationOnly(char lower)
{
    return lower == 'c' || lower == 'r' || lower == 't';
}

// One %{...} expand, already split into its parts.
struct MacroExpand
{
    char letter = 0; // as written (case tells whether to URL-escape)
    int digits = -1; // -1: not written
    bool reverse = false;
    QByteArrayView delimiters;
    int end = 0; // index just past '}'
};

MacroSyntaxResult failAt(int offset, QString message, bool forbidden = false)
{
    MacroSyntaxResult r;
    r.ok = false;
    r.offset = offset;
    r.message = std::move(message);
    r.forbiddenLetter = forbidden;
    return r;
}

// Reads "%{" letter transformers *delimiter "}" starting at text[start] == '%'.
MacroSyntaxResult readExpand(QByteArrayView text, int start, MacroUse use, MacroExpand &out)
{
    const int n = int(text.size());
    int j = start + 2;
    if (j >= n)
        return failAt(start, QStringLiteral("unterminated macro: \"%{\" needs a letter and a closing \"}\""));
    const char letter = text[j];
    const char lower = toLower(letter);
    if (!isMacroLetter(lower)) {
        return failAt(j, QStringLiteral("unknown macro letter '%1' (RFC 7208 §7.1 allows s l o d i p h c r t v)")
                             .arg(QLatin1Char(letter)));
    }
    if (use == MacroUse::DomainSpec && isExplanationOnly(lower)) {
        return failAt(j,
                      QStringLiteral("macro letter '%1' is allowed only in explanation text (RFC 7208 §7.2)")
                          .arg(QLatin1Char(letter)),
                      true);
    }
    out.letter = letter;
    ++j;
    if (j < n && isDigit(text[j])) {
        const int digitsAt = j;
        int value = 0;
        while (j < n && isDigit(text[j])) {
            value = std::min(value * 10 + (text[j] - '0'), 1000);
            ++j;
        }
        // §7.3: "If a DIGIT is specified, the value MUST be nonzero."
        if (value == 0)
            return failAt(digitsAt, QStringLiteral("the number of parts in a macro must not be zero (RFC 7208 §7.3)"));
        out.digits = value;
    }
    if (j < n && toLower(text[j]) == 'r') {
        out.reverse = true;
        ++j;
    }
    const int delimitersAt = j;
    while (j < n && isDelimiter(text[j]))
        ++j;
    out.delimiters = text.sliced(delimitersAt, j - delimitersAt);
    if (j >= n)
        return failAt(start, QStringLiteral("unterminated macro: missing \"}\""));
    if (text[j] != '}') {
        return failAt(j, QStringLiteral("unexpected '%1' in macro (RFC 7208 §7.1: %{letter digits r delimiters})")
                             .arg(QLatin1Char(text[j])));
    }
    out.end = j + 1;
    return {};
}

// Walks a macro-string; calls onLiteral(view) and onExpand(const MacroExpand &) in order. Stops at the first error.
template <typename Literal, typename Expand>
MacroSyntaxResult walkMacroString(QByteArrayView text, MacroUse use, Literal onLiteral, Expand onExpand)
{
    const int n = int(text.size());
    int literalStart = 0;
    int i = 0;
    while (i < n) {
        const char c = text[i];
        if (c != '%') {
            // §7.1: macro-literal = %x21-24 / %x26-7E; explain-string also allows SP.
            const bool printable = c >= 0x21 && c <= 0x7e;
            if (!printable && !(c == ' ' && use == MacroUse::Explanation)) {
                return failAt(i, (static_cast<unsigned char>(c) >= 0x80)
                                     ? QStringLiteral("non-ASCII byte 0x%1 (RFC 7208 §7.1 allows printable ASCII only)")
                                           .arg(static_cast<unsigned char>(c), 2, 16, QLatin1Char('0'))
                                     : QStringLiteral("control or space character 0x%1 is not allowed here")
                                           .arg(static_cast<unsigned char>(c), 2, 16, QLatin1Char('0')));
            }
            ++i;
            continue;
        }
        if (i > literalStart)
            onLiteral(text.sliced(literalStart, i - literalStart));
        if (i + 1 >= n)
            return failAt(i, QStringLiteral("a lone '%' at the end; write \"%%\" for a literal percent sign"));
        const char next = text[i + 1];
        if (next == '%' || next == '_' || next == '-') {
            onLiteral(next == '%' ? QByteArrayView("%") : next == '_' ? QByteArrayView(" ") : QByteArrayView("%20"));
            i += 2;
        } else if (next == '{') {
            MacroExpand e;
            MacroSyntaxResult r = readExpand(text, i, use, e);
            if (!r.ok)
                return r;
            if (!onExpand(e))
                return failAt(i, QString()); // the caller stops (pending %{p}); not a syntax error
            i = e.end;
        } else {
            return failAt(i, QStringLiteral("'%' must be followed by '{', '%', '_' or '-' (RFC 7208 §7.1); "
                                            "write \"%%\" for a literal percent sign"));
        }
        literalStart = i;
    }
    if (n > literalStart)
        onLiteral(text.sliced(literalStart, n - literalStart));
    return {};
}

// RFC 3986 §2.3 unreserved characters stay; every other octet becomes %XX (§7.3: uppercase macro letters).
void appendUrlEscaped(QByteArray &out, QByteArrayView value)
{
    static const char hex[] = "0123456789ABCDEF";
    for (const char c : value) {
        const auto u = static_cast<unsigned char>(c);
        const bool unreserved = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') ||
                                u == '-' || u == '.' || u == '_' || u == '~';
        if (unreserved) {
            out += c;
        } else {
            out += '%';
            out += hex[u >> 4];
            out += hex[u & 0xf];
        }
    }
}

// §7.3: split on the delimiters (default "."), optionally reverse, keep the right-most N parts, join with ".".
QByteArray transform(QByteArrayView value, const MacroExpand &e)
{
    if (e.digits < 0 && !e.reverse && e.delimiters.isEmpty())
        return value.toByteArray();
    const QByteArrayView delimiters = e.delimiters.isEmpty() ? QByteArrayView(".") : e.delimiters;
    QList<QByteArrayView> parts;
    int start = 0;
    for (int i = 0; i < int(value.size()); ++i) {
        if (delimiters.contains(value[i])) {
            parts.append(value.sliced(start, i - start));
            start = i + 1;
        }
    }
    parts.append(value.sliced(start));
    if (e.reverse)
        std::reverse(parts.begin(), parts.end());
    const qsizetype keep = e.digits < 0 ? parts.size() : std::min<qsizetype>(e.digits, parts.size());
    QByteArray out;
    for (qsizetype i = parts.size() - keep; i < parts.size(); ++i) {
        if (i > parts.size() - keep)
            out += '.';
        out += parts[i];
    }
    return out;
}

} // namespace

MacroSyntaxResult checkMacroString(QByteArrayView text, MacroUse use)
{
    return walkMacroString(
        text, use, [](QByteArrayView) {}, [](const MacroExpand &) { return true; });
}

MacroExpansion expandMacros(QByteArrayView text, const MacroContext &context, MacroUse use)
{
    MacroExpansion result;
    QByteArray &out = result.text;
    out.reserve(text.size() + 32);
    // §5: an IPv4-mapped IPv6 client is an IPv4 client, for the macros too.
    const net::IpAddress ip = context.ip.mappedV4().value_or(context.ip);
    bool pending = false;

    const auto onLiteral = [&out](QByteArrayView literal) { out += literal; };
    const auto onExpand = [&](const MacroExpand &e) {
        QByteArray value;
        switch (toLower(e.letter)) {
        case 's': value = context.sender; break;
        case 'l': value = context.localPart; break;
        case 'o': value = context.senderDomain; break;
        case 'd': value = context.domain; break;
        case 'i':
            // Domain names get the lowercase nibbles of the §7.4 example. Explanation text, which people read and
            // the RFC 7208 suite compares (v-macro-ip6), gets uppercase ones, as the reference implementation writes.
            value = use == MacroUse::Explanation ? ip.macroForm().toUpper() : ip.macroForm();
            break;
        case 'v': value = ip.isV4() ? QByteArray("in-addr") : QByteArray("ip6"); break;
        case 'h': value = context.helo; break;
        case 'c': value = ip.toText(); break;
        case 'r': value = context.receiver; break;
        case 't': value = QByteArray::number(context.timestamp); break;
        case 'p': {
            if (!context.validatedName) {
                value = "unknown";
                break;
            }
            std::optional<QByteArray> name = context.validatedName();
            if (!name) {
                pending = true;
                return false;
            }
            value = *name;
            break;
        }
        default: break;
        }
        const QByteArray transformed = transform(value, e);
        if (isUpper(e.letter))
            appendUrlEscaped(out, transformed);
        else
            out += transformed;
        return true;
    };

    const MacroSyntaxResult syntax = walkMacroString(text, use, onLiteral, onExpand);
    if (pending) {
        result.status = MacroExpansion::Status::Pending;
        result.text.clear();
        return result;
    }
    if (!syntax.ok) {
        result.status = MacroExpansion::Status::SyntaxError;
        result.error = syntax.message;
        result.text.clear();
        return result;
    }
    if (use == MacroUse::DomainSpec) {
        // The name is absolute either way; without the dot it compares equal to names from DNS answers.
        if (out.endsWith('.'))
            out.chop(1);
        // §7.3: drop left-most labels until the name fits in 253 octets.
        while (out.size() > 253) {
            const qsizetype dot = out.indexOf('.');
            // One label longer than any name: cut its left side too, so the result always fits; such a name can
            // only be treated as non-existent (conformance: invalid-domain-long-via-macro).
            if (dot < 0 || out.size() - dot - 1 < 1) {
                out.remove(0, out.size() - 253);
                break;
            }
            out.remove(0, dot + 1);
        }
    }
    return result;
}

} // namespace spfm::spf
