#include "Language.h"

#include "AppSettings.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace spfm::gui {

QString installTranslation(QCoreApplication &app, const QString &override)
{
    static QTranslator *current = nullptr;
    if (current) {
        QCoreApplication::removeTranslator(current);
        delete current;
        current = nullptr;
    }
    const QString chosen = override.isEmpty() ? AppSettings().language() : override;
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    auto *translator = new QTranslator(&app);
    // The .qm files are embedded by qt_add_translations under :/i18n.
    if (!translator->load(locale, QStringLiteral("spfmanager"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete translator;
        return {};
    }
    QCoreApplication::installTranslator(translator);
    current = translator;
    return locale.name().left(2);
}

} // namespace spfm::gui
