// The export dialog writes exactly where the user chose: names with spaces, non-ASCII, a leading dash, relative paths
// and paths through a symlinked directory, through saveTo() and through the Save button's file dialog; nothing else
// appears, and a symlinked directory stays a symlink.
#include "ExportDialog.h"
#include "GuiTestSupport.h"
#include "project/Generator.h"
#include "project/ProjectModel.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace spfm;

namespace {

project::Project sampleSetUp()
{
    project::ProjectModel model;
    project::Primary p;
    p.domain = project::DomainName::parse(QStringLiteral("acme.example")).value();
    p.terms = {QStringLiteral("ip4:192.0.2.25")};
    [&] { QVERIFY(model.setPrimary(p).ok()); }();
    project::Dependent d;
    d.domain = project::DomainName::parse(QStringLiteral("shop.example")).value();
    [&] { QVERIFY(model.insertDependent(-1, d).ok()); }();
    return model.project();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList filesBelow(const QString &root)
{
    QStringList out;
    const QFileInfoList entries =
        QDir(root).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
    for (const QFileInfo &info : entries) {
        if (info.isDir() && !info.isSymLink()) {
            for (const QString &inner : filesBelow(info.filePath()))
                out.append(info.fileName() + QLatin1Char('/') + inner);
        } else {
            out.append(info.fileName());
        }
    }
    return out;
}

} // namespace

class TestExportPaths : public QObject
{
    Q_OBJECT

private:
    // A scratch directory with real/ and link -> real, and the parent of relativePath.
    static bool prepare(const QTemporaryDir &dir, const QString &relativePath)
    {
        QDir root(dir.path());
        return root.mkpath(QStringLiteral("real")) &&
               QFile::link(root.filePath(QStringLiteral("real")), root.filePath(QStringLiteral("link"))) &&
               root.mkpath(QFileInfo(root.filePath(relativePath)).path());
    }

    // The file is exactly the export, at exactly that path, and nothing else is new below the directory.
    static void checkWritten(const QTemporaryDir &dir, const QStringList &before, const QString &relativePath,
                             const QByteArray &expected)
    {
        QDir root(dir.path());
        const QString written = root.filePath(relativePath);
        QCOMPARE(readAll(written), expected);
        QStringList after = filesBelow(dir.path());
        const QString canonical = root.relativeFilePath(QFileInfo(written).canonicalFilePath());
        QVERIFY2(after.removeOne(canonical), qPrintable(after.join(QLatin1Char(','))));
        QCOMPARE(after, before);
        QVERIFY(QFileInfo(root.filePath(QStringLiteral("link"))).isSymLink());
        if (relativePath.startsWith(QLatin1String("link/")))
            QVERIFY(canonical.startsWith(QLatin1String("real/")));
    }

private slots:
    void initTestCase()
    {
        isolateSettings("tst_exportpaths");
        QSettings().clear();
    }

    void saveToWritesExactlyThere_data()
    {
        QTest::addColumn<QString>("relativePath");
        QTest::addColumn<bool>("relative"); // given relative to the working directory
        QTest::newRow("spaces") << QStringLiteral("with space/records out.zone") << false;
        QTest::newRow("non-ASCII") << QStringLiteral("ünïcödé/日本語 записи.zone") << false;
        QTest::newRow("leading dash") << QStringLiteral("-records.zone") << false;
        QTest::newRow("leading dash, relative") << QStringLiteral("-o") << true;
        QTest::newRow("relative in a subdirectory") << QStringLiteral("sub/dir/out.zone") << true;
        QTest::newRow("dot segments") << QStringLiteral("sub/../sub/./dots.zone") << true;
        QTest::newRow("through a symlinked directory") << QStringLiteral("link/out.zone") << false;
        QTest::newRow("relative through the symlink") << QStringLiteral("link/rel.zone") << true;
    }

    void saveToWritesExactlyThere()
    {
        QFETCH(QString, relativePath);
        QFETCH(bool, relative);
        QTemporaryDir dir;
        QVERIFY(prepare(dir, relativePath));
        const QStringList before = filesBelow(dir.path());
        const project::Generation generation = project::generate(sampleSetUp());
        gui::ExportDialog dialog(generation);
        dialog.setFormat(project::ExportFormat::Bind);
        const QString previous = QDir::currentPath();
        if (relative)
            QVERIFY(QDir::setCurrent(dir.path()));
        const auto saved = dialog.saveTo(relative ? relativePath : QDir(dir.path()).filePath(relativePath));
        QDir::setCurrent(previous);
        QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
        QVERIFY(!saved.value().keptBackup()); // a new file: nothing replaced, no .bak
        checkWritten(dir, before, relativePath, dialog.output());
    }

    void saveButtonWritesWhereTheFileDialogSays_data()
    {
        QTest::addColumn<QString>("relativePath");
        QTest::newRow("spaces") << QStringLiteral("with space/records out.zone");
        QTest::newRow("non-ASCII") << QStringLiteral("ünïcödé/日本語 записи.zone");
        QTest::newRow("leading dash") << QStringLiteral("-records.zone");
        QTest::newRow("through a symlinked directory") << QStringLiteral("link/out.zone");
    }

    void saveButtonWritesWhereTheFileDialogSays()
    {
        QFETCH(QString, relativePath);
        QTemporaryDir dir;
        QVERIFY(prepare(dir, relativePath));
        const QStringList before = filesBelow(dir.path());
        const project::Generation generation = project::generate(sampleSetUp());
        gui::ExportDialog dialog(generation);
        dialog.setFormat(project::ExportFormat::Csv);
        auto *save = dialog.findChild<QPushButton *>(QStringLiteral("saveButton"));
        QVERIFY(save);
        // The file dialog is modal: choose the file in it once it is up, as a user would.
        const QString chosen = QDir(dir.path()).filePath(relativePath);
        bool answered = false;
        QTimer poll;
        poll.setInterval(20);
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *fileDialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!fileDialog)
                return;
            poll.stop();
            // As a user does: go to the directory, type the name.
            fileDialog->setDirectory(QFileInfo(chosen).path());
            auto *nameEdit = fileDialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            if (!nameEdit)
                return;
            nameEdit->setText(QFileInfo(chosen).fileName());
            static_cast<QDialog *>(fileDialog)->accept(); // QFileDialog::accept(), as the Save button does
            answered = true;
        });
        poll.start();
        QTimer::singleShot(10000, &dialog, [] {
            if (QWidget *modal = QApplication::activeModalWidget())
                modal->close(); // a stuck test fails below instead of hanging
        });
        save->click();
        QVERIFY2(answered, "the file dialog did not come up");
        checkWritten(dir, before, relativePath, dialog.output());
    }
};

QTEST_MAIN(TestExportPaths)
#include "tst_exportpaths.moc"
