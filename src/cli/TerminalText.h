#pragma once

#include <QByteArrayView>
#include <QJsonDocument>
#include <QString>

namespace spfm::cli {

// Text from DNS or a zone file, made safe to print on a terminal: control and format characters (escape sequences,
// bidirectional overrides, zero-width characters) become U+FFFD, one for one, so columns (the lint caret) stay put.
// JSON output keeps the real text; jsonText() writes it so that it, too, is safe on a terminal.
QString shown(QByteArrayView utf8);
QString shown(const QByteArray &utf8);
QString shown(const QString &text);
// The same for text folded over several lines (a header field): each line on its own, the line breaks kept.
QString shownLines(QByteArrayView utf8);
QString shownLines(const QByteArray &utf8);
QString shownLines(const QString &text);
// The document as JSON text in which every control and format character is a \uXXXX escape. QJsonDocument escapes
// only those below U+0020; a C1 control (U+009B is CSI on 8-bit terminals) or a bidirectional override would reach
// the terminal raw. Outside strings JSON has none of them, so the escapes change no value.
QString jsonText(const QJsonDocument &doc, QJsonDocument::JsonFormat format);

} // namespace spfm::cli
