// "Check live" in the main window against a real NSD: the sample project's records served as generated, except one
// dependent whose record differs, one that publishes none, and one with a leftover type-99 record (found only when the
// Settings ask for a thorough check). Then Cancel mid-run, behind a proxy that slows DNS.
#include "AppSettings.h"
#include "CheckProgressWidget.h"
#include "DelayingDnsProxy.h"
#include "DiagnosticsModel.h"
#include "DnsServerFixture.h"
#include "DomainTreeModel.h"
#include "GuiTestSupport.h"
#include "LiveCheck.h"
#include "MainWindow.h"
#include "ProjectDocument.h"
#include "PublishedRecordView.h"
#include "project/Generator.h"
#include "project/ProjectFile.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFontMetrics>
#include <QLabel>
#include <QSignalSpy>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace spfm;
using gui::DomainStatus;
using gui::MainWindow;
using testing::DnsServerFixture;
using testing::Zone;
using testing::ZoneRecord;

namespace {

constexpr const char *kCorrect = "acme-shop.example";
constexpr const char *kDiffers = "acme-labs.example";
constexpr const char *kMissing = "acme-support.example";

// Every generated record in its zone, as the admin would publish it, with two dependents broken; plus what the
// primary's mechanisms and includes look up.
QList<Zone> sampleZones(const project::Project &project)
{
    QHash<QByteArray, Zone> zones;
    QList<QByteArray> order;
    const auto zone = [&](const QByteArray &origin) -> Zone & {
        if (!zones.contains(origin)) {
            Zone z;
            z.origin = origin;
            zones.insert(origin, z);
            order.append(origin);
        }
        return zones[origin];
    };
    for (const project::GeneratedRecord &r : project::generate(project).records) {
        const QByteArray owner = r.owner + '.';
        if (r.owner == kDiffers || r.owner == kMissing)
            continue;
        if (r.type == project::RecordType::Mx)
            zone(r.zone).records.append(ZoneRecord{owner, "MX", r.text, r.ttl});
        else if (r.type == project::RecordType::Txt)
            zone(r.zone).records.append(ZoneRecord::txt(owner, r.text, r.ttl));
    }
    zone("acme.example").records +=
        {ZoneRecord{"@", "A", "192.0.2.25"}, ZoneRecord{"@", "AAAA", "2001:db8:25::25"},
         ZoneRecord{"@", "MX", "10 mail.acme.example."}, ZoneRecord{"mail", "A", "192.0.2.25"},
         ZoneRecord{"mail", "AAAA", "2001:db8:25::25"}};
    zone("mailgun.example").records.append(ZoneRecord::txt("_spf", "v=spf1 ip4:198.51.100.0/24 -all"));
    zone("mcsv.example").records.append(ZoneRecord::txt("servers", "v=spf1 ip4:203.0.113.0/24 -all"));
    zone("other.example").records.append(ZoneRecord::txt("@", "v=spf1 ip4:198.51.100.1 -all"));
    zone(kDiffers).records.append(ZoneRecord::txt("@", "v=spf1 include:other.example -all", 600));
    zone(kMissing).records.append(ZoneRecord{"@", "A", "198.51.100.9"});
    ZoneRecord leftover = ZoneRecord::txt("@", "v=spf1 mx -all");
    leftover.type = "SPF";
    zone(kCorrect).records.append(leftover);
    QList<Zone> out;
    for (const QByteArray &origin : order)
        out.append(zones.value(origin));
    return out;
}

project::ResolverSettings serversAt(const QHostAddress &address, quint16 port)
{
    project::ResolverSettings settings;
    settings.mode = project::ResolverMode::Servers;
    project::ResolverServer server;
    server.address = *net::IpAddress::parse(address.toString().toLatin1());
    server.port = port;
    settings.servers = {server};
    settings.timeoutMs = 2000;
    return settings;
}

QAction *action(MainWindow &window, const char *name)
{
    return window.findChild<QAction *>(QString::fromLatin1(name));
}

// The row of the diagnostics panel (in the view's sorted order) about the domain with the code; -1 when none.
int diagnosticRow(QTableView *view, const QByteArray &domain, const QByteArray &code)
{
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, gui::DiagnosticsModel::DomainColumn).data().toString().toUtf8() == domain &&
            model->index(row, gui::DiagnosticsModel::CodeColumn).data().toString().toLatin1() == code)
            return row;
    }
    return -1;
}

} // namespace

class TestCheckLive : public QObject
{
    Q_OBJECT

private:
    DnsServerFixture m_server;
    project::Project m_project;
    QTemporaryDir m_tmp;

    // The window with the sample project open, its resolver settings pointing at the given server (as the Settings
    // dialog would have saved them).
    void openPointedAt(MainWindow &window, const QHostAddress &address, quint16 port)
    {
        project::Project pointed = m_project;
        pointed.resolver = serversAt(address, port);
        const QString path = m_tmp.filePath(QStringLiteral("acme.spfproj"));
        QVERIFY(project::ProjectFile::save(path, pointed).ok());
        QVERIFY(window.openFile(path, true));
    }

private slots:
    void initTestCase()
    {
        isolateSettings("tst_checklive_live");
        QVERIFY(QFontMetrics(QApplication::font()).inFont(QLatin1Char('A')));
        auto loaded = project::ProjectFile::load(sampleProject());
        QVERIFY(loaded.ok());
        m_project = loaded.value().project();
        for (const Zone &z : sampleZones(m_project))
            m_server.addZone(z);
        const auto started = m_server.start();
        QVERIFY2(started.ok, qPrintable(started.error));
    }

    void checksTheWholeProject()
    {
        MainWindow window;
        window.resize(1280, 900);
        openPointedAt(window, m_server.address(), m_server.port());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QAction *check = action(window, "actionCheckLive");
        QAction *cancel = action(window, "actionCancelCheck");
        QVERIFY(check && check->isEnabled());
        QVERIFY(check->shortcuts().contains(QKeySequence(Qt::Key_F5)));
        QVERIFY(cancel && !cancel->isEnabled());
        auto *progress = window.findChild<gui::CheckProgressWidget *>();
        QVERIFY(progress && progress->isHidden());

        QSignalSpy finished(window.liveCheck(), &gui::LiveCheck::finished);
        QSignalSpy batches(window.liveCheck(), &gui::LiveCheck::resultsArrived);
        check->trigger();
        QVERIFY(!check->isEnabled());
        QVERIFY(cancel->isEnabled());
        QVERIFY(progress->isVisible());
        QVERIFY(finished.wait(30000));
        const auto summary = finished.first().first().value<verify::Summary>();
        QVERIFY(!summary.cancelled);
        QCOMPARE(summary.done, summary.total);
        QVERIFY(batches.count() >= 1);
        QVERIFY(check->isEnabled());
        QVERIFY(!cancel->isEnabled());
        QVERIFY(progress->isHidden());
        QVERIFY(window.statusBar()->currentMessage().contains(QString::number(summary.total)));

        // Row statuses: the one published as generated is ok, the broken ones say what is wrong.
        gui::DomainTreeModel *tree = window.domainModel();
        QCOMPARE(tree->status(kCorrect).state, DomainStatus::State::Ok);
        const DomainStatus differs = tree->status(kDiffers);
        QCOMPARE(differs.state, DomainStatus::State::Error);
        QCOMPARE(differs.reason, QStringLiteral("record differs"));
        const DomainStatus missing = tree->status(kMissing);
        QCOMPARE(missing.state, DomainStatus::State::Error);
        QCOMPARE(missing.reason, QStringLiteral("no SPF record"));
        QVERIFY(tree->status(m_project.primary.domain.ace()).state != DomainStatus::State::Unchecked);
        QVERIFY(tree->status("mail.acme.example").state != DomainStatus::State::Unchecked);
        QCOMPARE(tree->status("acme-old.example").state, DomainStatus::State::Ok); // parked, served as generated
        const QModelIndex differsRow = tree->indexForDomain(kDiffers);
        QCOMPARE(differsRow.siblingAtColumn(gui::DomainTreeModel::StatusColumn).data().toString(),
                 QStringLiteral("record differs"));
        QVERIFY(!differsRow.data(Qt::DecorationRole).value<QIcon>().isNull());

        // Diagnostics: the verifier's findings are in the panel, each once.
        auto *diagnosticsView = window.findChild<QTableView *>(QStringLiteral("diagnosticsView"));
        QVERIFY(diagnosticsView);
        QVERIFY(diagnosticRow(diagnosticsView, kDiffers, "VFY101") >= 0);
        QVERIFY(diagnosticRow(diagnosticsView, kDiffers, "VFY201") >= 0);
        QCOMPARE(diagnosticRow(diagnosticsView, kCorrect, "VFY101"), -1);
        // The standard probe asks a dependent with a TXT policy nothing more: its leftover type-99 record goes unseen.
        QCOMPARE(diagnosticRow(diagnosticsView, kCorrect, "SPF307"), -1);
        // Errors first: the panel is sorted by severity, worst on top, as results arrive.
        QCOMPARE(diagnosticsView->model()->index(0, 0).data(gui::DiagnosticsModel::SeverityRole).toInt(),
                 int(lint::Severity::Error));
        bool missingFlagged = false;
        for (const lint::Diagnostic &d : window.diagnosticsModel()->diagnostics())
            missingFlagged = missingFlagged || (d.domain == kMissing && d.severity == lint::Severity::Error);
        QVERIFY(missingFlagged);

        // Double-clicking a finding selects its domain.
        window.selectDomain(kCorrect);
        const int row = diagnosticRow(diagnosticsView, kDiffers, "VFY101");
        const QModelIndex cell = diagnosticsView->model()->index(row, gui::DiagnosticsModel::MessageColumn);
        diagnosticsView->scrollTo(cell);
        const QPoint at = diagnosticsView->visualRect(cell).center();
        QTest::mouseClick(diagnosticsView->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(diagnosticsView->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(window.selectedDomain(), QByteArray(kDiffers));

        // The published record beside the generated one, with its TTL and the term-level diff.
        auto *published = window.findChild<gui::PublishedRecordView *>();
        QVERIFY(published);
        QCOMPARE(published->publishedText(), QStringLiteral("v=spf1 include:other.example -all"));
        QCOMPARE(window.generatedRecordText(), QStringLiteral("v=spf1 include:acme.example -all"));
        const QStringList changes = published->changeTexts();
        QVERIFY2(changes.contains(QStringLiteral("remove include:other.example")), qPrintable(changes.join(u'|')));
        QVERIFY2(changes.contains(QStringLiteral("add include:acme.example (term 1)")), qPrintable(changes.join(u'|')));
        auto *ttl = published->findChild<QLabel *>(QStringLiteral("ttlLabel"));
        QVERIFY(ttl && ttl->text().startsWith(QLatin1String("TTL 600")));
        window.selectDomain(kCorrect);
        QCOMPARE(published->publishedText(), window.generatedRecordText());
        QVERIFY(published->changeTexts().isEmpty());

        // The picture of a checked project, for the README and as a test artifact, with a taller diagnostics panel.
        window.selectDomain(kDiffers);
        window.resize(1280, 1000);
        if (auto *split = window.findChild<QSplitter *>(QStringLiteral("mainSplitter")))
            split->setSizes({700, 200});
        QTest::qWait(50);
        const QImage image = window.grab().toImage();
        QDir().mkpath(QStringLiteral(SPF_BINARY_DIR "/screenshots"));
        QVERIFY(image.save(QStringLiteral(SPF_BINARY_DIR "/screenshots/main-checked.png")));

        // An edit after the check marks what it concerns as stale, and nothing else.
        QVERIFY(window.addDomainList(QStringLiteral("acme-new.example")).added == 1);
        QCOMPARE(tree->status("acme-new.example").state, DomainStatus::State::Unchecked);
        QVERIFY(!tree->status(kCorrect).stale);
        const int shop = window.document()->model().indexOfDependent(kCorrect);
        project::Dependent edited = window.document()->project().dependents[shop];
        edited.all = project::AllQualifier::SoftFail;
        QVERIFY(window.document()->setDependent(shop, edited, QStringLiteral("soft")).ok());
        QVERIFY(tree->status(kCorrect).stale);
        QCOMPARE(tree->status(kCorrect).state, DomainStatus::State::Ok);
        QVERIFY(tree->indexForDomain(kCorrect)
                    .siblingAtColumn(gui::DomainTreeModel::StatusColumn)
                    .data()
                    .toString()
                    .contains(QLatin1String("edited since the check")));
        QVERIFY(!tree->status(kDiffers).stale);
        // A change to the mail servers concerns every name.
        project::MailServer server = window.document()->project().mailServers.first();
        server.addresses.append(*net::IpAddress::parse("192.0.2.26"));
        QVERIFY(window.document()->setMailServer(0, server).ok());
        QVERIFY(tree->status(kDiffers).stale);

        // Checking the selection checks only it, and clears its staleness.
        QSignalSpy again(window.liveCheck(), &gui::LiveCheck::finished);
        window.selectDomain(kCorrect);
        QVERIFY(window.checkLive(true));
        QVERIFY(again.wait(30000));
        QCOMPARE(again.first().first().value<verify::Summary>().total, 1);
        QVERIFY(!tree->status(kCorrect).stale);
        QVERIFY(tree->status(kDiffers).stale);
        window.document()->undoStack()->setClean();
    }

    void thoroughSettingFindsLeftovers()
    {
        gui::AppSettings().setThoroughCheck(true); // as the Settings dialog stores it
        MainWindow window;
        openPointedAt(window, m_server.address(), m_server.port());
        QSignalSpy finished(window.liveCheck(), &gui::LiveCheck::finished);
        QVERIFY(window.checkLive());
        QVERIFY(finished.wait(30000));
        gui::AppSettings().setThoroughCheck(false);
        auto *diagnosticsView = window.findChild<QTableView *>(QStringLiteral("diagnosticsView"));
        QVERIFY(diagnosticsView);
        QVERIFY(diagnosticRow(diagnosticsView, kCorrect, "SPF307") >= 0);
        QVERIFY(diagnosticRow(diagnosticsView, kCorrect, "SPF308") >= 0);
        QCOMPARE(window.domainModel()->status(kCorrect).state, DomainStatus::State::Warning);
        window.document()->undoStack()->setClean();
    }

    void cancelLeavesTheRestUnchecked()
    {
        // Every answer 400 ms late. A parked name is done after one round trip, a dependent (its include, the
        // primary's a and mx) needs several: Esc after the first results comes while most names still wait.
        testing::DelayingDnsProxy proxy(m_server.address(), m_server.port(), 400);
        const auto listening = proxy.listen();
        QVERIFY2(listening.ok, qPrintable(listening.error));
        MainWindow window;
        openPointedAt(window, proxy.address(), proxy.port());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        QSignalSpy finished(window.liveCheck(), &gui::LiveCheck::finished);
        QSignalSpy batches(window.liveCheck(), &gui::LiveCheck::resultsArrived);
        QTest::keyClick(&window, Qt::Key_F5);
        QVERIFY(window.liveCheck()->isRunning());
        QVERIFY(batches.wait(20000));
        QVERIFY(window.liveCheck()->isRunning());
        QTest::keyClick(&window, Qt::Key_Escape);
        QCOMPARE(finished.count(), 1);
        const auto summary = finished.first().first().value<verify::Summary>();
        QVERIFY(summary.cancelled);
        QVERIFY(summary.done < summary.total);
        QVERIFY(!window.liveCheck()->isRunning());
        QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("cancelled")));

        // Nothing more arrives: a row has a status exactly when its name was checked before the cancel.
        QTest::qWait(400);
        QCOMPARE(finished.count(), 1);
        const project::Project &p = window.document()->project();
        int unchecked = 0;
        for (const project::Dependent &d : p.dependents) {
            const bool checked = window.liveCheck()->result(d.domain.ace()) != nullptr;
            const bool shown = window.domainModel()->status(d.domain.ace()).state != DomainStatus::State::Unchecked;
            QCOMPARE(shown, checked);
            unchecked += checked ? 0 : 1;
        }
        QVERIFY(unchecked > 0);

        // The window is usable: edits work and another check starts (and can be cancelled again).
        QCOMPARE(window.addDomainList(QStringLiteral("after-cancel.example")).added, 1);
        QVERIFY(action(window, "actionCheckLive")->isEnabled());
        QVERIFY(window.checkLive());
        QVERIFY(window.liveCheck()->isRunning());
        window.cancelCheck();
        QCOMPARE(finished.count(), 2);
        QVERIFY(action(window, "actionCheckLive")->isEnabled());
        window.document()->undoStack()->setClean();
    }
};

QTEST_MAIN(TestCheckLive)
#include "tst_checklive_live.moc"
