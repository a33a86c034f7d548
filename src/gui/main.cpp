#include "Language.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>
#include <cstdio>

namespace {

struct Options
{
    QCommandLineOption screenshot{
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save an image of the main window to FILE and quit."),
        QStringLiteral("FILE")};
};

void describe(QCommandLineParser &parser, const Options &options)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Manage and verify the SPF records of a mail server and its domains."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(options.screenshot);
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QCoreApplication::translate("main", "The project file to open (.spfproj)."),
                                 QStringLiteral("[FILE]"));
}

} // namespace

int main(int argc, char **argv)
{
    QApplication::setApplicationName(QStringLiteral("SPF Manager"));
    QApplication::setOrganizationName(QStringLiteral("SPF Manager"));
    QApplication::setApplicationVersion(QStringLiteral(SPF_VERSION));

    // --version and --help must answer on a machine without a display, so they are handled before QApplication
    // exists (it aborts when no platform plugin can start). Unknown options are not errors yet: QApplication's
    // own (-platform, -style) are only removed from the arguments once it has been constructed.
    {
        QStringList raw;
        for (int i = 0; i < argc; ++i)
            raw << QString::fromLocal8Bit(argv[i]);
        QCommandLineParser early;
        Options options;
        describe(early, options);
        early.parse(raw);
        if (early.isSet(QStringLiteral("version")) || early.isSet(QStringLiteral("help"))) {
            const QCoreApplication plain(argc, argv); // names the program in the usage line
            if (early.isSet(QStringLiteral("version")))
                early.showVersion();
            early.showHelp();
        }
    }

    QApplication app(argc, argv);
    QCommandLineParser parser;
    Options options;
    describe(parser, options);
    parser.process(app);
    spfm::gui::installTranslation(app);

    spfm::gui::MainWindow window;
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty())
        window.openFile(files.first());
    window.show();
    if (parser.isSet(options.screenshot)) {
        const QString file = parser.value(options.screenshot);
        QTimer::singleShot(0, &window, [&window, file] {
            const bool saved = window.grab().save(file);
            if (!saved)
                std::fprintf(stderr, "spfmanager: cannot write the screenshot to %s\n", qPrintable(file));
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return QApplication::exec();
}
