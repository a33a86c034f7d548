// Keeps the peer benchmark's generator honest (not timed): a small world from tests/benchmarks/peers/generate_world.py,
// served by a real NSD, evaluated by the built spfmanager-cli in one batch. Every output line must parse and every
// result must be the one the generator intended, so the benchmark's agreement figures rest on correct expectations.

#include "DnsServerFixture.h"
#include "TestConfig.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using spfm::testing::DnsServerFixture;
using spfm::testing::Zone;
using spfm::testing::ZoneRecord;

namespace {

struct Expectation
{
    QByteArray query;
    QByteArray result;
    QByteArray fault;
};

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QList<QByteArray> nonEmptyLines(const QByteArray &text)
{
    QList<QByteArray> lines;
    for (const QByteArray &line : text.split('\n')) {
        if (!line.trimmed().isEmpty())
            lines.append(line);
    }
    return lines;
}

// The generator writes one record a line: "OWNER TTL IN TYPE RDATA", RDATA verbatim (TXT quoted).
bool parseZone(const QByteArray &origin, const QByteArray &text, Zone &zone, QString &error)
{
    zone.origin = origin;
    for (const QByteArray &line : nonEmptyLines(text)) {
        QList<QByteArray> fields;
        qsizetype pos = 0;
        while (fields.size() < 4) {
            const qsizetype space = line.indexOf(' ', pos);
            if (space < 0)
                break;
            fields.append(line.mid(pos, space - pos));
            pos = space + 1;
        }
        if (fields.size() != 4 || fields[2] != "IN") {
            error = QStringLiteral("%1: cannot read '%2'").arg(QString::fromLatin1(origin), QString::fromLatin1(line));
            return false;
        }
        zone.records.append(ZoneRecord{fields[0], fields[3], line.mid(pos), fields[1].toUInt()});
    }
    return true;
}

} // namespace

class TestPeerWorld : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyLineParses();
    void result_data();
    void result();
    void worldCoversTheFaults();

private:
    QTemporaryDir m_dir;
    DnsServerFixture m_server;
    QList<Expectation> m_expected;
    QList<QByteArray> m_output;
};

void TestPeerWorld::initTestCase()
{
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    QVERIFY2(!python.isEmpty(), "python3 is needed to run the generator (Debian package python3)");

    // Every organisation carries a fault, so a small world still holds each kind the generator knows.
    QProcess generator;
    generator.setProcessChannelMode(QProcess::MergedChannels);
    generator.start(python, {QStringLiteral(SPF_SOURCE_DIR "/tests/benchmarks/peers/generate_world.py"), m_dir.path(),
                             QStringLiteral("--queries"), QStringLiteral("160"), QStringLiteral("--orgs"),
                             QStringLiteral("48"), QStringLiteral("--fault-share"), QStringLiteral("1.0"),
                             QStringLiteral("--seed"), QStringLiteral("5")});
    QVERIFY(generator.waitForFinished(60000));
    QVERIFY2(generator.exitStatus() == QProcess::NormalExit && generator.exitCode() == 0,
             generator.readAll().constData());

    for (const QByteArray &origin : nonEmptyLines(readFile(m_dir.filePath(QStringLiteral("zones.txt"))))) {
        Zone zone;
        QString error;
        const QString path = m_dir.filePath(QStringLiteral("zones/%1.zone").arg(QString::fromLatin1(origin)));
        QVERIFY2(parseZone(origin, readFile(path), zone, error), qPrintable(error));
        m_server.addZone(zone);
    }
    const auto started = m_server.start();
    QVERIFY2(started.ok, qPrintable(started.error));

    const QList<QByteArray> queries = nonEmptyLines(readFile(m_dir.filePath(QStringLiteral("queries.txt"))));
    const QList<QByteArray> expected = nonEmptyLines(readFile(m_dir.filePath(QStringLiteral("expected.tsv"))));
    QCOMPARE(queries.size(), 160);
    QCOMPARE(expected.size(), queries.size());
    for (qsizetype i = 0; i < queries.size(); ++i) {
        const QList<QByteArray> fields = expected[i].split('\t');
        QCOMPARE(fields.size(), 4);
        m_expected.append({queries[i], fields[0], fields[1]});
    }

    QProcess cli;
    cli.start(QStringLiteral(SPF_CLI_PATH),
              {QStringLiteral("check-host"), QStringLiteral("--batch"), m_dir.filePath(QStringLiteral("queries.txt")),
               QStringLiteral("--server"), m_server.serverSpec(), QStringLiteral("--json")});
    QVERIFY(cli.waitForFinished(60000));
    QVERIFY2(cli.exitStatus() == QProcess::NormalExit && cli.exitCode() == 0, cli.readAllStandardError().constData());
    m_output = nonEmptyLines(cli.readAllStandardOutput());
}

void TestPeerWorld::everyLineParses()
{
    QCOMPARE(m_output.size(), m_expected.size());
    static const QSet<QString> results{QStringLiteral("pass"),     QStringLiteral("fail"), QStringLiteral("softfail"),
                                       QStringLiteral("neutral"),  QStringLiteral("none"), QStringLiteral("permerror"),
                                       QStringLiteral("temperror")};
    for (qsizetype i = 0; i < m_output.size(); ++i) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(m_output[i], &error);
        QVERIFY2(error.error == QJsonParseError::NoError && doc.isObject(),
                 qPrintable(QStringLiteral("line %1: %2").arg(i + 1).arg(error.errorString())));
        QVERIFY2(
            results.contains(doc.object().value(QStringLiteral("result")).toString()),
            qPrintable(QStringLiteral("line %1 has no result: %2").arg(i + 1).arg(QString::fromUtf8(m_output[i]))));
    }
}

void TestPeerWorld::result_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<QByteArray>("actual");
    QTest::addColumn<QByteArray>("fault");
    for (qsizetype i = 0; i < m_expected.size(); ++i) {
        const QByteArray actual =
            i < m_output.size()
                ? QJsonDocument::fromJson(m_output[i]).object().value(QStringLiteral("result")).toString().toLatin1()
                : QByteArray("(missing)");
        const QByteArray tag = QByteArray::number(i + 1) + ' ' + m_expected[i].fault;
        QTest::newRow(tag.constData()) << m_expected[i].query << m_expected[i].result << actual << m_expected[i].fault;
    }
}

void TestPeerWorld::result()
{
    QFETCH(QByteArray, query);
    QFETCH(QByteArray, expected);
    QFETCH(QByteArray, actual);
    QFETCH(QByteArray, fault);
    QVERIFY2(actual == expected, qPrintable(QStringLiteral("%1 (%2): got %3, the generator intends %4")
                                                .arg(QString::fromLatin1(query), QString::fromLatin1(fault),
                                                     QString::fromLatin1(actual), QString::fromLatin1(expected))));
}

// The world must exercise the field-notes faults, not only clean organisations.
void TestPeerWorld::worldCoversTheFaults()
{
    QSet<QByteArray> kinds;
    QSet<QByteArray> results;
    for (const Expectation &e : std::as_const(m_expected)) {
        for (const QByteArray &kind : e.fault.split('+'))
            kinds.insert(kind);
        results.insert(e.result);
    }
    QVERIFY2(kinds.size() >= 35, qPrintable(QStringLiteral("only %1 fault kinds").arg(kinds.size())));
    for (const char *r : {"pass", "fail", "softfail", "neutral", "none", "permerror"})
        QVERIFY2(results.contains(r), r);
}

QTEST_GUILESS_MAIN(TestPeerWorld)
#include "tst_peer_world.moc"
