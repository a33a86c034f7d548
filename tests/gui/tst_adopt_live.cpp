#include "AdoptFromDnsDialog.h"
#include "DnsServerFixture.h"
#include "DomainTreeModel.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "ProjectDocument.h"

#include <QComboBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace spfm;
using testing::DnsServerFixture;
using testing::Zone;
using testing::ZoneRecord;
using Status = verify::AdoptionFinding::Status;
using Dialog = gui::AdoptFromDnsDialog;

// "Adopt from DNS" against a real NSD: what four domains publish, read through the project's resolver settings, then
// two of them adopted in one undo step.
class TestAdoptLive : public QObject
{
    Q_OBJECT

private:
    DnsServerFixture m_server;
    project::ResolverSettings m_settings;

    project::ResolverSettings settingsFor(const QHostAddress &address, quint16 port, int timeoutMs) const
    {
        project::ResolverSettings s;
        s.mode = project::ResolverMode::Servers;
        project::ResolverServer server;
        server.address = *net::IpAddress::parse(address.toString().toLatin1());
        server.port = port;
        s.servers = {server};
        s.timeoutMs = timeoutMs;
        return s;
    }

    // A window on a new project for acme.example that asks the test's server.
    void prepare(gui::MainWindow &window)
    {
        window.newProject(QStringLiteral("acme.example"));
        QVERIFY(window.document()->setResolver(m_settings).ok());
        window.document()->undoStack()->clear();
    }

    static QString cell(const Dialog &dialog, int row, int column)
    {
        return dialog.findChild<QTreeWidget *>(QStringLiteral("resultTree"))->topLevelItem(row)->text(column);
    }

private slots:
    void initTestCase()
    {
        isolateSettings("tst_adopt_live");
        Zone example;
        example.origin = "example";
        example.records = {
            ZoneRecord::txt("acme.example.", "v=spf1 ip4:192.0.2.25 -all"),
            ZoneRecord::txt("joined.example.", "v=spf1 include:acme.example ip4:203.0.113.5 ~all"),
            ZoneRecord::txt("own.example.", "v=spf1 mx include:_spf.mailer.example -all"),
            {"own.example.", "MX", "10 mail.own.example."},
            ZoneRecord::txt("nospf.example.", "site-verification=<b>not html</b>"),
            ZoneRecord::txt("quiet.example.", "v=spf1 -all"),
        };
        m_server.addZone(example);
        const auto started = m_server.start();
        QVERIFY2(started.ok, qPrintable(started.error));
        m_settings = settingsFor(m_server.address(), m_server.port(), 2000);
    }

    void readsAndAdopts()
    {
        gui::MainWindow window;
        prepare(window);
        gui::ProjectDocument &document = *window.document();

        Dialog dialog(document.project(), &window);
        dialog.setText(QStringLiteral("joined.example\nown.example\nnospf.example\ngone.example\nquiet.example\n"
                                      "not a domain\nacme.example\n"));
        QSignalSpy finished(&dialog, &Dialog::lookUpFinished);
        QVERIFY(dialog.lookUp());
        QVERIFY(dialog.isRunning());
        auto *cancelButton = dialog.findChild<QPushButton *>(QStringLiteral("cancelLookUpButton"));
        QVERIFY(cancelButton->isEnabled());
        QVERIFY(finished.wait(15000));
        QVERIFY(!dialog.isRunning());
        QVERIFY(!cancelButton->isEnabled());
        QCOMPARE(dialog.findChild<QProgressBar *>(QStringLiteral("progressBar"))->value(), 6);

        QCOMPARE(dialog.rowCount(), 6);
        QCOMPARE(dialog.refusedLines().size(), 1);
        QCOMPARE(dialog.refusedLines().first().text, QStringLiteral("not a domain"));
        QVERIFY(dialog.statusText().contains(QStringLiteral("not a domain")));

        const QList<Status> expected{Status::IncludesPrimary, Status::OwnPolicy, Status::NoRecord,
                                     Status::NxDomain,        Status::OwnPolicy, Status::OwnPolicy};
        for (int row = 0; row < expected.size(); ++row) {
            QVERIFY2(dialog.finding(row), dialog.rowDomain(row).constData());
            QCOMPARE(dialog.finding(row)->status, expected[row]);
        }
        QCOMPARE(dialog.finding(0)->otherTerms, QStringList{QStringLiteral("ip4:203.0.113.5")});
        QCOMPARE(dialog.finding(1)->otherTerms,
                 (QStringList{QStringLiteral("mx"), QStringLiteral("include:_spf.mailer.example")}));
        QVERIFY(dialog.finding(4)->sendsNoMail);
        QVERIFY(dialog.finding(5)->inProject); // the primary itself

        // What the admin reads, as plain text (the TXT of nospf.example is not SPF and is not shown at all).
        QCOMPARE(cell(dialog, 0, Dialog::PublishedColumn),
                 QStringLiteral("v=spf1 include:acme.example ip4:203.0.113.5 ~all"));
        QCOMPARE(cell(dialog, 0, Dialog::PrimaryColumn), QStringLiteral("includes acme.example"));
        QCOMPARE(cell(dialog, 0, Dialog::OthersColumn), QStringLiteral("ip4:203.0.113.5"));
        QCOMPARE(cell(dialog, 1, Dialog::PrimaryColumn), QStringLiteral("not included"));
        QCOMPARE(cell(dialog, 2, Dialog::PublishedColumn), QStringLiteral("no SPF record"));
        QVERIFY(cell(dialog, 3, Dialog::PublishedColumn).contains(QStringLiteral("NXDOMAIN")));
        QVERIFY(cell(dialog, 5, Dialog::DomainColumn).contains(QStringLiteral("already in the project")));

        // Defaults: what includes the primary is ticked; a record refusing all mail suggests parked; the primary
        // itself cannot be ticked.
        QVERIFY(dialog.isChosen(0));
        QVERIFY(!dialog.isChosen(1));
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("adoptButton"))->isEnabled());
        QVERIFY(dialog.isParkedChoice(4));
        QVERIFY(!dialog.isChosen(4));
        dialog.choose(5, true, false);
        QVERIFY(!dialog.isChosen(5));

        // Adopt joined.example as a dependent and own.example, keeping its other senders.
        dialog.choose(1, true, false);
        QCOMPARE(dialog.chosenDependents().size(), 2);
        const int before = document.undoStack()->count();
        const gui::AddListReport report = dialog.adoptInto(document);
        QCOMPARE(report.added, 2);
        QVERIFY(report.refused.isEmpty());
        QCOMPARE(document.undoStack()->count(), before + 1); // one undoable command

        const auto checkAdopted = [&] {
            const project::Project &p = document.project();
            QCOMPARE(p.dependents.size(), 2);
            QCOMPARE(p.dependents[0].domain.ace(), QByteArray("joined.example"));
            QCOMPARE(p.dependents[0].terms, QStringList{QStringLiteral("ip4:203.0.113.5")});
            QCOMPARE(p.dependents[0].all, project::AllQualifier::SoftFail);
            QVERIFY(!p.dependents[0].parked);
            QCOMPARE(p.dependents[1].domain.ace(), QByteArray("own.example"));
            QCOMPARE(p.dependents[1].terms,
                     (QStringList{QStringLiteral("mx"), QStringLiteral("include:_spf.mailer.example")}));
            QCOMPARE(p.dependents[1].all, project::AllQualifier::Fail);
            QVERIFY(window.domainModel()->indexForDomain("own.example").isValid());
        };
        checkAdopted();
        QVERIFY(document.undoStack()->undoText().startsWith(QStringLiteral("Adopt 2 domain")));

        document.undoStack()->undo();
        QVERIFY(document.project().dependents.isEmpty());
        QVERIFY(!window.domainModel()->indexForDomain("own.example").isValid());
        document.undoStack()->redo();
        checkAdopted();
    }

    void adoptsAsParked()
    {
        gui::MainWindow window;
        prepare(window);
        Dialog dialog(window.document()->project(), &window);
        dialog.setText(QStringLiteral("quiet.example"));
        QSignalSpy finished(&dialog, &Dialog::lookUpFinished);
        QVERIFY(dialog.lookUp());
        QVERIFY(finished.wait(15000));
        dialog.choose(0, true, dialog.isParkedChoice(0));
        QCOMPARE(dialog.adoptInto(*window.document()).added, 1);
        QVERIFY(window.document()->project().dependents.first().parked);
    }

    void cancelStopsWaiting()
    {
        gui::MainWindow window;
        prepare(window);
        Dialog dialog(window.document()->project(), &window);
        dialog.setText(QStringLiteral("joined.example\nown.example"));
        QSignalSpy finished(&dialog, &Dialog::lookUpFinished);
        QVERIFY(dialog.lookUp());
        dialog.cancel(); // before the event loop ran a single job
        QCOMPARE(finished.size(), 1);
        QVERIFY(!dialog.isRunning());
        QVERIFY(!dialog.finding(0));
        QVERIFY(cell(dialog, 0, Dialog::PublishedColumn).contains(QStringLiteral("cancelled")));
        QVERIFY(dialog.chosenDependents().isEmpty());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("adoptButton"))->isEnabled());
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("lookUpButton"))->isEnabled());
        // Looking up again works after a cancel.
        QVERIFY(dialog.lookUp());
        QVERIFY(finished.wait(15000));
        QCOMPARE(dialog.finding(1)->status, Status::OwnPolicy);
    }

    void unreachableServer()
    {
        // Nothing listens on this port: every query fails, and the row says so rather than hanging.
        const quint16 port = DnsServerFixture::freePort(QHostAddress(QHostAddress::LocalHost));
        project::Project p;
        p.primary.domain = project::DomainName::parse(QStringLiteral("acme.example")).value();
        p.resolver = settingsFor(QHostAddress(QHostAddress::LocalHost), port, 300);
        Dialog dialog(p);
        dialog.setText(QStringLiteral("joined.example"));
        QSignalSpy finished(&dialog, &Dialog::lookUpFinished);
        QVERIFY(dialog.lookUp());
        QVERIFY(finished.wait(15000));
        QCOMPARE(dialog.finding(0)->status, Status::Unreachable);
        QVERIFY(cell(dialog, 0, Dialog::PublishedColumn).startsWith(QStringLiteral("no usable answer")));
        QVERIFY(!dialog.isChosen(0));
    }
};

QTEST_MAIN(TestAdoptLive)
#include "tst_adopt_live.moc"
