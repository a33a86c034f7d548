#include "DomainFilterModel.h"
#include "DomainTreeModel.h"
#include "GuiTestSupport.h"
#include "ProjectDocument.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace spfm;
using gui::DomainTreeModel;
using gui::ProjectDocument;

class TestDomainTreeModel : public QObject
{
    Q_OBJECT

private:
    static project::Dependent dependent(const char *name, bool parked = false)
    {
        project::Dependent d;
        d.domain = project::DomainName::parse(QString::fromLatin1(name)).value();
        d.parked = parked;
        return d;
    }

    static void setUp(ProjectDocument &doc)
    {
        project::ProjectModel model;
        project::Primary p;
        p.domain = project::DomainName::parse(QStringLiteral("primary.example")).value();
        p.terms = {QStringLiteral("mx")};
        QVERIFY(model.setPrimary(p).ok());
        project::MailServer server;
        server.hostname = project::DomainName::parse(QStringLiteral("mail.primary.example")).value();
        server.addresses = {*net::IpAddress::parse("192.0.2.25")};
        QVERIFY(model.insertMailServer(-1, server).ok());
        doc.reset(std::move(model), QString());
    }

    static QStringList names(const QAbstractItemModel &m, const QModelIndex &parent)
    {
        QStringList out;
        for (int r = 0; r < m.rowCount(parent); ++r)
            out << m.index(r, 0, parent).data().toString();
        return out;
    }

private slots:
    void initTestCase() { isolateSettings("tst_domaintreemodel"); }

    void groupsFollowTheProject()
    {
        ProjectDocument doc;
        setUp(doc);
        DomainTreeModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("primary.example"));
        QCOMPARE(names(model, model.index(0, 0)), QStringList{QStringLiteral("mail.primary.example")});

        QVERIFY(doc.insertDependent(-1, dependent("b.example")).ok());
        QVERIFY(doc.insertDependent(-1, dependent("parked.example", true)).ok());
        QVERIFY(doc.insertDependent(0, dependent("a.example")).ok());
        QVERIFY(doc.insertDependent(2, dependent("c.example")).ok()); // between b and parked
        QCOMPARE(names(model, model.index(1, 0)),
                 (QStringList{QStringLiteral("a.example"), QStringLiteral("b.example"), QStringLiteral("c.example")}));
        QCOMPARE(names(model, model.index(2, 0)), QStringList{QStringLiteral("parked.example")});
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Dependents (3)"));
        QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("Parked (1)"));

        // Park b: it moves to the other group, and the project indices stay right for the rest.
        project::Dependent b = doc.project().dependents[1];
        b.parked = true;
        QVERIFY(doc.setDependent(1, b, QStringLiteral("park")).ok());
        QCOMPARE(names(model, model.index(1, 0)),
                 (QStringList{QStringLiteral("a.example"), QStringLiteral("c.example")}));
        QCOMPARE(names(model, model.index(2, 0)),
                 (QStringList{QStringLiteral("b.example"), QStringLiteral("parked.example")}));
        QCOMPARE(model.dependentIndex(2).data().toString(), QStringLiteral("c.example"));
        QCOMPARE(model.dependentIndex(2).data(DomainTreeModel::ProjectIndexRole).toInt(), 2);

        QVERIFY(doc.removeDependent(0).ok());
        QCOMPARE(names(model, model.index(1, 0)), QStringList{QStringLiteral("c.example")});
        QCOMPARE(model.indexForDomain("parked.example").data(DomainTreeModel::ProjectIndexRole).toInt(), 2);

        // Undo everything: the tree is as the project was.
        while (doc.undoStack()->canUndo())
            doc.undoStack()->undo();
        QCOMPARE(model.rowCount(model.index(1, 0)), 0);
        QCOMPARE(model.rowCount(model.index(2, 0)), 0);
        while (doc.undoStack()->canRedo())
            doc.undoStack()->redo();
        QCOMPARE(names(model, model.index(1, 0)), QStringList{QStringLiteral("c.example")});

        QVERIFY(doc.removeMailServer(0).ok());
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
        doc.undoStack()->undo();
        QCOMPARE(model.rowCount(model.index(0, 0)), 1);
    }

    void filterFindsUnicodeNames()
    {
        ProjectDocument doc;
        setUp(doc);
        QVERIFY(doc.insertDependent(-1, dependent("xn--bcher-kva.example")).ok());
        QVERIFY(doc.insertDependent(-1, dependent("books.example")).ok());
        DomainTreeModel model(&doc);
        gui::DomainFilterModel proxy(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setNeedle(QStringLiteral("BÜCH"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(names(proxy, proxy.index(0, 0)), QStringList{QStringLiteral("bücher.example")});
        proxy.setNeedle(QStringLiteral("mail.primary"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(names(proxy, proxy.index(0, 0)), QStringList{QStringLiteral("mail.primary.example")});
        proxy.setNeedle(QString());
        QCOMPARE(proxy.rowCount(), 3);
    }

    void statusShowsInBothColumns()
    {
        ProjectDocument doc;
        setUp(doc);
        QVERIFY(doc.insertDependent(-1, dependent("shop.example")).ok());
        DomainTreeModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex shop = model.indexForDomain("shop.example");
        QCOMPARE(shop.siblingAtColumn(1).data().toString(), QStringLiteral("unchecked"));
        model.setStatus("shop.example", {gui::DomainStatus::State::Error, QStringLiteral("no SPF record")});
        QCOMPARE(shop.siblingAtColumn(1).data().toString(), QStringLiteral("no SPF record"));
        QVERIFY(shop.data(Qt::ToolTipRole).toString().contains(QLatin1String("no SPF record")));
        QVERIFY(!shop.data(Qt::DecorationRole).value<QIcon>().isNull());
    }

    void filterAtTenThousand()
    {
        ProjectDocument doc;
        setUp(doc);
        project::ProjectModel big;
        QVERIFY(big.setPrimary(doc.project().primary).ok());
        for (int i = 0; i < 10000; ++i) {
            project::Dependent d = dependent(QStringLiteral("d%1.example").arg(i).toLatin1().constData(), i % 10 == 0);
            QVERIFY(big.insertDependent(-1, d).ok());
        }
        doc.reset(std::move(big), QString());
        DomainTreeModel model(&doc);
        gui::DomainFilterModel proxy(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(proxy.rowCount(proxy.index(1, 0)), 9000);
        proxy.setNeedle(QStringLiteral("D999"));
        // The primary matches nothing and goes; the groups keep d999 and d9991..d9999, and the parked d9990.
        QCOMPARE(proxy.rowCount(), 2);
        QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 10);
        QCOMPARE(names(proxy, proxy.index(1, 0)), QStringList{QStringLiteral("d9990.example")});
    }
};

QTEST_MAIN(TestDomainTreeModel)
#include "tst_domaintreemodel.moc"
