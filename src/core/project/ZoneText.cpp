#include "project/ZoneText.h"

namespace spfm::project::zonetext {

namespace {

void appendDecimalEscape(QByteArray &out, unsigned char c)
{
    out += '\\';
    out += char('0' + c / 100);
    out += char('0' + (c / 10) % 10);
    out += char('0' + c % 10);
}

} // namespace

QByteArray quoted(const QByteArray &characterString)
{
    QByteArray out;
    out.reserve(characterString.size() + 8);
    out += '"';
    for (char ch : characterString) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += ch;
        } else if (c < 0x20 || c >= 0x7f) {
            appendDecimalEscape(out, c);
        } else {
            out += ch;
        }
    }
    out += '"';
    return out;
}

QByteArray txtRdata(const QList<QByteArray> &strings)
{
    QByteArray out;
    for (const QByteArray &s : strings) {
        if (!out.isEmpty())
            out += ' ';
        out += quoted(s);
    }
    return out;
}

QByteArray absoluteName(const QByteArray &name)
{
    QByteArray out;
    out.reserve(name.size() + 1);
    for (char ch : name) {
        const auto c = static_cast<unsigned char>(ch);
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                           c == '_' || c == '*' || c == '.';
        if (plain)
            out += ch;
        else
            appendDecimalEscape(out, c);
    }
    if (!out.endsWith('.'))
        out += '.';
    return out;
}

} // namespace spfm::project::zonetext
