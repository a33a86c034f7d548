// The guard before reading a file a user named: regular files up to a limit; devices, pipes, directories and
// oversized files are refused without being read.
#include "net/BoundedFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace spfm::net;

class TestBoundedFile : public QObject
{
    Q_OBJECT

private slots:
    void readsARegularFileUpToTheLimit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("f"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write("0123456789"), 10);
        f.close();
        const BoundedRead read = readBoundedFile(path, 10);
        QVERIFY(read.ok());
        QCOMPARE(read.data, QByteArray("0123456789"));
        QVERIFY(!checkBoundedFile(path, 10));

        const BoundedRead over = readBoundedFile(path, 9);
        QVERIFY(!over.ok());
        QCOMPARE(over.error->code, FileLimitError::Code::TooLarge);
        QCOMPARE(over.error->size, 10);
        QVERIFY(over.data.isEmpty());
        QCOMPARE(checkBoundedFile(path, 9)->code, FileLimitError::Code::TooLarge);
    }

    // Larger than one piece read at a time, and empty.
    void readsInPieces()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("f"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray data(3 * 1024 * 1024 + 7, 'x');
        QCOMPARE(f.write(data), data.size());
        f.close();
        QCOMPARE(readBoundedFile(path, data.size()).data, data);
        QCOMPARE(readBoundedFile(path, data.size() - 1).error->code, FileLimitError::Code::TooLarge);

        const QString empty = dir.filePath(QStringLiteral("empty"));
        QFile e(empty);
        QVERIFY(e.open(QIODevice::WriteOnly));
        e.close();
        const BoundedRead read = readBoundedFile(empty, 1);
        QVERIFY(read.ok());
        QVERIFY(read.data.isEmpty());
    }

    void refusesWhatIsNotARegularFile()
    {
        QTemporaryDir dir;
        QCOMPARE(readBoundedFile(dir.filePath(QStringLiteral("missing")), 100).error->code,
                 FileLimitError::Code::NotFound);
        QCOMPARE(readBoundedFile(dir.path(), 100).error->code, FileLimitError::Code::NotRegular);
        QCOMPARE(readBoundedFile(QStringLiteral("/dev/zero"), 100).error->code, FileLimitError::Code::NotRegular);
        // A pipe without a writer: opening it would block; it is refused without being opened.
        const QString fifo = dir.filePath(QStringLiteral("fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QCOMPARE(readBoundedFile(fifo, 100).error->code, FileLimitError::Code::NotRegular);
        // A symbolic link to a regular file is that file.
        const QString target = dir.filePath(QStringLiteral("target"));
        QFile t(target);
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write("abc");
        t.close();
        QVERIFY(QFile::link(target, dir.filePath(QStringLiteral("link"))));
        QCOMPARE(readBoundedFile(dir.filePath(QStringLiteral("link")), 100).data, QByteArray("abc"));
    }
};

QTEST_GUILESS_MAIN(TestBoundedFile)
#include "tst_boundedfile.moc"
