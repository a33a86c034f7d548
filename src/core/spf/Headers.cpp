// The header fields a receiver adds after check_host(): RFC 7208 §9.1 Received-SPF and the RFC 8601
// Authentication-Results method result.
#include "spf/CheckHost.h"

#include <QList>

namespace spfm::spf {

namespace {

constexpr qsizetype kFoldColumn = 78;     // RFC 5322 §2.1.1: lines SHOULD stay within 78 characters
constexpr QByteArrayView kFold = "\r\n "; // the fold replaces the separating space: unfolding restores it

// Header text must be printable ASCII; anything else (DNS data, a UTF-8 local-part) becomes '?'.
QByteArray ascii(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size());
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        out += (u >= 0x20 && u < 0x7f) ? c : '?';
    }
    return out;
}

bool isAtext(char c)
{
    // RFC 5322 §3.2.3
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           QByteArrayView("!#$%&'*+-/=?^_`{|}~").contains(c);
}

bool isDotAtom(QByteArrayView text)
{
    if (text.isEmpty() || text.startsWith('.') || text.endsWith('.') || text.contains(".."))
        return false;
    for (const char c : text) {
        if (c != '.' && !isAtext(c))
            return false;
    }
    return true;
}

QByteArray quoted(QByteArrayView raw)
{
    QByteArray out = "\"";
    for (const char c : ascii(raw)) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    out += '"';
    return out;
}

// §9.1: a value is a dot-atom or a quoted-string.
QByteArray headerValue(QByteArrayView raw)
{
    const QByteArray text = ascii(raw);
    if (isDotAtom(text))
        return text;
    return quoted(text);
}

// Text inside a comment: parentheses and backslashes would end or break it (RFC 5322 §3.2.2).
QByteArray commentText(QByteArrayView raw)
{
    QByteArray out;
    for (const char c : ascii(raw)) {
        if (c == '(' || c == ')' || c == '\\')
            out += '\\';
        out += c;
    }
    return out;
}

// Problem texts cite "RFC 7208 §4.6"; headers are ASCII, so the sign is spelt out.
QByteArray problemText(const QString &problem)
{
    QString text = problem;
    text.replace(QChar(0xa7), QStringLiteral("section "));
    return ascii(text.toUtf8());
}

QByteArray checkedName(const CheckHostResult &r)
{
    return r.identity == Identity::Helo ? r.helo : r.sender;
}

// The human-readable reason, without the receiver.
QByteArray reasonPhrase(const CheckHostResult &r)
{
    const QByteArray who = "domain of " + checkedName(r);
    const QByteArray ip = r.ip.toText();
    switch (r.result) {
    case Result::Pass: return who + " designates " + ip + " as permitted sender";
    case Result::Fail: return who + " does not designate " + ip + " as permitted sender";
    case Result::SoftFail: return who + " does not designate " + ip + " as permitted sender, softfail";
    case Result::Neutral: return who + " neither permits nor denies " + ip;
    case Result::None: return who + " publishes no SPF record";
    case Result::TempError: return "temporary error while checking the " + who;
    case Result::PermError: return "the SPF record of the " + who + " is in error";
    }
    return QByteArray();
}

// Joins tokens with single spaces, folding before a token that would pass the fold column. A token is never split,
// so a key=value pair or a quoted string stays on one line.
QByteArray fold(const QList<QByteArray> &tokens)
{
    QByteArray out;
    qsizetype column = 0;
    for (const QByteArray &token : tokens) {
        if (out.isEmpty()) {
            out = token;
            column = token.size();
            continue;
        }
        if (column + 1 + token.size() > kFoldColumn) {
            out += kFold;
            column = kFold.size() - 2;
        } else {
            out += ' ';
            ++column;
        }
        out += token;
        column += token.size();
    }
    return out;
}

} // namespace

QByteArray CheckHostResult::receivedSpfHeader() const
{
    QList<QByteArray> tokens;
    tokens.append("Received-SPF:");
    tokens.append(resultName(result));

    // §9.1: the comment says in words what the result means for this client.
    const QList<QByteArray> words = commentText(QByteArray(ascii(receiver) + ": " + reasonPhrase(*this))).split(' ');
    for (qsizetype i = 0; i < words.size(); ++i) {
        QByteArray word = words.at(i);
        if (i == 0)
            word.prepend('(');
        if (i == words.size() - 1)
            word.append(')');
        tokens.append(word);
    }

    auto pair = [&tokens](QByteArrayView key, QByteArrayView value) {
        tokens.append(QByteArray(key.toByteArray() + '=' + headerValue(value) + ';'));
    };
    pair("client-ip", ip.toText());
    if (identity == Identity::MailFrom || !envelopeFrom.isEmpty())
        pair("envelope-from", envelopeFrom);
    if (!helo.isEmpty())
        pair("helo", helo);
    pair("receiver", receiver);
    pair("identity", identity == Identity::Helo ? "helo" : "mailfrom");
    if (!matchedTerm.isEmpty())
        pair("mechanism", matchedTerm);
    if ((result == Result::PermError || result == Result::TempError) && !problem.isEmpty())
        pair("problem", problemText(problem));
    return fold(tokens);
}

QByteArray CheckHostResult::authenticationResults() const
{
    // RFC 8601 §2.2: method "=" result, a comment, reason on errors, then the property that was checked (§2.7.2).
    QByteArray out = "spf=" + resultName(result) + " (" + commentText(reasonPhrase(*this)) + ')';
    if ((result == Result::PermError || result == Result::TempError) && !problem.isEmpty())
        out += " reason=" + quoted(problemText(problem));
    if (identity == Identity::Helo)
        out += " smtp.helo=" + headerValue(helo);
    else
        out += " smtp.mailfrom=" + headerValue(domain);
    return out;
}

} // namespace spfm::spf
