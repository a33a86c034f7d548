#include "TestConfig.h"
#include "lint/Codes.h"

#include <QFile>
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

    // docs/diagnostics.md documents every code with the severity the code really has.
    void everyCodeIsDocumented()
    {
        QFile doc(QStringLiteral(SPF_SOURCE_DIR "/docs/diagnostics.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QByteArray text = doc.readAll();
        for (const CodeInfo &info : allCodes()) {
            const QByteArray row = "| " + codeName(info.code) + " | " + severityName(info.severity) + " |";
            QVERIFY2(text.contains(row), row.constData());
        }
    }

    // The RFC column of docs/diagnostics.md names the section the code cites ("—" only when no RFC is behind it).
    void docsCiteTheCodesRfc()
    {
        QFile doc(QStringLiteral(SPF_SOURCE_DIR "/docs/diagnostics.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = doc.readAll().split('\n');
        for (const CodeInfo &info : allCodes()) {
            const QByteArray start = "| " + codeName(info.code) + " |";
            QByteArray column;
            for (const QByteArray &line : lines) {
                if (line.startsWith(start))
                    column = line.split('|').value(3).trimmed();
            }
            QVERIFY2(!column.isEmpty(), start.constData());
            QByteArray section = info.rfcSection;
            if (section.startsWith("7208 "))
                section = section.mid(5);
            if (section.isEmpty())
                QVERIFY2(column == "—", start.constData());
            else
                QVERIFY2(column.contains(section), QByteArray(start + " " + column + " lacks " + section).constData());
        }
        QCOMPARE(QByteArray(codeInfo(Code::PrivateNetblock).rfcSection), QByteArray("6890 §2.2"));
        QCOMPARE(QByteArray(codeInfo(Code::DocumentationNetblock).rfcSection), QByteArray("5737, 3849, 9637"));
        // Only the walk's own size guard has no RFC rule behind it.
        for (const CodeInfo &info : allCodes())
            QVERIFY2(qstrlen(info.rfcSection) > 0 || info.code == Code::TreeTooLarge, codeName(info.code).constData());
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
