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
    QStringList lines = QString::fromUtf8(utf8).split(QLatin1Char('\n'));
    for (QString &line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        line = shown(line);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace spfm::cli
