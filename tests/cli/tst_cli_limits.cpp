// Files and pipes the CLI reads that could be endless or huge: a device (/dev/zero) or an oversized file given as a
// zone or batch file is refused before it is read; a batch from standard input is read and answered a bounded piece
// at a time, each line at most 4096 characters.
#include "Cli.h"
#include "TestConfig.h"
#include "dns/ZoneFile.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace spfm;

namespace {

struct Outcome
{
    int code = -1;
    QString out;
    QString err;
};

Outcome runCli(const QStringList &arguments, QString in = {})
{
    QString out, err;
    QTextStream inStream(&in), outStream(&out), errStream(&err);
    Outcome o;
    o.code = cli::run(QStringList{QStringLiteral("spfmanager-cli")} + arguments, inStream, outStream, errStream);
    outStream.flush();
    errStream.flush();
    o.out = out;
    o.err = err;
    return o;
}

const QString kCliZone = QStringLiteral(SPF_TEST_DATA_DIR "/zones/cli.test.zone");

} // namespace

class TestCliLimits : public QObject
{
    Q_OBJECT

private slots:
    void zoneFileThatIsADeviceOrHuge()
    {
        const Outcome device = runCli({QStringLiteral("lint"), QStringLiteral("--zone"), QStringLiteral("/dev/zero")});
        QCOMPARE(device.code, 2);
        QCOMPARE(device.err,
                 QStringLiteral("spfmanager-cli lint: --zone: /dev/zero: not a zone file: it is a device, a pipe or a "
                                "socket, not a regular file\nGive the path of a BIND-format zone file; to check zone "
                                "text from a program or a pipe, save it to a file first.\n"));

        const QString huge = sparseFile("huge.example.zone", dns::ZoneFile::kMaxFileSize + 1);
        const Outcome large =
            runCli({QStringLiteral("check-host"), QStringLiteral("--ip"), QStringLiteral("192.0.2.1"),
                    QStringLiteral("--sender"), QStringLiteral("a@huge.example"), QStringLiteral("--zone"), huge});
        QCOMPARE(large.code, 2);
        QCOMPARE(large.err, QStringLiteral("spfmanager-cli check-host: --zone: %1: the zone file is too large: it has "
                                           "65 MiB, and a zone file may have at most 64 MiB\nGive only the zones the "
                                           "check needs, one file each (repeat --zone).\n")
                                .arg(huge));
    }

    void batchFileThatIsADeviceOrHuge()
    {
        const QStringList batch{QStringLiteral("check-host"), QStringLiteral("--zone"), kCliZone,
                                QStringLiteral("--batch")};
        const Outcome device = runCli(batch + QStringList{QStringLiteral("/dev/zero")});
        QCOMPARE(device.code, 2);
        QVERIFY(device.out.isEmpty());
        QCOMPARE(device.err, QStringLiteral("spfmanager-cli check-host: --batch /dev/zero: not a file of queries: it "
                                            "is a directory, a device or a pipe\nGive a regular file, or pipe the "
                                            "queries in with --batch - (read line by line, no size limit).\n"));

        const QString huge = sparseFile("huge.batch", 64 * 1024 * 1024 + 1);
        const Outcome large = runCli(batch + QStringList{huge});
        QCOMPARE(large.code, 2);
        QVERIFY2(large.err.contains(QStringLiteral("--batch %1: it has 65 MiB, and a batch file may have at most 64 "
                                                   "MiB\nSplit it into smaller files, or pipe the queries in")
                                        .arg(huge)),
                 qPrintable(large.err));

        const Outcome missing = runCli(batch + QStringList{m_dir.filePath(QStringLiteral("nope"))});
        QCOMPARE(missing.code, 2);
        QVERIFY2(missing.err.contains(QLatin1String("/nope: no such file\nCheck the path, or pipe the queries in")),
                 qPrintable(missing.err));
    }

    // Standard input is read a line at a time, each line at most 4096 characters: what came before a line that is
    // no query is answered, then reading stops.
    void batchFromAPipeIsReadLineByLine()
    {
        QString input;
        for (int i = 0; i < 2500; ++i)
            input += (i % 2 ? QStringLiteral("192.0.2.10 alice@cli.test\n")
                            : QStringLiteral("203.0.113.%1 bob@cli.test\n").arg(i % 200));
        // More than one piece of a thousand queries: every line answered, in input order.
        const Outcome many = runCli({QStringLiteral("check-host"), QStringLiteral("--zone"), kCliZone,
                                     QStringLiteral("--batch"), QStringLiteral("-")},
                                    input);
        QCOMPARE(many.code, 0);
        const QStringList lines = many.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2500);
        for (int i = 0; i < 2500; ++i)
            QVERIFY2(lines[i].startsWith(QLatin1String(i % 2 ? "pass" : "fail")), qPrintable(lines[i]));

        const QString overlong = QStringLiteral("192.0.2.10 alice@cli.test\n") + QString(5000, QLatin1Char('x')) +
                                 QStringLiteral("\n192.0.2.10 alice@cli.test\n");
        const Outcome o = runCli({QStringLiteral("check-host"), QStringLiteral("--zone"), kCliZone,
                                  QStringLiteral("--batch"), QStringLiteral("-")},
                                 overlong);
        QCOMPARE(o.code, 2);
        QCOMPARE(o.out, QStringLiteral("pass\n"));
        QCOMPARE(o.err, QStringLiteral("spfmanager-cli check-host: --batch -: line 2 is longer than 4096 characters, "
                                       "so it is no query; the rest of the input was not read\nGive one query per "
                                       "line, 'IP SENDER [HELO]'; check that the input is such a list.\n"));
    }

    // The built tool with /dev/zero as standard input: one endless line, refused after its first 4096 characters.
    void binaryBatchFromAnEndlessPipe()
    {
        QProcess cli;
        cli.setStandardInputFile(QStringLiteral("/dev/zero"));
        cli.start(QStringLiteral(SPF_CLI_PATH), {QStringLiteral("check-host"), QStringLiteral("--zone"), kCliZone,
                                                 QStringLiteral("--batch"), QStringLiteral("-")});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 2);
        QVERIFY(cli.readAllStandardOutput().isEmpty());
        QVERIFY(cli.readAllStandardError().contains("line 1 is longer than 4096 characters"));
    }

private:
    // Sparse: no disk space taken, and still a file of that size to anyone reading it.
    QString sparseFile(const char *name, qint64 size)
    {
        const QString path = m_dir.filePath(QString::fromLatin1(name));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || !file.resize(size))
            qFatal("cannot make %s", name);
        return path;
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCliLimits)
#include "tst_cli_limits.moc"
