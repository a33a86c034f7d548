// saveKeepingBackup, the one write behind project saves and exports: atomic, and a file it replaces is kept as
// "<path>.bak" first; when the backup cannot be written nothing is replaced and nothing is left behind.
#include "project/BackupSave.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace spfm::project;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

QStringList entries(const QTemporaryDir &dir)
{
    return QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

} // namespace

class TestBackupSave : public QObject
{
    Q_OBJECT

private slots:
    void backupPathIsTheNameWithBak()
    {
        QCOMPARE(backupPathOf(QStringLiteral("/x/records.zone")), QStringLiteral("/x/records.zone.bak"));
        QCOMPARE(backupPathOf(QStringLiteral("a b ü")), QStringLiteral("a b ü.bak"));
    }

    void newFileHasNoBackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.zone"));
        const Result<SavedFile> saved = saveKeepingBackup(path, "one\n");
        QVERIFY(saved.ok());
        QCOMPARE(saved.value().path, path);
        QVERIFY(!saved.value().keptBackup());
        QCOMPARE(readAll(path), QByteArray("one\n"));
        QCOMPARE(entries(dir), QStringList{QStringLiteral("new.zone")});
    }

    void overwriteKeepsThePreviousContent()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("records.zone"));
        QVERIFY(writeAll(path, "hand-written\n"));
        const Result<SavedFile> first = saveKeepingBackup(path, "export 1\n");
        QVERIFY(first.ok());
        QCOMPARE(first.value().backupPath, path + QLatin1String(".bak"));
        QCOMPARE(readAll(path), QByteArray("export 1\n"));
        QCOMPARE(readAll(first.value().backupPath), QByteArray("hand-written\n"));

        // One backup: the next write keeps what it replaces, the older backup goes.
        const Result<SavedFile> second = saveKeepingBackup(path, "export 2\n");
        QVERIFY(second.ok());
        QVERIFY(second.value().keptBackup());
        QCOMPARE(readAll(path), QByteArray("export 2\n"));
        QCOMPARE(readAll(second.value().backupPath), QByteArray("export 1\n"));
        QCOMPARE(entries(dir), (QStringList{QStringLiteral("records.zone"), QStringLiteral("records.zone.bak")}));
    }

    void emptyFileIsKeptToo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.csv"));
        QVERIFY(writeAll(path, QByteArray()));
        const Result<SavedFile> saved = saveKeepingBackup(path, "zone,name\r\n");
        QVERIFY(saved.ok());
        QVERIFY(saved.value().keptBackup());
        QVERIFY(QFile::exists(saved.value().backupPath));
        QCOMPARE(readAll(saved.value().backupPath), QByteArray());
    }

    void unwritableBackupReplacesNothing()
    {
        // A directory where the backup belongs: the backup cannot be written, so the file must stay as it was.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("records.zone"));
        QVERIFY(writeAll(path, "precious\n"));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("records.zone.bak")));
        const QStringList before = entries(dir);
        const Result<SavedFile> saved = saveKeepingBackup(path, "new\n");
        QCOMPARE(saved.code(), ErrorCode::FileWriteFailed);
        QVERIFY2(saved.error().message.contains(QLatin1String("records.zone.bak")), qPrintable(saved.error().message));
        QCOMPARE(saved.error().where, path);
        QCOMPARE(readAll(path), QByteArray("precious\n"));
        QCOMPARE(entries(dir), before); // no temporary file left behind
    }

    void missingDirectoryFails()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("no/such/dir/out.json"));
        const Result<SavedFile> saved = saveKeepingBackup(path, "{}");
        QCOMPARE(saved.code(), ErrorCode::FileWriteFailed);
        QVERIFY(saved.error().message.contains(path));
        QVERIFY(entries(dir).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBackupSave)
#include "tst_backupsave.moc"
