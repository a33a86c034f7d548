#include "DnsText.h"

#include <QTextDocument>

namespace spfm::gui {

namespace {

bool needsSpelling(char32_t c)
{
    // C0 controls and DEL, C1 controls, and the invisible marks that change the order or direction of what follows
    // (Unicode bidirectional formatting characters, line and paragraph separators).
    return c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || (c >= 0x200e && c <= 0x200f) ||
           (c >= 0x2028 && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

} // namespace

QString visibleText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const char32_t c : text.toUcs4()) {
        if (!needsSpelling(c)) {
            out += QString::fromUcs4(&c, 1);
        } else if (c == '\n') {
            out += QLatin1String("\\n");
        } else if (c == '\r') {
            out += QLatin1String("\\r");
        } else if (c == '\t') {
            out += QLatin1String("\\t");
        } else if (c < 0x100) {
            out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
        } else {
            out += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
        }
    }
    return out;
}

QString visibleText(const QByteArray &utf8)
{
    return visibleText(QString::fromUtf8(utf8));
}

QString plainToolTip(const QString &text)
{
    if (text.isEmpty() || !Qt::mightBeRichText(text))
        return text;
    return Qt::convertFromPlainText(text, Qt::WhiteSpacePre);
}

} // namespace spfm::gui
