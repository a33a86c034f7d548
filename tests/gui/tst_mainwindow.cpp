#include "DomainFilterModel.h"
#include "DomainTreeModel.h"
#include "GuiTestSupport.h"
#include "Language.h"
#include "MainWindow.h"
#include "PolicyEditor.h"
#include "ProjectDocument.h"
#include "project/ProjectFile.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFontMetrics>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QtWidgets>

using spfm::gui::DomainTreeModel;
using spfm::gui::MainWindow;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

    static int dependentRows(MainWindow &w) { return w.domainModel()->rowCount(w.domainModel()->index(1, 0)); }

    // Answers the next modal message box with the given button, as a user would.
    static void answerNextMessageBox(QMessageBox::StandardButton button)
    {
        QTimer::singleShot(0, qApp, [button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (box)
                box->button(button)->click();
        });
    }

private slots:
    void initTestCase()
    {
        isolateSettings("tst_mainwindow");
        QSettings().clear();
        QVERIFY(m_tmp.isValid());
        QVERIFY2(QFileInfo::exists(sampleProject()), qPrintable(sampleProject()));
        // Without a font every glyph is a box and the screenshots would be worthless.
        QVERIFY(QFontMetrics(QApplication::font()).inFont(QLatin1Char('A')));
    }

    void opensAndCloses()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.windowTitle().contains(QStringLiteral("SPF Manager")));
        QVERIFY(!window.menuBar()->actions().isEmpty());
        QVERIFY(window.close());
    }

    void standardShortcuts()
    {
        MainWindow window;
        const auto shortcut = [&window](const char *name) {
            const auto actions = window.findChildren<QAction *>(QString::fromLatin1(name));
            return actions.size() == 1 ? actions.first()->shortcut() : QKeySequence();
        };
        QCOMPARE(shortcut("actionQuit"), QKeySequence(QKeySequence::Quit));
        QCOMPARE(shortcut("actionUndo"), QKeySequence(QKeySequence::Undo));
        QCOMPARE(shortcut("actionRedo"), QKeySequence(QKeySequence::Redo));
        QCOMPARE(shortcut("actionSave"), QKeySequence(QKeySequence::Save));
        QCOMPARE(shortcut("actionOpen"), QKeySequence(QKeySequence::Open));
        QCOMPARE(shortcut("actionNew"), QKeySequence(QKeySequence::New));
    }

    void everyActionAndControlIsExplained()
    {
        MainWindow window;
        for (QAction *a : window.findChildren<QAction *>()) {
            if (a->objectName().startsWith(QLatin1String("action")))
                QVERIFY2(!a->toolTip().isEmpty() && a->toolTip() != a->text(), qPrintable(a->objectName()));
        }
        for (QWidget *w : window.findChildren<QWidget *>()) {
            const bool interactive = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) ||
                                     qobject_cast<QAbstractItemView *>(w) || qobject_cast<QComboBox *>(w) ||
                                     qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QPlainTextEdit *>(w);
            if (!interactive || w->objectName().isEmpty() || w->objectName().startsWith(QLatin1String("qt_")))
                continue;
            QVERIFY2(!w->accessibleName().isEmpty() || qobject_cast<QAbstractButton *>(w), qPrintable(w->objectName()));
        }
    }

    void opensTheSampleProject()
    {
        MainWindow window;
        QVERIFY(window.openFile(sampleProject(), true));
        QVERIFY(window.windowTitle().contains(QStringLiteral("acme.spfproj")));
        QVERIFY(!window.isWindowModified());
        QVERIFY(dependentRows(window) > 0);
        const auto &project = window.document()->project();
        QCOMPARE(window.selectedDomain(), project.primary.domain.ace());
        QVERIFY(window.generatedRecordText().startsWith(QLatin1String("v=spf1 ")));
        QCOMPARE(window.recentFiles().value(0), QFileInfo(sampleProject()).absoluteFilePath());
    }

    void refusesABrokenFileAndKeepsTheProject()
    {
        MainWindow window;
        QVERIFY(window.openFile(sampleProject(), true));
        const QString broken = m_tmp.filePath(QStringLiteral("broken.spfproj"));
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ \"format\": \"spfmanager-project\", ");
        f.close();
        QVERIFY(!window.openFile(broken, true));
        QVERIFY(window.windowTitle().contains(QStringLiteral("acme.spfproj")));
    }

    void addEditUndoRedoSaveReload()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(sampleProject(), true));
        QAbstractItemModelTester tester(window.domainModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(window.filterModel(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int before = dependentRows(window);
        const QByteArray originalRecord = window.generatedRecordText().toUtf8();

        // Add a dependent.
        const auto report = window.addDomainList(QStringLiteral("new-dependent.example\n"));
        QCOMPARE(report.added, 1);
        QVERIFY(report.refused.isEmpty());
        QCOMPARE(dependentRows(window), before + 1);
        QVERIFY(window.isWindowModified());
        QVERIFY(window.windowTitle().contains(QLatin1Char('*')) || window.isWindowModified());

        // Edit the primary through the policy editor.
        window.selectDomain(window.document()->project().primary.domain.ace());
        QVERIFY(window.policyEditor()->addTerm(QStringLiteral("ip4:203.0.113.7")));
        window.regenerateNow();
        QVERIFY(window.generatedRecordText().contains(QLatin1String("ip4:203.0.113.7")));
        QVERIFY(window.generatedRecordText().endsWith(QLatin1String("all")));
        QVERIFY(window.policyEditor()->setAllQualifier(spfm::project::AllQualifier::SoftFail));
        window.regenerateNow();
        QVERIFY(window.generatedRecordText().endsWith(QLatin1String(" ~all")));
        const QByteArray edited = spfm::project::ProjectFile::serialize(window.document()->project());

        // Undo all three edits, then redo them.
        QUndoStack *undo = window.document()->undoStack();
        QCOMPARE(undo->count(), 3);
        undo->undo();
        undo->undo();
        window.regenerateNow();
        QCOMPARE(window.generatedRecordText().toUtf8(), originalRecord);
        undo->undo();
        QCOMPARE(dependentRows(window), before);
        QVERIFY(!window.isWindowModified());
        undo->redo();
        undo->redo();
        undo->redo();
        QCOMPARE(dependentRows(window), before + 1);
        QCOMPARE(spfm::project::ProjectFile::serialize(window.document()->project()), edited);

        // Save and reload: nothing lost.
        const QString path = m_tmp.filePath(QStringLiteral("saved.spfproj"));
        QVERIFY(window.saveTo(path, true));
        QVERIFY(!window.isWindowModified());
        QVERIFY(window.windowTitle().contains(QStringLiteral("saved.spfproj")));
        MainWindow reloaded;
        QVERIFY(reloaded.openFile(path, true));
        QCOMPARE(spfm::project::ProjectFile::serialize(reloaded.document()->project()), edited);
        QCOMPARE(dependentRows(reloaded), before + 1);
    }

    void pastedListReportsRefusedLines()
    {
        MainWindow window;
        QVERIFY(window.openFile(sampleProject(), true));
        const int before = dependentRows(window);
        const auto report = window.addDomainList(
            QStringLiteral("good-one.example\n\n# a comment\nnot a domain\ngood-one.example\n  good-two.example  \n"));
        QCOMPARE(report.added, 2);
        QCOMPARE(report.refused.size(), 2);
        QCOMPARE(report.refused[0].first, QStringLiteral("not a domain"));
        QVERIFY(!report.refused[0].second.isEmpty());
        QCOMPARE(report.refused[1].first, QStringLiteral("good-one.example"));
        QVERIFY(report.refused[1].second.contains(QLatin1String("good-one.example")));
        QCOMPARE(dependentRows(window), before + 2);
        // One undo step takes back the whole list.
        window.document()->undoStack()->undo();
        QCOMPARE(dependentRows(window), before);
    }

    void filterKeepsMatchingDomains()
    {
        MainWindow window;
        QVERIFY(window.openFile(sampleProject(), true));
        window.addDomainList(QStringLiteral("zzfilter-a.example\nzzfilter-b.example\nother.example"));
        window.setFilterText(QStringLiteral("ZZFILTER"));
        QSortFilterProxyModel *proxy = window.filterModel();
        // Only the dependents group is left, with the two matches.
        QCOMPARE(proxy->rowCount(), 1);
        QCOMPARE(proxy->rowCount(proxy->index(0, 0)), 2);
        window.setFilterText(QString());
        QCOMPARE(proxy->rowCount(proxy->index(1, 0)), dependentRows(window));
    }

    void parkingMovesTheRow()
    {
        MainWindow window;
        QVERIFY(window.openFile(sampleProject(), true));
        QAbstractItemModelTester tester(window.domainModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.addDomainList(QStringLiteral("to-park.example"));
        window.selectDomain("to-park.example");
        DomainTreeModel *model = window.domainModel();
        const int parkedBefore = model->rowCount(model->index(2, 0));
        QVERIFY(window.policyEditor()->setParked(true));
        QCOMPARE(model->rowCount(model->index(2, 0)), parkedBefore + 1);
        QCOMPARE(model->indexForDomain("to-park.example").parent().row(), 2);
        window.regenerateNow();
        window.selectDomain("to-park.example");
        QCOMPARE(window.generatedRecordText(), QStringLiteral("v=spf1 -all"));
        window.document()->undoStack()->undo();
        QCOMPARE(model->indexForDomain("to-park.example").parent().row(), 1);
    }

    void droppingAProjectFileOpensIt()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *mime = new QMimeData;
        mime->setUrls({QUrl::fromLocalFile(sampleProject())});
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(50, 50), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QVERIFY(drop.isAccepted());
        QTRY_VERIFY(window.windowTitle().contains(QStringLiteral("acme.spfproj")));
        QVERIFY(dependentRows(window) > 0);
        delete mime;
    }

    void closingWithChangesAsksFirst()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(sampleProject(), true));
        window.addDomainList(QStringLiteral("unsaved.example"));
        answerNextMessageBox(QMessageBox::Cancel);
        QVERIFY(!window.close());
        QVERIFY(window.isVisible());
        answerNextMessageBox(QMessageBox::Discard);
        QVERIFY(window.close());
    }

    void windowStateIsRemembered()
    {
        {
            MainWindow window;
            window.resize(900, 640);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.close());
        }
        MainWindow again;
        QCOMPARE(again.size(), QSize(900, 640));
    }

    void screenshots_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("dark");
        QTest::addColumn<QString>("language");
        QTest::newRow("light") << QStringLiteral("main-light") << false << QString();
        QTest::newRow("dark") << QStringLiteral("main-dark") << true << QString();
        QTest::newRow("german") << QStringLiteral("main-de") << false << QStringLiteral("de");
        QTest::newRow("french") << QStringLiteral("main-fr") << false << QStringLiteral("fr");
    }

    void screenshots()
    {
        QFETCH(QString, name);
        QFETCH(bool, dark);
        QFETCH(QString, language);
        const QPalette original = QApplication::palette();
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        if (dark) {
            QPalette p;
            p.setColor(QPalette::Window, QColor(45, 45, 48));
            p.setColor(QPalette::WindowText, QColor(230, 230, 230));
            p.setColor(QPalette::Base, QColor(30, 30, 32));
            p.setColor(QPalette::AlternateBase, QColor(40, 40, 44));
            p.setColor(QPalette::Text, QColor(230, 230, 230));
            p.setColor(QPalette::Button, QColor(55, 55, 60));
            p.setColor(QPalette::ButtonText, QColor(230, 230, 230));
            p.setColor(QPalette::Highlight, QColor(42, 110, 200));
            p.setColor(QPalette::HighlightedText, Qt::white);
            p.setColor(QPalette::Link, QColor(120, 170, 255));
            p.setColor(QPalette::LinkVisited, QColor(200, 150, 255));
            p.setColor(QPalette::ToolTipBase, QColor(60, 60, 60));
            p.setColor(QPalette::ToolTipText, QColor(230, 230, 230));
            p.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
            for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
                p.setColor(QPalette::Disabled, role, QColor(120, 120, 120));
            QApplication::setPalette(p);
        }
        const QString installed =
            spfm::gui::installTranslation(*qApp, language.isEmpty() ? QStringLiteral("en") : language);
        if (!language.isEmpty())
            QCOMPARE(installed, language);
        {
            MainWindow window;
            window.resize(1280, 820);
            QVERIFY(window.openFile(sampleProject(), true));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            if (!language.isEmpty())
                QVERIFY(!window.menuBar()->actions().first()->text().contains(QLatin1String("File")));
            QTest::qWait(50);
            const QImage image = window.grab().toImage();
            QDir().mkpath(QStringLiteral(SPF_BINARY_DIR "/screenshots"));
            const QString file = QStringLiteral(SPF_BINARY_DIR "/screenshots/%1.png").arg(name);
            QVERIFY(image.save(file));
            // The dark palette really reached the widgets: the window background is dark.
            const QColor corner = image.pixelColor(image.width() - 3, image.height() - 3);
            QCOMPARE(corner.lightness() < 100, dark);
            window.document()->undoStack()->setClean();
            window.close();
        }
        spfm::gui::installTranslation(*qApp, QStringLiteral("en"));
        QApplication::setPalette(original);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
