// The linter's per-path evaluation checked against the RFC 7208 conformance suite: for every scenario whose policy
// the linter can follow completely (no macros, no ptr, no exists), linting the sender's domain for the scenario's
// client address must end the path with the suite's expected result, and every diagnostic must be well formed.

#include "SuiteJson.h"
#include "SuiteZone.h" // the conformance test's zone builder, so that both serve the same DNS data
#include "lint/Linter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <cstdio>

using namespace spfm;
using namespace spfm::lint;

namespace {

bool followable(const LintReport &r)
{
    for (const TreeNode &n : r.nodes) {
        if (n.state == TreeNode::State::Unresolved || n.state == TreeNode::State::Pending)
            return false;
        if (n.recordText.contains('%'))
            return false;
        for (const TermReport &t : n.terms) {
            const QByteArray lower = t.text.toLower();
            if (lower.contains("ptr") || lower.contains("exists"))
                return false;
        }
    }
    return !r.pathResult.isEmpty() && r.pathResult != "unknown";
}

} // namespace

class TestLintSuite : public QObject
{
    Q_OBJECT

private slots:
    void pathAgreesWithSuite()
    {
        const QJsonArray groups = conformance::loadScenarios(QStringLiteral("rfc7208-tests"));
        QVERIFY(!groups.isEmpty());
        int compared = 0, total = 0;
        QStringList disagreements;
        for (const QJsonValue &g : groups) {
            const QJsonObject group = g.toObject();
            const QJsonObject tests = group.value(QStringLiteral("tests")).toObject();
            for (auto it = tests.begin(); it != tests.end(); ++it) {
                const QJsonObject t = it.value().toObject();
                ++total;
                dns::MemoryZone zone = conformance::zoneFromSuite(group.value(QStringLiteral("zonedata")).toObject());
                const QString mailfrom = t.value(QStringLiteral("mailfrom")).toString();
                const qsizetype at = mailfrom.lastIndexOf(QLatin1Char('@'));
                const QByteArray domain =
                    (at >= 0 ? mailfrom.mid(at + 1) : t.value(QStringLiteral("helo")).toString()).toUtf8();
                LintOptions o;
                o.clientIp = net::IpAddress::parse(t.value(QStringLiteral("host")).toString().toLatin1());
                if (!o.clientIp || domain.isEmpty())
                    continue;
                const LintReport r = lintDomain(domain, zone, o);
                QCOMPARE(r.status, LintStatus::Complete);
                for (const Diagnostic &d : r.diagnostics) {
                    QCOMPARE(d.severity, codeInfo(Code(d.code.mid(3).toInt())).severity);
                    QVERIFY(!d.message.isEmpty() && !d.fix.isEmpty());
                }
                if (!followable(r))
                    continue;
                const QStringList expected = conformance::stringList(t.value(QStringLiteral("result")));
                ++compared;
                if (!expected.contains(QString::fromLatin1(r.pathResult)))
                    disagreements.append(it.key() + QStringLiteral(": suite ") + expected.join(QLatin1Char('|')) +
                                         QStringLiteral(", lint path ") + QString::fromLatin1(r.pathResult));
            }
        }
        std::printf("lint path vs rfc7208: %d/%d comparable scenarios agree (%d scenarios)\n",
                    compared - int(disagreements.size()), compared, total);
        QVERIFY2(disagreements.isEmpty(), qPrintable(disagreements.join(QLatin1Char('\n'))));
        QVERIFY(compared > 50);
    }
};

QTEST_GUILESS_MAIN(TestLintSuite)
#include "tst_lintsuite.moc"
