#include "GuiTestSupport.h"
#include "PolicyEditor.h"
#include "ProjectDocument.h"

#include <QComboBox>
#include <QTableWidget>
#include <QTest>

using namespace spfm;
using gui::PolicyEditor;

class TestPolicyEditor : public QObject
{
    Q_OBJECT

private:
    static void setUp(gui::ProjectDocument &doc)
    {
        project::ProjectModel model;
        project::Primary p;
        p.domain = project::DomainName::parse(QStringLiteral("acme.example")).value();
        p.terms = {QStringLiteral("a"), QStringLiteral("mx"), QStringLiteral("~ip4:192.0.2.0/24")};
        QVERIFY(model.setPrimary(p).ok());
        project::Dependent d;
        d.domain = project::DomainName::parse(QStringLiteral("shop.example")).value();
        QVERIFY(model.insertDependent(-1, d).ok());
        doc.reset(std::move(model), QString());
    }

private slots:
    void initTestCase() { isolateSettings("tst_policyeditor"); }

    void editsThePrimaryAsOneUndoStepEach()
    {
        gui::ProjectDocument doc;
        setUp(doc);
        PolicyEditor editor;
        editor.setDocument(&doc);
        editor.setTarget(PolicyEditor::Target::Primary);
        QCOMPARE(editor.terms(), doc.project().primary.terms);

        QVERIFY(editor.addTerm(QStringLiteral("include:_spf.mailer.example")));
        QCOMPARE(doc.project().primary.terms.last(), QStringLiteral("include:_spf.mailer.example"));
        QVERIFY(editor.moveTerm(3, -3));
        QCOMPARE(doc.project().primary.terms.first(), QStringLiteral("include:_spf.mailer.example"));
        QVERIFY(editor.setTermQualifier(1, QLatin1Char('?')));
        QCOMPARE(doc.project().primary.terms[1], QStringLiteral("?a"));
        // A qualifier nobody touched stays as written: "mx" keeps no "+", "~ip4" keeps its "~".
        QCOMPARE(doc.project().primary.terms[2], QStringLiteral("mx"));
        QCOMPARE(doc.project().primary.terms[3], QStringLiteral("~ip4:192.0.2.0/24"));
        QVERIFY(editor.removeTerm(2));
        QCOMPARE(doc.project().primary.terms.size(), 3);
        QVERIFY(editor.setAllQualifier(project::AllQualifier::SoftFail));
        QCOMPARE(doc.project().primary.all, project::AllQualifier::SoftFail);
        QCOMPARE(doc.undoStack()->count(), 5);

        doc.undoStack()->undo();
        QCOMPARE(doc.project().primary.all, project::AllQualifier::Fail);
        auto *combo = editor.findChild<QComboBox *>(QStringLiteral("allCombo"));
        QVERIFY(combo);
        QCOMPARE(combo->currentData().toChar(), QLatin1Char('-'));
        while (doc.undoStack()->canUndo())
            doc.undoStack()->undo();
        QCOMPARE(editor.terms(),
                 (QStringList{QStringLiteral("a"), QStringLiteral("mx"), QStringLiteral("~ip4:192.0.2.0/24")}));
    }

    void refusedEditIsExplainedAndNothingChanges()
    {
        gui::ProjectDocument doc;
        setUp(doc);
        PolicyEditor editor;
        editor.setDocument(&doc);
        editor.setTarget(PolicyEditor::Target::Primary);
        QVERIFY(!editor.addTerm(QStringLiteral("include:acme.example"))); // a loop
        QVERIFY(!editor.lastError().isEmpty());
        QVERIFY(!editor.addTerm(QStringLiteral("-all"))); // all has its own setting
        QCOMPARE(doc.project().primary.terms.size(), 3);
        QCOMPARE(editor.terms().size(), 3);
        QCOMPARE(doc.undoStack()->count(), 0);
    }

    void editingTheTermTextCommits()
    {
        gui::ProjectDocument doc;
        setUp(doc);
        PolicyEditor editor;
        editor.setDocument(&doc);
        editor.setTarget(PolicyEditor::Target::Primary);
        auto *table = editor.findChild<QTableWidget *>(QStringLiteral("termTable"));
        QVERIFY(table);
        table->item(1, 1)->setText(QStringLiteral("mx:mail.acme.example"));
        QCOMPARE(doc.project().primary.terms[1], QStringLiteral("mx:mail.acme.example"));
        QVERIFY(editor.selectTerm("~ip4:192.0.2.0/24"));
        QCOMPARE(table->currentRow(), 2);
    }

    void dependentTermsAllAndParked()
    {
        gui::ProjectDocument doc;
        setUp(doc);
        PolicyEditor editor;
        editor.setDocument(&doc);
        editor.setTarget(PolicyEditor::Target::Dependent, 0);
        QVERIFY(editor.addTerm(QStringLiteral("include:servers.newsletter.example")));
        QCOMPARE(doc.project().dependents[0].terms, QStringList{QStringLiteral("include:servers.newsletter.example")});
        QVERIFY(editor.setAllQualifier(project::AllQualifier::SoftFail));
        QCOMPARE(doc.project().dependents[0].all, project::AllQualifier::SoftFail);
        QVERIFY(editor.setParked(true));
        QVERIFY(doc.project().dependents[0].parked);
        doc.undoStack()->undo();
        QVERIFY(!doc.project().dependents[0].parked);
    }
};

QTEST_MAIN(TestPolicyEditor)
#include "tst_policyeditor.moc"
