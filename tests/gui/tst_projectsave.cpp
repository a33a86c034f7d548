// The GUI's ways of writing a project (Save, Save As onto an existing file) keep the previous file as "<path>.bak"
// first, and opening a damaged file changes nothing on disk.
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "ProjectDocument.h"
#include "project/ProjectFile.h"

#include <QAction>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace spfm;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

} // namespace

class TestProjectSave : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        isolateSettings("tst_projectsave");
        QSettings().clear();
    }
    void cleanupTestCase() { QSettings().clear(); }

    void saveAndSaveAsKeepABackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("acme project.spfproj"));
        const QByteArray original = readAll(sampleProject());
        QVERIFY(!original.isEmpty());
        QVERIFY(writeAll(path, original));

        gui::MainWindow window;
        auto *save = window.findChild<QAction *>(QStringLiteral("actionSave"));
        QVERIFY(save);
        QVERIFY(window.openFile(path, true));
        QVERIFY(window.document()->setTtl(120).ok());
        save->trigger(); // File ▸ Save
        QCOMPARE(readAll(path + QLatin1String(".bak")), original);
        const QByteArray first = readAll(path);
        QCOMPARE(first, project::ProjectFile::serialize(window.document()->model().project()));

        QVERIFY(window.document()->setTtl(240).ok());
        save->trigger(); // File ▸ Save
        QCOMPARE(readAll(path + QLatin1String(".bak")), first);

        // Save As onto someone else's file keeps that file as the backup.
        const QString other = dir.filePath(QStringLiteral("notes.txt"));
        const QByteArray foreign = "not a project\n";
        QVERIFY(writeAll(other, foreign));
        QVERIFY(window.saveTo(other, true));
        QCOMPARE(readAll(other + QLatin1String(".bak")), foreign);
        QVERIFY(project::ProjectFile::load(other).ok());
    }

    void openingADamagedFileChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cut.spfproj"));
        const QByteArray cut = readAll(sampleProject()).left(100);
        QVERIFY(writeAll(path, cut));
        gui::MainWindow window;
        QVERIFY(!window.openFile(path, true));
        QCOMPARE(readAll(path), cut);
        QVERIFY(!QFile::exists(path + QLatin1String(".bak")));
        QVERIFY(window.document()->filePath() != path);
    }
};

QTEST_MAIN(TestProjectSave)
#include "tst_projectsave.moc"
