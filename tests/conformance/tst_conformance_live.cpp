// The openspf/pyspf conformance suites over real DNS. Per scenario a real NSD serves the zonedata (one root zone), a
// routing proxy sends the questions that must time out (the suite's TIMEOUT entries) to a FaultDnsServer that never
// answers, and check_host() evaluates every case through the LiveResolver over the wire, as
// `spfmanager-cli check-host --server` does. The built CLI evaluates each scenario too: all its cases through
// `check-host --batch --json`, and some one by one through `check-host --json`.
//
// rfc7208 must pass every case, in process and through the CLI. rfc4408 is run for comparison (RFC 7208 changed some
// answers on purpose): each of its cases must give over the wire what the in-memory zone gives, or an answer the suite
// accepts (a zone cannot hold everything the suite's data says: see the substitutions printed).
// One row runs alone with e.g. `tst_conformance_live rfc7208:mx-limit@rfc7208-tests` (its whole scenario is served).
#include "FaultDnsServer.h"
#include "ResolverWait.h"
#include "RoutingDnsProxy.h"
#include "SuiteJson.h"
#include "SuiteZone.h"
#include "SuiteZoneFile.h"
#include "TestConfig.h"
#include "dns/LiveResolver.h"
#include "dns/PendingRunner.h"
#include "spf/CheckHost.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

using namespace spfm;

namespace {

// Short, so that the suite's TIMEOUT cases end quickly; loopback NSD answers in well under a millisecond, and a second
// try covers a reply held up by a busy machine.
constexpr int kTimeoutMs = 400;
constexpr int kTries = 2;
// However the evaluations go, a scenario gives up after this long (each query ends after kTimeoutMs x kTries).
constexpr int kScenarioDeadlineMs = 60000;

struct Evaluation
{
    bool complete = false;
    QString result;
    QString explanation;
    QString detail; // problem and trace, for failure messages
};

struct CaseRun
{
    Evaluation live;
    Evaluation memory;
    std::optional<Evaluation> batch;  // through `check-host --batch`
    std::optional<Evaluation> single; // through `check-host`
    QString notThroughCli;            // why the CLI could not take this case
};

struct ScenarioRun
{
    QString error; // the scenario could not be served or evaluated
    QHash<QString, CaseRun> cases;
};

struct Suite
{
    QString file; // e.g. "rfc7208-tests"
    QJsonArray scenarios;
    QHash<int, ScenarioRun> runs;
    int run = 0;
    int passed = 0;
    int cliRun = 0;
    int cliPassed = 0;
    int rerouted = 0; // queries the proxy sent to the silent server
    QStringList failures;
    QStringList cliFailures;
    QStringList notes;
    QStringList notThroughCli;
};

Suite &suite(const QString &file)
{
    return conformance::suiteNamed<Suite>(file);
}

QString shortName(const QString &file)
{
    return file.section(QLatin1Char('-'), 0, 0);
}

// Empty when evaluation is what the suite expects, else what differs.
QString mismatch(const QJsonObject &test, const Evaluation &e)
{
    if (!e.complete)
        return QStringLiteral("no result: %1").arg(e.detail);
    QStringList why;
    const QStringList expected = conformance::stringList(test.value(QStringLiteral("result")));
    if (!expected.contains(e.result))
        why.append(QStringLiteral("expected %1, got %2").arg(expected.join(QLatin1String(" or ")), e.result));
    if (test.contains(QStringLiteral("explanation"))) {
        // "DEFAULT" stands for the implementation's default explanation; ours is none at all.
        QString want = test.value(QStringLiteral("explanation")).toString();
        if (want == QLatin1String("DEFAULT"))
            want.clear();
        if (e.explanation != want)
            why.append(QStringLiteral("expected explanation \"%1\", got \"%2\"").arg(want, e.explanation));
    }
    return why.join(QLatin1String("; "));
}

// Empty when both evaluations agree, else how they differ.
QString difference(const QString &whatA, const Evaluation &a, const QString &whatB, const Evaluation &b)
{
    if (a.complete && b.complete && a.result == b.result && a.explanation == b.explanation)
        return {};
    const auto shown = [](const Evaluation &e) {
        return e.complete ? QStringLiteral("%1 \"%2\"").arg(e.result, e.explanation)
                          : QStringLiteral("no result (%1)").arg(e.detail);
    };
    return QStringLiteral("%1 gave %2, %3 gave %4").arg(whatA, shown(a), whatB, shown(b));
}

Evaluation fromResult(const spf::CheckHostResult &r)
{
    Evaluation e;
    e.complete = r.status == spf::CheckHostResult::Status::Complete;
    e.result = QString::fromLatin1(spf::resultName(r.result));
    e.explanation = r.explanation;
    e.detail = QStringLiteral("problem: ") + r.problem;
    for (const spf::TraceEvent &t : r.trace)
        e.detail += QStringLiteral("\n  %1%2 | %3")
                        .arg(QString(t.depth * 2, QLatin1Char(' ')), QString::fromUtf8(t.text), t.detail);
    return e;
}

Evaluation fromCliJson(const QJsonObject &o)
{
    Evaluation e;
    if (o.contains(QStringLiteral("error")) || !o.contains(QStringLiteral("result"))) {
        e.detail =
            QStringLiteral("the CLI said: ") + QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
        return e;
    }
    e.complete = true;
    e.result = o.value(QStringLiteral("result")).toString();
    e.explanation = o.value(QStringLiteral("explanation")).toString();
    e.detail = QStringLiteral("problem: ") + o.value(QStringLiteral("problem")).toString();
    return e;
}

spf::CheckHostRequest requestFor(const QJsonObject &test)
{
    spf::CheckHostRequest request;
    if (const auto ip = net::IpAddress::parse(test.value(QStringLiteral("host")).toString().toLatin1()))
        request.ip = *ip;
    request.sender = test.value(QStringLiteral("mailfrom")).toString().toUtf8();
    request.helo = test.value(QStringLiteral("helo")).toString().toUtf8();
    return request;
}

// Runs the event loop until done() holds or the time is up.
bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done() && !deadline.hasExpired()) {
        QEventLoop loop;
        QTimer::singleShot(10, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return done();
}

struct CliRun
{
    std::unique_ptr<QProcess> process;
    QStringList cases; // in output order
    bool batch = false;
};

std::unique_ptr<QProcess> startCli(const QStringList &arguments, const QByteArray &input = {})
{
    auto process = std::make_unique<QProcess>();
    process->start(QStringLiteral(SPF_CLI_PATH), arguments);
    if (!input.isEmpty())
        process->write(input);
    process->closeWriteChannel();
    return process;
}

class ScenarioRunner
{
public:
    ScenarioRunner(Suite &suite, int index, testing::FaultDnsServer &silent)
        : m_suite(suite)
        , m_index(index)
        , m_silent(silent)
    {}

    ScenarioRun run()
    {
        ScenarioRun out;
        const QJsonObject doc = m_suite.scenarios.at(m_index).toObject();
        const QJsonObject zonedata = doc.value(QStringLiteral("zonedata")).toObject();
        const QJsonObject tests = doc.value(QStringLiteral("tests")).toObject();
        const QString scenarioName = doc.value(QStringLiteral("description")).toString();

        const conformance::ServedScenario served = conformance::servedScenario(zonedata);
        for (const QString &s : served.substitutions)
            m_suite.notes.append(QStringLiteral("scenario \"%1\": %2").arg(scenarioName, s));
        if (!served.errors.isEmpty()) {
            out.error = QStringLiteral("cannot serve scenario \"%1\": %2")
                            .arg(scenarioName, served.errors.join(QLatin1String("; ")));
            return out;
        }

        testing::DnsServerFixture nsd(testing::DnsServerFixture::Kind::Nsd);
        testing::Zone root;
        root.origin = ".";
        root.records = served.records;
        nsd.addZone(root);
        if (const testing::StartResult started = nsd.start(); !started) {
            out.error = QStringLiteral("NSD does not serve scenario \"%1\": %2").arg(scenarioName, started.error);
            return out;
        }
        testing::RoutingDnsProxy proxy({nsd.address(), nsd.port()});
        const testing::RoutingDnsProxy::Upstream silent{m_silent.address(), m_silent.port()};
        for (const conformance::ServedScenario::Timeout &t : served.timeouts) {
            if (t.allTypes)
                proxy.routeName(t.name, silent, t.answeredTypes);
            for (const std::uint16_t type : t.timedOutTypes)
                proxy.routeType(t.name, type, silent);
        }
        if (const testing::StartResult listening = proxy.listen(); !listening) {
            out.error = listening.error;
            return out;
        }

        const QStringList names = tests.keys();
        std::vector<CliRun> cli = startCliRuns(tests, names, proxy.serverSpec(), out);

        // In process: one resolver for the scenario, every case evaluated concurrently, as check-host --batch does.
        dns::ResolverOptions options;
        options.servers = {dns::ServerAddress{proxy.address(), proxy.port()}};
        options.timeoutMs = kTimeoutMs;
        options.tries = kTries;
        dns::LiveResolver resolver(options);
        dns::PendingRunner runner(resolver);
        std::vector<spf::CheckHostRequest> requests;
        std::vector<spf::CheckHostResult> results(names.size());
        for (const QString &name : names)
            requests.push_back(requestFor(tests.value(name).toObject()));
        for (qsizetype i = 0; i < names.size(); ++i) {
            results[i].status = spf::CheckHostResult::Status::Pending;
            runner.add([&, i] {
                results[i] = spf::checkHost(requests[i], resolver);
                return results[i].status == spf::CheckHostResult::Status::Complete;
            });
        }
        const bool finished = waitUntil([&] { return runner.pendingJobs() == 0; }, kScenarioDeadlineMs);
        const bool cliDone = waitUntil(
            [&] {
                return std::all_of(cli.cbegin(), cli.cend(),
                                   [](const CliRun &r) { return r.process->state() == QProcess::NotRunning; });
            },
            kScenarioDeadlineMs);
        for (CliRun &r : cli) {
            if (r.process->state() != QProcess::NotRunning) {
                r.process->kill();
                r.process->waitForFinished(3000);
            }
        }

        dns::MemoryZone memory = conformance::zoneFromSuite(zonedata);
        for (qsizetype i = 0; i < names.size(); ++i) {
            CaseRun &c = out.cases[names[i]];
            c.live = fromResult(results[i]);
            if (!finished && !c.live.complete)
                c.live.detail =
                    QStringLiteral("still pending after %1 s; ").arg(kScenarioDeadlineMs / 1000) + c.live.detail;
            c.memory = fromResult(spf::checkHost(requests[i], memory));
        }
        readCli(cli, cliDone, out);
        if (const QString differs = textArrivesIntact(memory, resolver); !differs.isEmpty())
            out.error = QStringLiteral("scenario \"%1\" is not served as written: %2").arg(scenarioName, differs);
        m_suite.rerouted += proxy.rerouted();
        return out;
    }

private:
    // Records as zone-file strings ("a" "b" | "c"), every byte outside printable ASCII as \DDD.
    static QString shownRecords(const QList<QList<QByteArray>> &records)
    {
        QStringList out;
        for (const QList<QByteArray> &strings : records) {
            QByteArray text;
            for (const QByteArray &s : strings)
                text += (text.isEmpty() ? "" : " ") + testing::ZoneRecord::quotedString(s);
            out.append(QString::fromLatin1(text));
        }
        return out.isEmpty() ? QStringLiteral("nothing") : out.join(QLatin1String(" | "));
    }

    // Every TXT and SPF record of the scenario arrives over the wire byte for byte, string by string (the questions
    // that time out aside). Empty when so, else the first records that differ.
    static QString textArrivesIntact(dns::MemoryZone &memory, dns::LiveResolver &resolver)
    {
        QHash<dns::Question, QList<QList<QByteArray>>> want;
        for (const dns::ResourceRecord &r : memory.records()) {
            if (r.type != dns::RRType::TXT && r.type != dns::RRType::SPF)
                continue;
            const dns::Question question(r.owner, r.type);
            if (memory.lookup(question)->isError())
                continue;
            // The substitutions printed: null text is served as one empty string, a repeated record once.
            const QList<QByteArray> strings = r.strings.isEmpty() ? QList<QByteArray>{QByteArray()} : r.strings;
            if (!want[question].contains(strings))
                want[question].append(strings);
        }
        for (auto it = want.cbegin(); it != want.cend(); ++it)
            resolver.lookup(it.key());
        testing::waitForIdle(resolver, kScenarioDeadlineMs);
        QStringList differs;
        for (auto it = want.cbegin(); it != want.cend(); ++it) {
            const std::optional<dns::Answer> answer = resolver.lookup(it.key());
            QList<QList<QByteArray>> got;
            for (const dns::ResourceRecord &r : answer ? answer->records : QList<dns::ResourceRecord>{})
                got.append(r.strings);
            QList<QList<QByteArray>> expected = *it;
            std::sort(got.begin(), got.end());
            std::sort(expected.begin(), expected.end());
            if (got != expected)
                differs.append(QStringLiteral("%1/%2 arrived as %3, written as %4")
                                   .arg(QString::fromUtf8(it.key().name), QString::fromLatin1(typeName(it.key().type)),
                                        shownRecords(got), shownRecords(expected)));
        }
        return differs.join(QLatin1String("; "));
    }

    // The batch takes "IP SENDER HELO" lines, so a sender or HELO name with white space in it cannot be given; nor
    // can it through --sender and --helo, which refuse white space.
    static QString cliObstacle(const QJsonObject &test)
    {
        const auto hasSpace = [](const QString &s) {
            return std::any_of(s.cbegin(), s.cend(), [](QChar c) { return c.isSpace(); });
        };
        if (hasSpace(test.value(QStringLiteral("mailfrom")).toString()))
            return QStringLiteral("its MAIL FROM holds white space, which the CLI's --sender and --batch lines refuse");
        if (hasSpace(test.value(QStringLiteral("helo")).toString()))
            return QStringLiteral("its HELO name holds white space, which the CLI's --helo and --batch lines refuse");
        return {};
    }

    std::vector<CliRun> startCliRuns(const QJsonObject &tests, const QStringList &names, const QString &server,
                                     ScenarioRun &out)
    {
        std::vector<CliRun> runs;
        const QStringList common{QStringLiteral("--server"), server, QStringLiteral("--timeout"),
                                 QString::number(kTimeoutMs), QStringLiteral("--json")};
        CliRun batch;
        batch.batch = true;
        QByteArray input;
        bool firstSingle = true;
        for (const QString &name : names) {
            const QJsonObject test = tests.value(name).toObject();
            const QString obstacle = cliObstacle(test);
            if (!obstacle.isEmpty()) {
                out.cases[name].notThroughCli = obstacle;
                continue;
            }
            const QString sender = test.value(QStringLiteral("mailfrom")).toString();
            const QString helo = test.value(QStringLiteral("helo")).toString();
            const QString host = test.value(QStringLiteral("host")).toString();
            input += (host + QLatin1Char(' ') + (sender.isEmpty() ? QStringLiteral("<>") : sender) + QLatin1Char(' ') +
                      helo + QLatin1Char('\n'))
                         .toUtf8();
            batch.cases.append(name);
            // One by one as well: the scenario's first case, and every case that ends in a DNS error.
            const bool temperror =
                conformance::stringList(test.value(QStringLiteral("result"))).contains(QLatin1String("temperror"));
            if (firstSingle || temperror) {
                firstSingle = false;
                CliRun single;
                single.cases = {name};
                single.process =
                    startCli(QStringList{QStringLiteral("check-host"), QStringLiteral("--ip"), host,
                                         QStringLiteral("--sender"), sender, QStringLiteral("--helo"), helo} +
                             common);
                runs.push_back(std::move(single));
            }
        }
        batch.process = startCli(
            QStringList{QStringLiteral("check-host"), QStringLiteral("--batch"), QStringLiteral("-")} + common, input);
        runs.push_back(std::move(batch));
        return runs;
    }

    static void readCli(std::vector<CliRun> &runs, bool done, ScenarioRun &out)
    {
        for (CliRun &r : runs) {
            const QByteArray stdoutText = r.process->readAllStandardOutput();
            const QString failure =
                !done || r.process->exitStatus() != QProcess::NormalExit || r.process->exitCode() != 0
                    ? QStringLiteral("spfmanager-cli exited with %1 (%2): %3")
                          .arg(r.process->exitCode())
                          .arg(r.process->errorString(), QString::fromUtf8(r.process->readAllStandardError()))
                    : QString();
            QList<QJsonObject> objects;
            if (r.batch) {
                for (const QByteArray &line : stdoutText.split('\n')) {
                    if (!line.trimmed().isEmpty())
                        objects.append(QJsonDocument::fromJson(line).object());
                }
            } else {
                objects.append(QJsonDocument::fromJson(stdoutText).object());
            }
            for (qsizetype i = 0; i < r.cases.size(); ++i) {
                Evaluation e = i < objects.size() ? fromCliJson(objects[i]) : Evaluation{};
                if (!failure.isEmpty()) {
                    e.complete = false;
                    e.detail = failure;
                } else if (i >= objects.size()) {
                    e.detail = QStringLiteral("the CLI printed no line for it");
                }
                (r.batch ? out.cases[r.cases[i]].batch : out.cases[r.cases[i]].single) = e;
            }
        }
    }

    Suite &m_suite;
    int m_index;
    testing::FaultDnsServer &m_silent;
};

void addRows(const QString &file)
{
    conformance::addRows(file, suite(file).scenarios);
}

} // namespace

class TestConformanceLive : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const testing::StartResult listening = m_silent.listen();
        QVERIFY2(listening.ok, qPrintable(listening.error));
        m_silent.setDefaultBehaviour(testing::FaultDnsServer::Behaviour::Silent);
        m_clock.start();
    }

    void rfc7208_data() { addRows(QStringLiteral("rfc7208-tests")); }
    void rfc7208() { runRow(true); }

    void rfc4408_data() { addRows(QStringLiteral("rfc4408-tests")); }
    void rfc4408() { runRow(false); }

    void cleanupTestCase()
    {
        for (const QString &file : {QStringLiteral("rfc7208-tests"), QStringLiteral("rfc4408-tests")}) {
            const Suite &s = suite(file);
            if (s.run == 0)
                continue;
            const QString name = shortName(file) + QStringLiteral("-live");
            for (const QString &n : s.notes)
                std::printf("%s substitution: %s\n", qPrintable(name), qPrintable(n));
            for (const QString &f : s.failures)
                std::printf("%s failed: %s\n", qPrintable(name), qPrintable(f));
            for (const QString &n : s.notThroughCli)
                std::printf("%s not through the cli: %s\n", qPrintable(name), qPrintable(n));
            for (const QString &f : s.cliFailures)
                std::printf("%s cli failed: %s\n", qPrintable(name), qPrintable(f));
            std::printf("%s: %d/%d passed\n", qPrintable(name), s.passed, s.run);
            std::printf("%s cli: %d/%d case evaluations through spfmanager-cli check-host agreed; %d queries "
                        "timed out at the silent server\n",
                        qPrintable(name), s.cliPassed, s.cliRun, s.rerouted);
        }
        std::printf("conformance-live: %.1f s\n", double(m_clock.elapsed()) / 1000.0);
        std::fflush(stdout);
    }

private:
    void runRow(bool mustConform)
    {
        QFETCH(QString, file);
        QFETCH(int, scenario);
        QFETCH(QString, name);
        Suite &s = suite(file);
        if (!s.runs.contains(scenario)) {
            ScenarioRunner runner(s, scenario, m_silent);
            s.runs.insert(scenario, runner.run());
        }
        const ScenarioRun &run = s.runs[scenario];
        const QJsonObject test =
            s.scenarios.at(scenario).toObject().value(QStringLiteral("tests")).toObject().value(name).toObject();
        ++s.run;
        if (!run.error.isEmpty()) {
            s.failures.append(name + QStringLiteral(": ") + run.error);
            QFAIL(qPrintable(run.error));
        }
        const CaseRun &c = run.cases.value(name);

        // Against the suite: rfc7208 must conform; rfc4408 is counted, and must match the in-memory evaluation.
        const QString live = mismatch(test, c.live);
        if (live.isEmpty())
            ++s.passed;
        else
            s.failures.append(QStringLiteral("%1: %2 (in memory: %3)")
                                  .arg(name, live, c.memory.result)
                                  .replace(QLatin1Char('\n'), QLatin1Char(' ')));
        QStringList problems;
        if (mustConform && !live.isEmpty())
            problems.append(live + QLatin1Char('\n') + c.live.detail);
        const QString vsMemory = difference(QStringLiteral("live"), c.live, QStringLiteral("in memory"), c.memory);
        if (!mustConform && !vsMemory.isEmpty() && !live.isEmpty())
            problems.append(vsMemory + QLatin1Char('\n') + c.live.detail);

        // Through the CLI binary: the same answer as in process.
        const std::pair<const char *, const std::optional<Evaluation> &> cliRuns[] = {{"check-host --batch", c.batch},
                                                                                      {"check-host", c.single}};
        for (const auto &[what, e] : cliRuns) {
            if (!e)
                continue;
            ++s.cliRun;
            const QString diff = difference(QString::fromLatin1(what), *e, QStringLiteral("in process"), c.live);
            if (diff.isEmpty()) {
                ++s.cliPassed;
            } else {
                s.cliFailures.append(name + QStringLiteral(": ") + diff);
                problems.append(diff);
            }
        }
        if (!c.notThroughCli.isEmpty())
            s.notThroughCli.append(name + QStringLiteral(": ") + c.notThroughCli);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    testing::FaultDnsServer m_silent;
    QElapsedTimer m_clock;
};

QTEST_GUILESS_MAIN(TestConformanceLive)
#include "tst_conformance_live.moc"
