#pragma once

#include <QString>

namespace spfm::gui {

// Text that came from DNS (a TXT record, an explanation, a trace line quoting one) is untrusted: shown as it is, a
// control character, a line break or a direction override could hide or reorder what the user reads. visibleText()
// spells those characters out ("\x1b", "\n", "\u202e"); everything else, tags included, stays as written.
QString visibleText(const QString &text);
QString visibleText(const QByteArray &utf8);

// Qt shows a tooltip as rich text when it looks like HTML (Qt::mightBeRichText); this one always shows the
// characters given, so "<b>" in a record appears as "<b>".
QString plainToolTip(const QString &text);

} // namespace spfm::gui
