#include "lint/Codes.h"

#include <QSet>
#include <QTest>

using namespace spfm::lint;

class TestCodes : public QObject
{
    Q_OBJECT

private slots:
    void codesAreSortedAndUnique()
    {
        const QList<CodeInfo> &codes = allCodes();
        QVERIFY(codes.size() > 60);
        for (qsizetype i = 1; i < codes.size(); ++i)
            QVERIFY2(codes[i - 1].code < codes[i].code, codeName(codes[i].code).constData());
    }

    void lookupFindsEveryCode()
    {
        for (const CodeInfo &info : allCodes()) {
            QCOMPARE(codeInfo(info.code).title, info.title);
            QVERIFY(qstrlen(info.title) > 0);
        }
    }

    void nameIsSpfAndNumber()
    {
        QCOMPARE(codeName(Code::PassAll), QByteArray("SPF501"));
        QCOMPARE(codeName(Code::BadVersion), QByteArray("SPF100"));
        QCOMPARE(codeInfo(Code::PassAll).severity, Severity::Error);
        QCOMPARE(codeInfo(Code::UnknownModifier).severity, Severity::Info);
    }
};

QTEST_GUILESS_MAIN(TestCodes)
#include "tst_codes.moc"
