#include "project/ProjectModel.h"

#include <QTest>

using namespace spfm::project;

namespace {

DomainName name(const char *text, DomainName::Rule rule = DomainName::Rule::HostName)
{
    auto r = DomainName::parse(QString::fromUtf8(text), rule);
    if (!r)
        qFatal("bad test domain %s: %s", text, qPrintable(r.error().message));
    return r.value();
}

Dependent dependent(const char *domain, QStringList terms = {})
{
    Dependent d;
    d.domain = name(domain);
    d.terms = std::move(terms);
    return d;
}

ProjectModel modelWithPrimary()
{
    ProjectModel model;
    Primary p;
    p.domain = name("acme.example");
    p.terms = {QStringLiteral("a"), QStringLiteral("mx")};
    if (!model.setPrimary(p))
        qFatal("setPrimary failed");
    return model;
}

struct Recorder : ProjectObserver
{
    QList<ProjectChange> changes;
    void projectChanged(const ProjectChange &change) override { changes.append(change); }
};

} // namespace

class TestProjectModel : public QObject
{
    Q_OBJECT

private slots:
    void domainValid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QByteArray>("ace");
        QTest::addColumn<QString>("display");
        QTest::newRow("plain") << QStringLiteral("example.com") << QByteArray("example.com")
                               << QStringLiteral("example.com");
        QTest::newRow("upper case") << QStringLiteral("Mail.EXAMPLE.com") << QByteArray("mail.example.com")
                                    << QStringLiteral("mail.example.com");
        QTest::newRow("trailing dot") << QStringLiteral("example.com.") << QByteArray("example.com")
                                      << QStringLiteral("example.com");
        QTest::newRow("spaces around") << QStringLiteral("  example.net ") << QByteArray("example.net")
                                       << QStringLiteral("example.net");
        QTest::newRow("idn") << QStringLiteral("bücher.example") << QByteArray("xn--bcher-kva.example")
                             << QStringLiteral("bücher.example");
        QTest::newRow("ace given") << QStringLiteral("xn--bcher-kva.example") << QByteArray("xn--bcher-kva.example")
                                   << QStringLiteral("bücher.example");
        QTest::newRow("63 octet label") << QString(QString(63, QLatin1Char('a')) + QStringLiteral(".example"))
                                        << QByteArray(QByteArray(63, 'a') + ".example")
                                        << QString(QString(63, QLatin1Char('a')) + QStringLiteral(".example"));
        QTest::newRow("digit label") << QStringLiteral("123.example") << QByteArray("123.example")
                                     << QStringLiteral("123.example");
    }
    void domainValid()
    {
        QFETCH(QString, input);
        QFETCH(QByteArray, ace);
        QFETCH(QString, display);
        const auto r = DomainName::parse(input);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r.value().ace(), ace);
        QCOMPARE(r.value().display(), display);
        QCOMPARE(r.value().written(), input.trimmed());
    }

    void domainInvalid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("rule");
        QTest::addColumn<ErrorCode>("code");
        const int host = int(DomainName::Rule::HostName);
        const int policy = int(DomainName::Rule::PolicyName);
        QTest::newRow("empty") << QString() << host << ErrorCode::DomainEmpty;
        QTest::newRow("dot only") << QStringLiteral(".") << host << ErrorCode::DomainEmpty;
        QTest::newRow("single label") << QStringLiteral("localhost") << host << ErrorCode::DomainSingleLabel;
        QTest::newRow("empty label") << QStringLiteral("a..example") << host << ErrorCode::DomainLabelEmpty;
        QTest::newRow("leading dot") << QStringLiteral(".example.com") << host << ErrorCode::DomainLabelEmpty;
        QTest::newRow("label 64") << QString(QString(64, QLatin1Char('a')) + QStringLiteral(".example")) << host
                                  << ErrorCode::DomainLabelTooLong;
        QString longName;
        for (int i = 0; i < 26; ++i)
            longName += QStringLiteral("abcdefghi.");
        longName += QStringLiteral("com");
        QTest::newRow("254 octets") << longName << host << ErrorCode::DomainTooLong;
        QTest::newRow("underscore in host")
            << QStringLiteral("_spf.example.com") << host << ErrorCode::DomainBadCharacter;
        QTest::newRow("space") << QStringLiteral("exa mple.com") << host << ErrorCode::DomainBadCharacter;
        QTest::newRow("quote") << QStringLiteral("a\"b.example") << host << ErrorCode::DomainBadCharacter;
        QTest::newRow("newline") << QStringLiteral("a.example\n$INCLUDE /etc/passwd") << host
                                 << ErrorCode::DomainBadCharacter;
        QTest::newRow("semicolon") << QStringLiteral("a;b.example") << host << ErrorCode::DomainBadCharacter;
        QTest::newRow("backslash") << QStringLiteral("a\\b.example") << policy << ErrorCode::DomainBadCharacter;
        QTest::newRow("nul") << QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b.example")) << host
                             << ErrorCode::DomainBadCharacter;
        QTest::newRow("leading hyphen") << QStringLiteral("-a.example") << host << ErrorCode::DomainBadHyphen;
        QTest::newRow("trailing hyphen") << QStringLiteral("a-.example") << host << ErrorCode::DomainBadHyphen;
        QTest::newRow("numeric tld") << QStringLiteral("192.0.2.1") << host << ErrorCode::DomainNumericTopLabel;
        QTest::newRow("bad idn") << QStringLiteral("a\u2028b.example") << host << ErrorCode::DomainIdnInvalid;
        QTest::newRow("leading combining mark")
            << QStringLiteral("\u0301a.example") << host << ErrorCode::DomainIdnInvalid;
        QTest::newRow("bad punycode") << QStringLiteral("xn--zz.example") << host << ErrorCode::DomainIdnInvalid;
    }
    void domainInvalid()
    {
        QFETCH(QString, input);
        QFETCH(int, rule);
        QFETCH(ErrorCode, code);
        const auto r = DomainName::parse(input, DomainName::Rule(rule));
        QVERIFY(!r.ok());
        QCOMPARE(r.code(), code);
        QVERIFY(!r.error().message.isEmpty());
    }

    void policyNameAllowsUnderscore()
    {
        const auto r = DomainName::parse(QStringLiteral("_spf.Acme.example"), DomainName::Rule::PolicyName);
        QVERIFY(r.ok());
        QCOMPARE(r.value().ace(), QByteArray("_spf.acme.example"));
    }

    void isWithin()
    {
        QVERIFY(name("mail.acme.example").isWithin(name("acme.example")));
        QVERIFY(name("acme.example").isWithin(name("acme.example")));
        QVERIFY(!name("xacme.example").isWithin(name("acme.example")));
        QVERIFY(!name("acme.example").isWithin(name("mail.acme.example")));
    }

    void primaryEditReturnsOld()
    {
        ProjectModel model = modelWithPrimary();
        Primary p = model.project().primary;
        p.terms = {QStringLiteral("ip4:192.0.2.0/24"), QStringLiteral("Include:%{d}._spf.Example.net")};
        p.all = AllQualifier::SoftFail;
        const auto old = model.setPrimary(p);
        QVERIFY(old.ok());
        QCOMPARE(old.value().terms, QStringList({QStringLiteral("a"), QStringLiteral("mx")}));
        QCOMPARE(model.project().primary.terms, p.terms);
        QCOMPARE(model.project().primary.all, AllQualifier::SoftFail);
        // undo
        QVERIFY(model.setPrimary(old.value()).ok());
        QCOMPARE(model.project().primary.terms, QStringList({QStringLiteral("a"), QStringLiteral("mx")}));
    }

    void termsRefused_data()
    {
        QTest::addColumn<QStringList>("terms");
        QTest::addColumn<ErrorCode>("code");
        QTest::newRow("empty") << QStringList{QString()} << ErrorCode::TermEmpty;
        QTest::newRow("two in one") << QStringList{QStringLiteral("a mx")} << ErrorCode::TermHasWhitespace;
        QTest::newRow("newline") << QStringList{QStringLiteral("a\nmx")} << ErrorCode::TermHasWhitespace;
        QTest::newRow("all") << QStringList{QStringLiteral("-all")} << ErrorCode::TermIsAll;
        QTest::newRow("ALL") << QStringList{QStringLiteral("ALL")} << ErrorCode::TermIsAll;
        QTest::newRow("version") << QStringList{QStringLiteral("v=spf1")} << ErrorCode::TermIsVersion;
        QTest::newRow("self include") << QStringList{QStringLiteral("include:ACME.example")} << ErrorCode::SelfInclude;
        QTest::newRow("self redirect") << QStringList{QStringLiteral("redirect=acme.example.")}
                                       << ErrorCode::SelfInclude;
    }
    void termsRefused()
    {
        QFETCH(QStringList, terms);
        QFETCH(ErrorCode, code);
        ProjectModel model = modelWithPrimary();
        Recorder recorder;
        model.addObserver(&recorder);
        Primary p = model.project().primary;
        p.terms = terms;
        const auto r = model.setPrimary(p);
        QVERIFY(!r.ok());
        QCOMPARE(r.code(), code);
        QVERIFY(r.error().where.startsWith(QLatin1String("primary.terms[0]")));
        QCOMPARE(model.project().primary.terms, QStringList({QStringLiteral("a"), QStringLiteral("mx")}));
        QVERIFY(recorder.changes.isEmpty());
    }

    void hostileTermsAreKeptForTheLinter()
    {
        // Quotes, backslashes, semicolons and NUL are not white space: the model keeps them as written, the linter
        // reports them and every exporter escapes them.
        ProjectModel model = modelWithPrimary();
        Primary p = model.project().primary;
        p.terms = {QStringLiteral("a\";$INCLUDE"), QString(QStringLiteral("x\\") + QChar(0))};
        QVERIFY(model.setPrimary(p).ok());
        QCOMPARE(model.project().primary.terms, p.terms);
    }

    void dependentsInsertSetRemoveUndo()
    {
        ProjectModel model = modelWithPrimary();
        Recorder recorder;
        model.addObserver(&recorder);

        const auto row = model.insertDependent(-1, dependent("example.net"));
        QVERIFY(row.ok());
        QCOMPARE(row.value(), 0);
        QVERIFY(model.insertDependent(-1, dependent("example.org")).ok());
        QCOMPARE(model.insertDependent(0, dependent("first.example")).value(), 0);
        QCOMPARE(model.project().dependents.at(0).domain.ace(), QByteArray("first.example"));
        QCOMPARE(model.indexOfDependent("example.org"), 2);

        Dependent edited = dependent("example.org", {QStringLiteral("include:servers.mcsv.net")});
        edited.all = AllQualifier::SoftFail;
        const auto old = model.setDependent(2, edited);
        QVERIFY(old.ok());
        QVERIFY(old.value().terms.isEmpty());
        QCOMPARE(model.project().dependents.at(2).all, AllQualifier::SoftFail);

        // rename through set, then undo it
        const auto beforeRename = model.setDependent(2, dependent("renamed.example"));
        QVERIFY(beforeRename.ok());
        QCOMPARE(model.indexOfDependent("example.org"), -1);
        QVERIFY(model.setDependent(2, beforeRename.value()).ok());
        QCOMPARE(model.indexOfDependent("example.org"), 2);

        const auto gone = model.removeDependent(0);
        QVERIFY(gone.ok());
        QCOMPARE(gone.value().domain.ace(), QByteArray("first.example"));
        QCOMPARE(model.project().dependents.size(), 2);
        QVERIFY(model.insertDependent(0, gone.value()).ok()); // undo of the removal
        QCOMPARE(model.project().dependents.at(0).domain.ace(), QByteArray("first.example"));

        using K = ProjectChange::Kind;
        QCOMPARE(recorder.changes.size(), 8);
        QCOMPARE(recorder.changes.at(0).kind, K::Inserted);
        QCOMPARE(recorder.changes.at(2).index, 0);
        QCOMPARE(recorder.changes.at(3).kind, K::Changed);
        QCOMPARE(recorder.changes.at(3).index, 2);
        QCOMPARE(recorder.changes.at(6).kind, K::Removed);
        QCOMPARE(recorder.changes.at(6).part, ProjectChange::Part::Dependents);
        model.removeObserver(&recorder);
        QVERIFY(model.removeDependent(0).ok());
        QCOMPARE(recorder.changes.size(), 8);
    }

    void dependentsRefused()
    {
        ProjectModel model = modelWithPrimary();
        QVERIFY(model.insertDependent(-1, dependent("example.net")).ok());

        auto dup = model.insertDependent(-1, dependent("EXAMPLE.net."));
        QCOMPARE(dup.code(), ErrorCode::DuplicateDomain);
        QVERIFY(dup.error().message.contains(QLatin1String("example.net")));

        QCOMPARE(model.insertDependent(-1, dependent("acme.example")).code(), ErrorCode::SelfInclude);
        QCOMPARE(model.insertDependent(-1, dependent("b.example", {QStringLiteral("include:b.example")})).code(),
                 ErrorCode::SelfInclude);
        QCOMPARE(model.insertDependent(7, dependent("c.example")).code(), ErrorCode::IndexOutOfRange);
        QCOMPARE(model.removeDependent(1).code(), ErrorCode::IndexOutOfRange);

        QVERIFY(model.insertDependent(-1, dependent("example.org")).ok());
        QCOMPARE(model.setDependent(1, dependent("example.net")).code(), ErrorCode::DuplicateDomain);
        QCOMPARE(model.project().dependents.size(), 2);

        Primary p = model.project().primary;
        p.domain = name("example.net");
        QCOMPARE(model.setPrimary(p).code(), ErrorCode::DuplicateDomain);
    }

    void includeTarget()
    {
        ProjectModel model = modelWithPrimary();
        QCOMPARE(model.project().effectiveIncludeTarget().ace(), QByteArray("acme.example"));
        const auto old = model.setIncludeTarget(name("_spf.acme.example", DomainName::Rule::PolicyName));
        QVERIFY(old.ok());
        QVERIFY(!old.value().has_value());
        QCOMPARE(model.project().effectiveIncludeTarget().ace(), QByteArray("_spf.acme.example"));
        QCOMPARE(model.insertDependent(-1, dependent("example.net")).code(), ErrorCode::None);

        // The primary's policy is published at the target: the primary may not include the target.
        Primary p = model.project().primary;
        p.terms.append(QStringLiteral("include:_spf.acme.example"));
        QCOMPARE(model.setPrimary(p).code(), ErrorCode::SelfInclude);

        QCOMPARE(model.setIncludeTarget(name("example.net")).code(), ErrorCode::DuplicateDomain);
        // Setting the primary itself means "no dedicated name".
        QVERIFY(model.setIncludeTarget(name("acme.example")).ok());
        QVERIFY(!model.project().includeTarget.has_value());
    }

    void mailServers()
    {
        ProjectModel model = modelWithPrimary();
        MailServer m;
        m.hostname = name("mail.acme.example");
        QCOMPARE(model.insertMailServer(-1, m).code(), ErrorCode::NoAddresses);
        m.addresses = {*spfm::net::IpAddress::parse("192.0.2.10"), *spfm::net::IpAddress::parse("2001:db8::10")};
        QCOMPARE(model.insertMailServer(-1, m).value(), 0);
        QCOMPARE(model.insertMailServer(-1, m).code(), ErrorCode::DuplicateDomain);
        MailServer twice = m;
        twice.hostname = name("mx2.acme.example");
        twice.addresses.append(*spfm::net::IpAddress::parse("2001:DB8:0::10"));
        QCOMPARE(model.insertMailServer(-1, twice).code(), ErrorCode::DuplicateAddress);
        const auto gone = model.removeMailServer(0);
        QVERIFY(gone.ok());
        QCOMPARE(gone.value().addresses.size(), 2);
    }

    void settings()
    {
        ProjectModel model = modelWithPrimary();
        QCOMPARE(model.setTtl(300).value(), 3600u);
        QCOMPARE(model.setTtl(-1).code(), ErrorCode::BadTtl);
        QCOMPARE(model.setTtl(2147483648LL).code(), ErrorCode::BadTtl);
        QCOMPARE(model.project().ttl, 300u);
        QCOMPARE(model.setNotes(QStringLiteral("n")), QString());

        ResolverSettings r;
        r.mode = ResolverMode::Servers;
        QCOMPARE(model.setResolver(r).code(), ErrorCode::BadResolverServer);
        r.servers = {ResolverServer::parse(QStringLiteral("[2001:db8::53]:5353")).value()};
        r.timeoutMs = 50;
        QCOMPARE(model.setResolver(r).code(), ErrorCode::BadResolverTimeout);
        r.timeoutMs = 1500;
        QVERIFY(model.setResolver(r).ok());
        QCOMPARE(model.project().resolver.servers.first().port, quint16(5353));
    }

    void resolverServer_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("v4") << QStringLiteral("192.0.2.53") << true << QStringLiteral("192.0.2.53");
        QTest::newRow("v4 port") << QStringLiteral("192.0.2.53:5353") << true << QStringLiteral("192.0.2.53:5353");
        QTest::newRow("v4 port 53") << QStringLiteral("192.0.2.53:53") << true << QStringLiteral("192.0.2.53");
        QTest::newRow("v6") << QStringLiteral("2001:db8::53") << true << QStringLiteral("2001:db8::53");
        QTest::newRow("v6 port") << QStringLiteral("[2001:DB8::53]:54") << true << QStringLiteral("[2001:db8::53]:54");
        QTest::newRow("port 0") << QStringLiteral("192.0.2.53:0") << false << QString();
        QTest::newRow("port big") << QStringLiteral("192.0.2.53:65536") << false << QString();
        QTest::newRow("name") << QStringLiteral("ns.example") << false << QString();
        QTest::newRow("v6 unclosed") << QStringLiteral("[2001:db8::53") << false << QString();
        QTest::newRow("empty port") << QStringLiteral("192.0.2.53:") << false << QString();
    }
    void resolverServer()
    {
        QFETCH(QString, input);
        QFETCH(bool, ok);
        QFETCH(QString, canonical);
        const auto r = ResolverServer::parse(input);
        QCOMPARE(r.ok(), ok);
        if (ok)
            QCOMPARE(r.value().toString(), canonical);
        else
            QCOMPARE(r.code(), ErrorCode::BadResolverServer);
    }

    void tenThousandDependentsInsertFast()
    {
        ProjectModel model = modelWithPrimary();
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 10000; ++i) {
            Dependent d;
            d.domain = DomainName::parse(QStringLiteral("d%1.example").arg(i)).value();
            QVERIFY(model.insertDependent(-1, std::move(d)).ok());
        }
        QCOMPARE(model.project().dependents.size(), 10000);
        QCOMPARE(model.insertDependent(-1, dependent("d9999.example")).code(), ErrorCode::DuplicateDomain);
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestProjectModel)
#include "tst_project_model.moc"
