#include "Language.h"

#include "AppSettings.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace spfm::gui {

QString installTranslation(QCoreApplication &app, const QString &override)
{
    static QTranslator *current = nullptr;
    static QString currentLanguage;
    const QString chosen = override.isEmpty() ? AppSettings().language() : override;
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    auto *translator = new QTranslator(&app);
    // The .qm files are embedded by qt_add_translations under :/i18n.
    if (!translator->load(locale, QStringLiteral("spfmanager"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete translator;
        translator = nullptr;
    }
    // Installing or removing a translator makes every window say its texts again: only when the language changes.
    if (translator && current && translator->filePath() == current->filePath()) {
        delete translator;
        return currentLanguage;
    }
    if (!translator && !current)
        return {};
    if (current) {
        QCoreApplication::removeTranslator(current);
        delete current;
        current = nullptr;
        currentLanguage.clear();
    }
    if (!translator)
        return {};
    QCoreApplication::installTranslator(translator);
    current = translator;
    currentLanguage = locale.name().left(2);
    return currentLanguage;
}

} // namespace spfm::gui
