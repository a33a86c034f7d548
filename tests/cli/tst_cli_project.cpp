// The project commands (init, records, export) run in-process over string streams, checked against the library.
#include "CliTestSupport.h"
#include "TestConfig.h"
#include "project/Exporters.h"
#include "project/ProjectFile.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace spfm;
using namespace spfm::project;
using testing::Outcome;
using testing::runCli;

namespace {

const QString kSample = QStringLiteral(SPF_SOURCE_DIR "/examples/acme.spfproj");

Generation generated(const QString &path)
{
    return generate(ProjectFile::load(path).value().project());
}

int expectedExit(const Generation &g)
{
    switch (g.worst()) {
    case lint::Severity::Error: return 2;
    case lint::Severity::Warning: return 1;
    case lint::Severity::Info: break;
    }
    return 0;
}

QString writeFile(const QTemporaryDir &dir, const char *name, const QByteArray &data)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        qFatal("cannot write %s", name);
    return path;
}

const QByteArray kBroken = R"({"format": "spfmanager-project", "version": 1,
    "primary": {"domain": "bad.example", "terms": ["ip4:192.0.2.300", "mx"]}})";

} // namespace

class TestCliProject : public QObject
{
    Q_OBJECT

private slots:
    void initWritesAProject()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.spfproj"));
        const Outcome o =
            runCli({QStringLiteral("init"), QStringLiteral("--primary"), QStringLiteral("Acme.example"),
                    QStringLiteral("--terms"), QStringLiteral("a MX ip4:192.0.2.0/24 exists:%{I}.x.%{d}"),
                    QStringLiteral("--mail-server"), QStringLiteral("mail.acme.example=192.0.2.10,2001:db8::10"),
                    QStringLiteral("--dependent"), QStringLiteral("example.net"), QStringLiteral("--dependent"),
                    QStringLiteral("bücher.example"), QStringLiteral("--parked"), QStringLiteral("parked.example"),
                    QStringLiteral("--ttl"), QStringLiteral("600"), QStringLiteral("-o"), path});
        QVERIFY2(o.code == 0, qPrintable(o.err));
        const auto model = ProjectFile::load(path);
        QVERIFY(model.ok());
        const Project &p = model.value().project();
        QCOMPARE(p.primary.domain.ace(), QByteArray("acme.example"));
        QCOMPARE(p.primary.terms,
                 QStringList({QStringLiteral("a"), QStringLiteral("MX"), QStringLiteral("ip4:192.0.2.0/24"),
                              QStringLiteral("exists:%{I}.x.%{d}")}));
        QCOMPARE(p.mailServers.size(), 1);
        QCOMPARE(p.mailServers[0].addresses.size(), 2);
        QCOMPARE(p.dependents.size(), 3);
        QCOMPARE(p.dependents[1].domain.ace(), QByteArray("xn--bcher-kva.example"));
        QVERIFY(p.dependents[2].parked);
        QCOMPARE(p.ttl, 600u);

        // An existing file is kept unless --force.
        const QByteArray before = [&] {
            QFile f(path);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        const Outcome again = runCli({QStringLiteral("init"), QStringLiteral("--primary"),
                                      QStringLiteral("other.example"), QStringLiteral("-o"), path});
        QCOMPARE(again.code, 2);
        QVERIFY(again.err.contains(QLatin1String("--force")));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        f.close();
        QCOMPARE(runCli({QStringLiteral("init"), QStringLiteral("--primary"), QStringLiteral("other.example"),
                         QStringLiteral("-o"), path, QStringLiteral("--force")})
                     .code,
                 0);
        QCOMPARE(ProjectFile::load(path).value().project().primary.domain.ace(), QByteArray("other.example"));
    }

    // Modifiers go after all (SPF203), and a redirect= policy ends without all (SPF202): the records lint clean.
    void initPlacesModifiers_data()
    {
        QTest::addColumn<QString>("terms");
        QTest::addColumn<QString>("record");
        QTest::newRow("exp") << QStringLiteral("a exp=explain.p.example")
                             << QStringLiteral("v=spf1 a -all exp=explain.p.example");
        QTest::newRow("redirect") << QStringLiteral("redirect=x.example")
                                  << QStringLiteral("v=spf1 redirect=x.example");
    }
    void initPlacesModifiers()
    {
        QFETCH(QString, terms);
        QFETCH(QString, record);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("m.spfproj"));
        const Outcome init = runCli({QStringLiteral("init"), QStringLiteral("--primary"), QStringLiteral("p.example"),
                                     QStringLiteral("--terms"), terms, QStringLiteral("-o"), path});
        QVERIFY2(init.code == 0, qPrintable(init.err));
        const Outcome o = runCli({QStringLiteral("records"), path});
        QVERIFY2(o.code == 0, qPrintable(o.out));
        QVERIFY2(o.out.contains(record), qPrintable(o.out));
        for (const char *code : {"SPF202", "SPF203", "SPF212", "PRJ002"})
            QVERIFY2(!o.out.contains(QLatin1String(code)), qPrintable(o.out));
    }

    void initRefusesBadInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no primary") << QStringList{QStringLiteral("-o"), QStringLiteral("x")}
                                    << QStringLiteral("--primary");
        QTest::newRow("bad primary") << QStringList{QStringLiteral("--primary"), QStringLiteral("a b.example")}
                                     << QStringLiteral("not a valid domain");
        QTest::newRow("bad server") << QStringList{QStringLiteral("--primary"), QStringLiteral("a.example"),
                                                   QStringLiteral("--mail-server"), QStringLiteral("mail.a.example")}
                                    << QStringLiteral("HOST=IP");
        QTest::newRow("bad address") << QStringList{QStringLiteral("--primary"), QStringLiteral("a.example"),
                                                    QStringLiteral("--mail-server"),
                                                    QStringLiteral("mail.a.example=192.0.2.300")}
                                     << QStringLiteral("192.0.2.300");
        QTest::newRow("duplicate") << QStringList{QStringLiteral("--primary"),   QStringLiteral("a.example"),
                                                  QStringLiteral("--dependent"), QStringLiteral("b.example"),
                                                  QStringLiteral("--parked"),    QStringLiteral("B.example")}
                                   << QStringLiteral("already a dependent");
        QTest::newRow("self") << QStringList{QStringLiteral("--primary"), QStringLiteral("a.example"),
                                             QStringLiteral("--dependent"), QStringLiteral("a.example")}
                              << QStringLiteral("primary domain");
        QTest::newRow("all term") << QStringList{QStringLiteral("--primary"), QStringLiteral("a.example"),
                                                 QStringLiteral("--terms"), QStringLiteral("mx -all")}
                                  << QStringLiteral("closing all");
        QTest::newRow("redirect beside all")
            << QStringList{QStringLiteral("--primary"),          QStringLiteral("a.example"), QStringLiteral("--terms"),
                           QStringLiteral("redirect=x.example"), QStringLiteral("--all"),     QStringLiteral("~")}
            << QStringLiteral("receivers ignore redirect=");
    }
    void initRefusesBadInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QStringList args{QStringLiteral("init")};
        args += arguments;
        if (!args.contains(QLatin1String("-o")))
            args << QStringLiteral("-o") << dir.filePath(QStringLiteral("p.spfproj"));
        const Outcome o = runCli(args);
        QCOMPARE(o.code, 2);
        QVERIFY2(o.err.contains(message), qPrintable(o.err));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("p.spfproj"))));
    }

    void recordsTable()
    {
        const Generation g = generated(kSample);
        const Outcome o = runCli({QStringLiteral("records"), kSample});
        QCOMPARE(o.code, expectedExit(g));
        for (const GeneratedRecord &r : g.records) {
            QVERIFY2(o.out.contains(QString::fromUtf8(r.text)), r.text.constData());
            QVERIFY(o.out.contains(QString::fromUtf8(r.owner)));
        }
        QVERIFY(o.out.contains(QStringLiteral("%1 record(s); verdict: ").arg(g.records.size())));
        QVERIFY(o.out.contains(QLatin1String("v=spf1 include:acme.example -all")));
    }

    void recordsJson()
    {
        const Generation g = generated(kSample);
        const Outcome o = runCli({QStringLiteral("records"), QStringLiteral("--json"), kSample});
        QCOMPARE(o.code, expectedExit(g));
        const QJsonObject root = QJsonDocument::fromJson(o.out.toUtf8()).object();
        const QJsonArray records = root.value(QStringLiteral("records")).toArray();
        QCOMPARE(records.size(), g.records.size());
        for (qsizetype i = 0; i < records.size(); ++i) {
            const QJsonObject r = records[i].toObject();
            QCOMPARE(r.value(QStringLiteral("name")).toString().toUtf8(), g.records[i].owner);
            QCOMPARE(r.value(QStringLiteral("value")).toString().toUtf8(), g.records[i].text);
            QCOMPARE(r.value(QStringLiteral("ttl")).toInt(), 3600);
            QVERIFY(!r.value(QStringLiteral("verdict")).toString().isEmpty());
        }
        QVERIFY(root.contains(QStringLiteral("verdict")));
    }

    void recordsWithErrorsExit2()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, "broken.spfproj", kBroken);
        const Outcome o = runCli({QStringLiteral("records"), path});
        QCOMPARE(o.code, 2);
        QVERIFY(o.out.contains(QLatin1String("error")));
        const Outcome missing = runCli({QStringLiteral("records"), dir.filePath(QStringLiteral("nope.spfproj"))});
        QCOMPARE(missing.code, 2);
        QVERIFY(missing.err.contains(QLatin1String("does not exist")));
        const Outcome syntax =
            runCli({QStringLiteral("records"), writeFile(dir, "syntax.spfproj", "{\n\"format\": ,\n}")});
        QCOMPARE(syntax.code, 2);
        QVERIFY2(syntax.err.contains(QLatin1String("line 2, column")), qPrintable(syntax.err));
    }

    // The project's own server outside the primary's policy is an error before publishing, not only after (VFY301).
    void recordsFlagsAnUnauthorisedServer()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, "server.spfproj", R"({"format": "spfmanager-project", "version": 1,
            "primary": {"domain": "acme.example", "terms": ["ip4:198.51.100.0/28"]},
            "mail_servers": [{"hostname": "mail.acme.example", "addresses": ["203.0.113.9"]}]})");
        const Outcome o = runCli({QStringLiteral("records"), path});
        QCOMPARE(o.code, 2);
        QVERIFY2(o.out.contains(QLatin1String("error PRJ003 acme.example: The mail server mail.acme.example "
                                              "(203.0.113.9) is not authorised")),
                 qPrintable(o.out));
        QVERIFY2(o.out.contains(QLatin1String("fix: Add ip4:203.0.113.9 to the primary's terms.")), qPrintable(o.out));
    }

    void exportEachFormat_data()
    {
        QTest::addColumn<QString>("format");
        for (const char *f : {"bind", "tinydns", "json", "csv"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }
    void exportEachFormat()
    {
        QFETCH(QString, format);
        const Generation g = generated(kSample);
        const auto expected = exportRecords(g.records, *exportFormatFromName(format));
        QVERIFY(expected.ok());
        const Outcome o = runCli({QStringLiteral("export"), kSample, QStringLiteral("--format"), format});
        QCOMPARE(o.code, 0);
        QCOMPARE(o.out, QString::fromUtf8(expected.value().text));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out"));
        QCOMPARE(
            runCli({QStringLiteral("export"), kSample, QStringLiteral("--format"), format, QStringLiteral("-o"), path})
                .code,
            0);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), expected.value().text);
    }

    void exportNsupdate()
    {
        QTemporaryDir dir;
        const QString published =
            writeFile(dir, "published.json", R"({"acme.example.": [["v=spf1 a -all"], ["verify=1"]]})");
        const Outcome o =
            runCli({QStringLiteral("export"), kSample, QStringLiteral("--format"), QStringLiteral("nsupdate"),
                    QStringLiteral("--server"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                    QStringLiteral("5300"), QStringLiteral("--published"), published});
        QCOMPARE(o.code, 0);
        QVERIFY(o.out.contains(QLatin1String("\nserver 127.0.0.1 5300\n")));
        QVERIFY(o.out.contains(QLatin1String("update delete acme.example. TXT \"v=spf1 a -all\"\n")));
        QVERIFY(!o.out.contains(QLatin1String("verify=1")));
        // every other name's published value is unknown: left out, with a warning each
        QVERIFY(o.out.contains(QLatin1String("; left out: acme-shop.example. TXT")));
        QVERIFY(o.err.contains(QLatin1String("warning: acme-shop.example")));

        const Outcome fresh = runCli({QStringLiteral("export"), kSample, QStringLiteral("--format"),
                                      QStringLiteral("nsupdate"), QStringLiteral("--assume-unpublished")});
        QCOMPARE(fresh.code, 0);
        QVERIFY(fresh.out.contains(
            QLatin1String("update add acme-shop.example. 3600 TXT \"v=spf1 include:acme.example -all\"")));
        QVERIFY(!fresh.err.contains(QLatin1String("warning: ")));

        const Outcome injected =
            runCli({QStringLiteral("export"), kSample, QStringLiteral("--format"), QStringLiteral("nsupdate"),
                    QStringLiteral("--server"), QStringLiteral("x\nsend")});
        QCOMPARE(injected.code, 2);
        QVERIFY(injected.out.isEmpty());
    }

    // --published must hold every TXT record as its strings: another shape is refused with its JSON path, never read
    // as "nothing published" (that wrote an add without the delete: two v=spf1 records).
    void exportRefusesPublishedOfAnotherShape_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("string for records")
            << QByteArray(R"({"acme.example": "v=spf1 a -all"})")
            << QStringLiteral(R"($["acme.example"]: expected an array of TXT records, [["string", ...], ...], got a )"
                              "string");
        QTest::newRow("strings for a record")
            << QByteArray(R"({"acme.example": ["v=spf1 a -all"]})")
            << QStringLiteral(R"($["acme.example"][0]: expected a TXT record as an array of its strings, got a )"
                              "string");
        QTest::newRow("number") << QByteArray(R"({"acme.example": [["v=spf1 a -all"], [42]]})")
                                << QStringLiteral(R"($["acme.example"][1][0]: expected a string, got a number)");
        QTest::newRow("null") << QByteArray(R"({"acme.example": [["v=spf1 ", null]]})")
                              << QStringLiteral(R"($["acme.example"][0][1]: expected a string, got null)");
        QTest::newRow("empty record") << QByteArray(R"({"acme.example": [[]]})")
                                      << QStringLiteral(R"($["acme.example"][0]: a TXT record has at least one )"
                                                        "string, and this one has none");
        QTest::newRow("string over 255 octets")
            << QByteArray(R"({"acme.example": [[")") + QByteArray(256, 'a') + QByteArray(R"("]]})")
            << QStringLiteral(R"($["acme.example"][0][0]: 256 octets, and one string of a TXT record holds at most )"
                              "255");
        QTest::newRow("name twice") << QByteArray(R"({"acme.example": [], "ACME.example.": []})")
                                    << QStringLiteral("the name acme.example is given twice");
        QTest::newRow("array") << QByteArray(R"([["v=spf1 a -all"]])")
                               << QStringLiteral("$: expected an object of name -> [[strings]], got an array");
        QTest::newRow("not JSON") << QByteArray(R"({"acme.example": [[)") << QStringLiteral("not JSON: ");
        QTest::newRow("verify --json output")
            << QByteArray(R"({"summary": {"total": 1, "ok": 0, "warnings": 1, "errors": 0, "unreachable": 0},
                "domains": [{"domain": "acme.example", "roles": ["primary"], "status": "warning",
                             "published": ["v=spf1 a -all"], "expected": "v=spf1 mx -all"}]})")
            << QStringLiteral("this is the output of verify --json, whose published values are each record's strings "
                              "joined; nsupdate deletes a TXT record only by its exact strings, so the old record "
                              "could stay beside the new one");
    }
    void exportRefusesPublishedOfAnotherShape()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString published = writeFile(dir, "published.json", json);
        const Outcome o = runCli({QStringLiteral("export"), kSample, QStringLiteral("--format"),
                                  QStringLiteral("nsupdate"), QStringLiteral("--published"), published});
        QCOMPARE(o.code, 2);
        QVERIFY(o.out.isEmpty());
        QVERIFY2(o.err.startsWith(QStringLiteral("spfmanager-cli export: --published %1: ").arg(published)),
                 qPrintable(o.err));
        QVERIFY2(o.err.contains(message), qPrintable(o.err));
        // The fix says what the file must hold.
        QVERIFY2(o.err.contains(QLatin1String("\nWrite every TXT record at each name as a list of its strings, as "
                                              "`dig +short TXT NAME` prints them")),
                 qPrintable(o.err));
    }

    void exportPublishedNamesAndFiles()
    {
        QTemporaryDir dir;
        // Names in any case, with or without the final dot; [] means the name publishes no TXT record.
        const QString published =
            writeFile(dir, "published.json", R"({"ACME.example.": [["v=spf1 a ", "-all"]], "acme-shop.example": []})");
        const Outcome o = runCli({QStringLiteral("export"), kSample, QStringLiteral("--format"),
                                  QStringLiteral("nsupdate"), QStringLiteral("--published"), published});
        QCOMPARE(o.code, 0);
        QVERIFY2(o.out.contains(QLatin1String("update delete acme.example. TXT \"v=spf1 a \" \"-all\"\n")),
                 qPrintable(o.out));
        QVERIFY(o.out.contains(QLatin1String("update add acme-shop.example. 3600 TXT")));
        QVERIFY(!o.out.contains(QLatin1String("update delete acme-shop.example.")));

        const Outcome device =
            runCli({QStringLiteral("export"), kSample, QStringLiteral("--format"), QStringLiteral("nsupdate"),
                    QStringLiteral("--published"), QStringLiteral("/dev/zero")});
        QCOMPARE(device.code, 2);
        QVERIFY2(device.err.contains(QLatin1String("--published /dev/zero: not a file: it is a directory, a device or "
                                                   "a pipe\nSave the published records to a regular file")),
                 qPrintable(device.err));
        const Outcome missing =
            runCli({QStringLiteral("export"), kSample, QStringLiteral("--format"), QStringLiteral("nsupdate"),
                    QStringLiteral("--published"), dir.filePath(QStringLiteral("nope.json"))});
        QCOMPARE(missing.code, 2);
        QVERIFY2(missing.err.contains(QLatin1String("nope.json: no such file\nCheck the path")),
                 qPrintable(missing.err));
    }

    // -o naming the project itself (the same path spelled another way, a symbolic or a hard link) would replace the
    // project with its export: refused before anything is written, no backup made.
    void exportRefusesToOverwriteTheProject()
    {
        QTemporaryDir dir;
        QFile sample(kSample);
        QVERIFY(sample.open(QIODevice::ReadOnly));
        const QByteArray original = sample.readAll();
        const QString self = writeFile(dir, "self.spfproj", original);
        const QString symlink = dir.filePath(QStringLiteral("link.spfproj"));
        QVERIFY(QFile::link(self, symlink));
        const QString hardlink = dir.filePath(QStringLiteral("hard.spfproj"));
        QCOMPARE(::link(QFile::encodeName(self).constData(), QFile::encodeName(hardlink).constData()), 0);
        const QString respelled = dir.path() + QStringLiteral("/./sub/../self.spfproj");
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub")));

        const QList<QPair<QString, QString>> cases{{self, self},     {self, symlink},   {symlink, self},
                                                   {self, hardlink}, {respelled, self}, {self, respelled}};
        for (const auto &[project, output] : cases) {
            for (const char *format : {"csv", "bind"}) {
                const Outcome o = runCli({QStringLiteral("export"), project, QStringLiteral("--format"),
                                          QString::fromLatin1(format), QStringLiteral("-o"), output});
                QVERIFY2(o.code == 2, qPrintable(project + QLatin1String(" -o ") + output));
                QVERIFY(o.out.isEmpty());
                QVERIFY2(o.err.contains(QStringLiteral("export: -o %1 is the project file %2 itself; the export "
                                                       "would replace the project\n")
                                            .arg(output, project)),
                         qPrintable(o.err));
                QVERIFY2(
                    o.err.contains(QStringLiteral("Write the export to another file (e.g. -o %1.%2), or leave out -o "
                                                  "to print it.\n")
                                       .arg(QFileInfo(project).completeBaseName(), QLatin1String(format))),
                    qPrintable(o.err));
            }
        }
        QFile after(self);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), original);
        QVERIFY(QFileInfo(symlink).isSymLink());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System),
                 QStringList(
                     {QStringLiteral("hard.spfproj"), QStringLiteral("link.spfproj"), QStringLiteral("self.spfproj")}));
        QVERIFY(ProjectFile::load(self).ok());

        // Another file next to it is fine.
        const QString other = dir.filePath(QStringLiteral("self.csv"));
        QCOMPARE(runCli({QStringLiteral("export"), self, QStringLiteral("--format"), QStringLiteral("csv"),
                         QStringLiteral("-o"), other})
                     .code,
                 0);
        QVERIFY(QFileInfo(other).size() > 0);
    }

    void exportRefusesErrorsUnlessForced()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, "broken.spfproj", kBroken);
        const Outcome o = runCli({QStringLiteral("export"), path, QStringLiteral("--format"), QStringLiteral("bind")});
        QCOMPARE(o.code, 2);
        QVERIFY(o.out.isEmpty());
        QVERIFY(o.err.contains(QLatin1String("permerror")));
        const Outcome forced = runCli({QStringLiteral("export"), path, QStringLiteral("--format"),
                                       QStringLiteral("bind"), QStringLiteral("--force")});
        QCOMPARE(forced.code, 0);
        QVERIFY(forced.out.contains(QLatin1String("bad.example.\t3600\tIN\tTXT\t\"v=spf1 ip4:192.0.2.300 mx -all\"")));
        QCOMPARE(runCli({QStringLiteral("export"), path, QStringLiteral("--format"), QStringLiteral("zone")}).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliProject)
#include "tst_cli_project.moc"
