#include "TestConfig.h"
#include "project/Generator.h"
#include "project/ProjectFile.h"

#include <QTest>

using namespace spfm::project;

namespace {

ProjectModel load(const QByteArray &json)
{
    auto r = ProjectFile::parse(json);
    if (!r)
        qFatal("test project does not load: %s", qPrintable(r.error().message));
    return std::move(r).value();
}

ProjectModel loadFile(const char *name)
{
    QFile f(QStringLiteral(SPF_TEST_DATA_DIR "/project/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", name);
    return load(f.readAll());
}

QByteArray project(const QByteArray &primaryTerms, const QByteArray &rest = {})
{
    return R"({"format": "spfmanager-project", "version": 1, "primary": {"domain": "acme.example", "terms": [)" +
           primaryTerms + "]}" + rest + "}";
}

QByteArray describe(const GeneratedRecord &r)
{
    return r.zone + " | " + r.owner + ' ' + recordTypeName(r.type) + ' ' + QByteArray::number(r.ttl) + ' ' + r.text;
}

bool hasCode(const spfm::lint::Diagnostics &d, const QByteArray &code)
{
    for (const auto &x : d) {
        if (x.code == code)
            return true;
    }
    return false;
}

} // namespace

class TestGenerator : public QObject
{
    Q_OBJECT

private slots:
    void issueShape()
    {
        const ProjectModel model = loadFile("issue-shape.spfproj");
        const Generation g = generate(model.project());
        QList<QByteArray> got;
        for (const GeneratedRecord &r : g.records)
            got.append(describe(r));
        const QList<QByteArray> expected = {
            "example.com | example.com TXT 3600 v=spf1 a mx ip4:192.0.2.0/24 -all",
            "example.com | mail.example.com TXT 3600 v=spf1 ip4:192.0.2.10 ip6:2001:db8::10 -all",
            "example.net | example.net TXT 3600 v=spf1 include:example.com -all",
            "example.org | example.org TXT 3600 v=spf1 include:example.com include:servers.mcsv.net ~all",
            "parked.example | parked.example TXT 3600 v=spf1 -all",
            "parked.example | parked.example MX 3600 0 .",
            "parked.example | _dmarc.parked.example TXT 3600 v=DMARC1; p=reject",
        };
        QCOMPARE(got, expected);
        QCOMPARE(g.records[0].role, RecordRole::PrimaryPolicy);
        QCOMPARE(g.records[1].role, RecordRole::Helo);
        QCOMPARE(g.records[5].role, RecordRole::NullMx);
        QCOMPARE(g.records[6].role, RecordRole::Dmarc);
        // lookups: primary a + mx = 2; dependent = 1 + 2; the newsletter include adds one more and an unknown tree
        QCOMPARE(g.records[0].lookups, 2);
        QVERIFY(!g.records[0].lookupsAtLeast);
        QCOMPARE(g.records[2].lookups, 3);
        QCOMPARE(g.records[3].lookups, 4);
        QVERIFY(g.records[3].lookupsAtLeast);
        QCOMPARE(g.records[1].lookups, 0);
        QCOMPARE(g.records[4].lookups, 0);
        QCOMPARE(g.records[5].lookups, -1);
        QVERIFY(!g.hasErrors());
        QCOMPARE(g.zones(), QList<QByteArray>({"example.com", "example.net", "example.org", "parked.example"}));
    }

    void termsKeptExactlyAsWritten()
    {
        const ProjectModel model = loadFile("roundtrip-input.spfproj");
        const Generation g = generate(model.project());
        QCOMPARE(g.records[0].owner, QByteArray("acme.example"));
        QCOMPARE(g.records[0].text,
                 QByteArray("v=spf1 MX a:Mail.Acme.example/24 ip6:2001:DB8::/32 exists:%{I}.%{l1r-}._spf.%{D} "
                            "+include:_SPF.Partner.example ?ptr ~all exp=explain.%{d}"));
        // type 99 copy right after, then the dedicated include target with the same policy
        QCOMPARE(g.records[1].type, RecordType::Spf);
        QCOMPARE(g.records[1].text, g.records[0].text);
        QCOMPARE(g.records[2].owner, QByteArray("_spf.acme.example"));
        QCOMPARE(g.records[2].role, RecordRole::IncludeTarget);
        QCOMPARE(g.records[2].zone, QByteArray("acme.example"));
        QCOMPARE(g.records[2].text, g.records[0].text);
        bool sawIdn = false;
        for (const GeneratedRecord &r : g.records) {
            if (r.owner == "xn--bcher-kva.example" && r.type == RecordType::Txt) {
                QCOMPARE(
                    r.text,
                    QByteArray("v=spf1 include:_spf.acme.example include:servers.mcsv.net IP4:198.51.100.0/24 ?all"));
                sawIdn = true;
            }
            QVERIFY(r.owner != "_dmarc.old.example");                            // dmarc: false
            QVERIFY(!(r.owner == "parked.example" && r.type == RecordType::Mx)); // null_mx: false
        }
        QVERIFY(sawIdn);
        QVERIFY(hasCode(g.diagnostics, "SPF307")); // RFC 7208 §3.1 warning for type 99
    }

    // RFC 7208 §6: a modifier's place does not matter, but the linter advises them last (SPF203) and redirect= is
    // ignored beside all (SPF202). Generated records must not earn either.
    void modifiersGoAfterAll_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QByteArray>("primary");
        QTest::addColumn<QByteArray>("dependent");
        const QByteArray head =
            R"({"format": "spfmanager-project", "version": 1, "primary": {"domain": "acme.example", )";
        const QByteArray dep = R"(, "dependents": [{"domain": "d.example", "terms": ["exp=why.d.example", "a"]}]})";
        QTest::newRow("exp") << head + R"("terms": ["a", "exp=explain.p.example"]})" + dep
                             << QByteArray("v=spf1 a -all exp=explain.p.example")
                             << QByteArray("v=spf1 include:acme.example a -all exp=why.d.example");
        QTest::newRow("modifiers keep their order, mechanisms theirs")
            << head + R"("terms": ["x-tag=1", "mx", "exp=e.acme.example", "ip4:192.0.2.0/24"], "all": "~"})" + dep
            << QByteArray("v=spf1 mx ip4:192.0.2.0/24 ~all x-tag=1 exp=e.acme.example")
            << QByteArray("v=spf1 include:acme.example a -all exp=why.d.example");
        QTest::newRow("redirect without all") << head + R"("terms": ["redirect=x.example", "a"], "all": "none"})" + dep
                                              << QByteArray("v=spf1 a redirect=x.example")
                                              << QByteArray("v=spf1 include:acme.example a -all exp=why.d.example");
    }
    void modifiersGoAfterAll()
    {
        QFETCH(QByteArray, json);
        QFETCH(QByteArray, primary);
        QFETCH(QByteArray, dependent);
        const Generation g = generate(load(json).project());
        QCOMPARE(g.records[0].text, primary);
        QCOMPARE(g.records[1].text, dependent);
        for (const GeneratedRecord &r : g.records) {
            for (const char *code : {"SPF202", "SPF203", "SPF212", kRedirectBesideAll})
                QVERIFY2(!hasCode(r.diagnostics, code), code);
        }
        QVERIFY(!g.hasErrors());
    }

    void redirectBesideAllIsAProjectError()
    {
        // Existing files with redirect= and the default all still load; the generator says what to change.
        const ProjectModel model = load(project(R"("redirect=x.example")", R"(, "include_target": "_spf.acme.example",
            "dependents": [{"domain": "d.example", "terms": ["redirect=y.example"], "all": "~"},
                           {"domain": "e.example", "terms": ["redirect=y.example"], "all": "none"}])"));
        const Generation g = generate(model.project());
        QCOMPARE(g.records[0].text, QByteArray("v=spf1 -all redirect=x.example"));
        QVERIFY(g.hasErrors());
        QList<QByteArray> flagged;
        for (const GeneratedRecord &r : g.records) {
            QVERIFY(!hasCode(r.diagnostics, "SPF202")); // reported once, as the project error
            for (const spfm::lint::Diagnostic &d : r.diagnostics) {
                if (d.code != kRedirectBesideAll)
                    continue;
                QCOMPARE(d.severity, spfm::lint::Severity::Error);
                QCOMPARE(d.rfcSection, QByteArray("7208 §6.1"));
                QCOMPARE(d.domain, r.owner);
                QVERIFY(d.fix.contains(QLatin1String("none")));
                flagged.append(r.owner);
            }
        }
        QCOMPARE(flagged, QList<QByteArray>({"acme.example", "_spf.acme.example", "d.example"}));
        QCOMPARE(g.records[3].text, QByteArray("v=spf1 include:_spf.acme.example redirect=y.example"));
    }

    void lookupArithmetic_data()
    {
        QTest::addColumn<QByteArray>("terms");
        QTest::addColumn<int>("primary");
        QTest::addColumn<int>("dependent");
        QTest::addColumn<bool>("errors");
        QTest::newRow("ip only") << QByteArray(R"("ip4:192.0.2.0/24")") << 0 << 1 << false;
        QTest::newRow("nine") << QByteArray(R"("a", "mx", "a:a.example", "a:b.example", "a:c.example", "a:d.example",
                                              "a:e.example", "a:f.example", "exists:g.example")")
                              << 9 << 10 << false;
        QTest::newRow("ten") << QByteArray(R"("a", "mx", "a:a.example", "a:b.example", "a:c.example", "a:d.example",
                                             "a:e.example", "a:f.example", "exists:g.example", "ptr")")
                             << 10 << 11 << true;
    }
    void lookupArithmetic()
    {
        QFETCH(QByteArray, terms);
        QFETCH(int, primary);
        QFETCH(int, dependent);
        QFETCH(bool, errors);
        const ProjectModel model = load(project(terms, R"(, "dependents": [{"domain": "d.example"}])"));
        const Generation g = generate(model.project());
        QCOMPARE(g.records[0].lookups, primary);
        QCOMPARE(g.records[1].lookups, dependent);
        QCOMPARE(g.hasErrors(), errors);
        QCOMPARE(hasCode(g.records[1].diagnostics, "SPF401"), dependent > 10);
        QCOMPARE(hasCode(g.records[1].diagnostics, "SPF402"), dependent >= 8 && dependent <= 10);
    }

    // SPF401 names the term whose lookups cross the limit: the include when the primary alone fills it, else the
    // dependent's own term. The linter's own-term count is not repeated beside it.
    void limitNamesTheCrossingTerm_data()
    {
        QTest::addColumn<QByteArray>("dependentTerms");
        QTest::addColumn<QByteArray>("term");
        QTest::addColumn<int>("lookups");
        QTest::newRow("own term") << QByteArray(R"("ip4:192.0.2.1", "a:x.example", "mx")") << QByteArray("a:x.example")
                                  << 12;
        QTest::newRow("redirect last") << QByteArray(R"("redirect=r.example", "ip4:192.0.2.1")")
                                       << QByteArray("redirect=r.example") << 11;
    }
    void limitNamesTheCrossingTerm()
    {
        QFETCH(QByteArray, dependentTerms);
        QFETCH(QByteArray, term);
        QFETCH(int, lookups);
        const QByteArray nine = R"("a", "mx", "a:a.example", "a:b.example", "a:c.example", "a:d.example",
                                   "a:e.example", "a:f.example", "exists:g.example")";
        const Generation g =
            generate(load(project(nine, R"(, "dependents": [{"domain": "d.example", "all": "none", "terms": [)" +
                                            dependentTerms + "]}]"))
                         .project());
        const GeneratedRecord &d = g.records[1];
        QCOMPARE(d.lookups, lookups);
        int over = 0;
        for (const spfm::lint::Diagnostic &x : d.diagnostics) {
            if (x.code != "SPF401")
                continue;
            ++over;
            QCOMPARE(x.term, term);
            QCOMPARE(d.text.mid(x.offset, term.size()), term);
        }
        QCOMPARE(over, 1);

        // The primary alone at 10: the include itself is the 11th lookup of every dependent.
        const Generation ten =
            generate(load(project(nine + R"(, "ptr")", R"(, "dependents": [{"domain": "d.example"}])")).project());
        QCOMPARE(ten.records[1].diagnostics.size(), 1);
        QCOMPARE(ten.records[1].diagnostics[0].code, QByteArray("SPF401"));
        QCOMPARE(ten.records[1].diagnostics[0].term, QByteArray("include:acme.example"));
        QCOMPARE(ten.records[1].diagnostics[0].offset, 7);
        for (const spfm::lint::Diagnostic &x : ten.records[0].diagnostics)
            QVERIFY2(x.code != "SPF401", x.message.toUtf8().constData()); // 10 is allowed; SPF402 instead
    }

    void longPolicySplitsAndWarns()
    {
        QByteArray terms;
        for (int i = 0; i < 30; ++i)
            terms += (i ? ", " : "") + QByteArray("\"ip4:198.51.100.") + QByteArray::number(i) + "\"";
        const ProjectModel model = load(project(terms));
        const Generation g = generate(model.project());
        const QByteArray &text = g.records[0].text;
        QVERIFY(text.size() > 512);
        // The size is judged once: the linter's SPF303, not the generator's SPF302 beside it.
        QVERIFY(hasCode(g.records[0].diagnostics, "SPF303"));
        QVERIFY(!hasCode(g.records[0].diagnostics, "SPF302"));
        QVERIFY(!g.hasErrors()); // 255-octet strings are split, not an error
        const QList<QByteArray> strings = txtStrings(text);
        QCOMPARE(strings.size(), int((text.size() + 254) / 255));
        QCOMPARE(strings[0].size(), 255);
        QCOMPARE(strings.join(), text);
    }

    void sizeWarningOnce_data()
    {
        QTest::addColumn<int>("terms");
        QTest::addColumn<QByteArray>("code");
        QTest::newRow("over 450") << 24 << QByteArray("SPF302");
        QTest::newRow("over 512") << 28 << QByteArray("SPF303");
    }
    void sizeWarningOnce()
    {
        QFETCH(int, terms);
        QFETCH(QByteArray, code);
        QByteArray list;
        for (int i = 0; i < terms; ++i)
            list += (i ? ", " : "") + QByteArray("\"ip4:198.51.100.") + QByteArray::number(100 + i) + "\"";
        for (bool lint : {true, false}) {
            const Generation g = generate(load(project(list)).project(), GeneratorOptions{lint});
            int sizeFindings = 0;
            for (const auto &d : g.records[0].diagnostics)
                sizeFindings += d.code == "SPF302" || d.code == "SPF303" ? 1 : 0;
            QCOMPARE(sizeFindings, 1);
            // Without the linter, the generator's own advice stands in.
            QVERIFY(hasCode(g.records[0].diagnostics, lint ? code : QByteArray("SPF302")));
        }
    }

    void txtStringsEdges()
    {
        QCOMPARE(txtStrings(QByteArray()), QList<QByteArray>{QByteArray()});
        QCOMPARE(txtStrings(QByteArray(255, 'x')).size(), 1);
        QCOMPARE(txtStrings(QByteArray(256, 'x')).size(), 2);
        QCOMPARE(txtStrings(QByteArray(510, 'x')).size(), 2);
    }

    void badTermIsAnError()
    {
        const ProjectModel model = load(project(R"("a", "ip4:192.0.2.300", "mx")"));
        const Generation g = generate(model.project());
        QVERIFY(g.hasErrors());
        QCOMPARE(g.records[0].text, QByteArray("v=spf1 a ip4:192.0.2.300 mx -all"));
        bool found = false;
        for (const auto &d : g.records[0].diagnostics)
            found = found || (d.severity == spfm::lint::Severity::Error && d.domain == "acme.example");
        QVERIFY(found);
    }

    void plusAllWarnsLoudly()
    {
        const ProjectModel model = load(
            R"({"format": "spfmanager-project", "version": 1, "primary": {"domain": "acme.example", "terms": ["mx"], "all": "+"}})");
        const Generation g = generate(model.project());
        QCOMPARE(g.records[0].text, QByteArray("v=spf1 mx +all"));
        QVERIFY(hasCode(g.diagnostics, "SPF501"));
    }

    void heloNames()
    {
        const ProjectModel model = load(project(R"("mx")", R"(, "dependents": [{"domain": "d.example"}],
            "mail_servers": [{"hostname": "acme.example", "addresses": ["192.0.2.1"]},
                             {"hostname": "out.hoster.example", "addresses": ["2001:db8::25", "192.0.2.25"]},
                             {"hostname": "mx.d.example", "addresses": ["192.0.2.26"]}])"));
        const Generation g = generate(model.project());
        QList<QByteArray> got;
        for (const GeneratedRecord &r : g.records)
            got.append(describe(r));
        QCOMPARE(got,
                 QList<QByteArray>({
                     "acme.example | acme.example TXT 3600 v=spf1 mx -all",
                     "d.example | d.example TXT 3600 v=spf1 include:acme.example -all",
                     "d.example | mx.d.example TXT 3600 v=spf1 ip4:192.0.2.26 -all",
                     "out.hoster.example | out.hoster.example TXT 3600 v=spf1 ip6:2001:db8::25 ip4:192.0.2.25 -all",
                 }));
        // The HELO name that is the primary itself gets no second v=spf1 record (RFC 7208 §4.5), but a note.
        QVERIFY(hasCode(g.diagnostics, kHeloNameHasPolicy));
    }

    // Before publishing, check_host of each server address over the generated records (RFC 7208 §2.4, §4), when
    // the primary's policy needs no name the project does not know.
    void serversAuthorisedBeforePublishing_data()
    {
        QTest::addColumn<QByteArray>("terms");
        QTest::addColumn<QByteArray>("all");
        QTest::addColumn<QByteArrayList>("flagged"); // the suggested terms, in server order
        QTest::newRow("outside the network") << QByteArray(R"("ip4:198.51.100.0/28")") << QByteArray("-")
                                             << QByteArrayList{"ip4:203.0.113.9", "ip6:2001:db8::25"};
        QTest::newRow("all listed") << QByteArray(R"("ip4:198.51.100.0/28", "ip4:203.0.113.9", "ip6:2001:db8::/32")")
                                    << QByteArray("~") << QByteArrayList{};
        // a: asks A for IPv4 clients and AAAA for IPv6 ones (§5.3); the explanation never decides (§6.2).
        QTest::newRow("a of a project server")
            << QByteArray(R"("a:mx1.acme.example", "exp=why.%{d}")") << QByteArray("-")
            << QByteArrayList{"ip4:203.0.113.9", "ip6:2001:db8::25"};
        QTest::newRow("a of a server with both families")
            << QByteArray(R"("a:out.acme.example", "ip4:198.51.100.0/28")") << QByteArray("-") << QByteArrayList{};
        QTest::newRow("neutral without all") << QByteArray(R"("ip4:198.51.100.0/28")") << QByteArray("none")
                                             << QByteArrayList{"ip4:203.0.113.9", "ip6:2001:db8::25"};
        // Not decidable offline: the verifier judges these after publishing.
        QTest::newRow("external include")
            << QByteArray(R"("include:_spf.hoster.example")") << QByteArray("-") << QByteArrayList{};
        QTest::newRow("mx of the primary")
            << QByteArray(R"("ip4:198.51.100.0/28", "mx")") << QByteArray("-") << QByteArrayList{};
        QTest::newRow("redirect elsewhere")
            << QByteArray(R"("redirect=_spf.hoster.example")") << QByteArray("none") << QByteArrayList{};
    }
    void serversAuthorisedBeforePublishing()
    {
        QFETCH(QByteArray, terms);
        QFETCH(QByteArray, all);
        QFETCH(QByteArrayList, flagged);
        const Generation g =
            generate(load(project(terms, R"(, "mail_servers": [
                {"hostname": "mx1.acme.example", "addresses": ["198.51.100.3"]},
                {"hostname": "out.acme.example", "addresses": ["203.0.113.9", "2001:db8::25"]}],
            "dependents": [{"domain": "d.example"}])")
                              .replace(R"("terms": [)", QByteArray("\"all\": \"" + all + "\", \"terms\": [")))
                         .project());
        QByteArrayList got;
        for (const GeneratedRecord &r : g.records) {
            for (const spfm::lint::Diagnostic &d : r.diagnostics) {
                if (d.code != kServerNotAuthorised)
                    continue;
                QCOMPARE(r.role, RecordRole::PrimaryPolicy);
                QCOMPARE(d.severity, spfm::lint::Severity::Error);
                QCOMPARE(d.domain, QByteArray("acme.example"));
                QVERIFY(d.message.contains(QLatin1String("out.acme.example")));
                QVERIFY(d.message.contains(QString::fromLatin1(d.term.mid(4))));
                QVERIFY(d.fix.contains(QString::fromLatin1(d.term)));
                got.append(d.term);
            }
        }
        QCOMPARE(got, flagged);
        QCOMPARE(g.hasErrors(), !flagged.isEmpty());
    }

    void tenThousandDependentsAreFast()
    {
        ProjectModel model = load(project(R"("a", "mx", "ip4:192.0.2.0/24")"));
        for (int i = 0; i < 10000; ++i) {
            Dependent d;
            d.domain = DomainName::parse(QStringLiteral("dependent-%1.example").arg(i)).value();
            if (i % 100 == 0)
                d.terms = {QStringLiteral("include:news%1.example").arg(i)};
            QVERIFY(model.insertDependent(-1, std::move(d)).ok());
        }
        QElapsedTimer t;
        t.start();
        const Generation g = generate(model.project());
        const qint64 ms = t.elapsed();
        QCOMPARE(g.records.size(), 10001);
        QCOMPARE(g.records.last().text, QByteArray("v=spf1 include:acme.example -all"));
        QCOMPARE(g.records[1].text, QByteArray("v=spf1 include:acme.example include:news0.example -all"));
        qInfo("generate 10,000 dependents: %lld ms", ms);
        QVERIFY2(ms < 1000, qPrintable(QString::number(ms)));
    }
};

QTEST_GUILESS_MAIN(TestGenerator)
#include "tst_generator.moc"
