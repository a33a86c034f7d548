#include "Language.h"

#include "AppSettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace spfm::gui {

namespace {

// The translators of the language shown: the application's own, and Qt's (qtbase) for the texts Qt itself provides.
struct Installed
{
    QTranslator *app = nullptr;
    QTranslator *qt = nullptr;
    QString language;
};

void uninstall(Installed &current)
{
    for (QTranslator *t : {current.app, current.qt}) {
        if (t) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
    current = {};
}

// Standard buttons (Cancel, Close, Yes/No), the file dialog and context menus say Qt's own texts, translated in
// qtbase_<lang>.qm beside Qt (Debian: package qt6-translations-l10n). Loaded only with a translation of the
// application, so Qt's texts never appear in another language than ours.
QTranslator *loadQtTranslation(QCoreApplication &app, const QLocale &locale)
{
    const QString dir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), dir))
        return qt;
    delete qt;
    qWarning("Qt's own translation for %s (qtbase_%s.qm) is not installed in %s: standard buttons stay in English",
             qPrintable(locale.name()), qPrintable(locale.name().left(2)), qPrintable(dir));
    return nullptr;
}

} // namespace

QString installTranslation(QCoreApplication &app, const QString &override)
{
    static Installed current;
    const QString chosen = override.isEmpty() ? AppSettings().language() : override;
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    auto *translator = new QTranslator(&app);
    // The .qm files are embedded by qt_add_translations under :/i18n.
    if (!translator->load(locale, QStringLiteral("spfmanager"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete translator;
        translator = nullptr;
    }
    // Installing or removing a translator makes every window say its texts again: only when the language changes.
    if (translator && current.app && translator->filePath() == current.app->filePath()) {
        delete translator;
        return current.language;
    }
    if (!translator && !current.app)
        return {};
    uninstall(current);
    if (!translator)
        return {};
    // The translator installed last is asked first: ours, so a text we translate ourselves wins over Qt's.
    current.qt = loadQtTranslation(app, locale);
    if (current.qt)
        QCoreApplication::installTranslator(current.qt);
    QCoreApplication::installTranslator(translator);
    current.app = translator;
    current.language = locale.name().left(2);
    return current.language;
}

} // namespace spfm::gui
