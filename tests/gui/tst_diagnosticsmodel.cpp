#include "DiagnosticsModel.h"
#include "GuiTestSupport.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace spfm;

class TestDiagnosticsModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateSettings("tst_diagnosticsmodel"); }

    void columnsCarryEveryField()
    {
        gui::DiagnosticsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        lint::Diagnostic d;
        d.code = "SPF201";
        d.severity = lint::Severity::Error;
        d.domain = "acme.example";
        d.term = "ptr";
        d.offset = 7;
        d.rfcSection = "7208 §5.5";
        d.message = QStringLiteral("<b>message</b>");
        d.fix = QStringLiteral("Remove ptr.");
        lint::Diagnostic w = d;
        w.severity = lint::Severity::Warning;
        w.rfcSection.clear();
        model.setDiagnostics({d, w, w});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.count(lint::Severity::Warning), 2);
        QCOMPARE(model.index(0, gui::DiagnosticsModel::SeverityColumn).data().toString(), QStringLiteral("error"));
        QCOMPARE(model.index(0, gui::DiagnosticsModel::DomainColumn).data().toString(), QStringLiteral("acme.example"));
        QCOMPARE(model.index(0, gui::DiagnosticsModel::CodeColumn).data().toString(), QStringLiteral("SPF201"));
        QCOMPARE(model.index(0, gui::DiagnosticsModel::MessageColumn).data().toString(),
                 QStringLiteral("<b>message</b>"));
        QCOMPARE(model.index(0, gui::DiagnosticsModel::FixColumn).data().toString(), QStringLiteral("Remove ptr."));
        QCOMPARE(model.index(0, gui::DiagnosticsModel::RfcColumn).data().toString(), QStringLiteral("7208 §5.5"));
        QCOMPARE(model.index(1, gui::DiagnosticsModel::RfcColumn).data().toString(), QStringLiteral("—"));
        QCOMPARE(model.index(0, 0).data(gui::DiagnosticsModel::DiagnosticTermRole).toByteArray(), QByteArray("ptr"));
        model.setDiagnostics({});
        QCOMPARE(model.rowCount(), 0);
    }

    void appendsAndSortsBySeverityRank()
    {
        gui::DiagnosticsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        lint::Diagnostic note;
        note.severity = lint::Severity::Info;
        note.domain = "a.example";
        lint::Diagnostic warning = note;
        warning.severity = lint::Severity::Warning;
        lint::Diagnostic error = note;
        error.severity = lint::Severity::Error;
        model.setDiagnostics({warning});
        model.appendDiagnostics({note, error});
        QCOMPARE(model.rowCount(), 3);
        QSortFilterProxyModel sorted;
        sorted.setSourceModel(&model);
        sorted.setSortRole(gui::DiagnosticsModel::SortRole);
        sorted.sort(gui::DiagnosticsModel::SeverityColumn, Qt::DescendingOrder);
        // By rank, not by the words (which sort differently in every language).
        QCOMPARE(sorted.index(0, 0).data(gui::DiagnosticsModel::SeverityRole).toInt(), int(lint::Severity::Error));
        QCOMPARE(sorted.index(1, 0).data(gui::DiagnosticsModel::SeverityRole).toInt(), int(lint::Severity::Warning));
        QCOMPARE(sorted.index(2, 0).data(gui::DiagnosticsModel::SeverityRole).toInt(), int(lint::Severity::Info));
        QCOMPARE(sorted.index(0, gui::DiagnosticsModel::DomainColumn).data(gui::DiagnosticsModel::SortRole).toString(),
                 QStringLiteral("a.example"));
    }
};

QTEST_MAIN(TestDiagnosticsModel)
#include "tst_diagnosticsmodel.moc"
