// Every refusal says what went wrong and, on the next line, how to fix it; options that a run would ignore are
// refused rather than dropped; `lint --domain` exits 3, as verify does, when DNS kept a domain from being checked.
#include "Cli.h"
#include "FaultDnsServer.h"
#include "TestConfig.h"
#include "project/ProjectFile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace spfm;
using testing::FaultDnsServer;

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

const QString kSample = QStringLiteral(SPF_SOURCE_DIR "/examples/acme.spfproj");
const QString kCliZone = QStringLiteral(SPF_TEST_DATA_DIR "/zones/cli.test.zone");

QStringList args(std::initializer_list<const char *> list)
{
    QStringList l;
    for (const char *a : list)
        l.append(QString::fromUtf8(a));
    return l;
}

} // namespace

class TestCliMessages : public QObject
{
    Q_OBJECT

private slots:
    // Bad arguments: exit 2, nothing on stdout, and on stderr exactly "spfmanager-cli COMMAND: what" and the fix.
    void refusalsSayHowToFix_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("fix");
        QTest::newRow("init without -o") << args({"init", "--primary", "acme.example"})
                                         << QStringLiteral("init: -o FILE is required")
                                         << QStringLiteral("Name the project file to write, e.g. -o example.spfproj.");
        QTest::newRow("init without --primary")
            << args({"init", "-o", "x.spfproj"}) << QStringLiteral("init: --primary DOMAIN is required")
            << QStringLiteral("Name the domain whose policy the others include, e.g. --primary example.com.");
        QTest::newRow("init --ttl not a number")
            << args({"init", "--primary", "acme.example", "--ttl", "soon", "-o", "@DIR@/x.spfproj"})
            << QStringLiteral("init: --ttl: not a number")
            << QStringLiteral("Give the TTL in seconds, from 0 to 2147483647, e.g. --ttl 3600.");
        QTest::newRow("init --all")
            << args({"init", "--primary", "acme.example", "--all", "x", "-o", "@DIR@/x.spfproj"})
            << QStringLiteral("init: --all: \"x\" is not one of - ~ ? +")
            << QStringLiteral("Give --all - (fail, the default), ~ (softfail), ? (neutral), + (pass) or none (no "
                              "all, for a policy that ends in redirect=).");
        QTest::newRow("init --mail-server")
            << args(
                   {"init", "--primary", "acme.example", "--mail-server", "mail.acme.example", "-o", "@DIR@/x.spfproj"})
            << QStringLiteral("init: --mail-server \"mail.acme.example\": expected HOST=IP[,IP...]")
            << QStringLiteral(
                   "Give a host name and its addresses, e.g. --mail-server mail.example.com=192.0.2.10,2001:db8::10.");
        QTest::newRow("init cannot write")
            << args({"init", "--primary", "acme.example", "-o", "@DIR@/no/such/folder/x.spfproj"})
            << QStringLiteral("init: Cannot write @DIR@/no/such/folder/x.spfproj")
            << QStringLiteral("Check that the folder exists and is writable, or choose another path with -o.");
        QTest::newRow("export --format unknown")
            << QStringList{QStringLiteral("export"), kSample, QStringLiteral("--format"), QStringLiteral("xml")}
            << QStringLiteral("export: --format xml: must be one of bind, nsupdate, tinydns, json, csv")
            << QStringLiteral("e.g. --format bind for zone-file lines, --format nsupdate for a dynamic-update script "
                              "(docs/project-format.md describes each).");
        QTest::newRow("export without --format")
            << QStringList{QStringLiteral("export"), kSample}
            << QStringLiteral("export: --format is required: one of bind, nsupdate, tinydns, json, csv")
            << QStringLiteral("e.g. --format bind for zone-file lines, --format nsupdate for a dynamic-update script "
                              "(docs/project-format.md describes each).");
        QTest::newRow("export bind --port")
            << QStringList{QStringLiteral("export"),   kSample,
                           QStringLiteral("--format"), QStringLiteral("bind"),
                           QStringLiteral("--port"),   QStringLiteral("53")}
            << QStringLiteral("export: --port applies to --format nsupdate only, and this export is bind")
            << QStringLiteral("Drop --port, or export with --format nsupdate.");
        QTest::newRow("export csv --assume-unpublished")
            << QStringList{QStringLiteral("export"), kSample, QStringLiteral("--format"), QStringLiteral("csv"),
                           QStringLiteral("--assume-unpublished")}
            << QStringLiteral("export: --assume-unpublished applies to --format nsupdate only, and this export is csv")
            << QStringLiteral("Drop --assume-unpublished, or export with --format nsupdate.");
        QTest::newRow("export --port") << QStringList{QStringLiteral("export"),   kSample,
                                                      QStringLiteral("--format"), QStringLiteral("nsupdate"),
                                                      QStringLiteral("--port"),   QStringLiteral("70000")}
                                       << QStringLiteral("export: --port 70000: not a port number")
                                       << QStringLiteral("Give a number from 1 to 65535, e.g. --port 53.");
        QTest::newRow("export --key")
            << QStringList{QStringLiteral("export"),   kSample,
                           QStringLiteral("--format"), QStringLiteral("nsupdate"),
                           QStringLiteral("--key"),    QStringLiteral("no secret")}
            << QStringLiteral("export: The TSIG key must look like [algorithm:]name:base64secret.")
            << QStringLiteral("Give --server a host name or address (e.g. --server 192.0.2.53) and --key as "
                              "[algorithm:]name:secret, e.g. --key hmac-sha256:update-key:c2VjcmV0.");
        for (const char *option : {"--server", "--timeout", "--authoritative", "--ns-port"}) {
            QStringList a{QStringLiteral("verify"), kSample, QStringLiteral("--zone"), kCliZone,
                          QString::fromLatin1(option)};
            if (qstrcmp(option, "--authoritative") != 0)
                a.append(qstrcmp(option, "--server") == 0 ? QStringLiteral("192.0.2.53") : QStringLiteral("500"));
            QTest::addRow("verify --zone %s", option)
                << a
                << QStringLiteral("verify: --zone answers from zone files, and %1 is for live DNS")
                       .arg(QLatin1String(option))
                << QStringLiteral("Use --zone to check against zone files, or %1 to ask live DNS, not both.")
                       .arg(QLatin1String(option));
        }
        QTest::newRow("lint --zone --server")
            << QStringList{QStringLiteral("lint"), QStringLiteral("--zone"), kCliZone, QStringLiteral("--server"),
                           QStringLiteral("192.0.2.53")}
            << QStringLiteral("lint: --server is for live DNS, and --zone answers from zone files")
            << QStringLiteral("Use --zone to follow includes through zone files, or --domain NAME with --server to "
                              "lint what live DNS publishes, not both.");
        QTest::newRow("lint RECORD --timeout")
            << args({"lint", "v=spf1 -all", "--timeout", "500"})
            << QStringLiteral("lint: --timeout is for live DNS, and record texts are linted offline")
            << QStringLiteral("Leave out the record texts to lint what each --domain publishes, or drop --timeout.");
        QTest::newRow("check-host --zone --timeout")
            << QStringList{QStringLiteral("check-host"),
                           QStringLiteral("--ip"),
                           QStringLiteral("192.0.2.1"),
                           QStringLiteral("--sender"),
                           QStringLiteral("a@cli.test"),
                           QStringLiteral("--zone"),
                           kCliZone,
                           QStringLiteral("--timeout"),
                           QStringLiteral("500")}
            << QStringLiteral("check-host: --timeout is for live DNS, and --zone answers from zone files")
            << QStringLiteral("Drop --timeout, or drop --zone to ask live DNS.");
        QTest::newRow("check-host unreadable --batch")
            << QStringList{QStringLiteral("check-host"), QStringLiteral("--zone"), kCliZone, QStringLiteral("--batch"),
                           QStringLiteral("@DIR@")}
            << QStringLiteral("check-host: --batch @DIR@: not a file of queries: it is a directory, a device or a "
                              "pipe")
            << QStringLiteral("Give a regular file, or pipe the queries in with --batch - (read line by line, no size "
                              "limit).");
    }
    void refusalsSayHowToFix()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, what);
        QFETCH(QString, fix);
        QTemporaryDir dir;
        for (QString &a : arguments)
            a.replace(QLatin1String("@DIR@"), dir.path());
        what.replace(QLatin1String("@DIR@"), dir.path());
        const Outcome o = runCli(arguments);
        QCOMPARE(o.code, 2);
        QVERIFY(o.out.isEmpty());
        const QStringList lines = o.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.size() == 2, qPrintable(o.err));
        QVERIFY2(lines[0].startsWith(QLatin1String("spfmanager-cli ") + what), qPrintable(o.err));
        QCOMPARE(lines[1], fix);
        QVERIFY(QDir(dir.path()).isEmpty());
    }

    // A monitoring plugin says UNKNOWN for arguments it cannot use, on its one line.
    void verifyNagiosConflictIsUnknown()
    {
        const Outcome o =
            runCli({QStringLiteral("verify"), kSample, QStringLiteral("--zone"), kCliZone, QStringLiteral("--server"),
                    QStringLiteral("192.0.2.53"), QStringLiteral("--nagios")});
        QCOMPARE(o.code, 3);
        QCOMPARE(o.out, QStringLiteral("SPF UNKNOWN - --zone answers from zone files, and --server is for live DNS\n"));
    }

    // A term that does not parse: the project is not written, and the term's own error says why.
    void initRefusesABrokenTerm()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.spfproj"));
        const Outcome o =
            runCli({QStringLiteral("init"), QStringLiteral("--primary"), QStringLiteral("acme.example"),
                    QStringLiteral("--terms"), QStringLiteral("a ip4:1.2.3.4/99"), QStringLiteral("-o"), path});
        QCOMPARE(o.code, 2);
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY2(o.err.contains(QLatin1String("ip4:1.2.3.4/99")), qPrintable(o.err));
        QVERIFY2(o.err.contains(QStringLiteral("init: the primary's policy has errors (above): receivers would give "
                                               "every domain permerror; %1 was not written\n")
                                    .arg(path)),
                 qPrintable(o.err));
        QVERIFY(o.err.endsWith(QLatin1String("`spfmanager-cli lint 'v=spf1 TERMS -all'` explains each problem.\n")));

        // The same terms without the broken one are written.
        QCOMPARE(runCli({QStringLiteral("init"), QStringLiteral("--primary"), QStringLiteral("acme.example"),
                         QStringLiteral("--terms"), QStringLiteral("a ip4:1.2.3.4/32"), QStringLiteral("-o"), path})
                     .code,
                 0);
        QCOMPARE(project::ProjectFile::load(path).value().project().primary.terms,
                 QStringList({QStringLiteral("a"), QStringLiteral("ip4:1.2.3.4/32")}));
    }

    void generalHelpNamesEveryExitCode()
    {
        const Outcome o = runCli({QStringLiteral("--help")});
        QCOMPARE(o.code, 0);
        const QString help = o.out.simplified();
        QVERIFY2(help.contains(QLatin1String("Exit codes: 0 done (checkers: clean), 1 warnings found, 2 errors found "
                                             "or bad arguments, 3 some names could not be checked because DNS did "
                                             "not answer (verify, lint --domain) and no errors were found.")),
                 qPrintable(o.out));
    }

    // docs/cli.md: 2 for an error about a record, else 3 when DNS kept a domain from being checked, else 1 / 0.
    void lintDomainExitCodes_data()
    {
        QTest::addColumn<QStringList>("domains");
        QTest::addColumn<int>("code");
        QTest::newRow("servfail") << QStringList{QStringLiteral("down.example")} << 3;
        QTest::newRow("no answer") << QStringList{QStringLiteral("silent.example")} << 3;
        QTest::newRow("servfail and clean")
            << QStringList{QStringLiteral("down.example"), QStringLiteral("ok.example")} << 3;
        QTest::newRow("servfail and error")
            << QStringList{QStringLiteral("down.example"), QStringLiteral("broken.example")} << 2;
        QTest::newRow("include target servfail") << QStringList{QStringLiteral("via.example")} << 3;
        QTest::newRow("clean") << QStringList{QStringLiteral("ok.example")} << 0;
    }
    void lintDomainExitCodes()
    {
        QFETCH(QStringList, domains);
        QFETCH(int, code);
        FaultDnsServer server;
        QVERIFY(server.listen().ok);
        QVERIFY(server.addRecord("ok.example. 300 IN TXT \"v=spf1 ip4:192.0.2.10 -all\""));
        QVERIFY(server.addRecord("broken.example. 300 IN TXT \"v=spf1 ip4:192.0.2.300 -all\""));
        QVERIFY(server.addRecord("down.example. 300 IN TXT \"v=spf1 -all\""));
        QVERIFY(server.addRecord("silent.example. 300 IN TXT \"v=spf1 -all\""));
        QVERIFY(server.addRecord("via.example. 300 IN TXT \"v=spf1 include:down.example -all\""));
        server.setBehaviour("down.example", FaultDnsServer::Behaviour::ServFail);
        server.setBehaviour("silent.example", FaultDnsServer::Behaviour::Silent);
        QStringList arguments{QStringLiteral("lint"), QStringLiteral("--server"), server.serverSpec(),
                              QStringLiteral("--timeout"), QStringLiteral("100")};
        for (const QString &d : domains)
            arguments << QStringLiteral("--domain") << d;

        const Outcome text = runCli(arguments);
        QVERIFY2(text.code == code, qPrintable(text.out + text.err));
        QVERIFY2(!text.out.contains(QLatin1String("(client )")), qPrintable(text.out));
        if (domains.contains(QStringLiteral("down.example")))
            QVERIFY2(text.out.contains(QLatin1String("record 1 at down.example: (no SPF record)\n")) &&
                         text.out.contains(
                             QLatin1String("  DNS lookups: not counted: there is no single SPF record to follow\n")),
                     qPrintable(text.out));
        const Outcome json = runCli(arguments + QStringList{QStringLiteral("--json")});
        QCOMPARE(json.code, code);
        QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("exit_code")).toInt(), code);
    }
};

QTEST_GUILESS_MAIN(TestCliMessages)
#include "tst_cli_messages.moc"
