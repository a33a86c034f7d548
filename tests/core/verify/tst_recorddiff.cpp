#include "verify/RecordDiff.h"

#include <QTest>

using namespace spfm::verify;
using Kind = TermChange::Kind;

Q_DECLARE_METATYPE(QList<TermChange>)

class TestRecordDiff : public QObject
{
    Q_OBJECT

private slots:
    void diff_data();
    void diff();
    void describe();
};

static TermChange change(Kind kind, QByteArray published, QByteArray expected, int pi, int ei)
{
    return TermChange{kind, std::move(published), std::move(expected), pi, ei};
}

void TestRecordDiff::diff_data()
{
    QTest::addColumn<QByteArray>("published");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<QList<TermChange>>("changes");

    QTest::newRow("identical") << QByteArray("v=spf1 mx ip4:192.0.2.1 -all")
                               << QByteArray("v=spf1 mx ip4:192.0.2.1 -all") << QList<TermChange>{};
    QTest::newRow("spelling only") << QByteArray("V=SPF1  +MX  ip4:192.0.2.1/32 Include:Acme.Example -all")
                                   << QByteArray("v=spf1 mx ip4:192.0.2.1 include:acme.example -all")
                                   << QList<TermChange>{};
    QTest::newRow("one added") << QByteArray("v=spf1 mx -all") << QByteArray("v=spf1 mx ip4:192.0.2.10 -all")
                               << QList<TermChange>{change(Kind::Added, {}, "ip4:192.0.2.10", -1, 1)};
    QTest::newRow("one removed") << QByteArray("v=spf1 mx a:old.example -all") << QByteArray("v=spf1 mx -all")
                                 << QList<TermChange>{change(Kind::Removed, "a:old.example", {}, 1, -1)};
    QTest::newRow("qualifier") << QByteArray("v=spf1 include:acme.example ~all")
                               << QByteArray("v=spf1 include:acme.example -all")
                               << QList<TermChange>{change(Kind::QualifierChanged, "~all", "-all", 1, 1)};
    QTest::newRow("all misplaced") << QByteArray("v=spf1 -all include:acme.example")
                                   << QByteArray("v=spf1 include:acme.example -all")
                                   << QList<TermChange>{change(Kind::Moved, "-all", "-all", 0, 1)};
    QTest::newRow("wrong include") << QByteArray("v=spf1 include:other.example -all")
                                   << QByteArray("v=spf1 include:acme.example -all")
                                   << QList<TermChange>{change(Kind::Removed, "include:other.example", {}, 0, -1),
                                                        change(Kind::Added, {}, "include:acme.example", -1, 0)};
    QTest::newRow("redirect instead of include")
        << QByteArray("v=spf1 redirect=acme.example") << QByteArray("v=spf1 include:acme.example -all")
        << QList<TermChange>{change(Kind::Removed, "redirect=acme.example", {}, 0, -1),
                             change(Kind::Added, {}, "include:acme.example", -1, 0),
                             change(Kind::Added, {}, "-all", -1, 1)};
    QTest::newRow("prefix matters") << QByteArray("v=spf1 ip4:192.0.2.0/25 -all")
                                    << QByteArray("v=spf1 ip4:192.0.2.0/24 -all")
                                    << QList<TermChange>{change(Kind::Removed, "ip4:192.0.2.0/25", {}, 0, -1),
                                                         change(Kind::Added, {}, "ip4:192.0.2.0/24", -1, 0)};
    QTest::newRow("macro case kept") << QByteArray("v=spf1 exists:%{I}.x.example -all")
                                     << QByteArray("v=spf1 exists:%{i}.x.example -all")
                                     << QList<TermChange>{change(Kind::Removed, "exists:%{I}.x.example", {}, 0, -1),
                                                          change(Kind::Added, {}, "exists:%{i}.x.example", -1, 0)};
    QTest::newRow("nothing published") << QByteArray() << QByteArray("v=spf1 -all")
                                       << QList<TermChange>{change(Kind::Added, {}, "-all", -1, 0)};
    QTest::newRow("moved with other qualifier") << QByteArray("v=spf1 ?a mx -all") << QByteArray("v=spf1 mx a -all")
                                                << QList<TermChange>{change(Kind::Moved, "?a", "a", 0, 1)};
}

void TestRecordDiff::diff()
{
    QFETCH(QByteArray, published);
    QFETCH(QByteArray, expected);
    QFETCH(QList<TermChange>, changes);

    const RecordDiff d = diffRecords(published, expected);
    if (d.changes != changes)
        qWarning() << d.describe();
    QCOMPARE(d.changes.size(), changes.size());
    QCOMPARE(d.changes, changes);
    QCOMPARE(d.same(), changes.isEmpty());
    QCOMPARE(diffRecords(expected, published).same(), changes.isEmpty());
}

void TestRecordDiff::describe()
{
    const RecordDiff d = diffRecords("v=spf1 -all a ~mx old", "v=spf1 a -mx ip4:192.0.2.10 -all");
    QCOMPARE(d.describe(), (QStringList{QStringLiteral("change ~mx to -mx"), QStringLiteral("remove old"),
                                        QStringLiteral("add ip4:192.0.2.10 (as term 3)"),
                                        QStringLiteral("move -all from term 1 to term 4")}));
}

QTEST_GUILESS_MAIN(TestRecordDiff)
#include "tst_recorddiff.moc"
