// Project files survive what happens to files: a save killed at any moment leaves the old or the new project whole
// (and the backup whole), a truncated, binary or gigantic file is refused with a message that says what is wrong,
// where, and what to do, without touching it, and nothing is overwritten without a backup.
//
// The saves run in a child process (project_save_helper) killed with SIGKILL: at random moments, and at each rename
// QSaveFile makes, caught through a pipe the child waits on.
#include "TestConfig.h"
#include "TestFiles.h"
#include "project/ProjectFile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace spfm::project;
using spfm::testing::readAll;
using spfm::testing::writeAll;

namespace {

// A project of `dependents` domains; variant makes the two versions differ everywhere (names, TTL, notes).
QByteArray projectJson(int dependents, char variant)
{
    QByteArray json = R"({"format": "spfmanager-project", "version": 1, "primary": {"domain": "acme.example", )"
                      R"("terms": ["ip4:192.0.2.0/24", "mx"]}, "mail_servers": [{"hostname": "mx.acme.example", )"
                      R"("addresses": ["192.0.2.25"]}], "ttl": )";
    json += variant == 'a' ? "300" : "3600";
    json += R"(, "notes": "version )" + QByteArray(1, variant) + R"(", "dependents": [)";
    for (int i = 0; i < dependents; ++i) {
        if (i > 0)
            json += ", ";
        json += R"({"domain": "d)" + QByteArray::number(i) + '-' + variant + R"(.example", "notes": "customer )" +
                QByteArray::number(i) + R"("})";
    }
    return json + "]}";
}

// What ProjectFile::save writes for that project: the bytes the file must hold after a save.
QByteArray canonical(const QByteArray &json)
{
    const auto model = ProjectFile::parse(json);
    return model ? ProjectFile::serialize(model.value().project()) : QByteArray();
}

// Reads the child's marker lines ("S1", "R2", ...) until one equals `wanted`.
bool waitForMarker(QProcess &child, const QByteArray &wanted, int timeoutMs = 20000)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        while (child.canReadLine()) {
            if (child.readLine().trimmed() == wanted)
                return true;
        }
        if (child.state() == QProcess::NotRunning)
            return false;
        child.waitForReadyRead(100);
    }
    return false;
}

// Waits until the child has a whole line to read.
bool waitForLine(QProcess &child, int timeoutMs = 20000)
{
    QElapsedTimer clock;
    clock.start();
    while (!child.canReadLine()) {
        if (child.state() == QProcess::NotRunning || clock.elapsed() > timeoutMs)
            return false;
        child.waitForReadyRead(100);
    }
    return true;
}

} // namespace

class TestProjectFileSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedSavesLeaveOldOrNew();
    void killedAtEachRename_data();
    void killedAtEachRename();
    void truncatedFilesAreRefused();
    void binaryFilesAreRefused();
    void gigantic100MiBFileIsRefused();
    void everySaveKeepsABackup();

private:
    QString helperPath() const { return QStringLiteral(SPF_SAVE_HELPER); }
    void startHelper(QProcess &child, const QString &target, bool firstIsA, bool sync);
    // Checks the file and its backup after a save was interrupted; before/bakBefore: the contents when it started.
    void checkAfterKill(const QString &target, const QByteArray &before, const QByteArray &bakBefore,
                        const QByteArray &written);
    int removeLeftovers(const QString &target);
    // Kills the child mid-save and checks what it left; keptOld: the file still holds the project from before.
    void killAndCheck(QProcess &child, const QString &target, const QByteArray &before, const QByteArray &bakBefore,
                      bool firstIsA, bool *keptOld);

    QTemporaryDir m_dir;
    QByteArray m_a; // the two versions, as saved
    QByteArray m_b;
    QString m_aSource;
    QString m_bSource;
};

void TestProjectFileSafety::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Large enough that a save takes a while (writing, the backup, two renames): kills land in every phase.
    m_a = canonical(projectJson(1500, 'a'));
    m_b = canonical(projectJson(1500, 'b'));
    QVERIFY(!m_a.isEmpty() && !m_b.isEmpty() && m_a != m_b);
    m_aSource = m_dir.filePath(QStringLiteral("source-a.json"));
    m_bSource = m_dir.filePath(QStringLiteral("source-b.json"));
    QVERIFY(writeAll(m_aSource, m_a));
    QVERIFY(writeAll(m_bSource, m_b));
    QVERIFY2(QFile::exists(helperPath()), qPrintable(helperPath()));
    qInfo("project of %lld bytes (version a) and %lld bytes (version b)", qlonglong(m_a.size()), qlonglong(m_b.size()));
}

void TestProjectFileSafety::startHelper(QProcess &child, const QString &target, bool firstIsA, bool sync)
{
    QStringList args{target, firstIsA ? m_aSource : m_bSource, firstIsA ? m_bSource : m_aSource};
    if (sync)
        args.append(QStringLiteral("--sync"));
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start(helperPath(), args);
    QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
}

void TestProjectFileSafety::checkAfterKill(const QString &target, const QByteArray &before, const QByteArray &bakBefore,
                                           const QByteArray &written)
{
    const QByteArray now = readAll(target);
    const QByteArray bak = readAll(target + QLatin1String(".bak"));
    // The old project or the new one, byte for byte, and it loads to that project.
    QVERIFY2(now == before || now == written,
             qPrintable(QStringLiteral("the project file holds %1 bytes, neither version").arg(now.size())));
    const auto loaded = ProjectFile::load(target);
    QVERIFY2(loaded, qPrintable(loaded.ok() ? QString() : loaded.error().message));
    QCOMPARE(ProjectFile::serialize(loaded.value().project()), now);
    // The backup is whole too: the one before, or the old project.
    QVERIFY2(bak == bakBefore || bak == before,
             qPrintable(QStringLiteral("the backup holds %1 bytes, neither version").arg(bak.size())));
    if (!bak.isEmpty())
        QVERIFY(ProjectFile::load(target + QLatin1String(".bak")).ok());
    // Nothing lost: once the new project is in place, the old one is in the backup.
    if (now != before)
        QCOMPARE(bak, before);
}

int TestProjectFileSafety::removeLeftovers(const QString &target)
{
    // A killed QSaveFile may leave its unfinished temporary file beside the target (unless the system has unnamed
    // temporary files); it is never the project or the backup.
    const QFileInfo info(target);
    int removed = 0;
    const QStringList entries = info.dir().entryList({info.fileName() + QLatin1String(".*")}, QDir::Files);
    for (const QString &name : entries) {
        if (name == info.fileName() + QLatin1String(".bak"))
            continue;
        removed += QFile::remove(info.dir().filePath(name)) ? 1 : 0;
    }
    return removed;
}

void TestProjectFileSafety::killAndCheck(QProcess &child, const QString &target, const QByteArray &before,
                                         const QByteArray &bakBefore, bool firstIsA, bool *keptOld)
{
    child.kill();
    QVERIFY(child.waitForFinished());
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    // The saves that finished decide what "old" and "new" are for the one interrupted.
    const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
    int done = 0;
    while (lines.contains("D" + QByteArray::number(done + 1)))
        ++done;
    const auto content = [&](int n) {
        return n == 0 ? before : n % 2 == 1 ? (firstIsA ? m_a : m_b) : (firstIsA ? m_b : m_a);
    };
    const QByteArray old = content(done);
    checkAfterKill(target, old, done == 0 ? bakBefore : content(done - 1), content(done + 1));
    *keptOld = readAll(target) == old;
}

void TestProjectFileSafety::killedSavesLeaveOldOrNew()
{
    const QString target = m_dir.filePath(QStringLiteral("random.spfproj"));
    QVERIFY(ProjectFile::save(target, ProjectFile::parse(m_a).value().project()));

    // How long one save takes here, so that the kills spread over whole saves.
    qint64 saveMs = 0;
    {
        QProcess child;
        startHelper(child, target, false, false);
        QVERIFY(waitForMarker(child, "D2"));
        QElapsedTimer clock;
        clock.start();
        QVERIFY(waitForMarker(child, "D4"));
        saveMs = std::max<qint64>(1, clock.elapsed() / 2);
        child.kill();
        child.waitForFinished();
        removeLeftovers(target);
        QVERIFY(ProjectFile::load(target).ok());
    }
    qInfo("one save takes about %lld ms", saveMs);

    QRandomGenerator random(quint32(QRandomGenerator::system()->generate()));
    constexpr int kKills = 30;
    int keptOld = 0;
    int leftovers = 0;
    for (int i = 0; i < kKills; ++i) {
        const QByteArray before = readAll(target);
        const QByteArray bakBefore = readAll(target + QLatin1String(".bak"));
        const bool firstIsA = before != m_a; // the first save always changes the file
        QProcess child;
        startHelper(child, target, firstIsA, false);
        QVERIFY(waitForMarker(child, "S1"));
        // Anywhere in the first save, or a little after it (then the second save is the one interrupted).
        QThread::usleep(random.bounded(quint32(saveMs * 1500)));
        bool old = false;
        killAndCheck(child, target, before, bakBefore, firstIsA, &old);
        if (QTest::currentTestFailed())
            return;
        keptOld += old ? 1 : 0;
        leftovers += removeLeftovers(target);
    }
    qInfo("%d saves killed at random: %d left the old project, %d the new one; %d unfinished temporary files removed",
          kKills, keptOld, kKills - keptOld, leftovers);
}

void TestProjectFileSafety::killedAtEachRename_data()
{
    QTest::addColumn<bool>("withBackup"); // an earlier save left a backup
    QTest::addColumn<int>("renamesLetThrough");
    // A save puts two files in place: the backup's temporary file as .bak, then the project's as the project.
    for (const bool withBackup : {false, true}) {
        const char *kind = withBackup ? "backup exists" : "first save";
        QTest::addRow("%s, before the backup is renamed", kind) << withBackup << 0;
        QTest::addRow("%s, between the renames", kind) << withBackup << 1;
        QTest::addRow("%s, after both renames", kind) << withBackup << 2;
    }
}

void TestProjectFileSafety::killedAtEachRename()
{
    QFETCH(bool, withBackup);
    QFETCH(int, renamesLetThrough);
    const QString target = m_dir.filePath(QStringLiteral("sync.spfproj"));
    QFile::remove(target);
    QFile::remove(target + QLatin1String(".bak"));
    QVERIFY(writeAll(target, m_a)); // as a project file copied in: no backup yet
    if (withBackup)
        QVERIFY(ProjectFile::save(target, ProjectFile::parse(m_a).value().project()));
    const QByteArray bakBefore = readAll(target + QLatin1String(".bak"));
    QCOMPARE(bakBefore.isEmpty(), !withBackup);

    QProcess child;
    startHelper(child, target, false, true);
    // QSaveFile puts a file in place by rename(), or by linkat() when the name is free, sometimes through a temporary
    // name first: the destination in each marker says which step it is.
    const QByteArray backupName = QFile::encodeName(target + QLatin1String(".bak"));
    const QByteArray projectName = QFile::encodeName(target);
    bool firstSaveDone = false;
    QByteArrayList placements;
    for (;;) {
        QVERIFY2(waitForLine(child), "the child stopped talking");
        const QByteArray line = child.readLine().trimmed();
        if (line == "D1")
            firstSaveDone = true;
        if (!line.startsWith('R'))
            continue;
        const QByteArray destination = line.mid(line.indexOf(' ') + 1);
        placements.append(destination == backupName    ? QByteArray("backup")
                          : destination == projectName ? QByteArray("project")
                                                       : QByteArray("temporary name"));
        const bool stop = (renamesLetThrough == 0 && destination == backupName) ||
                          (renamesLetThrough == 1 && destination == projectName) ||
                          (renamesLetThrough == 2 && firstSaveDone);
        if (stop)
            break;
        child.write("g");
        child.waitForBytesWritten();
    }
    child.kill();
    QVERIFY(child.waitForFinished());
    removeLeftovers(target);
    qInfo("placements seen: %s", placements.join(", ").constData());
    if (firstSaveDone) // the second save, of the first version again, was stopped before anything was in place
        checkAfterKill(target, m_b, m_a, m_a);
    else
        checkAfterKill(target, m_a, bakBefore, m_b);

    const QByteArray now = readAll(target);
    const QByteArray bak = readAll(target + QLatin1String(".bak"));
    switch (renamesLetThrough) {
    case 0: // nothing renamed: everything as before
        QCOMPARE(now, m_a);
        QCOMPARE(bak, bakBefore);
        break;
    case 1: // the backup is in place, the project not yet changed
        QCOMPARE(now, m_a);
        QCOMPARE(bak, m_a);
        break;
    default: // the new project, the old one in the backup
        QCOMPARE(now, m_b);
        QCOMPARE(bak, m_a);
    }
}

void TestProjectFileSafety::truncatedFilesAreRefused()
{
    // A small project, cut at every byte: each cut is refused, says where, suggests the backup, and changes nothing.
    const QByteArray whole = canonical(projectJson(3, 'a'));
    const QString path = m_dir.filePath(QStringLiteral("cut.spfproj"));
    const QString bak = path + QLatin1String(".bak");
    QVERIFY(writeAll(bak, whole));
    const qsizetype end = whole.lastIndexOf('}') + 1; // beyond it only the final newline
    int refused = 0;
    for (qsizetype cut = 0; cut < end; ++cut) {
        const QByteArray part = whole.left(cut);
        QVERIFY(writeAll(path, part));
        const auto r = ProjectFile::load(path);
        QVERIFY2(!r.ok(), qPrintable(QStringLiteral("cut at %1 loads").arg(cut)));
        const Error &e = r.error();
        const QString where = QStringLiteral("cut at %1: %2").arg(cut).arg(e.message);
        QVERIFY2(e.code == (part.trimmed().isEmpty() ? ErrorCode::FileNotProject : ErrorCode::FileSyntax),
                 qPrintable(where));
        QVERIFY2(e.message.startsWith(path) && e.where == path, qPrintable(where));
        QVERIFY2(e.message.contains(QLatin1String("restore its backup ") + bak, Qt::CaseInsensitive),
                 qPrintable(where));
        if (e.code == ErrorCode::FileSyntax) {
            QVERIFY2(e.line >= 1 && e.column >= 1, qPrintable(where));
            QVERIFY2(e.message.contains(QStringLiteral("line %1, column %2").arg(e.line).arg(e.column)),
                     qPrintable(where));
            QVERIFY2(e.message.contains(QLatin1String("cut short")), qPrintable(where));
        } else {
            QVERIFY2(e.message.contains(QLatin1String("empty")), qPrintable(where));
        }
        QCOMPARE(readAll(path), part);
        QCOMPARE(readAll(bak), whole);
        ++refused;
    }
    QVERIFY(writeAll(path, whole));
    QVERIFY(ProjectFile::load(path).ok());
    qInfo("%d truncations of a %lld-byte project refused", refused, qlonglong(whole.size()));
}

void TestProjectFileSafety::binaryFilesAreRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("binary.spfproj"));
    QRandomGenerator random(7);
    QList<QByteArray> samples;
    samples.append(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));    // an image
    samples.append(QByteArray("PK\x03\x04\x14\0\0\0\x08\0", 10));       // an archive
    samples.append(m_a.left(200) + QByteArray(1, '\0') + m_a.mid(200)); // a project with a zero byte inside
    for (int i = 0; i < 20; ++i) {
        QByteArray noise(1 + qsizetype(random.bounded(4096)), Qt::Uninitialized);
        for (char &c : noise)
            c = char(random.bounded(256));
        noise[qsizetype(random.bounded(quint32(noise.size())))] = '\0';
        samples.append(noise);
    }
    for (const QByteArray &sample : samples) {
        QVERIFY(writeAll(path, sample));
        const auto r = ProjectFile::load(path);
        QVERIFY(!r.ok());
        QCOMPARE(r.code(), ErrorCode::FileNotProject);
        QVERIFY2(r.error().message.startsWith(path), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(QLatin1String("binary data")), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(QLatin1String("Choose the .spfproj file")), qPrintable(r.error().message));
        QCOMPARE(readAll(path), sample);
        QVERIFY(!QFile::exists(path + QLatin1String(".bak")));
    }
}

void TestProjectFileSafety::gigantic100MiBFileIsRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("huge.spfproj"));
    {
        // Sparse: a project-looking start, then 100 MiB of nothing on disk.
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(m_a.left(100)), qint64(100));
        QVERIFY(f.resize(qint64(100) * 1024 * 1024));
    }
    const QDateTime modified = QFileInfo(path).lastModified();
    const auto r = ProjectFile::load(path);
    QCOMPARE(r.code(), ErrorCode::FileTooLarge);
    QCOMPARE(r.error().where, path);
    QVERIFY2(r.error().message.startsWith(path), qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(QLatin1String("it is 100 MiB")), qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(QLatin1String("at most 32 MiB")), qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(QLatin1String("Choose the .spfproj file")), qPrintable(r.error().message));
    QCOMPARE(QFileInfo(path).size(), qint64(100) * 1024 * 1024);
    QCOMPARE(QFileInfo(path).lastModified(), modified);
    QVERIFY(!QFile::exists(path + QLatin1String(".bak")));
}

void TestProjectFileSafety::everySaveKeepsABackup()
{
    // ProjectFile::save is the only way projects are written (the CLI's init --force and the GUI's Save/Save As go
    // through it; tst_cli_files checks the CLI): every overwrite leaves the previous bytes in .bak, however many times.
    const QString path = m_dir.filePath(QStringLiteral("backup.spfproj"));
    QByteArray previous;
    for (int i = 0; i < 4; ++i) {
        const QByteArray next = (i % 2 == 0) ? m_a : m_b;
        QVERIFY(ProjectFile::save(path, ProjectFile::parse(next).value().project()));
        QCOMPARE(readAll(path), next);
        QCOMPARE(readAll(path + QLatin1String(".bak")), previous);
        previous = next;
    }
    // A file that is not a project is kept as the backup too, before the project replaces it.
    const QByteArray foreign = "not a project, but someone's file\n";
    QVERIFY(writeAll(path, foreign));
    QVERIFY(ProjectFile::save(path, ProjectFile::parse(m_a).value().project()));
    QCOMPARE(readAll(path + QLatin1String(".bak")), foreign);
    // When the backup cannot be written, the project is not overwritten either.
    QVERIFY(QFile::remove(path + QLatin1String(".bak")));
    QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("backup.spfproj.bak"))); // a directory where the backup goes
    const Status failed = ProjectFile::save(path, ProjectFile::parse(m_b).value().project());
    QCOMPARE(failed.code(), ErrorCode::FileWriteFailed);
    QVERIFY2(failed.error().message.contains(QLatin1String(".bak")), qPrintable(failed.error().message));
    QCOMPARE(readAll(path), m_a);
}

QTEST_GUILESS_MAIN(TestProjectFileSafety)
#include "tst_project_file_safety.moc"
