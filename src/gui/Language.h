#pragma once

#include <QString>

class QCoreApplication;

namespace spfm::gui {

// Loads the translation for the language chosen in Settings, or the system's when none was chosen, with Qt's own
// translation (qtbase: standard buttons, file dialogs) for that language. Returns the language installed ("" for
// English, the source language). Nothing happens when that language is already the one shown; otherwise every window
// gets a QEvent::LanguageChange.
QString installTranslation(QCoreApplication &app, const QString &override = {});

} // namespace spfm::gui
