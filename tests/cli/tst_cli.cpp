#include "Cli.h"
#include "CliTestSupport.h"
#include "Commands.h"
#include "DnsServerFixture.h"
#include "TestConfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace spfm;
using testing::Outcome;
using testing::parseObject;
using testing::runCli;

namespace {

QString zone(const char *name)
{
    return QStringLiteral(SPF_TEST_DATA_DIR "/zones/") + QString::fromLatin1(name);
}

const QString versionLine = QStringLiteral("spfmanager-cli " SPF_VERSION "\n");

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    // The command structure
    void noArgumentsPrintsUsageToStderr();
    void version_data();
    void version();
    void generalHelp_data();
    void generalHelp();
    void commandHelp_data();
    void commandHelp();
    void everyCommandHasHelpAndVersion();
    void unknownCommand();
    void unknownOption_data();
    void unknownOption();
    void helpForUnknownCommand();

    // lint
    void lintNeedsARecord();
    void lintExitCodes_data();
    void lintExitCodes();
    void lintTextShowsEachDiagnostic();
    void lintCountsLookupsOffline();
    void lintJsonShape();
    void lintReadsStdin();
    void lintJson();
    void lintSeveralRecordsTakeTheWorst();
    void lintWithZoneFollowsIncludes();
    void lintWithZoneUsesDomain();
    void lintPublishedRecord();
    void lintPathOfAClientAddress();
    void lintIpArguments();
    void lintBadZone();
    void lintEmptyDomain();
    void lintParked();
    void lintIpv6Hosts();

    // check-host
    void checkHostResults_data();
    void checkHostResults();
    void checkHostText();
    void checkHostTrace();
    void checkHostJsonShape();
    void checkHostExplanation();
    void checkHostHeloIdentity();
    void checkHostNullSender();
    void checkHostPermErrorStillExitsZero();
    void checkHostBadArguments_data();
    void checkHostBadArguments();
    void checkHostLiveDns();
    void checkHostLiveArguments_data();
    void checkHostLiveArguments();
    void checkHostZoneOrigin();
    void checkHostSeveralZones();
    void textFromDnsCannotDriveTheTerminal();

    // The built binary
    void binaryVersionAndExitCodes();
};

void TestCli::noArgumentsPrintsUsageToStderr()
{
    const Outcome o = runCli({});
    QCOMPARE(o.code, 2);
    QVERIFY(o.out.isEmpty());
    QVERIFY(o.err.startsWith(QLatin1String("Usage: spfmanager-cli COMMAND")));
    QVERIFY(o.err.contains(QLatin1String("check-host")));
}

void TestCli::version_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("--version") << QStringList{QStringLiteral("--version")};
    QTest::newRow("-V") << QStringList{QStringLiteral("-V")};
    QTest::newRow("lint --version") << QStringList{QStringLiteral("lint"), QStringLiteral("--version")};
    QTest::newRow("check-host --version") << QStringList{QStringLiteral("check-host"), QStringLiteral("--version")};
}

void TestCli::version()
{
    QFETCH(QStringList, arguments);
    const Outcome o = runCli(arguments);
    QCOMPARE(o.code, 0);
    QCOMPARE(o.out, versionLine);
    QVERIFY(o.err.isEmpty());
}

void TestCli::generalHelp_data()
{
    QTest::addColumn<QString>("argument");
    QTest::newRow("--help") << QStringLiteral("--help");
    QTest::newRow("-h") << QStringLiteral("-h");
    QTest::newRow("help") << QStringLiteral("help");
}

void TestCli::generalHelp()
{
    QFETCH(QString, argument);
    const Outcome o = runCli({argument});
    QCOMPARE(o.code, 0);
    QVERIFY(o.err.isEmpty());
    QCOMPARE(o.out, cli::generalHelp());
    for (const auto &command : cli::allCommands()) {
        QVERIFY2(o.out.contains(QLatin1String("  ") + command->name() + QLatin1String("  ")),
                 qPrintable(command->name()));
        QVERIFY(o.out.contains(command->summary()));
    }
}

void TestCli::commandHelp_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("options");
    const QStringList lintOptions{QStringLiteral("--json"), QStringLiteral("--zone <FILE>"),
                                  QStringLiteral("--domain <NAME>"), QStringLiteral("--zone-origin <NAME>"),
                                  QStringLiteral("--ip <IP>")};
    const QStringList checkHostOptions{QStringLiteral("--ip <IP>"),
                                       QStringLiteral("--sender <ADDR>"),
                                       QStringLiteral("--helo <NAME>"),
                                       QStringLiteral("--identity <WHICH>"),
                                       QStringLiteral("--receiver <NAME>"),
                                       QStringLiteral("--zone <FILE>"),
                                       QStringLiteral("--json"),
                                       QStringLiteral("--trace")};
    QTest::newRow("help lint") << QStringList{QStringLiteral("help"), QStringLiteral("lint")} << QStringLiteral("lint")
                               << lintOptions;
    QTest::newRow("lint --help") << QStringList{QStringLiteral("lint"), QStringLiteral("--help")}
                                 << QStringLiteral("lint") << lintOptions;
    QTest::newRow("lint -h") << QStringList{QStringLiteral("lint"), QStringLiteral("-h")} << QStringLiteral("lint")
                             << lintOptions;
    QTest::newRow("help check-host") << QStringList{QStringLiteral("help"), QStringLiteral("check-host")}
                                     << QStringLiteral("check-host") << checkHostOptions;
    QTest::newRow("check-host --help") << QStringList{QStringLiteral("check-host"), QStringLiteral("--help")}
                                       << QStringLiteral("check-host") << checkHostOptions;
}

void TestCli::commandHelp()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, command);
    QFETCH(QStringList, options);
    const Outcome o = runCli(arguments);
    QCOMPARE(o.code, 0);
    QVERIFY(o.err.isEmpty());
    QVERIFY2(o.out.startsWith(QStringLiteral("Usage: spfmanager-cli %1 ").arg(command)), qPrintable(o.out));
    // The usage line is ours, never the name of the running executable.
    QVERIFY(!o.out.contains(QCoreApplication::applicationName()));
    for (const QString &option : options)
        QVERIFY2(o.out.contains(option), qPrintable(option));
    QVERIFY(o.out.contains(QLatin1String("--version")));
}

void TestCli::everyCommandHasHelpAndVersion()
{
    for (const auto &command : cli::allCommands()) {
        const Outcome help = runCli({command->name(), QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        QCOMPARE(help.out, command->helpText());
        const Outcome version = runCli({command->name(), QStringLiteral("--version")});
        QCOMPARE(version.code, 0);
        QCOMPARE(version.out, versionLine);
    }
}

void TestCli::unknownCommand()
{
    const Outcome o = runCli({QStringLiteral("frobnicate"), QStringLiteral("x")});
    QCOMPARE(o.code, 2);
    QVERIFY(o.out.isEmpty());
    QVERIFY(o.err.startsWith(QLatin1String("spfmanager-cli: unknown command 'frobnicate'\n")));
    QVERIFY(o.err.contains(QLatin1String("spfmanager-cli --help")));
}

void TestCli::unknownOption_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("global") << QStringList{QStringLiteral("--bogus")}
                            << QStringLiteral("spfmanager-cli: unknown option '--bogus'");
    QTest::newRow("lint") << QStringList{QStringLiteral("lint"), QStringLiteral("--bogus"), QStringLiteral("v=spf1")}
                          << QStringLiteral("spfmanager-cli lint: Unknown option 'bogus'.");
    QTest::newRow("single dash word") << QStringList{QStringLiteral("lint"), QStringLiteral("-zonefile"),
                                                     QStringLiteral("v=spf1")}
                                      << QStringLiteral("spfmanager-cli lint: Unknown option 'zonefile'.");
    QTest::newRow("missing value") << QStringList{QStringLiteral("lint"), QStringLiteral("--zone")}
                                   << QStringLiteral("spfmanager-cli lint: Missing value after '--zone'.");
    QTest::newRow("check-host missing value")
        << QStringList{QStringLiteral("check-host"), QStringLiteral("--ip")}
        << QStringLiteral("spfmanager-cli check-host: Missing value after '--ip'.");
}

void TestCli::unknownOption()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Outcome o = runCli(arguments);
    QCOMPARE(o.code, 2);
    QVERIFY(o.out.isEmpty());
    QVERIFY2(o.err.startsWith(message), qPrintable(o.err));
    QVERIFY(o.err.contains(QLatin1String("--help")));
}

void TestCli::helpForUnknownCommand()
{
    const Outcome o = runCli({QStringLiteral("help"), QStringLiteral("nope")});
    QCOMPARE(o.code, 2);
    QVERIFY(o.out.isEmpty());
    QVERIFY(o.err.contains(QLatin1String("unknown command 'nope'")));
}

void TestCli::lintNeedsARecord()
{
    const Outcome o = runCli({QStringLiteral("lint")});
    QCOMPARE(o.code, 2);
    QVERIFY(o.out.isEmpty());
    QVERIFY(o.err.startsWith(QLatin1String("spfmanager-cli lint: no record to lint\n")));
}

void TestCli::lintExitCodes_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<int>("code");
    QTest::newRow("clean") << QStringLiteral("v=spf1 mx ip4:192.0.2.0/24 -all") << 0;
    QTest::newRow("warning: ptr") << QStringLiteral("v=spf1 ptr -all") << 1;
    QTest::newRow("error: unknown mechanism") << QStringLiteral("v=spf1 foo:bar -all") << 2;
    QTest::newRow("error: +all") << QStringLiteral("v=spf1 +all") << 2;
}

void TestCli::lintExitCodes()
{
    QFETCH(QString, record);
    QFETCH(int, code);
    const Outcome o = runCli({QStringLiteral("lint"), record});
    QCOMPARE(o.code, code);
    QVERIFY(o.err.isEmpty());
    QVERIFY(o.out.startsWith(QStringLiteral("record 1: %1\n").arg(record)));
}

void TestCli::lintTextShowsEachDiagnostic()
{
    const QString record = QStringLiteral("v=spf1 ptr -all");
    const Outcome o = runCli({QStringLiteral("lint"), record});
    QCOMPARE(o.code, 1);
    // severity, code, term and offset, message; then the record with a caret under the term; the fix and the RFC.
    QVERIFY2(o.out.contains(QLatin1String("  warning SPF204 'ptr' at offset 7: ")), qPrintable(o.out));
    QVERIFY(o.out.contains(QLatin1String("      v=spf1 ptr -all\n             ^^^\n")));
    QVERIFY(o.out.contains(QLatin1String("    fix: ")));
    QVERIFY(o.out.contains(QStringLiteral("    see: RFC 7208 §5.5")));
    QVERIFY(o.out.contains(QLatin1String("  DNS lookups: 1 of 10 in this record")));
    QVERIFY(o.out.contains(QLatin1String("0 errors, 1 warning")));
}

void TestCli::lintCountsLookupsOffline()
{
    const Outcome o = runCli({QStringLiteral("lint"), QStringLiteral("--json"),
                              QStringLiteral("v=spf1 a mx include:_spf.example.net exists:%{i}.x.example.net "
                                             "ip4:192.0.2.1 redirect=example.org")});
    const QJsonObject root = parseObject(o.out);
    QCOMPARE(root[QLatin1String("records")].toArray().at(0)[QLatin1String("dns_lookups")].toInt(), 5);

    // Over the limit on the record's own terms alone is an error even without following the includes.
    QString eleven = QStringLiteral("v=spf1");
    for (char c = 'a'; c <= 'k'; ++c)
        eleven += QStringLiteral(" include:%1.example").arg(QLatin1Char(c));
    eleven += QStringLiteral(" -all");
    const Outcome over = runCli({QStringLiteral("lint"), eleven});
    QCOMPARE(over.code, 2);
    QVERIFY2(over.out.contains(QLatin1String("error SPF401 'include:k.example' at offset ")), qPrintable(over.out));
    QVERIFY2(over.out.contains(QLatin1String("DNS lookups: 11 of 10 in this record")), qPrintable(over.out));
    QVERIFY2(over.out.contains(QLatin1String("1 error,")), qPrintable(over.out));
}

void TestCli::lintJson()
{
    const Outcome o = runCli({QStringLiteral("lint"), QStringLiteral("--json"), QStringLiteral("v=spf1 ptr -all")});
    QCOMPARE(o.code, 1);
    QVERIFY(o.err.isEmpty());
    const QJsonObject root = parseObject(o.out);
    QCOMPARE(root[QLatin1String("worst")].toString(), QStringLiteral("warning"));
    QCOMPARE(root[QLatin1String("exit_code")].toInt(), 1);
    const QJsonArray records = root[QLatin1String("records")].toArray();
    QCOMPARE(records.size(), 1);
    const QJsonObject record = records[0].toObject();
    QCOMPARE(record[QLatin1String("record")].toString(), QStringLiteral("v=spf1 ptr -all"));
    QCOMPARE(record[QLatin1String("dns_lookups")].toInt(), 1);
    QCOMPARE(record[QLatin1String("worst")].toString(), QStringLiteral("warning"));
    const QJsonArray diagnostics = record[QLatin1String("diagnostics")].toArray();
    QVERIFY(!diagnostics.isEmpty());
    bool sawPtr = false;
    for (const QJsonValue &value : diagnostics) {
        const QJsonObject d = value.toObject();
        for (const char *key : {"code", "severity", "domain", "term", "offset", "rfc", "message", "fix"})
            QVERIFY2(d.contains(QLatin1String(key)), key);
        if (d[QLatin1String("code")].toString() == QLatin1String("SPF204")) {
            sawPtr = true;
            QCOMPARE(d[QLatin1String("severity")].toString(), QStringLiteral("warning"));
            QCOMPARE(d[QLatin1String("term")].toString(), QStringLiteral("ptr"));
            QCOMPARE(d[QLatin1String("offset")].toInt(), 7);
            QCOMPARE(d[QLatin1String("rfc")].toString(), QStringLiteral("7208 §5.5"));
            QVERIFY(!d[QLatin1String("message")].toString().isEmpty());
            QVERIFY(!d[QLatin1String("fix")].toString().isEmpty());
        }
    }
    QVERIFY(sawPtr);
}

void TestCli::lintSeveralRecordsTakeTheWorst()
{
    const Outcome o =
        runCli({QStringLiteral("lint"), QStringLiteral("v=spf1 ptr -all"), QStringLiteral("v=spf1 foo:bar -all")});
    QCOMPARE(o.code, 2);
    QVERIFY(o.out.contains(QLatin1String("record 1: v=spf1 ptr -all\n")));
    QVERIFY(o.out.contains(QLatin1String("record 2: v=spf1 foo:bar -all\n")));
}

void TestCli::lintWithZoneFollowsIncludes()
{
    // Offline, an include of a name without a record is invisible; through the zone it is an error.
    const QString record = QStringLiteral("v=spf1 include:nothing.cli.test -all");
    const Outcome offline = runCli({QStringLiteral("lint"), QStringLiteral("--json"), record});
    const Outcome withZone = runCli(
        {QStringLiteral("lint"), QStringLiteral("--json"), QStringLiteral("--zone"), zone("cli.test.zone"), record});
    QVERIFY(withZone.err.isEmpty());
    QVERIFY(withZone.code > offline.code);
    const QJsonObject root = parseObject(withZone.out);
    const QJsonObject first = root[QLatin1String("records")].toArray().at(0).toObject();
    QCOMPARE(first[QLatin1String("domain")].toString(), QStringLiteral("cli.test")); // the zone's origin
    QStringList codes;
    for (const QJsonValue &d : first[QLatin1String("diagnostics")].toArray())
        codes << d[QLatin1String("code")].toString();
    QVERIFY2(codes.contains(QLatin1String("SPF408")), qPrintable(codes.join(QLatin1Char(' '))));
    QVERIFY(first.contains(QLatin1String("tree")));
    QVERIFY(first[QLatin1String("lookup_uses")].isArray());
    QCOMPARE(first[QLatin1String("dns_lookups")].toInt(), 1);
}

void TestCli::lintWithZoneUsesDomain()
{
    // The record of cli.test itself, linted as though published there: mx + include = 2 lookups over the tree.
    const Outcome o =
        runCli({QStringLiteral("lint"), QStringLiteral("--zone"), zone("cli.test.zone"), QStringLiteral("--domain"),
                QStringLiteral("cli.test."), QStringLiteral("v=spf1 mx ip4:192.0.2.0/24 include:_spf.cli.test -all")});
    QVERIFY2(o.code <= 1, qPrintable(o.out));
    QVERIFY(o.out.startsWith(QLatin1String("record 1 at cli.test: ")));
    QVERIFY2(o.out.contains(QLatin1String("DNS lookups: 2 of 10 over the whole tree")), qPrintable(o.out));
    QVERIFY(o.out.contains(QLatin1String("include/redirect tree:")));
    QVERIFY(o.out.contains(QLatin1String("_spf.cli.test")));
}

// --parked reaches SPF506 offline and, through a zone, SPF507 and SPF508 too.
void TestCli::lintParked()
{
    const Outcome open = runCli({QStringLiteral("lint"), QStringLiteral("--parked"), QStringLiteral("v=spf1 mx -all")});
    QCOMPARE(open.code, 1);
    QVERIFY2(open.out.contains(QLatin1String("warning SPF506")), qPrintable(open.out));
    const Outcome closed = runCli({QStringLiteral("lint"), QStringLiteral("--parked"), QStringLiteral("v=spf1 -all")});
    QVERIFY2(closed.code == 0 && !closed.out.contains(QLatin1String("SPF50")), qPrintable(closed.out));
    QVERIFY(!runCli({QStringLiteral("lint"), QStringLiteral("v=spf1 mx -all")}).out.contains(QLatin1String("SPF506")));

    const Outcome zoned = runCli({QStringLiteral("lint"), QStringLiteral("--parked"), QStringLiteral("--zone"),
                                  zone("cli.test.zone"), QStringLiteral("--domain"), QStringLiteral("mail.cli.test")});
    for (const char *code : {"warning SPF506", "warning SPF507", "warning SPF508"})
        QVERIFY2(zoned.out.contains(QLatin1String(code)), qPrintable(zoned.out));
    QCOMPARE(zoned.code, 1);
}

// --ipv6-hosts asks AAAA for a/mx hosts of a policy with ip6: (SPF413); it needs the tree.
void TestCli::lintIpv6Hosts()
{
    const QStringList base{QStringLiteral("lint"),     QStringLiteral("--zone"),
                           zone("cli.test.zone"),      QStringLiteral("--domain"),
                           QStringLiteral("cli.test"), QStringLiteral("v=spf1 a:mail.cli.test ip6:2001:db8::/32 -all")};
    const Outcome without = runCli(base);
    QVERIFY2(!without.out.contains(QLatin1String("SPF413")), qPrintable(without.out));
    const Outcome with = runCli(base + QStringList{QStringLiteral("--ipv6-hosts")});
    QVERIFY2(with.out.contains(QLatin1String("warning SPF413 'a:mail.cli.test'")), qPrintable(with.out));
    QCOMPARE(with.code, 1);

    const Outcome offline = runCli({QStringLiteral("lint"), QStringLiteral("--ipv6-hosts"),
                                    QStringLiteral("v=spf1 a:mail.cli.test ip6:2001:db8::/32 -all")});
    QCOMPARE(offline.code, 2);
    QVERIFY2(offline.err.contains(QLatin1String("--ipv6-hosts needs --zone")), qPrintable(offline.err));
}

void TestCli::lintJsonShape()
{
    const Outcome o = runCli({QStringLiteral("lint"), QStringLiteral("--json"), QStringLiteral("--domain"),
                              QStringLiteral("Example.COM."), QStringLiteral("v=spf1 mx -all"),
                              QStringLiteral("v=spf1 a include:_spf.example.net -all")});
    QVERIFY(o.err.isEmpty());
    const QJsonObject root = parseObject(o.out);
    QCOMPARE(root[QLatin1String("exit_code")].toInt(), o.code);
    QVERIFY(root[QLatin1String("worst")].isString());
    const QJsonArray records = root[QLatin1String("records")].toArray();
    QCOMPARE(records.size(), 2);
    QCOMPARE(records[1][QLatin1String("record")].toString(), QStringLiteral("v=spf1 a include:_spf.example.net -all"));
    QCOMPARE(records[1][QLatin1String("domain")].toString(), QStringLiteral("example.com"));
    QCOMPARE(records[1][QLatin1String("dns_lookups")].toInt(), 2);
    for (const QJsonValue &record : records) {
        QVERIFY(record[QLatin1String("worst")].isString());
        QVERIFY(record[QLatin1String("diagnostics")].isArray());
        QVERIFY(!record.toObject().contains(QLatin1String("tree"))); // offline: no tree
    }
}

void TestCli::lintReadsStdin()
{
    const Outcome o =
        runCli({QStringLiteral("lint"), QStringLiteral("--json"), QStringLiteral("v=spf1 -all"), QStringLiteral("-")},
               QStringLiteral("v=spf1 mx -all\n\n  v=spf1 a mx -all  \n"));
    const QJsonArray records = parseObject(o.out)[QLatin1String("records")].toArray();
    QCOMPARE(records.size(), 3);
    QCOMPARE(records[1][QLatin1String("record")].toString(), QStringLiteral("v=spf1 mx -all"));
    QCOMPARE(records[2][QLatin1String("record")].toString(), QStringLiteral("v=spf1 a mx -all"));
    QCOMPARE(records[2][QLatin1String("dns_lookups")].toInt(), 2);

    const Outcome empty = runCli({QStringLiteral("lint"), QStringLiteral("-")}, QStringLiteral("\n"));
    QCOMPARE(empty.code, 2);
    QVERIFY(empty.err.contains(QLatin1String("no record to lint")));
}

void TestCli::lintPublishedRecord()
{
    // No RECORD with --zone: the record published at the zone's domain, found through the zone.
    const Outcome o =
        runCli({QStringLiteral("lint"), QStringLiteral("--json"), QStringLiteral("--zone"), zone("cli.test.zone")});
    QCOMPARE(o.code, 0);
    QVERIFY(o.err.isEmpty());
    const QJsonObject first = parseObject(o.out)[QLatin1String("records")].toArray().at(0).toObject();
    QCOMPARE(first[QLatin1String("record")].toString(),
             QStringLiteral("v=spf1 mx ip4:192.0.2.0/24 include:_spf.cli.test -all"));
    QCOMPARE(first[QLatin1String("domain")].toString(), QStringLiteral("cli.test"));
    QCOMPARE(first[QLatin1String("dns_lookups")].toInt(), 2);

    const Outcome missing = runCli({QStringLiteral("lint"), QStringLiteral("--zone"), zone("cli.test.zone"),
                                    QStringLiteral("--domain"), QStringLiteral("nothing.cli.test")});
    QCOMPARE(missing.code, 2);
    QVERIFY2(missing.out.startsWith(QLatin1String("record 1 at nothing.cli.test: (no SPF record)\n  error SPF310")),
             qPrintable(missing.out));
}

void TestCli::lintPathOfAClientAddress()
{
    const QStringList base{QStringLiteral("lint"), QStringLiteral("--json"), QStringLiteral("--zone"),
                           zone("cli.test.zone")};
    // 192.0.2.7 passes at ip4 after mx: one lookup. The worst case (no term matches) spends mx and include.
    const QJsonObject matched =
        parseObject(runCli(base + QStringList{QStringLiteral("--ip"), QStringLiteral("192.0.2.7")})
                        .out)[QLatin1String("records")]
            .toArray()
            .at(0)
            .toObject();
    QCOMPARE(matched[QLatin1String("path_client_ip")].toString(), QStringLiteral("192.0.2.7"));
    QCOMPARE(matched[QLatin1String("path_dns_lookups")].toInt(), 1);
    QCOMPARE(matched[QLatin1String("path_result")].toString(), QStringLiteral("pass"));
    QCOMPARE(matched[QLatin1String("dns_lookups")].toInt(), 2); // the static count does not depend on the client

    const QJsonObject worst = parseObject(runCli(base).out)[QLatin1String("records")].toArray().at(0).toObject();
    QCOMPARE(worst[QLatin1String("path_dns_lookups")].toInt(), 2);
    QCOMPARE(worst[QLatin1String("path_result")].toString(), QStringLiteral("fail"));

    const Outcome text = runCli({QStringLiteral("lint"), QStringLiteral("--zone"), zone("cli.test.zone"),
                                 QStringLiteral("--ip"), QStringLiteral("192.0.2.7")});
    QVERIFY2(text.out.contains(QLatin1String("1 on the path of 192.0.2.7, which ends in pass")), qPrintable(text.out));
}

void TestCli::lintIpArguments()
{
    const Outcome noZone = runCli(
        {QStringLiteral("lint"), QStringLiteral("--ip"), QStringLiteral("192.0.2.7"), QStringLiteral("v=spf1 -all")});
    QCOMPARE(noZone.code, 2);
    QVERIFY(noZone.out.isEmpty());
    QVERIFY(noZone.err.startsWith(QLatin1String("spfmanager-cli lint: --ip needs --zone\n")));

    const Outcome bad = runCli({QStringLiteral("lint"), QStringLiteral("--zone"), zone("cli.test.zone"),
                                QStringLiteral("--ip"), QStringLiteral("192.0.2")});
    QCOMPARE(bad.code, 2);
    QVERIFY(bad.err.startsWith(QLatin1String("spfmanager-cli lint: --ip '192.0.2' is not an IPv4 or IPv6 address\n")));
}

void TestCli::lintBadZone()
{
    const Outcome o = runCli({QStringLiteral("lint"), QStringLiteral("--zone"), zone("BrokenMissingQuote.zone"),
                              QStringLiteral("v=spf1 -all")});
    QCOMPARE(o.code, 2);
    QVERIFY(o.out.isEmpty());
    QVERIFY2(o.err.startsWith(QStringLiteral("spfmanager-cli lint: --zone: %1:4: invalid zone file: unbalanced quotes")
                                  .arg(zone("BrokenMissingQuote.zone"))),
             qPrintable(o.err));
    QVERIFY(o.err.contains(QLatin1String("Correct line 4")));
}

void TestCli::lintEmptyDomain()
{
    const Outcome o = runCli(
        {QStringLiteral("lint"), QStringLiteral("--domain"), QStringLiteral("."), QStringLiteral("v=spf1 -all")});
    QCOMPARE(o.code, 2);
    QVERIFY(o.err.contains(QLatin1String("--domain needs a domain name")));
}

void TestCli::checkHostResults_data()
{
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("sender");
    QTest::addColumn<QString>("result");
    QTest::addColumn<QString>("mechanism");
    QTest::addColumn<int>("lookups");
    QTest::newRow("pass by ip4") << QStringLiteral("192.0.2.7") << QStringLiteral("alice@cli.test")
                                 << QStringLiteral("pass") << QStringLiteral("ip4:192.0.2.0/24") << 1;
    QTest::newRow("pass by mx") << QStringLiteral("198.51.100.25") << QStringLiteral("alice@cli.test")
                                << QStringLiteral("pass") << QStringLiteral("mx") << 1;
    QTest::newRow("pass by include") << QStringLiteral("2001:db8::1") << QStringLiteral("alice@cli.test")
                                     << QStringLiteral("pass") << QStringLiteral("include:_spf.cli.test") << 2;
    QTest::newRow("fail") << QStringLiteral("203.0.113.5") << QStringLiteral("alice@cli.test") << QStringLiteral("fail")
                          << QStringLiteral("-all") << 2;
    QTest::newRow("none") << QStringLiteral("203.0.113.5") << QStringLiteral("bob@nothing.cli.test")
                          << QStringLiteral("none") << QString() << 0;
    QTest::newRow("permerror: loop") << QStringLiteral("203.0.113.5") << QStringLiteral("bob@loop.cli.test")
                                     << QStringLiteral("permerror") << QString() << 11;
}

void TestCli::checkHostResults()
{
    QFETCH(QString, ip);
    QFETCH(QString, sender);
    QFETCH(QString, result);
    QFETCH(QString, mechanism);
    QFETCH(int, lookups);
    const Outcome o = runCli({QStringLiteral("check-host"), QStringLiteral("--ip"), ip, QStringLiteral("--sender"),
                              sender, QStringLiteral("--zone"), zone("cli.test.zone"), QStringLiteral("--json")});
    QCOMPARE(o.code, 0);
    QVERIFY(o.err.isEmpty());
    const QJsonObject r = parseObject(o.out);
    QCOMPARE(r[QLatin1String("result")].toString(), result);
    QCOMPARE(r[QLatin1String("mechanism")].toString(), mechanism);
    if (result != QLatin1String("permerror"))
        QCOMPARE(r[QLatin1String("dns_lookups")].toInt(), lookups);
    else
        QVERIFY(!r[QLatin1String("problem")].toString().isEmpty());
}

void TestCli::checkHostText()
{
    const Outcome o = runCli({QStringLiteral("check-host"), QStringLiteral("--ip"), QStringLiteral("203.0.113.5"),
                              QStringLiteral("--sender"), QStringLiteral("alice@cli.test"), QStringLiteral("--helo"),
                              QStringLiteral("mx.sender.example"), QStringLiteral("--zone"), zone("cli.test.zone")});
    QCOMPARE(o.code, 0);
    QVERIFY(o.err.isEmpty());
    QVERIFY2(o.out.startsWith(QLatin1String("result:       fail\n")), qPrintable(o.out));
    QVERIFY(o.out.contains(QLatin1String("mechanism:    -all in the record of cli.test\n")));
    QVERIFY(o.out.contains(QLatin1String("explanation:  ")));
    QVERIFY(o.out.contains(QLatin1String("DNS lookups:  2 of 10\n")));
    QVERIFY(o.out.contains(QLatin1String("   1  cli.test: mx\n")));
    QVERIFY(o.out.contains(QLatin1String("   2  cli.test: include:_spf.cli.test\n")));
    QVERIFY(o.out.contains(QLatin1String("\nReceived-SPF: fail")));
    QVERIFY(o.out.contains(QLatin1String("Authentication-Results: (fragment) spf=fail")));
    QVERIFY(!o.out.contains(QLatin1String("trace:")));
}

void TestCli::checkHostTrace()
{
    const Outcome o = runCli({QStringLiteral("check-host"), QStringLiteral("--ip"), QStringLiteral("203.0.113.5"),
                              QStringLiteral("--sender"), QStringLiteral("alice@cli.test"), QStringLiteral("--zone"),
                              zone("cli.test.zone"), QStringLiteral("--trace")});
    QCOMPARE(o.code, 0);
    QVERIFY(o.out.contains(QLatin1String("\ntrace:\n")));
    QVERIFY(o.out.contains(QLatin1String("_spf.cli.test")));
}

void TestCli::checkHostJsonShape()
{
    const Outcome o = runCli({QStringLiteral("check-host"), QStringLiteral("--ip"), QStringLiteral("203.0.113.5"),
                              QStringLiteral("--sender"), QStringLiteral("alice@cli.test"), QStringLiteral("--helo"),
                              QStringLiteral("mx.sender.example"), QStringLiteral("--receiver"),
                              QStringLiteral("mx.receiver.example"), QStringLiteral("--zone"), zone("cli.test.zone"),
                              QStringLiteral("--json")});
    QCOMPARE(o.code, 0);
    const QJsonObject r = parseObject(o.out);
    for (const char *key : {"result", "mechanism", "explanation", "problem", "received_spf", "authentication_results",
                            "domain", "sender", "ip", "helo", "identity", "mechanism_domain"})
        QVERIFY2(r[QLatin1String(key)].isString(), key);
    for (const char *key : {"dns_lookups", "void_lookups"})
        QVERIFY2(r[QLatin1String(key)].isDouble(), key);
    for (const char *key : {"trace", "lookup_uses", "void_uses"})
        QVERIFY2(r[QLatin1String(key)].isArray(), key);

    QCOMPARE(r[QLatin1String("result")].toString(), QStringLiteral("fail"));
    QCOMPARE(r[QLatin1String("ip")].toString(), QStringLiteral("203.0.113.5"));
    QCOMPARE(r[QLatin1String("identity")].toString(), QStringLiteral("mailfrom"));
    QCOMPARE(r[QLatin1String("dns_lookups")].toInt(), 2);
    QCOMPARE(r[QLatin1String("void_lookups")].toInt(), 0);
    QVERIFY(r[QLatin1String("received_spf")].toString().startsWith(QLatin1String("Received-SPF: fail")));
    QVERIFY(r[QLatin1String("received_spf")].toString().contains(QLatin1String("mx.receiver.example")));
    QVERIFY(r[QLatin1String("authentication_results")].toString().startsWith(QLatin1String("spf=fail")));

    const QJsonArray uses = r[QLatin1String("lookup_uses")].toArray();
    QCOMPARE(uses.size(), 2);
    QCOMPARE(uses[0][QLatin1String("term")].toString(), QStringLiteral("mx"));
    QCOMPARE(uses[0][QLatin1String("domain")].toString(), QStringLiteral("cli.test"));
    QCOMPARE(uses[0][QLatin1String("offset")].toInt(), 7);
    QCOMPARE(uses[0][QLatin1String("count")].toInt(), 1);
    QCOMPARE(uses[1][QLatin1String("term")].toString(), QStringLiteral("include:_spf.cli.test"));
    QCOMPARE(uses[1][QLatin1String("count")].toInt(), 2);

    const QJsonArray trace = r[QLatin1String("trace")].toArray();
    QVERIFY(!trace.isEmpty());
    for (const QJsonValue &event : trace) {
        for (const char *key : {"kind", "domain", "text", "detail"})
            QVERIFY2(event[QLatin1String(key)].isString(), key);
        QVERIFY(event[QLatin1String("depth")].isDouble());
    }
}

void TestCli::checkHostExplanation()
{
    const Outcome o = runCli({QStringLiteral("check-host"), QStringLiteral("--ip"), QStringLiteral("203.0.113.5"),
                              QStringLiteral("--sender"), QStringLiteral("bob@exp.cli.test"), QStringLiteral("--zone"),
                              zone("cli.test.zone"), QStringLiteral("--json")});
    QCOMPARE(o.code, 0);
    const QJsonObject r = parseObject(o.out);
    QCOMPARE(r[QLatin1String("result")].toString(), QStringLiteral("fail"));
    QCOMPARE(r[QLatin1String("explanation")].toString(),
             QStringLiteral("203.0.113.5 is not one of exp.cli.test's senders"));
}

void TestCli::checkHostHeloIdentity()
{
    const Outcome o = runCli({QStringLiteral("check-host"), QStringLiteral("--ip"), QStringLiteral("198.51.100.25"),
                              QStringLiteral("--identity"), QStringLiteral("helo"), QStringLiteral("--helo"),
                              QStringLiteral("mail.cli.test"), QStringLiteral("--zone"), zone("cli.test.zone"),
                              QStringLiteral("--json")});
    QCOMPARE(o.code, 0);
    const QJsonObject r = parseObject(o.out);
    QCOMPARE(r[QLatin1String("identity")].toString(), QStringLiteral("helo"));
    QCOMPARE(r[QLatin1String("domain")].toString(), QStringLiteral("mail.cli.test"));
    QCOMPARE(r[QLatin1String("result")].toString(), QStringLiteral("pass"));
    QCOMPARE(r[QLatin1String("mechanism")].toString(), QStringLiteral("a"));
}

void TestCli::checkHostNullSender()
{
    // RFC 7208 §2.4: with MAIL FROM:<> the sender is postmaster@ the HELO name.
    for (const QString &nullSender : {QString(), QStringLiteral("<>")}) {
        const Outcome o =
            runCli({QStringLiteral("check-host"), QStringLiteral("--ip"), QStringLiteral("203.0.113.9"),
                    QStringLiteral("--sender"), nullSender, QStringLiteral("--helo"), QStringLiteral("mail.cli.test"),
                    QStringLiteral("--zone"), zone("cli.test.zone"), QStringLiteral("--json")});
        QCOMPARE(o.code, 0);
        const QJsonObject r = parseObject(o.out);
        QCOMPARE(r[QLatin1String("sender")].toString(), QStringLiteral("postmaster@mail.cli.test"));
        QCOMPARE(r[QLatin1String("result")].toString(), QStringLiteral("fail"));
    }
}

void TestCli::checkHostPermErrorStillExitsZero()
{
    const Outcome o = runCli({QStringLiteral("check-host"), QStringLiteral("--ip"), QStringLiteral("192.0.2.1"),
                              QStringLiteral("--sender"), QStringLiteral("x@broken.cli.test"), QStringLiteral("--zone"),
                              zone("cli.test.zone")});
    QCOMPARE(o.code, 0);
    QVERIFY(o.err.isEmpty());
    QVERIFY(o.out.startsWith(QLatin1String("result:       permerror\n")));
    QVERIFY(o.out.contains(QLatin1String("problem:      ")));
}

void TestCli::checkHostBadArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("fix");
    const QString cliZone = zone("cli.test.zone");
    const QString ip = QStringLiteral("--ip");
    const QString sender = QStringLiteral("--sender");
    const QString z = QStringLiteral("--zone");
    QTest::newRow("bad IPv4") << QStringList{ip,     QStringLiteral("192.0.2.300"),
                                             sender, QStringLiteral("a@cli.test"),
                                             z,      cliZone}
                              << QStringLiteral("--ip '192.0.2.300' is not an IPv4 or IPv6 address")
                              << QStringLiteral("192.0.2.10");
    QTest::newRow("IP with prefix") << QStringList{ip,     QStringLiteral("192.0.2.0/24"),
                                                   sender, QStringLiteral("a@cli.test"),
                                                   z,      cliZone}
                                    << QStringLiteral("--ip '192.0.2.0/24' is not an IPv4 or IPv6 address")
                                    << QStringLiteral("no prefix length");
    QTest::newRow("missing --ip") << QStringList{sender, QStringLiteral("a@cli.test"), z, cliZone}
                                  << QStringLiteral("missing --ip") << QStringLiteral("--ip 192.0.2.10");
    QTest::newRow("missing --sender") << QStringList{ip, QStringLiteral("192.0.2.1"), z, cliZone}
                                      << QStringLiteral("missing --sender") << QStringLiteral("alice@example.com");
    QTest::newRow("sender without domain")
        << QStringList{ip, QStringLiteral("192.0.2.1"), sender, QStringLiteral("alice@"), z, cliZone}
        << QStringLiteral("--sender 'alice@' has no domain to check") << QStringLiteral("alice@example.com");
    QTest::newRow("null sender without helo")
        << QStringList{ip, QStringLiteral("192.0.2.1"), sender, QString(), z, cliZone}
        << QStringLiteral("the null sender <> is checked as postmaster@ the HELO name") << QStringLiteral("--helo");
    QTest::newRow("bad identity") << QStringList{ip,
                                                 QStringLiteral("192.0.2.1"),
                                                 sender,
                                                 QStringLiteral("a@cli.test"),
                                                 QStringLiteral("--identity"),
                                                 QStringLiteral("pra"),
                                                 z,
                                                 cliZone}
                                  << QStringLiteral("--identity 'pra' is not mailfrom or helo")
                                  << QStringLiteral("--identity helo");
    QTest::newRow("helo identity without helo")
        << QStringList{ip,     QStringLiteral("192.0.2.1"), QStringLiteral("--identity"), QStringLiteral("helo"), z,
                       cliZone}
        << QStringLiteral("--identity helo needs --helo") << QStringLiteral("--helo mail.example.com");
    QTest::newRow("helo with space") << QStringList{ip,
                                                    QStringLiteral("192.0.2.1"),
                                                    sender,
                                                    QStringLiteral("a@cli.test"),
                                                    QStringLiteral("--helo"),
                                                    QStringLiteral("a b"),
                                                    z,
                                                    cliZone}
                                     << QStringLiteral("--helo 'a b' is not a host name") << QStringLiteral("--helo");
    QTest::newRow("positional argument") << QStringList{QStringLiteral("192.0.2.1"), sender,
                                                        QStringLiteral("a@cli.test"), z, cliZone}
                                         << QStringLiteral("unexpected argument '192.0.2.1'") << QStringLiteral("--ip");
    QTest::newRow("missing zone file")
        << QStringList{ip, QStringLiteral("192.0.2.1"), sender, QStringLiteral("a@cli.test"), z, zone("Missing.zone")}
        << QStringLiteral("--zone: %1: cannot read the zone file: ").arg(zone("Missing.zone"))
        << QStringLiteral("Check the path");
    QTest::newRow("broken zone file")
        << QStringList{ip, QStringLiteral("192.0.2.1"),  sender, QStringLiteral("a@cli.test"),
                       z,  zone("BrokenBadAddress.zone")}
        << QStringLiteral("--zone: %1:5: invalid zone file: ldns: ").arg(zone("BrokenBadAddress.zone"))
        << QStringLiteral("Correct line 5");
    QTest::newRow("bad zone origin")
        << QStringList{ip,
                       QStringLiteral("192.0.2.1"),
                       sender,
                       QStringLiteral("a@cli.test"),
                       z,
                       cliZone,
                       QStringLiteral("--zone-origin"),
                       QStringLiteral("a..b")}
        << QStringLiteral("--zone: %1: the zone origin is not a domain name: a..b").arg(cliZone)
        << QStringLiteral("--zone-origin NAME");
}

void TestCli::checkHostBadArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QFETCH(QString, fix);
    const Outcome o = runCli(QStringList{QStringLiteral("check-host")} + arguments);
    QCOMPARE(o.code, 2);
    QVERIFY(o.out.isEmpty());
    QVERIFY2(o.err.startsWith(QLatin1String("spfmanager-cli check-host: ") + message), qPrintable(o.err));
    // The second line says how to fix it.
    const QStringList lines = o.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines[1].contains(fix), qPrintable(lines[1]));
}

void TestCli::checkHostLiveDns()
{
    // Without --zone the names are asked over the network: here of a real NSD serving the test's zone.
    testing::DnsServerFixture server;
    testing::Zone live;
    live.origin = "live.test";
    live.records = {testing::ZoneRecord::txt("@", "v=spf1 mx ip4:192.0.2.0/24 include:_spf.live.test -all"),
                    {"@", "MX", "10 mail"},
                    {"mail", "A", "198.51.100.25"},
                    testing::ZoneRecord::txt("_spf", "v=spf1 ip6:2001:db8::/32 ~all")};
    server.addZone(live);
    const testing::StartResult started = server.start();
    QVERIFY2(started.ok, qPrintable(started.error));

    const QStringList base{QStringLiteral("check-host"), QStringLiteral("--server"),        server.serverSpec(),
                           QStringLiteral("--sender"),   QStringLiteral("alice@live.test"), QStringLiteral("--json")};
    const Outcome fail = runCli(base + QStringList{QStringLiteral("--ip"), QStringLiteral("203.0.113.5")});
    QCOMPARE(fail.code, 0);
    QVERIFY2(fail.err.isEmpty(), qPrintable(fail.err));
    const QJsonObject failed = parseObject(fail.out);
    QCOMPARE(failed[QLatin1String("result")].toString(), QStringLiteral("fail"));
    QCOMPARE(failed[QLatin1String("mechanism")].toString(), QStringLiteral("-all"));
    QCOMPARE(failed[QLatin1String("dns_lookups")].toInt(), 2);

    const Outcome pass = runCli(base + QStringList{QStringLiteral("--ip"), QStringLiteral("198.51.100.25")});
    QCOMPARE(parseObject(pass.out)[QLatin1String("result")].toString(), QStringLiteral("pass"));
    QCOMPARE(parseObject(pass.out)[QLatin1String("mechanism")].toString(), QStringLiteral("mx"));

    const Outcome text = runCli({QStringLiteral("check-host"), QStringLiteral("--server"), server.serverSpec(),
                                 QStringLiteral("--sender"), QStringLiteral("alice@live.test"), QStringLiteral("--ip"),
                                 QStringLiteral("2001:db8::7")});
    QCOMPARE(text.code, 0);
    QVERIFY2(text.out.startsWith(QLatin1String("result:       pass\n")), qPrintable(text.out));
}

void TestCli::checkHostLiveArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad server") << QStringList{QStringLiteral("--server"), QStringLiteral("dns.example")}
                                << QStringLiteral("--server 'dns.example': ");
    QTest::newRow("bad port") << QStringList{QStringLiteral("--server"), QStringLiteral("127.0.0.1:99999")}
                              << QStringLiteral("--server '127.0.0.1:99999': ");
    QTest::newRow("bad timeout") << QStringList{QStringLiteral("--timeout"), QStringLiteral("soon")}
                                 << QStringLiteral("--timeout 'soon' is not a number of milliseconds");
    QTest::newRow("server with zone") << QStringList{QStringLiteral("--server"), QStringLiteral("127.0.0.1"),
                                                     QStringLiteral("--zone"), zone("cli.test.zone")}
                                      << QStringLiteral("--server and --zone cannot be used together yet");
}

void TestCli::checkHostLiveArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Outcome o =
        runCli(QStringList{QStringLiteral("check-host"), QStringLiteral("--ip"), QStringLiteral("192.0.2.1"),
                           QStringLiteral("--sender"), QStringLiteral("a@example.com")} +
               arguments);
    QCOMPARE(o.code, 2);
    QVERIFY(o.out.isEmpty());
    QVERIFY2(o.err.startsWith(QLatin1String("spfmanager-cli check-host: ") + message), qPrintable(o.err));
    QCOMPARE(o.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 2); // what, then how to fix it
}

void TestCli::checkHostZoneOrigin()
{
    // db.default.test has no $ORIGIN: --zone-origin places its names under another domain.
    const Outcome o = runCli({QStringLiteral("check-host"), QStringLiteral("--ip"), QStringLiteral("198.51.100.7"),
                              QStringLiteral("--sender"), QStringLiteral("a@moved.test"), QStringLiteral("--zone"),
                              zone("db.default.test"), QStringLiteral("--zone-origin"), QStringLiteral("moved.test"),
                              QStringLiteral("--json")});
    QCOMPARE(o.code, 0);
    const QJsonObject r = parseObject(o.out);
    // v=spf1 include:example.com -all, and example.com is not in the zone: the include finds no record.
    QCOMPARE(r[QLatin1String("result")].toString(), QStringLiteral("permerror"));
    QCOMPARE(r[QLatin1String("domain")].toString(), QStringLiteral("moved.test"));
}

void TestCli::checkHostSeveralZones()
{
    // example.com includes _spf.example.net, which lives in another zone file.
    const QStringList base{QStringLiteral("check-host"), QStringLiteral("--ip"),          QStringLiteral("203.0.113.5"),
                           QStringLiteral("--sender"),   QStringLiteral("a@example.com"), QStringLiteral("--json"),
                           QStringLiteral("--zone"),     zone("example.com.zone")};
    const QJsonObject alone = parseObject(runCli(base).out);
    QCOMPARE(alone[QLatin1String("result")].toString(), QStringLiteral("permerror")); // the include finds no record

    const Outcome both = runCli(base + QStringList{QStringLiteral("--zone"), zone("example.net.zone")});
    QCOMPARE(both.code, 0);
    const QJsonObject r = parseObject(both.out);
    QCOMPARE(r[QLatin1String("result")].toString(), QStringLiteral("pass"));
    QCOMPARE(r[QLatin1String("mechanism")].toString(), QStringLiteral("include:_spf.example.net"));

    // lint follows the include into the second file too; the first file names the domain.
    const Outcome lint = runCli({QStringLiteral("lint"), QStringLiteral("--json"), QStringLiteral("--zone"),
                                 zone("example.com.zone"), QStringLiteral("--zone"), zone("example.net.zone")});
    const QJsonObject first = parseObject(lint.out)[QLatin1String("records")].toArray().at(0).toObject();
    QCOMPARE(first[QLatin1String("domain")].toString(), QStringLiteral("example.com"));
    QStringList codes;
    for (const QJsonValue &d : first[QLatin1String("diagnostics")].toArray())
        codes << d[QLatin1String("code")].toString();
    QVERIFY2(!codes.contains(QLatin1String("SPF408")), qPrintable(codes.join(QLatin1Char(' '))));

    const Outcome origin = runCli(base + QStringList{QStringLiteral("--zone"), zone("example.net.zone"),
                                                     QStringLiteral("--zone-origin"), QStringLiteral("x.test")});
    QCOMPARE(origin.code, 2);
    QVERIFY(origin.err.contains(QLatin1String("--zone-origin applies to one zone file, and 2 were given")));
}

void TestCli::textFromDnsCannotDriveTheTerminal()
{
    const QChar escape(0x1b), override(0x202e);
    // A published record with an escape sequence: the text output shows U+FFFD in its place, columns unchanged.
    const Outcome lint = runCli({QStringLiteral("lint"), QStringLiteral("--zone"), zone("control.test.zone"),
                                 QStringLiteral("--domain"), QStringLiteral("escape.control.test")});
    QCOMPARE(lint.code, 2);
    QVERIFY(!lint.out.contains(escape));
    QVERIFY2(
        lint.out.contains(QStringLiteral("      v=spf1 a:\uFFFD[31m.example -all\n             ^^^^^^^^^^^^^^^\n")),
        qPrintable(lint.out));

    // A right-to-left override would make the record read differently from what it is.
    const Outcome rlo =
        runCli({QStringLiteral("lint"), QStringLiteral("v=spf1 a:x") + override + QStringLiteral(".example -all")});
    QVERIFY(!rlo.out.contains(override));
    QVERIFY(rlo.out.contains(QStringLiteral("v=spf1 a:x\uFFFD.example -all")));

    // JSON keeps the real value (the JSON writer escapes it) for programs that read it.
    const Outcome json =
        runCli({QStringLiteral("lint"), QStringLiteral("--json"), QStringLiteral("--zone"), zone("control.test.zone"),
                QStringLiteral("--domain"), QStringLiteral("escape.control.test")});
    QVERIFY(!json.out.contains(escape));
    QVERIFY(
        parseObject(json.out)[QLatin1String("records")].toArray().at(0)[QLatin1String("record")].toString().contains(
            escape));

    // check-host's trace shows the exp TXT answer that holds the escapes: never raw.
    const Outcome check = runCli({QStringLiteral("check-host"), QStringLiteral("--ip"), QStringLiteral("203.0.113.5"),
                                  QStringLiteral("--sender"), QStringLiteral("a@control.test"),
                                  QStringLiteral("--zone"), zone("control.test.zone"), QStringLiteral("--trace")});
    QCOMPARE(check.code, 0);
    QVERIFY(check.out.contains(QLatin1String("why.control.test/TXT")));
    QVERIFY(!check.out.contains(escape));
    QVERIFY(!check.out.contains(override));
}

void TestCli::binaryVersionAndExitCodes()
{
    QProcess version;
    version.start(QStringLiteral(SPF_CLI_PATH), {QStringLiteral("--version")});
    QVERIFY(version.waitForFinished(10000));
    QCOMPARE(version.exitStatus(), QProcess::NormalExit);
    QCOMPARE(version.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(version.readAllStandardOutput()), versionLine);
    QVERIFY(version.readAllStandardError().isEmpty());

    QProcess lint;
    lint.start(QStringLiteral(SPF_CLI_PATH), {QStringLiteral("lint"), QStringLiteral("v=spf1 foo:bar -all")});
    QVERIFY(lint.waitForFinished(10000));
    QCOMPARE(lint.exitCode(), 2);
    QVERIFY(lint.readAllStandardOutput().startsWith("record 1: v=spf1 foo:bar -all\n"));

    QProcess noRecord;
    noRecord.start(QStringLiteral(SPF_CLI_PATH), {QStringLiteral("lint")});
    QVERIFY(noRecord.waitForFinished(10000));
    QCOMPARE(noRecord.exitCode(), 2);
    QVERIFY(noRecord.readAllStandardOutput().isEmpty());
    QVERIFY(noRecord.readAllStandardError().startsWith("spfmanager-cli lint: no record to lint\n"));

    QProcess unknown;
    unknown.start(QStringLiteral(SPF_CLI_PATH), {QStringLiteral("frobnicate")});
    QVERIFY(unknown.waitForFinished(10000));
    QCOMPARE(unknown.exitCode(), 2);
    QVERIFY(unknown.readAllStandardOutput().isEmpty());
    QVERIFY(unknown.readAllStandardError().contains("unknown command 'frobnicate'"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
