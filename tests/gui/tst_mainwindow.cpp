#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QTest>

using spfm::gui::MainWindow;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void opensAndCloses()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.windowTitle().contains(QStringLiteral("SPF Manager")));
        QVERIFY(!window.menuBar()->actions().isEmpty());
        QVERIFY(window.close());
    }

    void quitHasStandardShortcut()
    {
        MainWindow window;
        const auto actions = window.findChildren<QAction *>(QStringLiteral("actionQuit"));
        QCOMPARE(actions.size(), 1);
        QCOMPARE(actions.first()->shortcut(), QKeySequence(QKeySequence::Quit));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
