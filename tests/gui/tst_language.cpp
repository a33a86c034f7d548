#include "AddDomainsDialog.h"
#include "AdoptFromDnsDialog.h"
#include "AppSettings.h"
#include "DiagnosticsModel.h"
#include "DomainTreeModel.h"
#include "GuiTestSupport.h"
#include "Language.h"
#include "MainWindow.h"
#include "ProjectDocument.h"
#include "SettingsDialog.h"
#include "lint/Linter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
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
        gui::AdoptFromDnsDialog adopt(window.document()->project(), &window);
        adopt.show();
        auto *adoptButton = adopt.findChild<QPushButton *>(QStringLiteral("adoptButton"));

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
            QCOMPARE(adopt.windowTitle(), QStringLiteral("Adopt from DNS"));
            QCOMPARE(adoptButton->text(), QStringLiteral("&Adopt"));
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
        QCOMPARE(adopt.windowTitle(), QStringLiteral("Aus DNS übernehmen"));
        QCOMPARE(adoptButton->text(), QStringLiteral("Ü&bernehmen"));
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
        // Qt's own texts follow too (qtbase_de.qm): the dialog's standard Cancel button.
        auto *settingsButtons = settings.findChild<QDialogButtonBox *>();
        QVERIFY(settingsButtons && settingsButtons->button(QDialogButtonBox::Cancel));
        QCOMPARE(settingsButtons->button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
        auto *language = settings.findChild<QComboBox *>(QStringLiteral("languageCombo"));
        language->setCurrentIndex(language->findData(QStringLiteral("en")));
        settings.accept();
        deliver();
        english();
        QCOMPARE(gui::AppSettings().language(), QStringLiteral("en"));
        QCOMPARE(settings.windowTitle(), QStringLiteral("Settings"));
    }

    // Qt provides the texts of standard buttons itself; they switch with the language, live, from qtbase_<lang>.qm.
    void qtStandardButtonsFollowTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("texts"); // Cancel, Close, Yes, No
        QTest::newRow("de") << QStringLiteral("de")
                            << QStringList{QStringLiteral("Abbrechen"), QStringLiteral("Schließen"),
                                           QStringLiteral("&Ja"), QStringLiteral("&Nein")};
        QTest::newRow("fr") << QStringLiteral("fr")
                            << QStringList{QStringLiteral("Annuler"), QStringLiteral("Fermer"), QStringLiteral("&Oui"),
                                           QStringLiteral("&Non")};
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringList{QStringLiteral("Cancel"), QStringLiteral("Close"), QStringLiteral("&Yes"),
                                           QStringLiteral("&No")};
    }

    void qtStandardButtonsFollowTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, texts);
        // Made in English, before the switch: the live switch must reach them.
        QDialogButtonBox box(QDialogButtonBox::Cancel | QDialogButtonBox::Close | QDialogButtonBox::Yes |
                             QDialogButtonBox::No);
        QMessageBox question(QMessageBox::Question, QStringLiteral("?"), QStringLiteral("?"),
                             QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel);
        box.show();
        question.show();
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));

        QCOMPARE(gui::installTranslation(*QCoreApplication::instance(), language),
                 language == QLatin1String("en") ? QString() : language);
        deliver();
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), texts.at(0));
        QCOMPARE(box.button(QDialogButtonBox::Close)->text(), texts.at(1));
        QCOMPARE(box.button(QDialogButtonBox::Yes)->text(), texts.at(2));
        QCOMPARE(box.button(QDialogButtonBox::No)->text(), texts.at(3));
        QCOMPARE(question.button(QMessageBox::Cancel)->text(), texts.at(0));
        QCOMPARE(question.button(QMessageBox::Yes)->text(), texts.at(2));

        // One made after the switch says the same.
        QDialogButtonBox later(QDialogButtonBox::Cancel);
        QCOMPARE(later.button(QDialogButtonBox::Cancel)->text(), texts.at(0));

        gui::installTranslation(*QCoreApplication::instance(), QStringLiteral("en"));
        deliver();
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
    }

    // The core marks its diagnostics for translation; the GUI's translators apply to them (the CLI installs none).
    void coreMessagesFollowTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("fix");
        QTest::addColumn<QString>("emptyName");
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringLiteral("`+all` authorises every address on the internet to send as this domain.")
                            << QStringLiteral("End the record with `-all` (or `~all` while you test).")
                            << QStringLiteral("The domain name is empty.");
        QTest::newRow("de") << QStringLiteral("de")
                            << QStringLiteral(
                                   "`+all` erlaubt jeder Adresse im Internet, im Namen dieser Domain zu senden.")
                            << QStringLiteral("Beenden Sie den Eintrag mit `-all` (oder `~all`, solange Sie testen).")
                            << QStringLiteral("Der Domainname ist leer.");
        QTest::newRow("fr") << QStringLiteral("fr")
                            << QStringLiteral(
                                   "`+all` autorise toutes les adresses d’Internet à envoyer au nom de ce domaine.")
                            << QStringLiteral("Terminez l’enregistrement par `-all` (ou `~all` pendant vos essais).")
                            << QStringLiteral("Le nom de domaine est vide.");
    }

    void coreMessagesFollowTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, message);
        QFETCH(QString, fix);
        gui::installTranslation(*QCoreApplication::instance(), language);
        const lint::Diagnostics found = lint::lintRecordText("v=spf1 +all");
        const auto passAll =
            std::find_if(found.cbegin(), found.cend(), [](const lint::Diagnostic &d) { return d.code == "SPF501"; });
        QVERIFY(passAll != found.cend());
        QCOMPARE(passAll->message, message);
        QCOMPARE(passAll->fix, fix);
        QTEST(project::DomainName::parse(QString()).error().message, "emptyName");
        gui::installTranslation(*QCoreApplication::instance(), QStringLiteral("en"));
    }

    // The main window's diagnostics are made again in the new language.
    void windowDiagnosticsFollowTheLanguage()
    {
        gui::MainWindow window;
        window.newProject(QStringLiteral("acme.example"));
        project::Primary primary = window.document()->project().primary;
        primary.all = project::AllQualifier::Pass; // SPF501
        QVERIFY(window.document()->setPrimary(primary, QStringLiteral("open up")).ok());
        window.regenerateNow();
        const auto messages = [&] {
            QStringList out;
            for (const lint::Diagnostic &d : window.diagnosticsModel()->diagnostics())
                out << d.message;
            return out.join(QLatin1Char('\n'));
        };
        QVERIFY2(messages().contains(QStringLiteral("authorises every address")), qPrintable(messages()));
        gui::installTranslation(*QCoreApplication::instance(), QStringLiteral("de"));
        deliver();
        QVERIFY2(messages().contains(QStringLiteral("erlaubt jeder Adresse")), qPrintable(messages()));
        gui::installTranslation(*QCoreApplication::instance(), QStringLiteral("en"));
        deliver();
        QVERIFY2(messages().contains(QStringLiteral("authorises every address")), qPrintable(messages()));
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
