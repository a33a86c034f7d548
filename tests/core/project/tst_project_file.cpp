#include "TestConfig.h"
#include "TestFiles.h"
#include "project/ProjectFile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace spfm::project;
using spfm::testing::readAll;
using spfm::testing::writeAll;

namespace {

QString dataPath(const char *name)
{
    return QStringLiteral(SPF_TEST_DATA_DIR "/project/") + QLatin1String(name);
}

// A valid project with extra keys in the primary object and at the top level.
QByteArray minimal(const QByteArray &primaryExtra = {}, const QByteArray &rootExtra = {})
{
    return R"({"format": "spfmanager-project", "version": 1, "primary": {"domain": "acme.example")" + primaryExtra +
           "}" + rootExtra + "}";
}

} // namespace

class TestProjectFile : public QObject
{
    Q_OBJECT

private slots:
    void loadsTheDocumentedShape()
    {
        const auto r = ProjectFile::load(dataPath("issue-shape.spfproj"));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        const Project &p = r.value().project();
        QCOMPARE(p.primary.domain.ace(), QByteArray("example.com"));
        QCOMPARE(p.primary.terms,
                 QStringList({QStringLiteral("a"), QStringLiteral("mx"), QStringLiteral("ip4:192.0.2.0/24")}));
        QCOMPARE(p.primary.all, AllQualifier::Fail);
        QCOMPARE(p.mailServers.size(), 1);
        QCOMPARE(p.mailServers[0].hostname.ace(), QByteArray("mail.example.com"));
        QCOMPARE(p.mailServers[0].addresses.size(), 2);
        QCOMPARE(p.mailServers[0].addresses[1].toText(), QByteArray("2001:db8::10"));
        QCOMPARE(p.dependents.size(), 3);
        QCOMPARE(p.dependents[0].domain.ace(), QByteArray("example.net"));
        QCOMPARE(p.dependents[1].terms, QStringList{QStringLiteral("include:servers.mcsv.net")});
        QCOMPARE(p.dependents[1].all, AllQualifier::SoftFail);
        QVERIFY(p.dependents[2].parked);
        QVERIFY(p.dependents[2].nullMx);
        QVERIFY(p.dependents[2].dmarc);
        QCOMPARE(p.ttl, 3600u);
        QVERIFY(!p.includeTarget);
        QCOMPARE(p.resolver.mode, ResolverMode::System);
    }

    // Golden round trip: terms keep order, case and macros; unknown keys survive at every level.
    void roundTripGolden()
    {
        const auto r = ProjectFile::load(dataPath("roundtrip-input.spfproj"));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        const Project &p = r.value().project();
        QCOMPARE(p.primary.terms,
                 QStringList({QStringLiteral("MX"), QStringLiteral("a:Mail.Acme.example/24"),
                              QStringLiteral("ip6:2001:DB8::/32"), QStringLiteral("exists:%{I}.%{l1r-}._spf.%{D}"),
                              QStringLiteral("+include:_SPF.Partner.example"), QStringLiteral("?ptr"),
                              QStringLiteral("exp=explain.%{d}")}));
        QCOMPARE(p.dependents[0].domain.ace(), QByteArray("xn--bcher-kva.example"));
        QCOMPARE(p.dependents[0].domain.display(), QStringLiteral("bücher.example"));
        QCOMPARE(p.includeTarget->ace(), QByteArray("_spf.acme.example"));
        QCOMPARE(p.resolver.servers.size(), 2);
        QCOMPARE(p.resolver.timeoutMs, 2500);
        QVERIFY(p.publishSpfType99);

        const QByteArray saved = ProjectFile::serialize(p);
        const QByteArray golden = readAll(dataPath("roundtrip-expected.spfproj"));
        QVERIFY(!golden.isEmpty());
        QCOMPARE(QString::fromUtf8(saved), QString::fromUtf8(golden));

        // And the saved form reads back to the same bytes again.
        const auto again = ProjectFile::parse(saved);
        QVERIFY(again.ok());
        QCOMPARE(ProjectFile::serialize(again.value().project()), saved);
    }

    void syntaxErrorsGiveLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("trailing comma") << QByteArray("{\n  \"format\": \"spfmanager-project\",\n}\n") << 3 << 1;
        QTest::newRow("missing colon") << QByteArray("{\"a\" 1}") << 1 << 6;
        // columns count characters, not UTF-8 bytes
        QTest::newRow("unicode before") << QByteArray("{\"n\": \"\xc3\xa9\xc3\xa9\", \"x\": tru}") << 1 << 18;
    }
    void syntaxErrorsGiveLineAndColumn()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, line);
        QFETCH(int, column);
        const auto r = ProjectFile::parse(json);
        QVERIFY(!r.ok());
        QCOMPARE(r.code(), ErrorCode::FileSyntax);
        QCOMPARE(r.error().line, line);
        QCOMPARE(r.error().column, column);
        QVERIFY(r.error().message.startsWith(QStringLiteral("line %1, column %2: ").arg(line).arg(column)));
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("where");
        QTest::newRow("array") << QByteArray("[]") << ErrorCode::FileNotProject << QString();
        QTest::newRow("other format") << QByteArray(R"({"format": "other", "version": 1})") << ErrorCode::FileNotProject
                                      << QStringLiteral("format");
        QTest::newRow("newer") << QByteArray(R"({"format": "spfmanager-project", "version": 2, "primary": 7})")
                               << ErrorCode::FileNewerVersion << QStringLiteral("version");
        QTest::newRow("version text") << QByteArray(R"({"format": "spfmanager-project", "version": "1"})")
                                      << ErrorCode::FileBadVersion << QStringLiteral("version");
        QTest::newRow("no primary") << QByteArray(R"({"format": "spfmanager-project", "version": 1})")
                                    << ErrorCode::FileBadValue << QStringLiteral("primary");
        QTest::newRow("bad primary")
            << QByteArray(R"({"format": "spfmanager-project", "version": 1, "primary": {"domain": "a b"}})")
            << ErrorCode::DomainBadCharacter << QStringLiteral("primary.domain");
        QTest::newRow("terms not list") << minimal({}, R"(, "dependents": [{"domain": "b.example", "terms": "a mx"}])")
                                        << ErrorCode::FileBadValue << QStringLiteral("dependents[0].terms");
        QTest::newRow("duplicate dependent")
            << minimal(
                   {},
                   R"(, "dependents": [{"domain": "b.example"}, {"domain": "c.example"}, {"domain": "B.Example."}])")
            << ErrorCode::DuplicateDomain << QStringLiteral("dependents[2]");
        QTest::newRow("self include")
            << minimal({}, R"(, "dependents": [{"domain": "b.example", "terms": ["a", "include:b.example"]}])")
            << ErrorCode::SelfInclude << QStringLiteral("dependents[0].terms[1]");
        QTest::newRow("bad qualifier") << minimal(R"(, "all": "!")") << ErrorCode::BadQualifier
                                       << QStringLiteral("primary.all");
        QTest::newRow("bad address")
            << minimal({}, R"(, "mail_servers": [{"hostname": "mail.acme.example", "addresses": ["192.0.2.300"]}])")
            << ErrorCode::BadAddress << QStringLiteral("mail_servers[0].addresses[0]");
        QTest::newRow("bad ttl") << minimal({}, R"(, "ttl": -5)") << ErrorCode::BadTtl << QStringLiteral("ttl");
        QTest::newRow("fraction ttl") << minimal({}, R"(, "ttl": 1.5)") << ErrorCode::FileBadValue
                                      << QStringLiteral("ttl");
        QTest::newRow("bad mode") << minimal({}, R"(, "resolver": {"mode": "dnssec"})") << ErrorCode::BadResolverMode
                                  << QStringLiteral("resolver.mode");
        QTest::newRow("bad server") << minimal({}, R"(, "resolver": {"mode": "servers", "servers": ["x:1"]})")
                                    << ErrorCode::BadResolverServer << QStringLiteral("resolver.servers[0]");
        QTest::newRow("parked not bool") << minimal({}, R"(, "dependents": [{"domain": "b.example", "parked": "yes"}])")
                                         << ErrorCode::FileBadValue << QStringLiteral("dependents[0].parked");
    }
    void refusals()
    {
        QFETCH(QByteArray, json);
        QFETCH(ErrorCode, code);
        QFETCH(QString, where);
        const auto r = ProjectFile::parse(json);
        QVERIFY(!r.ok());
        QCOMPARE(r.code(), code);
        QCOMPARE(r.error().where, where);
        QVERIFY(!r.error().message.isEmpty());
    }

    // "none" is a new allowed value of an existing key, so the format version stays 1 (docs/project-format.md).
    void allNoneRoundTrips()
    {
        const auto r = ProjectFile::parse(minimal(R"(, "terms": ["redirect=x.example"], "all": "none")",
                                                  R"(, "dependents": [{"domain": "b.example", "all": "none"},
                                                                      {"domain": "c.example"}])"));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        const Project &p = r.value().project();
        QCOMPARE(p.primary.all, AllQualifier::None);
        QCOMPARE(p.dependents[0].all, AllQualifier::None);
        QCOMPARE(p.dependents[1].all, AllQualifier::Fail);
        const QByteArray saved = ProjectFile::serialize(p);
        QVERIFY(saved.contains("\"version\": 1"));
        const auto again = ProjectFile::parse(saved);
        QVERIFY(again.ok());
        QCOMPARE(again.value().project().primary.all, AllQualifier::None);
        QCOMPARE(again.value().project().dependents[0].all, AllQualifier::None);
        QCOMPARE(again.value().project().dependents[1].all, AllQualifier::Fail);
        QCOMPARE(ProjectFile::serialize(again.value().project()), saved);

        const auto bad = ProjectFile::parse(minimal(R"(, "all": "")"));
        QCOMPARE(bad.code(), ErrorCode::BadQualifier);
        QVERIFY(bad.error().message.contains(QLatin1String("\"none\"")));
    }

    // QJsonDocument keeps the last of two equal keys; the loader refuses the file instead of losing the first value.
    void duplicateKeysAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("where");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("top level") << QByteArray(
                                          "{\"format\": \"spfmanager-project\", \"version\": 1,\n"
                                          "\"primary\": {\"domain\": \"acme.example\"},\n\"ttl\": 60, \"ttl\": 70}")
                                   << QStringLiteral("ttl") << 3 << 12;
        QTest::newRow("second terms replaces the policy")
            << minimal(",\n  \"terms\": [\"a\", \"mx\"],\n  \"terms\": []") << QStringLiteral("primary.terms") << 3
            << 3;
        QTest::newRow("nested in a list")
            << minimal({}, ", \"dependents\": [{\"domain\": \"b.example\"},\n{\"domain\": \"c.example\", \"x\": "
                           "{\"k\": 1, \"j\": {\"k\": 2}, \"k\": 3}}]")
            << QStringLiteral("dependents[1].x.k") << 2 << 54;
        QTest::newRow("escapes decode to the same key")
            << minimal(", \"a\": 1, \"\\u0061\": 2") << QStringLiteral("primary.a") << 1 << 94;
        QTest::newRow("surrogate pair") << minimal(", \"\xf0\x9f\x98\x80\": 1, \"\\ud83d\\ude00\": 2")
                                        << QString(QStringLiteral("primary.") + QChar(0xD83D) + QChar(0xDE00)) << 1
                                        << 95;
    }
    void duplicateKeysAreRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, where);
        QFETCH(int, line);
        QFETCH(int, column);
        const auto r = ProjectFile::parse(json);
        QVERIFY(!r.ok());
        QCOMPARE(r.code(), ErrorCode::FileDuplicateKey);
        QCOMPARE(r.error().where, where);
        QCOMPARE(r.error().line, line);
        QCOMPARE(r.error().column, column);
        QVERIFY2(
            r.error().message.startsWith(QStringLiteral("line %1, column %2: %3 ").arg(line).arg(column).arg(where)),
            qPrintable(r.error().message));
    }

    void equalValuesUnderOtherKeysAreFine()
    {
        // Same key in sibling objects, keys that differ only in case or by an escaped character that decodes to
        // something else, and key-like text inside strings are all distinct.
        const auto r = ProjectFile::parse(
            minimal(", \"x-a\": {\"k\": 1}, \"x-b\": {\"k\": 1}, \"X-A\": 2, \"x-\\u0062c\": 3, \"x-bc\\\"\": "
                    "\"\\\"x-a\\\": 1\"",
                    R"(, "dependents": [{"domain": "b.example"}, {"domain": "c.example"}])"));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r.value().project().dependents.size(), 2);
    }

    void newerVersionMessageIsClear()
    {
        const auto r = ProjectFile::parse(R"({"format": "spfmanager-project", "version": 3})");
        QVERIFY(r.error().message.contains(QLatin1String("newer SPF Manager")));
        QVERIFY(r.error().message.contains(QLatin1String("version 3")));
    }

    void brokenFileIsLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.spfproj"));
        const QByteArray broken = minimal(R"(, "terms": ["a",]})");
        QVERIFY(writeAll(path, broken));
        const auto r = ProjectFile::load(path);
        QCOMPARE(r.code(), ErrorCode::FileSyntax);
        QVERIFY(r.error().message.startsWith(path));
        QCOMPARE(r.error().line, 1);
        QCOMPARE(readAll(path), broken);
        QVERIFY(!QFile::exists(path + QLatin1String(".bak")));
    }

    void oversizedFileRefusedQuickly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.spfproj"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(ProjectFile::kMaxFileSize + 1)); // sparse: costs no disk
        f.close();
        QElapsedTimer t;
        t.start();
        const auto r = ProjectFile::load(path);
        QCOMPARE(r.code(), ErrorCode::FileTooLarge);
        QVERIFY2(t.elapsed() < 100, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(ProjectFile::parse(QByteArray(ProjectFile::kMaxFileSize + 1, ' ')).code(), ErrorCode::FileTooLarge);
    }

    void missingFile()
    {
        QCOMPARE(ProjectFile::load(QStringLiteral("/nonexistent/x.spfproj")).code(), ErrorCode::FileNotFound);
    }

    void saveIsAtomicAndKeepsABackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.spfproj"));
        auto first = ProjectFile::parse(minimal());
        QVERIFY(first.ok());
        QVERIFY(ProjectFile::save(path, first.value().project()).ok());
        QVERIFY(!QFile::exists(path + QLatin1String(".bak")));
        const QByteArray v1 = readAll(path);

        ProjectModel &model = first.value();
        QVERIFY(model.setTtl(60).ok());
        QVERIFY(ProjectFile::save(path, model.project()).ok());
        QCOMPARE(readAll(path + QLatin1String(".bak")), v1);
        const auto reread = ProjectFile::load(path);
        QVERIFY(reread.ok());
        QCOMPARE(reread.value().project().ttl, 60u);

        const Status failed = ProjectFile::save(dir.filePath(QStringLiteral("no/such/dir/p.spfproj")), model.project());
        QCOMPARE(failed.code(), ErrorCode::FileWriteFailed);
    }
};

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_project_file.moc"
