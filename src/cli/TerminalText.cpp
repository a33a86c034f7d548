#include "TerminalText.h"

#include <QStringList>

namespace spfm::cli {

QString shown(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        const QChar::Category category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format)
            c = QChar::ReplacementCharacter;
    }
    return out;
}

QString shown(QByteArrayView utf8)
{
    return shown(QString::fromUtf8(utf8));
}

QString shown(const QByteArray &utf8)
{
    return shown(QByteArrayView(utf8));
}

QString shownLines(QByteArrayView utf8)
{
    return shownLines(QString::fromUtf8(utf8));
}

QString shownLines(const QByteArray &utf8)
{
    return shownLines(QByteArrayView(utf8));
}

QString shownLines(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        line = shown(line);
    }
    return lines.join(QLatin1Char('\n'));
}

QString jsonText(const QJsonDocument &doc, QJsonDocument::JsonFormat format)
{
    const QString json = QString::fromUtf8(doc.toJson(format));
    QString out;
    out.reserve(json.size());
    for (qsizetype i = 0; i < json.size(); ++i) {
        const QChar c = json.at(i);
        // A character outside the BMP (a tag character is a format character) is a surrogate pair: both units.
        const bool pair = c.isHighSurrogate() && i + 1 < json.size() && json.at(i + 1).isLowSurrogate();
        const char32_t code = pair ? QChar::surrogateToUcs4(c, json.at(i + 1)) : c.unicode();
        const QChar::Category category = QChar::category(code);
        if (c != QLatin1Char('\n') && (category == QChar::Other_Control || category == QChar::Other_Format)) {
            for (qsizetype k = i; k <= i + (pair ? 1 : 0); ++k)
                out += QStringLiteral("\\u%1").arg(uint(json.at(k).unicode()), 4, 16, QLatin1Char('0'));
        } else {
            out += c;
            if (pair)
                out += json.at(i + 1);
        }
        if (pair)
            ++i;
    }
    return out;
}

} // namespace spfm::cli
