#include "AddDomainsDialog.h"
#include "AppSettings.h"
#include "ExportDialog.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "ProjectZone.h"
#include "SettingsDialog.h"
#include "TestSenderDialog.h"
#include "project/Generator.h"
#include "project/ProjectModel.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace spfm;

class TestDialogs : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

    static project::Project sampleSetUp()
    {
        project::ProjectModel model;
        project::Primary p;
        p.domain = project::DomainName::parse(QStringLiteral("acme.example")).value();
        p.terms = {QStringLiteral("ip4:192.0.2.25")};
        [&] { QVERIFY(model.setPrimary(p).ok()); }();
        project::Dependent d;
        d.domain = project::DomainName::parse(QStringLiteral("shop.example")).value();
        [&] { QVERIFY(model.insertDependent(-1, d).ok()); }();
        project::Dependent parked;
        parked.domain = project::DomainName::parse(QStringLiteral("old.example")).value();
        parked.parked = true;
        [&] { QVERIFY(model.insertDependent(-1, parked).ok()); }();
        return model.project();
    }

    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        isolateSettings("tst_dialogs");
        QSettings().clear();
        QVERIFY(m_tmp.isValid());
    }

    void exportWritesExactlyThePreviewToTheChosenPath_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("mustContain");
        QTest::newRow("bind") << int(project::ExportFormat::Bind)
                              << QStringLiteral("\"v=spf1 include:acme.example -all\"");
        QTest::newRow("tinydns") << int(project::ExportFormat::Tinydns) << QStringLiteral("'shop.example:");
        QTest::newRow("json") << int(project::ExportFormat::Json) << QStringLiteral("spfmanager-records");
        QTest::newRow("csv") << int(project::ExportFormat::Csv) << QStringLiteral("zone,name,type,ttl,value");
        QTest::newRow("nsupdate") << int(project::ExportFormat::Nsupdate) << QStringLiteral("send");
    }

    void exportWritesExactlyThePreviewToTheChosenPath()
    {
        QFETCH(int, format);
        QFETCH(QString, mustContain);
        const project::Generation generation = project::generate(sampleSetUp());
        gui::ExportDialog dialog(generation);
        dialog.setFormat(project::ExportFormat(format));
        QCOMPARE(int(dialog.format()), format);
        QVERIFY2(dialog.previewText().contains(mustContain), qPrintable(dialog.previewText()));
        // No suffix is added: the file is written where the user said.
        const QString path = m_tmp.filePath(QStringLiteral("records-%1").arg(format));
        QVERIFY(dialog.saveTo(path).ok());
        QCOMPARE(readAll(path), dialog.output());
        QCOMPARE(dialog.output(), project::exportRecords(generation.records, dialog.format()).value().text);
        QCOMPARE(dialog.previewText(),
                 QString::fromUtf8(dialog.output()).replace(QStringLiteral("\r\n"), QStringLiteral("\n")));
        dialog.findChild<QPushButton *>(QStringLiteral("copyButton"))->click();
        QCOMPARE(QGuiApplication::clipboard()->text().toUtf8(), dialog.output());
        const auto failed = dialog.saveTo(m_tmp.filePath(QStringLiteral("no/such/dir/file")));
        QVERIFY(!failed.ok());
        QCOMPARE(failed.code(), project::ErrorCode::FileWriteFailed);
        QVERIFY2(failed.error().message.contains(QLatin1String("no/such/dir/file")),
                 qPrintable(failed.error().message));
    }

    // Saving over an existing file keeps that file as "<path>.bak" first, like a project save, and says so.
    void exportOverAFileKeepsItsBackup()
    {
        const project::Generation generation = project::generate(sampleSetUp());
        gui::ExportDialog dialog(generation);
        dialog.setFormat(project::ExportFormat::Bind);
        const QString path = m_tmp.filePath(QStringLiteral("over write.zone"));
        const QString backup = path + QLatin1String(".bak");
        auto *note = dialog.findChild<QLabel *>(QStringLiteral("savedLabel"));
        QVERIFY(note);
        QVERIFY(note->isHidden());

        const auto fresh = dialog.saveTo(path);
        QVERIFY(fresh.ok());
        QVERIFY(!fresh.value().keptBackup());
        QVERIFY(!QFile::exists(backup));
        QVERIFY(!note->isHidden());
        QCOMPARE(note->text(), QStringLiteral("Saved to %1.").arg(QDir::toNativeSeparators(path)));

        const QByteArray handEdited = "; my own zone lines\nexample. 3600 IN TXT \"keep me\"\n";
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QCOMPARE(f.write(handEdited), handEdited.size());
        }
        dialog.setFormat(project::ExportFormat::Csv);
        QVERIFY(note->isHidden()); // the note was about the other format's file
        const auto over = dialog.saveTo(path);
        QVERIFY(over.ok());
        QCOMPARE(over.value().backupPath, backup);
        QCOMPARE(readAll(path), dialog.output());
        QCOMPARE(readAll(backup), handEdited);
        QVERIFY2(note->text().contains(QDir::toNativeSeparators(backup)), qPrintable(note->text()));
        QVERIFY(!note->isHidden());

        // The next overwrite replaces the backup with the export it overwrites; nothing else appears.
        const QByteArray csv = dialog.output();
        dialog.setFormat(project::ExportFormat::Json);
        QVERIFY(dialog.saveTo(path).ok());
        QCOMPARE(readAll(backup), csv);
        QCOMPARE(readAll(path), dialog.output());
        QStringList names = QDir(m_tmp.path()).entryList({QStringLiteral("over write*")}, QDir::Files);
        QCOMPARE(names, (QStringList{QStringLiteral("over write.zone"), QStringLiteral("over write.zone.bak")}));
    }

    void testSenderGivesResultTraceAndHeader()
    {
        const project::Generation generation = project::generate(sampleSetUp());
        gui::TestSenderDialog dialog;
        dialog.setZone(gui::ProjectZone::build(generation, QString()));
        dialog.setInputs(QStringLiteral("192.0.2.25"), QStringLiteral("alice@shop.example"),
                         QStringLiteral("mail.acme.example"));
        QVERIFY(dialog.evaluate());
        QCOMPARE(dialog.result().result, spf::Result::Pass);
        QVERIFY(dialog.resultText().contains(QLatin1String("pass")));
        QVERIFY(dialog.headerText().startsWith(QLatin1String("Received-SPF: pass")));
        QCOMPARE(dialog.headerText().toUtf8(), dialog.result().receivedSpfHeader().replace("\r\n", "\n"));
        // Copy gives the header byte for byte, folding included.
        dialog.findChild<QPushButton *>(QStringLiteral("copyHeaderButton"))->click();
        QCOMPARE(QGuiApplication::clipboard()->text().toUtf8(), dialog.result().receivedSpfHeader());
        auto *trace = dialog.findChild<QTreeWidget *>(QStringLiteral("traceTree"));
        QVERIFY(trace && trace->topLevelItemCount() > 0);

        dialog.setInputs(QStringLiteral("198.51.100.9"), QStringLiteral("alice@shop.example"), QString());
        QVERIFY(dialog.evaluate());
        QCOMPARE(dialog.result().result, spf::Result::Fail);
        QVERIFY(dialog.headerText().startsWith(QLatin1String("Received-SPF: fail")));

        dialog.setInputs(QStringLiteral("not-an-ip"), QStringLiteral("alice@shop.example"), QString());
        QVERIFY(!dialog.evaluate());
        QVERIFY(dialog.resultText().contains(QLatin1String("not-an-ip")));
    }

    void addDomainsDialogImportsAndReports()
    {
        const QString list = m_tmp.filePath(QStringLiteral("list.txt"));
        QFile f(list);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("one.example\ntwo.example\n");
        f.close();
        gui::AddDomainsDialog dialog;
        QVERIFY(dialog.importFile(list));
        QCOMPARE(dialog.text(), QStringLiteral("one.example\ntwo.example\n"));
        gui::AddListReport report;
        report.added = 2;
        report.refused.append({QStringLiteral("bad name"), QStringLiteral("it contains a space")});
        const QString text = gui::AddDomainsDialog::reportText(report);
        QVERIFY(text.contains(QLatin1String("bad name")));
        QVERIFY(text.contains(QLatin1String("it contains a space")));
    }

    void settingsValidateServersAndStoreTheRest()
    {
        project::Project p = sampleSetUp();
        gui::SettingsDialog dialog(p);
        auto *mode = dialog.findChild<QComboBox *>(QStringLiteral("modeCombo"));
        auto *servers = dialog.findChild<QLineEdit *>(QStringLiteral("serversEdit"));
        auto *zone = dialog.findChild<QLineEdit *>(QStringLiteral("zoneEdit"));
        auto *language = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
        auto *thorough = dialog.findChild<QCheckBox *>(QStringLiteral("thoroughCheck"));
        QVERIFY(mode && servers && zone && language && thorough);
        QVERIFY(!thorough->isChecked()); // the standard probe by default
        QVERIFY(!thorough->toolTip().isEmpty());
        QCOMPARE(thorough->accessibleName(), QStringLiteral("Check every domain thoroughly"));
        thorough->setChecked(true);
        mode->setCurrentIndex(mode->findData(int(project::ResolverMode::Servers)));
        servers->setText(QStringLiteral("not-an-address"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // still open
        servers->setText(QStringLiteral("127.0.0.1:5353, [2001:db8::53]:53"));
        zone->setText(m_tmp.filePath(QStringLiteral("what-if.zone")));
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.resolver().mode, project::ResolverMode::Servers);
        QCOMPARE(dialog.resolver().servers.size(), 2);
        QCOMPARE(dialog.resolver().servers[0].port, quint16(5353));
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("de"));
        QCOMPARE(QSettings().value(QStringLiteral("dns/zoneFile")).toString(),
                 m_tmp.filePath(QStringLiteral("what-if.zone")));
        QVERIFY(gui::AppSettings().thoroughCheck());
        gui::SettingsDialog again(p);
        QVERIFY(again.findChild<QCheckBox *>(QStringLiteral("thoroughCheck"))->isChecked());
        QSettings().clear();
    }
};

QTEST_MAIN(TestDialogs)
#include "tst_dialogs.moc"
