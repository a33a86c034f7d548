// The openspf/pyspf conformance suites, one row per case named "<test>@<file>". One case runs alone with any of
//   tst_conformance rfc7208 mx-limit@rfc7208-tests
//   tst_conformance rfc7208:mx-limit@rfc7208-tests   (QtTest's own form)
//   tst_conformance mx-limit@rfc7208-tests
// rfc7208 must pass every case. rfc4408 is run for comparison: RFC 7208 changed some answers on purpose, so its
// failures are listed but do not fail the test.
#include "SuiteJson.h"
#include "SuiteZone.h"
#include "spf/CheckHost.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <cstdio>

using namespace spfm;

namespace {

struct Suite
{
    QString file; // e.g. "rfc7208-tests"
    QJsonArray scenarios;
    QHash<int, dns::MemoryZone> zones;
    int run = 0;
    int passed = 0;
    QStringList failures;
};

Suite &suite(const QString &file)
{
    return conformance::suiteNamed<Suite>(file);
}

void addRows(const QString &file)
{
    conformance::addRows(file, suite(file).scenarios);
}

struct Outcome
{
    bool ok = false;
    QString message;
};

Outcome runCase(Suite &s, int scenario, const QString &name)
{
    const QJsonObject doc = s.scenarios.at(scenario).toObject();
    if (!s.zones.contains(scenario))
        s.zones.insert(scenario, conformance::zoneFromSuite(doc.value(QStringLiteral("zonedata")).toObject()));
    dns::MemoryZone &zone = s.zones[scenario];
    const QJsonObject test = doc.value(QStringLiteral("tests")).toObject().value(name).toObject();

    spf::CheckHostRequest request;
    const auto ip = net::IpAddress::parse(test.value(QStringLiteral("host")).toString().toLatin1());
    if (!ip)
        return {false, QStringLiteral("cannot parse host %1").arg(test.value(QStringLiteral("host")).toString())};
    request.ip = *ip;
    request.sender = test.value(QStringLiteral("mailfrom")).toString().toUtf8();
    request.helo = test.value(QStringLiteral("helo")).toString().toUtf8();
    const spf::CheckHostResult result = spf::checkHost(request, zone);
    if (result.status != spf::CheckHostResult::Status::Complete)
        return {false, QStringLiteral("the in-memory zone left the evaluation pending")};

    const QStringList expected = conformance::stringList(test.value(QStringLiteral("result")));
    const QString got = QString::fromLatin1(spf::resultName(result.result));
    QString message;
    bool ok = expected.contains(got);
    if (!ok)
        message = QStringLiteral("result %1, expected %2").arg(got, expected.join(QLatin1String(" or ")));
    if (test.contains(QStringLiteral("explanation"))) {
        // "DEFAULT" stands for the implementation's default explanation; ours is none at all.
        QString want = test.value(QStringLiteral("explanation")).toString();
        if (want == QLatin1String("DEFAULT"))
            want.clear();
        if (result.explanation != want) {
            ok = false;
            message += QStringLiteral("%1explanation \"%2\", expected \"%3\"")
                           .arg(message.isEmpty() ? QString() : QStringLiteral("; "), result.explanation, want);
        }
    }
    if (!ok) {
        message += QStringLiteral("\n  problem: ") + result.problem;
        for (const spf::TraceEvent &e : result.trace)
            message += QStringLiteral("\n  %1%2 | %3")
                           .arg(QString(e.depth * 2, QLatin1Char(' ')), QString::fromUtf8(e.text), e.detail);
    }
    return {ok, message};
}

} // namespace

class TestConformance : public QObject
{
    Q_OBJECT

private slots:
    void rfc7208_data() { addRows(QStringLiteral("rfc7208-tests")); }
    void rfc7208()
    {
        const Outcome outcome = runRow();
        QVERIFY2(outcome.ok, qPrintable(outcome.message));
    }

    void rfc4408_data() { addRows(QStringLiteral("rfc4408-tests")); }
    void rfc4408()
    {
        const Outcome outcome = runRow();
        // RFC 4408 answers differ from RFC 7208 in places; only an evaluation that could not complete is an error.
        QVERIFY2(!outcome.message.startsWith(QLatin1String("the in-memory zone")) &&
                     !outcome.message.startsWith(QLatin1String("cannot parse")),
                 qPrintable(outcome.message));
    }

    void cleanupTestCase()
    {
        for (const QString &file : {QStringLiteral("rfc7208-tests"), QStringLiteral("rfc4408-tests")}) {
            const Suite &s = suite(file);
            if (s.run == 0)
                continue;
            for (const QString &f : s.failures)
                std::printf("%s failed: %s\n", qPrintable(file), qPrintable(f));
            std::printf("%s: %d/%d passed\n", qPrintable(file.section(QLatin1Char('-'), 0, 0)), s.passed, s.run);
        }
        std::fflush(stdout);
    }

private:
    // Runs the current row's case and counts it in its suite.
    static Outcome runRow()
    {
        QFETCH(QString, file);
        QFETCH(int, scenario);
        QFETCH(QString, name);
        Suite &s = suite(file);
        Outcome outcome = runCase(s, scenario, name);
        ++s.run;
        if (outcome.ok)
            ++s.passed;
        else
            s.failures.append(name + QStringLiteral(": ") + outcome.message.section(QLatin1Char('\n'), 0, 0));
        return outcome;
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // QtTest wants "function:row"; accept "function row" and a bare row too, whose file names its function.
    QStringList args;
    const QStringList given = app.arguments();
    for (const QString &arg : given) {
        const bool isRow = !args.isEmpty() && !arg.startsWith(QLatin1Char('-')) && arg.contains(QLatin1Char('@'));
        if (isRow && (args.last() == QLatin1String("rfc7208") || args.last() == QLatin1String("rfc4408")))
            args.last() += QLatin1Char(':') + arg;
        else if (isRow && !arg.contains(QLatin1Char(':')))
            args.append(arg.section(QLatin1Char('@'), 1).section(QLatin1Char('-'), 0, 0) + QLatin1Char(':') + arg);
        else
            args.append(arg);
    }
    TestConformance test;
    return QTest::qExec(&test, args);
}
#include "tst_conformance.moc"
