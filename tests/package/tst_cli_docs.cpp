// The CLI's own --help is the truth: every command and option it lists must complete in bash and be described in
// the manual page. Runs on the build tree (no package needed), so a build without the GUI checks it too.
#include "PackageTesting.h"
#include "TestConfig.h"

#include <QFile>
#include <QTest>

using namespace spfm::testing;

class TestCliDocs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyCommandCompletes();
    void globalOptionsComplete();
    void everyCommandIsInTheManual();
    void everyOptionCompletesAndIsInTheManual_data();
    void everyOptionCompletesAndIsInTheManual();

private:
    static Run cli(const QStringList &arguments) { return run(QStringLiteral(SPF_CLI_PATH), arguments); }
    static QStringList complete(const QStringList &words)
    {
        return spfm::testing::complete(QStringLiteral(SPF_COMPLETION_SCRIPT),
                                       QStringList{QStringLiteral("spfmanager-cli")} + words);
    }

    QString m_help;
    QStringList m_commands;
    QString m_manual;
};

namespace {

const QString kFix = QStringLiteral("\n-> add it to installer/linux/spfmanager-cli.bash (one line) and to "
                                    "installer/linux/spfmanager-cli.1.in; installer/README.md says how");

} // namespace

void TestCliDocs::initTestCase()
{
    const Run help = cli({QStringLiteral("--help")});
    QVERIFY2(help.ok(), qPrintable(help.describe()));
    m_help = help.out;
    m_commands = helpSection(m_help, QStringLiteral("Commands:"));
    QVERIFY2(!m_commands.isEmpty(), qPrintable(QStringLiteral("no Commands: section in\n") + m_help));

    QFile manual(QStringLiteral(SPF_CLI_MANUAL));
    QVERIFY2(manual.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(manual.errorString()));
    m_manual = QString::fromUtf8(manual.readAll());
}

void TestCliDocs::everyCommandCompletes()
{
    QStringList expected = m_commands;
    expected << QStringLiteral("help");
    expected.sort();
    const QStringList completed = complete({QString()});
    QVERIFY2(completed == expected,
             qPrintable(QStringLiteral("bash completes [%1]; --help lists [%2] and help")
                            .arg(completed.join(QLatin1Char(' ')), m_commands.join(QLatin1Char(' '))) +
                        kFix));
    QCOMPARE(complete({QStringLiteral("help"), QString()}), m_commands);
}

void TestCliDocs::globalOptionsComplete()
{
    QCOMPARE(complete({QStringLiteral("-")}), helpSection(m_help, QStringLiteral("Options:")));
}

void TestCliDocs::everyCommandIsInTheManual()
{
    for (const QString &command : std::as_const(m_commands)) {
        QVERIFY2(m_manual.contains(QStringLiteral(".SS \"") + roff(command) + QLatin1Char(' ')),
                 qPrintable(QStringLiteral("the manual has no section for the command ") + command + kFix));
    }
}

void TestCliDocs::everyOptionCompletesAndIsInTheManual_data()
{
    QTest::addColumn<QString>("command");
    for (const QString &command : std::as_const(m_commands))
        QTest::newRow(qPrintable(command)) << command;
}

void TestCliDocs::everyOptionCompletesAndIsInTheManual()
{
    QFETCH(QString, command);
    const Run help = cli({command, QStringLiteral("--help")});
    QVERIFY2(help.ok(), qPrintable(help.describe()));
    const QStringList options = helpSection(help.out, QStringLiteral("Options:"));
    QVERIFY2(options.contains(QLatin1String("--help")), qPrintable(help.out));

    const QStringList completed = complete({command, QStringLiteral("-")});
    QVERIFY2(completed == options,
             qPrintable(QStringLiteral("%1: bash completes [%2]; --help lists [%3]")
                            .arg(command, completed.join(QLatin1Char(' ')), options.join(QLatin1Char(' '))) +
                        kFix));
    for (const QString &option : options) {
        QVERIFY2(m_manual.contains(roff(option)),
                 qPrintable(QStringLiteral("the manual does not mention %1 %2").arg(command, option) + kFix));
    }
}

QTEST_GUILESS_MAIN(TestCliDocs)
#include "tst_cli_docs.moc"
