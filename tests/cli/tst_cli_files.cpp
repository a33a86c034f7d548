// Files the built CLI writes: exports land exactly at the path given (spaces, non-ASCII, a leading dash, relative
// paths, a symlinked directory) and nowhere else, and neither a project nor an export ever overwrites a file without
// keeping it as a backup.
#include "TestConfig.h"
#include "TestFiles.h"
#include "project/Exporters.h"
#include "project/ProjectFile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace spfm::project;
using spfm::testing::readAll;

namespace {

const QString kSample = QStringLiteral(SPF_SOURCE_DIR "/examples/acme.spfproj");

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run runBinary(const QStringList &arguments, const QString &workingDirectory = {})
{
    QProcess p;
    if (!workingDirectory.isEmpty())
        p.setWorkingDirectory(workingDirectory);
    p.start(QStringLiteral(SPF_CLI_PATH), arguments);
    Run run;
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit)
        return run;
    run.code = p.exitCode();
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

// Every file below root, relative to it, symlinks not followed.
QStringList filesBelow(const QString &root)
{
    QStringList out;
    QDir dir(root);
    const QFileInfoList entries =
        dir.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
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

class TestCliFiles : public QObject
{
    Q_OBJECT

private slots:
    void exportWritesExactlyWhereChosen_data();
    void exportWritesExactlyWhereChosen();
    void projectPathsAreTakenLiterally();
    void initForceKeepsABackup();
    void exportOverAFileKeepsABackup_data();
    void exportOverAFileKeepsABackup();
    void exportWithoutABackupReplacesNothing();
};

void TestCliFiles::exportWritesExactlyWhereChosen_data()
{
    QTest::addColumn<QString>("relativePath"); // below the scratch directory
    QTest::addColumn<bool>("fromInside");      // pass it relative, run from the scratch directory
    QTest::addColumn<bool>("equalsForm");      // --output=PATH rather than -o PATH
    QTest::newRow("spaces") << QStringLiteral("with space/records out.zone") << false << false;
    QTest::newRow("non-ASCII") << QStringLiteral("ünïcödé/日本語 записи.zone") << false << false;
    QTest::newRow("leading dash, relative") << QStringLiteral("-records.zone") << true << false;
    QTest::newRow("leading dash, --output=") << QStringLiteral("-o") << true << true;
    QTest::newRow("relative in a subdirectory") << QStringLiteral("sub/dir/out.zone") << true << false;
    QTest::newRow("dot segments") << QStringLiteral("sub/../sub/./dots.zone") << true << false;
    QTest::newRow("through a symlinked directory") << QStringLiteral("link/out.zone") << false << false;
    QTest::newRow("relative through the symlink") << QStringLiteral("link/rel.zone") << true << true;
}

void TestCliFiles::exportWritesExactlyWhereChosen()
{
    QFETCH(QString, relativePath);
    QFETCH(bool, fromInside);
    QFETCH(bool, equalsForm);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QDir root(dir.path());
    QVERIFY(root.mkpath(QStringLiteral("real")));
    QVERIFY(QFile::link(root.filePath(QStringLiteral("real")), root.filePath(QStringLiteral("link"))));
    const QString parent = QFileInfo(root.filePath(relativePath)).path();
    QVERIFY(root.mkpath(parent));
    const QStringList before = filesBelow(dir.path());

    const Run expected =
        runBinary({QStringLiteral("export"), kSample, QStringLiteral("--format"), QStringLiteral("bind")});
    QCOMPARE(expected.code, 0);
    QVERIFY(!expected.out.isEmpty());

    const QString given = fromInside ? relativePath : root.filePath(relativePath);
    QStringList args{QStringLiteral("export"), kSample, QStringLiteral("--format"), QStringLiteral("bind")};
    if (equalsForm)
        args << QStringLiteral("--output=") + given;
    else
        args << QStringLiteral("-o") << given;
    const Run run = runBinary(args, fromInside ? dir.path() : QString());
    QVERIFY2(run.code == 0, run.err.constData());
    QVERIFY2(run.out.isEmpty(), "written to the file, not to standard output");

    // Exactly the export, at exactly that path, and nothing else new anywhere below the directory.
    const QString written = root.filePath(relativePath);
    QCOMPARE(readAll(written), expected.out);
    QStringList after = filesBelow(dir.path());
    const QString canonicalRelative = root.relativeFilePath(QFileInfo(written).canonicalFilePath());
    QVERIFY2(after.removeOne(canonicalRelative), qPrintable(after.join(QLatin1Char(','))));
    QCOMPARE(after, before);
    // A symlinked directory stays a symlink; the file is in the directory it points to.
    QVERIFY(QFileInfo(root.filePath(QStringLiteral("link"))).isSymLink());
    if (relativePath.startsWith(QLatin1String("link/")))
        QVERIFY(canonicalRelative.startsWith(QLatin1String("real/")));
}

void TestCliFiles::projectPathsAreTakenLiterally()
{
    // The project argument too: a name with spaces and non-ASCII, and one starting with a dash after "--".
    QTemporaryDir dir;
    const QByteArray sample = readAll(kSample);
    QVERIFY(!sample.isEmpty());
    for (const QString &name : {QStringLiteral("my project ü.spfproj"), QStringLiteral("-dash.spfproj")}) {
        QFile f(QDir(dir.path()).filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(sample);
    }
    const Run expected =
        runBinary({QStringLiteral("export"), kSample, QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(expected.code, 0);
    const Run spaced =
        runBinary({QStringLiteral("export"), QDir(dir.path()).filePath(QStringLiteral("my project ü.spfproj")),
                   QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(spaced.code == 0, spaced.err.constData());
    QCOMPARE(spaced.out, expected.out);
    const Run dashed = runBinary({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                                  QStringLiteral("--"), QStringLiteral("-dash.spfproj")},
                                 dir.path());
    QVERIFY2(dashed.code == 0, dashed.err.constData());
    QCOMPARE(dashed.out, expected.out);
}

void TestCliFiles::initForceKeepsABackup()
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("p q.spfproj"));
    const Run first = runBinary({QStringLiteral("init"), QStringLiteral("--primary"), QStringLiteral("first.example"),
                                 QStringLiteral("-o"), path});
    QVERIFY2(first.code == 0, first.err.constData());
    const QByteArray v1 = readAll(path);
    QVERIFY(!QFile::exists(path + QLatin1String(".bak")));
    // Without --force nothing is touched; with it, the old project is kept as the backup first.
    const Run refused = runBinary({QStringLiteral("init"), QStringLiteral("--primary"),
                                   QStringLiteral("second.example"), QStringLiteral("-o"), path});
    QCOMPARE(refused.code, 2);
    QCOMPARE(readAll(path), v1);
    const Run forced = runBinary({QStringLiteral("init"), QStringLiteral("--primary"), QStringLiteral("second.example"),
                                  QStringLiteral("-o"), path, QStringLiteral("--force")});
    QVERIFY2(forced.code == 0, forced.err.constData());
    QCOMPARE(readAll(path + QLatin1String(".bak")), v1);
    QCOMPARE(ProjectFile::load(path).value().project().primary.domain.ace(), QByteArray("second.example"));
}

void TestCliFiles::exportOverAFileKeepsABackup_data()
{
    QTest::addColumn<QStringList>("formatArguments");
    QTest::newRow("bind") << QStringList{QStringLiteral("bind")};
    QTest::newRow("nsupdate") << QStringList{QStringLiteral("nsupdate"), QStringLiteral("--assume-unpublished")};
    QTest::newRow("tinydns") << QStringList{QStringLiteral("tinydns")};
    QTest::newRow("json") << QStringList{QStringLiteral("json")};
    QTest::newRow("csv") << QStringList{QStringLiteral("csv")};
}

void TestCliFiles::exportOverAFileKeepsABackup()
{
    QFETCH(QStringList, formatArguments);
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("out ü.txt"));
    const QString backup = path + QLatin1String(".bak");
    const QStringList args = QStringList{QStringLiteral("export"), kSample, QStringLiteral("--format")} +
                             formatArguments + QStringList{QStringLiteral("-o"), path};
    const Run expected =
        runBinary(QStringList{QStringLiteral("export"), kSample, QStringLiteral("--format")} + formatArguments);
    QCOMPARE(expected.code, 0);

    // A new file: no backup, and the message says where the export went.
    const Run fresh = runBinary(args);
    QVERIFY2(fresh.code == 0, fresh.err.constData());
    QCOMPARE(readAll(path), expected.out);
    QVERIFY(!QFile::exists(backup));
    QVERIFY2(fresh.err.contains(QByteArray("Wrote " + path.toUtf8() + ".\n")), fresh.err.constData());

    // Over a file the admin edited: that file is kept as the backup, and the message names it.
    const QByteArray edited = "; edited by hand\n";
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(f.write(edited), edited.size());
    }
    const Run over = runBinary(args);
    QVERIFY2(over.code == 0, over.err.constData());
    QCOMPARE(readAll(path), expected.out);
    QCOMPARE(readAll(backup), edited);
    QVERIFY2(over.err.contains(QByteArray("the file it replaced is kept as " + backup.toUtf8())), over.err.constData());
    QCOMPARE(filesBelow(dir.path()), (QStringList{QStringLiteral("out ü.txt"), QStringLiteral("out ü.txt.bak")}));
}

void TestCliFiles::exportWithoutABackupReplacesNothing()
{
    // The backup's place is taken by a directory: the export must fail and leave the file as it was.
    QTemporaryDir dir;
    QDir root(dir.path());
    const QString path = root.filePath(QStringLiteral("records.zone"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("precious\n");
    }
    QVERIFY(root.mkdir(QStringLiteral("records.zone.bak")));
    const QStringList before = filesBelow(dir.path());
    const Run run = runBinary({QStringLiteral("export"), kSample, QStringLiteral("--format"), QStringLiteral("bind"),
                               QStringLiteral("-o"), path});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains("records.zone.bak"), run.err.constData());
    QCOMPARE(readAll(path), QByteArray("precious\n"));
    QCOMPARE(filesBelow(dir.path()), before);
}

QTEST_GUILESS_MAIN(TestCliFiles)
#include "tst_cli_files.moc"
