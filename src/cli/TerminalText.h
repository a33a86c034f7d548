#pragma once

#include <QByteArrayView>
#include <QString>

namespace spfm::cli {

// Text from DNS or a zone file, made safe to print on a terminal: control and format characters (escape sequences,
// bidirectional overrides, zero-width characters) become U+FFFD, one for one, so columns (the lint caret) stay put.
// JSON output needs none of this: QJsonDocument escapes what it must.
QString shown(QByteArrayView utf8);
QString shown(const QByteArray &utf8);
QString shown(const QString &text);
// The same for text folded over several lines (a header field): each line on its own, the line breaks kept.
QString shownLines(QByteArrayView utf8);

} // namespace spfm::cli
