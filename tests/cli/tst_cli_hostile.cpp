// A zone whose TXT record carries terminal controls (ESC sequences, BEL, CR, a line break, NUL, a C1 CSI): `verify`
// must not hand them to a terminal in its text and --nagios output, and must keep them, JSON-escaped, in --json-lines.
#include "Cli.h"
#include "TestConfig.h"
#include "project/ProjectFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

Outcome runCli(const QStringList &arguments)
{
    QString in, out, err;
    QTextStream inStream(&in), outStream(&out), errStream(&err);
    Outcome o;
    o.code = cli::run(QStringList{QStringLiteral("spfmanager-cli")} + arguments, inStream, outStream, errStream);
    outStream.flush();
    errStream.flush();
    o.out = out;
    o.err = err;
    return o;
}

// The published policy, as the zone file writes it (decimal escapes, RFC 1035 §5.1) and as the bytes DNS carries.
const char kZone[] = R"($ORIGIN esc.example.
$TTL 300
@    IN SOA ns.esc.example. hostmaster.esc.example. 1 3600 600 86400 300
@    IN NS  ns
ns   IN A   192.0.2.53
@    IN TXT "v=spf1 a:\027]0;pwned\007x.example \027[2J\013\010\000\194\155 ip4:192.0.2.10 -all"
mail IN A   192.0.2.10
)";
const char kHostileBytes[] = "v=spf1 a:\x1b]0;pwned\x07x.example \x1b[2J\r\n\0\xc2\x9b ip4:192.0.2.10 -all";
const QByteArray kHostile(kHostileBytes, sizeof kHostileBytes - 1);

// The first character a terminal would act on (a line break only where the output puts one itself), or -1.
qsizetype firstControl(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('\n'))
            continue;
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return i;
    }
    return -1;
}

} // namespace

class TestCliHostile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        project::Project p;
        p.primary.domain = project::DomainName::parse(QStringLiteral("esc.example")).value();
        p.primary.terms = {QStringLiteral("ip4:192.0.2.10")};
        project::MailServer mail;
        mail.hostname = project::DomainName::parse(QStringLiteral("mail.esc.example")).value();
        mail.addresses = {*net::IpAddress::parse("192.0.2.10")};
        p.mailServers = {mail};
        m_project = m_dir.filePath(QStringLiteral("esc.spfproj"));
        QVERIFY(project::ProjectFile::save(m_project, p).ok());
        m_zone = m_dir.filePath(QStringLiteral("esc.example.zone"));
        QFile zone(m_zone);
        QVERIFY(zone.open(QIODevice::WriteOnly));
        QVERIFY(zone.write(kZone) == qint64(sizeof kZone - 1));
    }

    void textShowsControlsAsReplacements()
    {
        const Outcome o = runCli({QStringLiteral("verify"), m_project, QStringLiteral("--zone"), m_zone});
        QVERIFY2(o.code == 2, qPrintable(o.out + o.err));
        QVERIFY2(firstControl(o.out) < 0, qPrintable(o.out.mid(firstControl(o.out) - 20, 40)));
        QVERIFY2(firstControl(o.err) < 0, qPrintable(o.err));
        // One replacement per control, so the record keeps its shape; the published line stays one line.
        QVERIFY2(o.out.contains(QStringLiteral("    published: v=spf1 a:\uFFFD]0;pwned\uFFFDx.example "
                                               "\uFFFD[2J\uFFFD\uFFFD\uFFFD\uFFFD ip4:192.0.2.10 -all  (TTL 300)\n")),
                 qPrintable(o.out));
        // The term-by-term difference (VFY101) quotes the published term: replaced the same way.
        const qsizetype vfy101 = o.out.indexOf(QLatin1String("VFY101"));
        QVERIFY2(vfy101 > 0, qPrintable(o.out));
        const QString line = o.out.mid(vfy101, o.out.indexOf(QLatin1Char('\n'), vfy101) - vfy101);
        QVERIFY2(line.contains(QStringLiteral("a:\uFFFD]0;pwned\uFFFDx.example")), qPrintable(line));
    }

    void nagiosIsOneSafeLine()
    {
        const Outcome o =
            runCli({QStringLiteral("verify"), m_project, QStringLiteral("--zone"), m_zone, QStringLiteral("--nagios")});
        QCOMPARE(o.code, 2);
        QVERIFY2(o.out.startsWith(QLatin1String("SPF CRITICAL - ")), qPrintable(o.out));
        QCOMPARE(o.out.count(QLatin1Char('\n')), 1);
        QVERIFY(o.out.endsWith(QLatin1Char('\n')));
        QVERIFY2(firstControl(o.out) < 0, qPrintable(o.out));

        // A zone file the plugin cannot use: its UNKNOWN line quotes the file's name, controls replaced.
        const QString badName = m_dir.filePath(QStringLiteral("bad\x1b[2J\rname.zone"));
        QFile bad(badName);
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("@ IN TXT \"unclosed\n");
        bad.close();
        const Outcome unknown =
            runCli({QStringLiteral("verify"), m_project, QStringLiteral("--zone"), badName,
                    QStringLiteral("--zone-origin"), QStringLiteral("esc.example"), QStringLiteral("--nagios")});
        QCOMPARE(unknown.code, 3);
        QVERIFY2(unknown.out.startsWith(QLatin1String("SPF UNKNOWN - --zone: ")), qPrintable(unknown.out));
        QVERIFY2(unknown.out.contains(QStringLiteral("bad\uFFFD[2J\uFFFDname.zone")), qPrintable(unknown.out));
        QCOMPARE(unknown.out.count(QLatin1Char('\n')), 1);
        QVERIFY2(firstControl(unknown.out) < 0, qPrintable(unknown.out));

        // The same failure without --nagios goes to stderr, through the same escaping.
        const Outcome plain = runCli({QStringLiteral("verify"), m_project, QStringLiteral("--zone"), badName,
                                      QStringLiteral("--zone-origin"), QStringLiteral("esc.example")});
        QCOMPARE(plain.code, 2);
        QVERIFY2(plain.err.contains(QStringLiteral("bad\uFFFD[2J\uFFFDname.zone")), qPrintable(plain.err));
        QVERIFY2(firstControl(plain.err) < 0, qPrintable(plain.err));
    }

    void jsonLinesKeepTheBytesEscaped()
    {
        const Outcome o = runCli(
            {QStringLiteral("verify"), m_project, QStringLiteral("--zone"), m_zone, QStringLiteral("--json-lines")});
        QCOMPARE(o.code, 2);
        QVERIFY2(firstControl(o.out) < 0, qPrintable(o.out));
        bool seen = false;
        const QStringList lines = o.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 2);
        for (const QString &line : lines) {
            QJsonParseError error;
            const QJsonObject object = QJsonDocument::fromJson(line.toUtf8(), &error).object();
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(line));
            if (object.value(QStringLiteral("domain")).toString() != QLatin1String("esc.example"))
                continue;
            const QJsonArray published = object.value(QStringLiteral("published")).toArray();
            QCOMPARE(published.size(), 1);
            // Programs reading the JSON get what DNS published, byte for byte.
            QCOMPARE(published.at(0).toString().toUtf8(), kHostile);
            seen = true;
        }
        QVERIFY(seen);
    }

    // The built tool's bytes, as `| cat -v` would see them: no ESC, BEL, CR or NUL anywhere.
    void binaryWritesNoControlBytes()
    {
        QProcess cli;
        cli.start(QStringLiteral(SPF_CLI_PATH),
                  {QStringLiteral("verify"), m_project, QStringLiteral("--zone"), m_zone});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 2);
        const QByteArray out = cli.readAllStandardOutput();
        QVERIFY(out.contains("published: v=spf1 a:"));
        for (const char c : {'\x1b', '\x07', '\r', '\0'})
            QVERIFY2(!out.contains(c), out.constData());
        QVERIFY(!out.contains("\xc2\x9b"));
    }

private:
    QTemporaryDir m_dir;
    QString m_project;
    QString m_zone;
};

QTEST_GUILESS_MAIN(TestCliHostile)
#include "tst_cli_hostile.moc"
