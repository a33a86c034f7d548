// The package as an admin gets it: cpack makes the .deb from this build tree, Debian's own tools judge it, and
// the programs unpacked from it run (against the system's Qt, as they would once installed).
#include "PackageTesting.h"
#include "TestConfig.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QMimeDatabase>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace spfm::testing;

namespace {

const QString kVersion = QStringLiteral(SPF_PROJECT_VERSION);
const QString kPackage = QStringLiteral(SPF_PACKAGE_NAME);
const QString kAppId = QStringLiteral(SPF_APP_ID);
const QString kMimeType = QStringLiteral(SPF_MIME_TYPE);

QString gunzip(const QString &path)
{
    const Run r = run(QStringLiteral("gzip"), {QStringLiteral("-dc"), path});
    return r.ok() ? r.out : QString();
}

} // namespace

class TestPackage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void controlFields();
    void lintianFindsNoErrors();
    void programsAreHardened();
    void installedFiles_data();
    void installedFiles();
    void desktopFileIsValid();
    void appstreamMetadataIsValid();
    void projectFilesGetTheMimeType();
    void oneVersionEverywhere();
    void installedCliPrintsVersion();
    void installedCliLintsARecord_data();
    void installedCliLintsARecord();
    void translationsAreEmbedded();
    void installedGuiPrintsVersionWithoutDisplay();
    void installedGuiOpensAProjectAndQuitsOffscreen();
    void bashCompletionCompletesCommandsAndOptions();

private:
    QStringList complete(const QStringList &words) const;
    Run cli(const QStringList &arguments) const
    {
        return run(root(QStringLiteral("usr/bin/spfmanager-cli")), arguments, installedEnvironment());
    }
    QString root(const QString &relative) const { return m_root + QLatin1Char('/') + relative; }
    QProcessEnvironment installedEnvironment() const;

    QTemporaryDir m_work;
    QString m_deb;
    QString m_root;
};

void TestPackage::initTestCase()
{
    QVERIFY2(m_work.isValid(), qPrintable(m_work.errorString()));
    // QMimeDatabase reads the directories once, at first use: the package's MIME database goes first.
    qputenv("XDG_DATA_DIRS", QFile::encodeName(m_work.path()) + ":/usr/local/share:/usr/share");

    // A missing tool fails the test: a package check that quietly did not run is worse than none.
    const QList<std::pair<QString, QString>> tools = {
        {QStringLiteral("dpkg-deb"), QStringLiteral("dpkg")},
        {QStringLiteral("dpkg-shlibdeps"), QStringLiteral("dpkg-dev")},
        {QStringLiteral("file"), QStringLiteral("file")},
        {QStringLiteral("lintian"), QStringLiteral("lintian")},
        {QStringLiteral("desktop-file-validate"), QStringLiteral("desktop-file-utils")},
        {QStringLiteral("appstreamcli"), QStringLiteral("appstream")},
        {QStringLiteral("update-mime-database"), QStringLiteral("shared-mime-info")},
        {QStringLiteral("gzip"), QStringLiteral("gzip")},
        {QStringLiteral("bash"), QStringLiteral("bash")},
        {QStringLiteral("readelf"), QStringLiteral("binutils")},
    };
    QStringList missing;
    for (const auto &[tool, package] : tools) {
        if (QStandardPaths::findExecutable(tool).isEmpty())
            missing << QStringLiteral("%1 (Debian package %2)").arg(tool, package);
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("the package test needs these tools, which are missing: ") +
                        missing.join(QStringLiteral(", ")) + QStringLiteral(" -- ./scripts/test installs them")));

    // cpack installs this build tree's binaries into its own staging area: nothing is rebuilt.
    const QString out = m_work.filePath(QStringLiteral("out"));
    const Run cpack = run(QStringLiteral(SPF_CPACK_COMMAND),
                          {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("--config"),
                           QStringLiteral(SPF_BINARY_DIR "/CPackConfig.cmake"), QStringLiteral("-B"), out},
                          {}, 240000);
    QVERIFY2(cpack.ok(), qPrintable(cpack.describe()));
    const QStringList debs = QDir(out).entryList({QStringLiteral("*.deb")}, QDir::Files);
    QVERIFY2(debs.size() == 1, qPrintable(QStringLiteral("expected one .deb, got: ") + debs.join(QLatin1Char(' '))));
    QVERIFY2(debs.first().startsWith(kPackage + QLatin1Char('_') + kVersion + QLatin1Char('_')),
             qPrintable(debs.first()));
    m_deb = out + QLatin1Char('/') + debs.first();

    m_root = m_work.filePath(QStringLiteral("root"));
    const Run extract = run(QStringLiteral("dpkg"), {QStringLiteral("-x"), m_deb, m_root});
    QVERIFY2(extract.ok(), qPrintable(extract.describe()));
}

QProcessEnvironment TestPackage::installedEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Nothing from the build tree may leak in: the installed programs find Qt on the system.
    env.remove(QStringLiteral("LD_LIBRARY_PATH"));
    env.remove(QStringLiteral("QT_PLUGIN_PATH"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    return env;
}

void TestPackage::controlFields()
{
    auto field = [this](const QString &name) {
        const Run r = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), m_deb, name});
        return r.ok() ? r.out.trimmed() : QStringLiteral("<%1>").arg(r.describe());
    };
    QCOMPARE(field(QStringLiteral("Package")), kPackage);
    QCOMPARE(field(QStringLiteral("Version")), kVersion);
    // Computed, not hand-written: the package of every library the programs load is a dependency.
    const QStringList depends = field(QStringLiteral("Depends")).split(QStringLiteral(", "));
    QStringList dependedOn;
    for (const QString &dependency : depends)
        dependedOn << dependency.section(QLatin1Char(' '), 0, 0);
    for (const char *program : {"usr/bin/spfmanager", "usr/bin/spfmanager-cli"}) {
        const Run dynamic = run(QStringLiteral("readelf"), {QStringLiteral("-d"), root(QLatin1String(program))});
        QVERIFY2(dynamic.ok(), qPrintable(dynamic.describe()));
        const QRegularExpression needed(QStringLiteral("\\(NEEDED\\).*\\[(.+)\\]"));
        int libraries = 0;
        for (auto it = needed.globalMatch(dynamic.out); it.hasNext(); ++libraries) {
            const QString soname = it.next().captured(1);
            const Run owner = run(QStringLiteral("dpkg"), {QStringLiteral("-S"), QStringLiteral("*/") + soname});
            QVERIFY2(owner.ok(), qPrintable(owner.describe()));
            // Several packages may hold a library of that name ("libc6-i386: /lib32/libm.so.6" beside libc6's): the
            // dependency must be on one of them. Lines read "pkg[:arch][, pkg[:arch]...]: path".
            QStringList owners;
            for (const QString &line : owner.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                for (const QString &p : line.section(QStringLiteral(": "), 0, 0).split(QStringLiteral(", ")))
                    owners << p.section(QLatin1Char(':'), 0, 0);
            }
            const bool depended =
                std::any_of(owners.cbegin(), owners.cend(), [&](const QString &p) { return dependedOn.contains(p); });
            QVERIFY2(depended, qPrintable(QStringLiteral("%1 needs %2 from %3; Depends: %4")
                                              .arg(QLatin1String(program), soname, owners.join(QStringLiteral(" or ")),
                                                   depends.join(QStringLiteral(", ")))));
        }
        QVERIFY2(libraries > 0, program);
    }
    // Qt's translations are data, not a library: recommended by hand so the standard buttons follow the language.
    QCOMPARE(field(QStringLiteral("Recommends")), QStringLiteral("qt6-translations-l10n"));
    QVERIFY(!field(QStringLiteral("Maintainer")).isEmpty());
    QVERIFY(field(QStringLiteral("Description")).contains(QLatin1String("SPF")));
}

void TestPackage::lintianFindsNoErrors()
{
    const Run lintian =
        run(QStringLiteral("lintian"),
            {QStringLiteral("--tag-display-limit"), QStringLiteral("0"), QStringLiteral("--display-info"), m_deb}, {},
            240000);
    QVERIFY2(lintian.failure.isEmpty(), qPrintable(lintian.describe()));
    const QStringList lines = lintian.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QStringList errors;
    QStringList unexpected;
    // Accepted findings, each explained in installer/README.md.
    const QStringList accepted = {};
    for (const QString &line : lines) {
        const QStringList parts = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (parts.size() < 3)
            continue;
        if (parts[0] == QLatin1String("E:"))
            errors << line;
        else if (parts[0] == QLatin1String("W:") && !accepted.contains(parts[2]))
            unexpected << line;
    }
    QVERIFY2(errors.isEmpty(), qPrintable(QStringLiteral("lintian errors:\n") + errors.join(QLatin1Char('\n'))));
    QVERIFY2(unexpected.isEmpty(),
             qPrintable(QStringLiteral("lintian warnings not accepted in installer/README.md:\n") +
                        unexpected.join(QLatin1Char('\n'))));
    QVERIFY2(lintian.exitCode == 0, qPrintable(lintian.describe()));
}

// Full RELRO and immediate binding, as Debian builds its own packages (lintian reports only the first as a warning).
void TestPackage::programsAreHardened()
{
    for (const char *program : {"usr/bin/spfmanager", "usr/bin/spfmanager-cli"}) {
        const Run dynamic =
            run(QStringLiteral("readelf"),
                {QStringLiteral("--dynamic"), QStringLiteral("--program-headers"), root(QLatin1String(program))});
        QVERIFY2(dynamic.ok(), qPrintable(dynamic.describe()));
        QVERIFY2(dynamic.out.contains(QLatin1String("GNU_RELRO")), program);
        QVERIFY2(dynamic.out.contains(QRegularExpression(QStringLiteral("FLAGS_1\\).*\\bNOW\\b"))), program);
        QVERIFY2(!dynamic.out.contains(QLatin1String("RUNPATH")) && !dynamic.out.contains(QLatin1String("RPATH")),
                 program);
    }
}

void TestPackage::installedFiles_data()
{
    QTest::addColumn<QString>("path");
    const QStringList paths = {
        QStringLiteral("usr/bin/spfmanager"),
        QStringLiteral("usr/bin/spfmanager-cli"),
        QStringLiteral("usr/share/man/man1/spfmanager.1.gz"),
        QStringLiteral("usr/share/man/man1/spfmanager-cli.1.gz"),
        QStringLiteral("usr/share/bash-completion/completions/spfmanager-cli"),
        QStringLiteral("usr/share/doc/%1/copyright").arg(kPackage),
        QStringLiteral("usr/share/doc/%1/changelog.gz").arg(kPackage),
        QStringLiteral("usr/share/applications/%1.desktop").arg(kAppId),
        QStringLiteral("usr/share/metainfo/%1.metainfo.xml").arg(kAppId),
        QStringLiteral("usr/share/mime/packages/%1.xml").arg(kPackage),
        QStringLiteral("usr/share/icons/hicolor/scalable/apps/spfmanager.svg"),
        QStringLiteral("usr/share/icons/hicolor/scalable/mimetypes/%1.svg")
            .arg(QString(kMimeType).replace(QLatin1Char('/'), QLatin1Char('-'))),
    };
    for (const QString &path : paths)
        QTest::newRow(qPrintable(path)) << path;
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
        const QString path = QStringLiteral("usr/share/icons/hicolor/%1x%1/apps/spfmanager.png").arg(size);
        QTest::newRow(qPrintable(path)) << path;
    }
}

void TestPackage::installedFiles()
{
    QFETCH(QString, path);
    const QFileInfo info(root(path));
    QVERIFY2(info.isFile(), qPrintable(path + QStringLiteral(" is not in the package")));
    QVERIFY(info.size() > 0);
    if (path.endsWith(QLatin1String(".png"))) {
        // The file name promises a size; the image must keep it.
        const QImage image(info.filePath());
        const QString size = path.section(QLatin1Char('/'), 4, 4);
        QCOMPARE(QStringLiteral("%1x%2").arg(image.width()).arg(image.height()), size);
    }
    if (path.startsWith(QLatin1String("usr/bin/")))
        QVERIFY(info.isExecutable());
}

void TestPackage::desktopFileIsValid()
{
    const QString file = root(QStringLiteral("usr/share/applications/%1.desktop").arg(kAppId));
    const Run validate = run(QStringLiteral("desktop-file-validate"), {file});
    QVERIFY2(validate.ok(), qPrintable(validate.describe()));
    // It exits 0 on hints and warnings too: anything it says is a finding.
    QVERIFY2(validate.out.trimmed().isEmpty() && validate.err.trimmed().isEmpty(), qPrintable(validate.describe()));

    QFile desktop(file);
    QVERIFY(desktop.open(QIODevice::ReadOnly | QIODevice::Text));
    const QString text = QString::fromUtf8(desktop.readAll());
    QVERIFY2(text.contains(QStringLiteral("\nMimeType=") + kMimeType + QLatin1Char(';')), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("\nExec=spfmanager %f\n")));
    QVERIFY(text.contains(QLatin1String("\nIcon=spfmanager\n")));
}

void TestPackage::appstreamMetadataIsValid()
{
    const QString file = root(QStringLiteral("usr/share/metainfo/%1.metainfo.xml").arg(kAppId));
    const Run validate = run(QStringLiteral("appstreamcli"), {QStringLiteral("validate"), QStringLiteral("--no-net"),
                                                              QStringLiteral("--explain"), file});
    QVERIFY2(validate.ok(), qPrintable(validate.describe()));
}

void TestPackage::projectFilesGetTheMimeType()
{
    // Build a MIME database from the package's definition alone and see which type a *.spfproj file gets.
    const QString mime = m_work.filePath(QStringLiteral("mime"));
    QVERIFY(QDir().mkpath(mime + QStringLiteral("/packages")));
    const QString xml = QStringLiteral("%1.xml").arg(kPackage);
    QVERIFY(
        QFile::copy(root(QStringLiteral("usr/share/mime/packages/") + xml), mime + QStringLiteral("/packages/") + xml));
    const Run update = run(QStringLiteral("update-mime-database"), {QStringLiteral("-V"), mime});
    QVERIFY2(update.ok(), qPrintable(update.describe()));
    QVERIFY2(!update.err.contains(QLatin1String("rror")) && !update.err.contains(QLatin1String("arning")),
             qPrintable(update.describe()));

    QFile globs(mime + QStringLiteral("/globs2"));
    QVERIFY(globs.open(QIODevice::ReadOnly | QIODevice::Text));
    const QString text = QString::fromUtf8(globs.readAll());
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("^\\d+:") + QRegularExpression::escape(kMimeType) +
                                                  QStringLiteral(":\\*\\.spfproj$"),
                                              QRegularExpression::MultilineOption)),
             qPrintable(text));

    // What a Qt file manager concludes from that database (initTestCase put it first in XDG_DATA_DIRS): by name,
    // and by content for a project saved without the extension; other JSON stays JSON.
    auto write = [this](const QString &name, const QByteArray &content) {
        QFile file(m_work.filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(content) == content.size() ? file.fileName() : QString();
    };
    const QByteArray project = "{\n  \"format\": \"spfmanager-project\",\n  \"version\": 1,\n  \"primary\": {}\n}\n";
    const QMimeDatabase db;
    QCOMPARE(db.mimeTypeForFile(write(QStringLiteral("acme.spfproj"), "{}")).name(), kMimeType);
    QCOMPARE(db.mimeTypeForFile(write(QStringLiteral("acme-backup"), project), QMimeDatabase::MatchContent).name(),
             kMimeType);
    QCOMPARE(db.mimeTypeForFile(write(QStringLiteral("other.json"), "{\"format\": 1}\n")).name(),
             QStringLiteral("application/json"));
    QVERIFY(db.mimeTypeForName(kMimeType).inherits(QStringLiteral("application/json")));
}

void TestPackage::oneVersionEverywhere()
{
    QFile metainfo(root(QStringLiteral("usr/share/metainfo/%1.metainfo.xml").arg(kAppId)));
    QVERIFY(metainfo.open(QIODevice::ReadOnly | QIODevice::Text));
    const QRegularExpressionMatch release = QRegularExpression(QStringLiteral("<release version=\"([^\"]+)\""))
                                                .match(QString::fromUtf8(metainfo.readAll()));
    QVERIFY(release.hasMatch());
    QCOMPARE(release.captured(1), kVersion); // the newest release comes first

    const QString changelog = gunzip(root(QStringLiteral("usr/share/doc/%1/changelog.gz").arg(kPackage)));
    QCOMPARE(changelog.section(QLatin1Char('\n'), 0, 0).section(QLatin1Char(' '), 0, 1),
             QStringLiteral("%1 (%2)").arg(kPackage, kVersion));

    for (const char *page : {"spfmanager", "spfmanager-cli"}) {
        const QString text = gunzip(root(QStringLiteral("usr/share/man/man1/%1.1.gz").arg(QLatin1String(page))));
        QVERIFY2(text.startsWith(QLatin1String(".TH ")), page);
        QVERIFY2(text.section(QLatin1Char('\n'), 0, 0).contains(QStringLiteral("spfmanager ") + kVersion),
                 qPrintable(text.section(QLatin1Char('\n'), 0, 0)));
    }
}

void TestPackage::installedCliPrintsVersion()
{
    const Run version =
        run(root(QStringLiteral("usr/bin/spfmanager-cli")), {QStringLiteral("--version")}, installedEnvironment());
    QVERIFY2(version.ok(), qPrintable(version.describe()));
    QCOMPARE(version.out.trimmed(), QStringLiteral("spfmanager-cli ") + kVersion);
}

void TestPackage::installedCliLintsARecord_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected"); // in the output: the record, or the diagnostic's stable code
    QTest::newRow("clean") << QStringList{QStringLiteral("v=spf1 mx ip4:192.0.2.10 -all")} << 0
                           << QStringLiteral("v=spf1 mx ip4:192.0.2.10 -all");
    QTest::newRow("warning") << QStringList{QStringLiteral("v=spf1 ptr -all")} << 1 << QStringLiteral("SPF204");
    QTest::newRow("error") << QStringList{QStringLiteral("v=spf1 ip4:300.1.1.1 -all")} << 2 << QStringLiteral("SPF110");
    QTest::newRow("no record") << QStringList{} << 2 << QStringLiteral("no record");
}

void TestPackage::installedCliLintsARecord()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    const Run lint = cli(QStringList{QStringLiteral("lint")} + arguments);
    QVERIFY2(lint.failure.isEmpty(), qPrintable(lint.describe()));
    QVERIFY2(lint.exitCode == exitCode, qPrintable(lint.describe()));
    QVERIFY2(lint.out.contains(expected) || lint.err.contains(expected), qPrintable(lint.describe()));
}

// The package installs no .qm files: each translation in translations/ must be a resource inside the GUI. Qt's
// resource compiler stores file names in UTF-16 (big-endian), which is what is looked for.
void TestPackage::translationsAreEmbedded()
{
    const QStringList sources = QDir(QStringLiteral(SPF_SOURCE_DIR "/translations"))
                                    .entryList({QStringLiteral("spfmanager_*.ts")}, QDir::Files);
    QVERIFY(!sources.isEmpty());
    QFile gui(root(QStringLiteral("usr/bin/spfmanager")));
    QVERIFY(gui.open(QIODevice::ReadOnly));
    const QByteArray binary = gui.readAll();
    for (const QString &source : sources) {
        const QString qm = QString(source).replace(QLatin1String(".ts"), QLatin1String(".qm"));
        QByteArray utf16;
        for (const QChar c : qm)
            utf16.append(char(c.row())).append(char(c.cell()));
        QVERIFY2(binary.contains(utf16), qPrintable(qm + QStringLiteral(" is not embedded in the installed GUI")));
    }
}

void TestPackage::installedGuiPrintsVersionWithoutDisplay()
{
    const Run version =
        run(root(QStringLiteral("usr/bin/spfmanager")), {QStringLiteral("--version")}, installedEnvironment());
    QVERIFY2(version.ok(), qPrintable(version.describe()));
    QCOMPARE(version.out.trimmed(), QStringLiteral("SPF Manager ") + kVersion);
}

void TestPackage::installedGuiOpensAProjectAndQuitsOffscreen()
{
    QProcessEnvironment env = installedEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const QString runtime = m_work.filePath(QStringLiteral("runtime"));
    QVERIFY(QDir().mkpath(runtime));
    QVERIFY(QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    // Settings the GUI writes (recent files, window state) go to the scratch area, not the user's.
    env.insert(QStringLiteral("HOME"), m_work.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_work.filePath(QStringLiteral("home/.config")));

    auto screenshot = [&](const QString &name, const QStringList &files) {
        const QString shot = m_work.filePath(name);
        const Run gui = run(root(QStringLiteral("usr/bin/spfmanager")),
                            QStringList{QStringLiteral("--screenshot"), shot} + files, env, 30000);
        return std::pair{gui, QImage(shot)};
    };
    const auto [empty, emptyImage] = screenshot(QStringLiteral("empty.png"), {});
    QVERIFY2(empty.ok(), qPrintable(empty.describe()));
    QVERIFY2(!emptyImage.isNull(), "the GUI quit without writing its window to the screenshot file");
    QVERIFY2(emptyImage.width() >= 400 && emptyImage.height() >= 300,
             qPrintable(QStringLiteral("%1x%2").arg(emptyImage.width()).arg(emptyImage.height())));

    // The sample project, copied so the GUI's writes (backup, recent files) stay in the scratch area. A project
    // that failed to open would leave a message box waiting for a click: the run would time out.
    const QString project = m_work.filePath(QStringLiteral("sample-project.spfproj"));
    QVERIFY(QFile::copy(QStringLiteral(SPF_SOURCE_DIR "/examples/acme.spfproj"), project));
    const auto [opened, openedImage] = screenshot(QStringLiteral("project.png"), {project});
    QVERIFY2(opened.ok(), qPrintable(opened.describe()));
    QVERIFY(!openedImage.isNull());
    QVERIFY2(openedImage != emptyImage, "the window looks the same with the project as without it");
}

QStringList TestPackage::complete(const QStringList &words) const
{
    return spfm::testing::complete(root(QStringLiteral("usr/share/bash-completion/completions/spfmanager-cli")), words);
}

void TestPackage::bashCompletionCompletesCommandsAndOptions()
{
    const QString cli = QStringLiteral("spfmanager-cli");
    QCOMPARE(complete({cli, QStringLiteral("--ver")}), QStringList{QStringLiteral("--version")});
    QCOMPARE(complete({cli, QStringLiteral("li")}), QStringList{QStringLiteral("lint")});
    QCOMPARE(complete({cli, QStringLiteral("help"), QStringLiteral("li")}), QStringList{QStringLiteral("lint")});
    QCOMPARE(complete({cli, QStringLiteral("lint"), QStringLiteral("--zone-")}),
             QStringList{QStringLiteral("--zone-origin")});
    // A file name after --zone: the candidates are this package's own files when completing from its root.
    const QString prefix = root(QStringLiteral("usr/share/doc/%1/co").arg(kPackage));
    QCOMPARE(complete({cli, QStringLiteral("lint"), QStringLiteral("--zone"), prefix}),
             QStringList{root(QStringLiteral("usr/share/doc/%1/copyright").arg(kPackage))});
}

QTEST_GUILESS_MAIN(TestPackage)
#include "tst_package.moc"
