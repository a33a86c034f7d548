#include "AddDomainsDialog.h"
#include "AppSettings.h"
#include "DiagnosticsModel.h"
#include "DomainTreeModel.h"
#include "GuiTestSupport.h"
#include "Language.h"
#include "MainWindow.h"
#include "ProjectDocument.h"
#include "SettingsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace spfm;

// A language chosen while the application runs applies at once, to the main window, its models and open dialogs.
class TestLanguage : public QObject
{
    Q_OBJECT

private:
    static void deliver()
    {
        // installTranslator() posts LanguageChange to every top-level window; each passes it on to its children.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    }

    static QString labelText(const QWidget &w, const char *name)
    {
        return w.findChild<QLabel *>(QString::fromLatin1(name))->text();
    }

private slots:
    void initTestCase()
    {
        isolateSettings("tst_language");
        gui::AppSettings().setLanguage(QStringLiteral("en"));
        QCOMPARE(gui::installTranslation(*QCoreApplication::instance(), QStringLiteral("en")), QString());
        deliver();
    }

    void cleanupTestCase() { gui::installTranslation(*QCoreApplication::instance(), QStringLiteral("en")); }

    void switchesWhileRunning()
    {
        gui::MainWindow window;
        QVERIFY(window.openFile(sampleProject(), true));
        window.addDomainList(QStringLiteral("neu.example")); // something to undo
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        gui::AddDomainsDialog dialog(&window);
        dialog.show();

        auto *menuFile = window.findChild<QMenu *>(QStringLiteral("menuFile"));
        auto *records = window.findChild<QTableWidget *>(QStringLiteral("recordsTable"));
        QAction *undo = window.findChild<QAction *>(QStringLiteral("actionUndo"));
        auto *add = dialog.findChild<QPushButton *>(QStringLiteral("addButton"));
        QVERIFY(add);
        const auto header = [](const QAbstractItemModel *m, int section) {
            return m->headerData(section, Qt::Horizontal).toString();
        };
        const auto english = [&] {
            QCOMPARE(menuFile->title(), QStringLiteral("&File"));
            QCOMPARE(header(window.diagnosticsModel(), gui::DiagnosticsModel::MessageColumn),
                     QStringLiteral("Message"));
            QCOMPARE(records->horizontalHeaderItem(2)->text(), QStringLiteral("Role"));
            QVERIFY(labelText(window, "diagnosticsLabel").startsWith(QStringLiteral("Diagnostics (")));
            QVERIFY(undo->text().startsWith(QStringLiteral("&Undo ")));
            QCOMPARE(dialog.windowTitle(), QStringLiteral("Add Domains"));
            QCOMPARE(add->text(), QStringLiteral("&Add"));
        };
        english();

        QSignalSpy treeHeaders(window.domainModel(), &QAbstractItemModel::headerDataChanged);
        QSignalSpy diagnosticHeaders(window.diagnosticsModel(), &QAbstractItemModel::headerDataChanged);
        QSignalSpy treeRows(window.domainModel(), &QAbstractItemModel::dataChanged);
        QCOMPARE(gui::installTranslation(*QCoreApplication::instance(), QStringLiteral("de")), QStringLiteral("de"));
        deliver();

        QCOMPARE(menuFile->title(), QStringLiteral("&Datei"));
        QCOMPARE(header(window.diagnosticsModel(), gui::DiagnosticsModel::MessageColumn), QStringLiteral("Meldung"));
        QCOMPARE(records->horizontalHeaderItem(2)->text(), QStringLiteral("Rolle"));
        QVERIFY(labelText(window, "diagnosticsLabel").startsWith(QStringLiteral("Diagnose (")));
        QVERIFY2(undo->text().startsWith(QStringLiteral("&Rückgängig")), qPrintable(undo->text()));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Domains hinzufügen"));
        QCOMPARE(add->text(), QStringLiteral("&Hinzufügen"));
        // The views were told, so they repaint the headers and the group rows ("Abhängige (n)").
        QVERIFY(treeHeaders.size() >= 1);
        QVERIFY(diagnosticHeaders.size() >= 1);
        QVERIFY(treeRows.size() >= 1);
        const QModelIndex dependents = window.domainModel()->index(1, 0);
        QVERIFY2(dependents.data().toString().startsWith(QStringLiteral("Abhängige")),
                 qPrintable(dependents.data().toString()));

        // Back to English through Settings, as a user does it: the choice applies on OK.
        gui::SettingsDialog settings(window.document()->project(), &window);
        settings.show();
        QCOMPARE(settings.windowTitle(), QStringLiteral("Einstellungen"));
        auto *language = settings.findChild<QComboBox *>(QStringLiteral("languageCombo"));
        language->setCurrentIndex(language->findData(QStringLiteral("en")));
        settings.accept();
        deliver();
        english();
        QCOMPARE(gui::AppSettings().language(), QStringLiteral("en"));
        QCOMPARE(settings.windowTitle(), QStringLiteral("Settings"));
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
