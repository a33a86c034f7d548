#include "project/DomainList.h"

#include <QTest>

using namespace spfm::project;

class TestDomainList : public QObject
{
    Q_OBJECT

private slots:
    void parsesAndRefuses()
    {
        const DomainList list =
            parseDomainList(QStringLiteral("  acme.example \n\n# a comment\nbad..example\r\n"
                                           "Shop.Example.\nlocalhost\nshop.example\nbücher.example"));
        QCOMPARE(list.names.size(), 3);
        QCOMPARE(list.names[0].ace(), QByteArray("acme.example"));
        QCOMPARE(list.names[1].ace(), QByteArray("shop.example"));
        QCOMPARE(list.names[2].ace(), QByteArray("xn--bcher-kva.example"));
        QCOMPARE(list.refused.size(), 3);
        QCOMPARE(list.refused[0].line, 4);
        QCOMPARE(list.refused[0].text, QStringLiteral("bad..example"));
        QCOMPARE(list.refused[0].error.code, ErrorCode::DomainLabelEmpty);
        QCOMPARE(list.refused[1].error.code, ErrorCode::DomainSingleLabel);
        QCOMPARE(list.refused[2].line, 7);
        QCOMPARE(list.refused[2].error.code, ErrorCode::DuplicateDomain);
        QVERIFY(!list.refused[2].error.message.isEmpty());
    }

    void emptyText()
    {
        const DomainList list = parseDomainList(QString());
        QVERIFY(list.names.isEmpty());
        QVERIFY(list.refused.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDomainList)
#include "tst_domainlist.moc"
