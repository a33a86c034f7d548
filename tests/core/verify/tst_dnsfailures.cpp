// DNS failures in a verification: a failed TXT query says whether nobody answered or a server answered with an error,
// and findings that only say DNS failed on the way (temperror, RFC 7208 §4.4) make a name unreachable, never an error.
#include "dns/MemoryZone.h"
#include "project/Generator.h"
#include "verify/DnsFailures.h"
#include "verify/Verifier.h"
#include "verify/VerifyCodes.h"

#include <QTest>

using namespace spfm;
using verify::DnsFailure;
using verify::Status;

namespace {

dns::ResourceRecord txt(const QByteArray &owner, const QByteArray &text)
{
    dns::ResourceRecord rr;
    rr.owner = owner;
    rr.type = dns::RRType::TXT;
    rr.ttl = 300;
    rr.strings = {text};
    return rr;
}

project::Project sampleProject()
{
    project::Project p;
    p.primary.domain = project::DomainName::parse(QStringLiteral("acme.example")).value();
    p.primary.terms = {QStringLiteral("ip4:192.0.2.10")};
    project::MailServer mail;
    mail.hostname = project::DomainName::parse(QStringLiteral("mail.acme.example")).value();
    mail.addresses = {*net::IpAddress::parse("192.0.2.10")};
    p.mailServers = {mail};
    project::Dependent shop;
    shop.domain = project::DomainName::parse(QStringLiteral("shop.example")).value();
    p.dependents = {shop};
    return p;
}

// The generated records, except the policy at `replaced` (which publishes `text` instead, unless it is empty).
void publish(dns::MemoryZone &zone, const project::Project &p, const QByteArray &replaced = {},
             const QByteArray &text = {})
{
    for (const project::GeneratedRecord &r : project::generate(p).records) {
        if (r.owner == replaced && r.isSpfPolicy())
            continue;
        if (r.type == project::RecordType::Txt)
            zone.addRecord(txt(r.owner, r.text));
    }
    if (!text.isEmpty())
        zone.addRecord(txt(replaced, text));
}

verify::DomainResult resultFor(verify::Verifier &verifier, const QByteArray &name)
{
    for (const verify::DomainResult &r : verifier.results()) {
        if (r.domain == name)
            return r;
    }
    return {};
}

bool hasCode(const verify::DomainResult &r, const char *code)
{
    return std::any_of(r.diagnostics.cbegin(), r.diagnostics.cend(),
                       [code](const lint::Diagnostic &d) { return d.code == code; });
}

} // namespace

class TestDnsFailures : public QObject
{
    Q_OBJECT

private slots:
    void failureKinds_data();
    void failureKinds();
    void ownRecordFails_data();
    void ownRecordFails();
    void includeTargetFailsMakesDependentsUnreachable();
    void realErrorBesideTempErrorStaysAnError();
    void brokenIncludeTargetIsNoDnsFailure();
    void judgeTakesTheWorst();
    void cnameLoopIsAnErrorOfTheData_data();
    void cnameLoopIsAnErrorOfTheData();
};

void TestDnsFailures::failureKinds_data()
{
    QTest::addColumn<dns::ResponseCode>("rcode");
    QTest::addColumn<DnsFailure::Kind>("kind");
    QTest::newRow("timeout") << dns::ResponseCode::Timeout << DnsFailure::Kind::NoAnswer;
    QTest::newRow("network error") << dns::ResponseCode::NetworkError << DnsFailure::Kind::NoAnswer;
    QTest::newRow("servfail") << dns::ResponseCode::ServFail << DnsFailure::Kind::ServerError;
    QTest::newRow("refused") << dns::ResponseCode::Refused << DnsFailure::Kind::ServerError;
    QTest::newRow("formerr") << dns::ResponseCode::FormatError << DnsFailure::Kind::ServerError;
    QTest::newRow("nxdomain is an answer") << dns::ResponseCode::NxDomain << DnsFailure::Kind::None;
    QTest::newRow("noerror") << dns::ResponseCode::NoError << DnsFailure::Kind::None;
}

void TestDnsFailures::failureKinds()
{
    QFETCH(dns::ResponseCode, rcode);
    QFETCH(DnsFailure::Kind, kind);
    dns::Answer answer;
    answer.rcode = rcode;
    answer.detail = QStringLiteral("from 192.0.2.53:53");
    const DnsFailure f = verify::failureOf(answer);
    QCOMPARE(f.kind, kind);
    if (kind == DnsFailure::Kind::None)
        return;
    QCOMPARE(f.rcode, dns::responseCodeName(rcode));
    QCOMPARE(f.detail, answer.detail);
    const lint::Diagnostic d = verify::unreachableDiagnostic("shop.example", f);
    QCOMPARE(d.code, QByteArray(kind == DnsFailure::Kind::NoAnswer ? "VFY503" : "VFY504"));
    QVERIFY2(d.message.contains(QLatin1String("from 192.0.2.53:53")), qPrintable(d.message));
}

void TestDnsFailures::ownRecordFails_data()
{
    QTest::addColumn<dns::ResponseCode>("rcode");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QByteArray>("code");
    QTest::newRow("no answer") << dns::ResponseCode::Timeout << QStringLiteral("no-answer") << QByteArray("VFY503");
    QTest::newRow("servfail") << dns::ResponseCode::ServFail << QStringLiteral("server-error") << QByteArray("VFY504");
}

void TestDnsFailures::ownRecordFails()
{
    QFETCH(dns::ResponseCode, rcode);
    QFETCH(QString, reason);
    QFETCH(QByteArray, code);
    const project::Project p = sampleProject();
    dns::MemoryZone zone;
    publish(zone, p, "shop.example");
    zone.addFailure("shop.example", rcode);
    verify::Verifier verifier(p, zone);
    const verify::Summary s = verifier.run();
    const verify::DomainResult shop = resultFor(verifier, "shop.example");
    QCOMPARE(shop.status, Status::Unreachable);
    QVERIFY(hasCode(shop, code.constData()));
    QVERIFY(!hasCode(shop, "SPF312")); // the linter's "TXT query failed" is said once, by the verifier
    QCOMPARE(shop.toJson().value(QStringLiteral("unreachable")).toObject().value(QStringLiteral("reason")).toString(),
             reason);
    QCOMPARE(s.exitCode(), 3);
    QCOMPARE(resultFor(verifier, "acme.example").status, Status::Ok);
    QVERIFY(!resultFor(verifier, "acme.example").toJson().contains(QStringLiteral("unreachable")));
}

void TestDnsFailures::includeTargetFailsMakesDependentsUnreachable()
{
    const project::Project p = sampleProject();
    dns::MemoryZone zone;
    publish(zone, p, "acme.example");
    zone.addFailure("acme.example", dns::ResponseCode::ServFail);
    verify::Verifier verifier(p, zone);
    const verify::Summary s = verifier.run();
    const verify::DomainResult shop = resultFor(verifier, "shop.example");
    QCOMPARE(shop.status, Status::Unreachable);
    QCOMPARE(shop.failure.kind, DnsFailure::Kind::CheckFailed);
    QVERIFY(hasCode(shop, "VFY505"));
    QVERIFY(hasCode(shop, "SPF410")); // still shown, but not counted as an error
    QVERIFY(!hasCode(shop, "VFY301"));
    QCOMPARE(s.errors, 0);
    QCOMPARE(s.unreachable, 2);
    QCOMPARE(s.exitCode(), 3);
}

void TestDnsFailures::realErrorBesideTempErrorStaysAnError()
{
    // shop.example forgets the include (an error of its own) and its a: host does not answer (temperror).
    const project::Project p = sampleProject();
    dns::MemoryZone zone;
    publish(zone, p, "shop.example", "v=spf1 a:slow.shop.example -all");
    zone.addFailure("slow.shop.example", dns::ResponseCode::Timeout);
    verify::Verifier verifier(p, zone);
    const verify::Summary s = verifier.run();
    const verify::DomainResult shop = resultFor(verifier, "shop.example");
    QCOMPARE(shop.status, Status::Error);
    QVERIFY(hasCode(shop, "VFY201"));
    QVERIFY(hasCode(shop, "VFY505"));
    QVERIFY(!shop.failure.isSet());
    QCOMPARE(s.exitCode(), 2);
}

void TestDnsFailures::brokenIncludeTargetIsNoDnsFailure()
{
    // The primary publishes two records: permerror, a real error for every dependent (SPF410 without a DNS failure).
    const project::Project p = sampleProject();
    dns::MemoryZone zone;
    publish(zone, p);
    zone.addRecord(txt("acme.example", "v=spf1 -all"));
    verify::Verifier verifier(p, zone);
    verifier.run();
    const verify::DomainResult shop = resultFor(verifier, "shop.example");
    QVERIFY(hasCode(shop, "SPF410"));
    for (const lint::Diagnostic &d : shop.diagnostics) {
        if (d.code == "SPF410")
            QVERIFY(!verify::onlyDnsFailed(d, shop.lint));
    }
    QCOMPARE(shop.status, Status::Error);
    QVERIFY(!shop.failure.isSet());
}

void TestDnsFailures::judgeTakesTheWorst()
{
    lint::Diagnostic warning;
    warning.code = "VFY101";
    warning.severity = lint::Severity::Warning;
    lint::Diagnostic tempError = verify::makeDiagnostic(verify::Code::CheckTempError, "a.example", {}, {});
    lint::Diagnostic error;
    error.code = "VFY201";
    error.severity = lint::Severity::Error;
    const lint::LintReport noTree;
    QCOMPARE(verify::judge({}, noTree).status, Status::Ok);
    QCOMPARE(verify::judge({warning}, noTree).status, Status::Warning);
    QCOMPARE(verify::judge({warning, tempError}, noTree).status, Status::Unreachable);
    QCOMPARE(verify::judge({warning, tempError}, noTree).failure.kind, DnsFailure::Kind::CheckFailed);
    QCOMPARE(verify::judge({tempError, error}, noTree).status, Status::Error);
    QCOMPARE(verify::judge({error}, noTree).status, Status::Error);
}

void TestDnsFailures::cnameLoopIsAnErrorOfTheData_data()
{
    QTest::addColumn<QByteArray>("policy"); // what shop.example publishes
    QTest::addColumn<QByteArray>("loopAt"); // the first name of the loop
    QTest::addColumn<QString>("chain");
    const QString hostLoop = QStringLiteral("x.shop.example → y.shop.example → x.shop.example");
    QTest::newRow("a: target") << QByteArray("v=spf1 a:x.shop.example include:acme.example -all")
                               << QByteArray("x.shop.example") << hostLoop;
    QTest::newRow("mx: target") << QByteArray("v=spf1 mx:x.shop.example include:acme.example -all")
                                << QByteArray("x.shop.example") << hostLoop;
    QTest::newRow("the name itself") << QByteArray() << QByteArray("shop.example")
                                     << QStringLiteral("shop.example → y.shop.example → shop.example");
}

void TestDnsFailures::cnameLoopIsAnErrorOfTheData()
{
    // check_host still gives temperror (RFC 7208 §5: the resolver's SERVFAIL), but the name is an error, not
    // unreachable.
    QFETCH(QByteArray, policy);
    QFETCH(QByteArray, loopAt);
    QFETCH(QString, chain);
    const project::Project p = sampleProject();
    dns::MemoryZone zone;
    publish(zone, p, "shop.example", policy); // no policy: the name itself is the alias into the loop
    dns::ResourceRecord first;
    first.owner = loopAt;
    first.type = dns::RRType::CNAME;
    first.ttl = 300;
    first.target = "y.shop.example";
    dns::ResourceRecord back = first;
    back.owner = "y.shop.example";
    back.target = loopAt;
    zone.addRecord(first);
    zone.addRecord(back);

    verify::Verifier verifier(p, zone);
    const verify::Summary s = verifier.run();
    const verify::DomainResult shop = resultFor(verifier, "shop.example");
    QCOMPARE(shop.status, Status::Error);
    QVERIFY(!shop.failure.isSet());
    QVERIFY(!hasCode(shop, "VFY503") && !hasCode(shop, "VFY504"));
    int said = 0;
    for (const lint::Diagnostic &d : shop.diagnostics) {
        if (d.code != "VFY106")
            continue;
        ++said;
        QCOMPARE(d.severity, lint::Severity::Error);
        QVERIFY2(d.message.startsWith(QStringLiteral("CNAME loop at ") + chain), qPrintable(d.message));
        QVERIFY(d.fix.startsWith(QLatin1String("Fix the alias")));
    }
    QCOMPARE(said, 1);
    for (const verify::ServerCheck &c : shop.checks)
        QCOMPARE(c.result, spf::Result::TempError);
    QCOMPARE(s.exitCode(), 2);
    // The primary does not meet the loop: untouched.
    QCOMPARE(resultFor(verifier, "acme.example").status, Status::Ok);
}

QTEST_GUILESS_MAIN(TestDnsFailures)
#include "tst_dnsfailures.moc"
