#include "dns/MemoryZone.h"
#include "project/ProjectModel.h"
#include "verify/Adoption.h"

#include <QTest>

using namespace spfm;
using Status = verify::AdoptionFinding::Status;
using Reason = verify::SetAsideTerm::Reason;

Q_DECLARE_METATYPE(Status)

namespace {

dns::ResourceRecord txt(const QByteArray &owner, const QList<QByteArray> &strings)
{
    dns::ResourceRecord rr;
    rr.owner = owner;
    rr.type = dns::RRType::TXT;
    rr.ttl = 300;
    rr.strings = strings;
    return rr;
}

project::Project acmeProject()
{
    project::Project p;
    p.primary.domain = project::DomainName::parse(QStringLiteral("acme.example")).value();
    p.primary.terms = {QStringLiteral("mx")};
    project::Dependent shop;
    shop.domain = project::DomainName::parse(QStringLiteral("shop.example")).value();
    p.dependents = {shop};
    return p;
}

QList<Reason> reasons(const verify::AdoptionFinding &f)
{
    QList<Reason> out;
    for (const verify::SetAsideTerm &t : f.setAside)
        out << t.reason;
    return out;
}

} // namespace

// Published record -> what it means relative to the project's primary, read off an in-memory zone.
class TestAdoption : public QObject
{
    Q_OBJECT

private slots:
    void classifies_data()
    {
        QTest::addColumn<QList<QByteArray>>("published"); // one TXT record per entry, "" for none at all
        QTest::addColumn<Status>("status");
        QTest::addColumn<QByteArray>("included");
        QTest::addColumn<bool>("viaRedirect");
        QTest::addColumn<QStringList>("otherTerms");
        QTest::addColumn<QString>("all"); // "" when the record has none
        QTest::addColumn<bool>("sendsNoMail");

        const QStringList none;
        QTest::newRow("includes the primary")
            << QList<QByteArray>{"v=spf1 include:acme.example -all"} << Status::IncludesPrimary
            << QByteArray("acme.example") << false << none << QStringLiteral("-") << false;
        QTest::newRow("includes with extras, other spelling")
            << QList<QByteArray>{"v=spf1 ip4:192.0.2.9 Include:ACME.example. include:_spf.mailer.example ~all"}
            << Status::IncludesPrimary << QByteArray("acme.example") << false
            << QStringList{QStringLiteral("ip4:192.0.2.9"), QStringLiteral("include:_spf.mailer.example")}
            << QStringLiteral("~") << false;
        QTest::newRow("redirect to the primary")
            << QList<QByteArray>{"v=spf1 redirect=acme.example"} << Status::IncludesPrimary
            << QByteArray("acme.example") << true << none << QString() << false;
        QTest::newRow("own policy") << QList<QByteArray>{"v=spf1 mx a:out.other.example ?all"} << Status::OwnPolicy
                                    << QByteArray() << false
                                    << QStringList{QStringLiteral("mx"), QStringLiteral("a:out.other.example")}
                                    << QStringLiteral("?") << false;
        QTest::newRow("include that fails the primary is not an include of it")
            << QList<QByteArray>{"v=spf1 -include:acme.example +all"} << Status::OwnPolicy << QByteArray() << false
            << QStringList{QStringLiteral("-include:acme.example")} << QStringLiteral("+") << false;
        QTest::newRow("parked-looking") << QList<QByteArray>{"v=spf1 -all"} << Status::OwnPolicy << QByteArray()
                                        << false << none << QStringLiteral("-") << true;
        QTest::newRow("split strings are joined (§3.3)")
            << QList<QByteArray>{"v=spf1 include:ac", "me.example -all"} << Status::IncludesPrimary
            << QByteArray("acme.example") << false << none << QStringLiteral("-") << false;
        QTest::newRow("other TXT only") << QList<QByteArray>{"google-site-verification=abc", "v=spf10 -all"}
                                        << Status::NoRecord << QByteArray() << false << none << QString() << false;
        QTest::newRow("no TXT at all") << QList<QByteArray>{} << Status::NoRecord << QByteArray() << false << none
                                       << QString() << false;
    }

    void classifies()
    {
        QFETCH(QList<QByteArray>, published);
        QFETCH(Status, status);
        QFETCH(QByteArray, included);
        QFETCH(bool, viaRedirect);
        QFETCH(QStringList, otherTerms);
        QFETCH(QString, all);
        QFETCH(bool, sendsNoMail);

        dns::MemoryZone zone;
        zone.addName("new.example");
        // A row whose strings make one record when joined is written as several strings of one TXT record; "other
        // TXT only" lists separate records.
        if (QByteArray(QTest::currentDataTag()).startsWith("split")) {
            zone.addRecord(txt("new.example", published));
        } else {
            for (const QByteArray &text : published)
                zone.addRecord(txt("new.example", {text}));
        }
        const auto f = verify::probeForAdoption(zone, "New.Example.", acmeProject());
        QVERIFY(f.has_value());
        QCOMPARE(f->domain, QByteArray("new.example"));
        QCOMPARE(f->status, status);
        QCOMPARE(f->includedName, included);
        QCOMPARE(f->viaRedirect, viaRedirect);
        QCOMPARE(f->otherTerms, otherTerms);
        QCOMPARE(f->all ? QString(project::allQualifierChar(*f->all)) : QString(), all);
        QCOMPARE(f->sendsNoMail, sendsNoMail);
        QVERIFY(!f->inProject);
        QCOMPARE(f->hasRecord(), status != Status::NoRecord);
        // Whatever is kept must be acceptable to the model as a dependent's extra terms.
        QVERIFY(project::ProjectModel::checkTerms(f->otherTerms, QStringLiteral("dependent")).ok());
    }

    void setsAsideWhatTheProjectCannotCarry()
    {
        dns::Answer a;
        a.records = {txt("odd.example", {"v=spf1 include:acme.example ip4:300.1.1.1 exp=why.odd.example "
                                         "foo=bar include:odd.example -all mx redirect=other.example"})};
        const verify::AdoptionFinding f = verify::classifyForAdoption("odd.example", a, acmeProject());
        QCOMPARE(f.status, Status::IncludesPrimary);
        QCOMPARE(f.otherTerms, QStringList());
        QCOMPARE(reasons(f), (QList<Reason>{Reason::Invalid, Reason::Explanation, Reason::UnknownModifier,
                                            Reason::SelfReference, Reason::AfterAll, Reason::IgnoredRedirect}));
        QCOMPARE(f.setAside.first().term, QStringLiteral("ip4:300.1.1.1"));
        QVERIFY(!f.sendsNoMail);
    }

    void redirectElsewhereBecomesAnInclude()
    {
        dns::Answer a;
        a.records = {txt("moved.example", {"v=spf1 ip4:192.0.2.7 redirect=_spf.provider.example"})};
        const verify::AdoptionFinding f = verify::classifyForAdoption("moved.example", a, acmeProject());
        QCOMPARE(f.status, Status::OwnPolicy);
        QCOMPARE(f.otherTerms,
                 (QStringList{QStringLiteral("ip4:192.0.2.7"), QStringLiteral("include:_spf.provider.example")}));
        QCOMPARE(reasons(f), QList<Reason>{Reason::RedirectToInclude});
        QVERIFY(!f.all.has_value());
    }

    void dedicatedIncludeTargetCounts()
    {
        project::Project p = acmeProject();
        p.includeTarget =
            project::DomainName::parse(QStringLiteral("_spf.acme.example"), project::DomainName::Rule::PolicyName)
                .value();
        dns::Answer a;
        a.records = {txt("x.example", {"v=spf1 include:_spf.acme.example -all"})};
        QCOMPARE(verify::classifyForAdoption("x.example", a, p).includedName, QByteArray("_spf.acme.example"));
        a.records = {txt("x.example", {"v=spf1 include:acme.example -all"})};
        QCOMPARE(verify::classifyForAdoption("x.example", a, p).includedName, QByteArray("acme.example"));
    }

    void severalRecords()
    {
        dns::Answer a;
        a.records = {txt("two.example", {"v=spf1 include:acme.example -all"}), txt("two.example", {"v=spf1 mx -all"})};
        const verify::AdoptionFinding f = verify::classifyForAdoption("two.example", a, acmeProject());
        QCOMPARE(f.status, Status::MultipleRecords); // §4.5: permerror, neither record speaks for the domain
        QCOMPARE(f.records.size(), 2);
        QVERIFY(f.otherTerms.isEmpty());
        QVERIFY(f.includedName.isEmpty());
    }

    void dnsOutcomes()
    {
        dns::MemoryZone zone;
        zone.addName("exists.example");
        zone.addFailure("broken.example", dns::ResponseCode::ServFail);
        zone.addFailure("silent.example", dns::ResponseCode::Timeout);
        const project::Project p = acmeProject();
        QCOMPARE(verify::probeForAdoption(zone, "gone.example", p)->status, Status::NxDomain);
        QCOMPARE(verify::probeForAdoption(zone, "exists.example", p)->status, Status::NoRecord);
        const auto broken = verify::probeForAdoption(zone, "broken.example", p);
        QCOMPARE(broken->status, Status::Unreachable);
        QVERIFY(!broken->detail.isEmpty());
        QCOMPARE(verify::probeForAdoption(zone, "silent.example", p)->status, Status::Unreachable);
    }

    void knowsWhatIsInTheProject()
    {
        dns::Answer a;
        const project::Project p = acmeProject();
        QVERIFY(verify::classifyForAdoption("shop.example", a, p).inProject);
        QVERIFY(verify::classifyForAdoption("acme.example", a, p).inProject);
        QVERIFY(!verify::classifyForAdoption("new.example", a, p).inProject);
    }

    void toDependent()
    {
        dns::Answer a;
        a.records = {txt("new.example", {"v=spf1 include:acme.example ip4:192.0.2.9 ~all"})};
        const verify::AdoptionFinding f = verify::classifyForAdoption("new.example", a, acmeProject());
        const auto name = project::DomainName::parse(QStringLiteral("new.example")).value();
        const project::Dependent d = f.toDependent(name, false);
        QCOMPARE(d.domain, name);
        QVERIFY(!d.parked);
        QCOMPARE(d.terms, QStringList{QStringLiteral("ip4:192.0.2.9")});
        QCOMPARE(d.all, project::AllQualifier::SoftFail);
        const project::Dependent parked = f.toDependent(name, true);
        QVERIFY(parked.parked);
        QVERIFY(parked.terms.isEmpty());
        QCOMPARE(parked.all, project::AllQualifier::Fail);
        // The model takes it as it is.
        project::ProjectModel model;
        project::Primary primary;
        primary.domain = project::DomainName::parse(QStringLiteral("acme.example")).value();
        QVERIFY(model.setPrimary(primary).ok());
        QVERIFY(model.insertDependent(-1, d).ok());
    }
};

QTEST_GUILESS_MAIN(TestAdoption)
#include "tst_adoption.moc"
