#include "dns/MemoryZone.h"
#include "lint/Linter.h"

#include <QSet>
#include <QTest>

using namespace spfm;
using namespace spfm::lint;

namespace {

class Zone
{
public:
    Zone &txt(const char *name, QList<QByteArray> strings, dns::RRType type = dns::RRType::TXT)
    {
        dns::ResourceRecord rr;
        rr.owner = dns::normalizeName(name);
        rr.type = type;
        rr.ttl = 300;
        rr.strings = std::move(strings);
        zone.addRecord(rr);
        return *this;
    }
    Zone &spf(const char *name, const char *text) { return txt(name, {QByteArray(text)}); }
    Zone &a(const char *name, const char *address)
    {
        dns::ResourceRecord rr;
        rr.owner = dns::normalizeName(name);
        rr.address = *net::IpAddress::parse(QByteArrayView(address));
        rr.type = rr.address.isV4() ? dns::RRType::A : dns::RRType::AAAA;
        zone.addRecord(rr);
        return *this;
    }
    Zone &mx(const char *name, int preference, const char *exchange)
    {
        dns::ResourceRecord rr;
        rr.owner = dns::normalizeName(name);
        rr.type = dns::RRType::MX;
        rr.preference = std::uint16_t(preference);
        rr.target = dns::normalizeName(exchange);
        zone.addRecord(rr);
        return *this;
    }
    dns::MemoryZone zone;
};

// Stands in for a live resolver: a question is "in flight" the first time it is asked and answered on the next run.
class SlowResolver : public dns::Resolver
{
public:
    explicit SlowResolver(dns::Resolver &inner)
        : m_inner(inner)
    {}
    std::optional<dns::Answer> lookup(const dns::Question &q) override
    {
        if (!m_arrived.contains(q)) {
            m_inFlight.insert(q);
            return std::nullopt;
        }
        return m_inner.lookup(q);
    }
    // The network delivers everything asked so far.
    void deliver()
    {
        m_arrived.unite(m_inFlight);
        m_inFlight.clear();
    }
    qsizetype inFlight() const { return m_inFlight.size(); }

private:
    dns::Resolver &m_inner;
    QSet<dns::Question> m_inFlight, m_arrived;
};

QList<const Diagnostic *> findAll(const LintReport &r, const QByteArray &code)
{
    QList<const Diagnostic *> out;
    for (const Diagnostic &d : r.diagnostics) {
        if (d.code == code)
            out.append(&d);
    }
    return out;
}

const Diagnostic *find(const LintReport &r, const QByteArray &code)
{
    const auto all = findAll(r, code);
    return all.isEmpty() ? nullptr : all.first();
}

QByteArray dump(const LintReport &r)
{
    QByteArray out = "static " + QByteArray::number(r.staticLookups) + " path " + QByteArray::number(r.pathLookups) +
                     " void " + QByteArray::number(r.pathVoidLookups) + "\n";
    for (const Diagnostic &d : r.diagnostics)
        out += d.code + " " + d.domain + " [" + d.term + "] " + d.message.toUtf8() + "\n";
    return out;
}

LintReport lintAt(Zone &z, const char *domain)
{
    return lintDomain(domain, z.zone);
}

} // namespace

class TestLintTree : public QObject
{
    Q_OBJECT

private slots:
    // The conformance suite's include-at-limit case: 11 lookups in the tree, but 1.2.3.4 matches at the tenth.
    void limitOnSomePaths()
    {
        Zone z;
        z.spf("e8.example.com", "v=spf1 a include:inc.example.com ip4:1.2.3.4 mx -all")
            .a("e8.example.com", "1.2.3.4")
            .spf("inc.example.com", "v=spf1 a a a a a a a a")
            .a("inc.example.com", "1.2.3.10");
        const LintReport r = lintAt(z, "e8.example.com");
        QCOMPARE(r.status, LintStatus::Complete);
        QCOMPARE(r.staticLookups, 11);
        QCOMPARE(r.pathLookups, 11);
        QCOMPARE(r.pathResult, QByteArray("permerror")); // receivers stop at the 11th lookup
        QCOMPARE(r.staticSpends.size(), 11);
        QCOMPARE(r.pathSpends.size(), 11);
        // Which term spent each lookup.
        QCOMPARE(r.pathSpends[0].termText, QByteArray("a"));
        QCOMPARE(r.pathSpends[0].domain, QByteArray("e8.example.com"));
        QCOMPARE(r.pathSpends[1].termText, QByteArray("include:inc.example.com"));
        QCOMPARE(r.pathSpends[2].domain, QByteArray("inc.example.com"));
        QCOMPARE(r.pathSpends[10].termText, QByteArray("mx"));
        QCOMPARE(r.pathSpends[10].count, 11);
        const Diagnostic *over = find(r, "SPF401");
        QVERIFY2(over, dump(r).constData());
        QCOMPARE(over->term, QByteArray("mx"));
        QCOMPARE(over->domain, QByteArray("e8.example.com"));
        QVERIFY2(find(r, "SPF406"), dump(r).constData());
        QVERIFY(!find(r, "SPF415"));
        // The tree marks the term past the limit.
        const TreeNode &root = r.nodes[0];
        QCOMPARE(root.terms[3].text, QByteArray("mx"));
        QVERIFY(root.terms[3].pastStaticLimit);
        QVERIFY(root.terms[3].pastPathLimit);
        QCOMPARE(root.terms[3].staticTotal, 11);
        QVERIFY(!root.terms[0].pastStaticLimit);
        const int child = root.terms[1].child;
        QVERIFY(child > 0);
        QCOMPARE(r.nodes[child].domain, QByteArray("inc.example.com"));
        QCOMPARE(r.nodes[child].terms.size(), 8);
        QCOMPARE(r.nodes[child].terms[7].staticTotal, 10);
    }

    // Per path for one client: the receiver's lazy count for that address, as check_host would spend it.
    void givenClientAddress_data()
    {
        QTest::addColumn<QByteArray>("ip");
        QTest::addColumn<int>("lookups");
        QTest::addColumn<QByteArray>("result");
        QTest::addColumn<bool>("overLimit");
        QTest::newRow("matched by ip4 at the tenth") << QByteArray("1.2.3.4") << 10 << QByteArray("pass") << false;
        QTest::newRow("matched by a first") << QByteArray("1.2.3.9") << 1 << QByteArray("pass") << false;
        QTest::newRow("matched inside the include") << QByteArray("1.2.3.10") << 4 << QByteArray("pass") << false;
        QTest::newRow("matched by nothing") << QByteArray("1.2.3.5") << 11 << QByteArray("permerror") << true;
        QTest::newRow("IPv4-mapped IPv6 is IPv4") << QByteArray("::ffff:1.2.3.4") << 10 << QByteArray("pass") << false;
        QTest::newRow("IPv6 asks AAAA") << QByteArray("2001:db8::9") << 1 << QByteArray("pass") << false;
    }

    void givenClientAddress()
    {
        QFETCH(QByteArray, ip);
        QFETCH(int, lookups);
        QFETCH(QByteArray, result);
        QFETCH(bool, overLimit);
        Zone z;
        z.spf("e8.example.com", "v=spf1 a include:inc.example.com ip4:1.2.3.4 mx -all")
            .a("e8.example.com", "1.2.3.9")
            .a("e8.example.com", "2001:db8::9")
            .spf("inc.example.com", "v=spf1 a:nothing.example.com a a a a a a a")
            .a("nothing.example.com", "1.2.3.11")
            .a("inc.example.com", "1.2.3.10");
        LintOptions o;
        o.clientIp = net::IpAddress::parse(ip);
        const LintReport r = lintDomain("e8.example.com", z.zone, o);
        QCOMPARE(r.pathLookups, lookups);
        QCOMPARE(r.pathResult, result);
        QCOMPARE(r.pathSpends.size(), lookups);
        QCOMPARE(bool(find(r, "SPF401")), overLimit);
        QVERIFY(!find(r, "SPF406")); // a given address is one path, not "some paths"
        QCOMPARE(r.staticLookups, 11);
        QCOMPARE(r.worstCaseIp, o.clientIp->mappedV4().value_or(*o.clientIp).toText());
    }

    void limitOnEveryPath()
    {
        Zone z;
        QByteArray root = "v=spf1";
        for (int i = 1; i <= 11; ++i) {
            const QByteArray name = "n" + QByteArray::number(i) + ".example.com";
            root += " include:" + name;
            z.spf(name.constData(), "v=spf1 -all");
        }
        root += " -all";
        z.spf("example.com", root.constData());
        const LintReport r = lintAt(z, "example.com");
        QCOMPARE(r.pathLookups, 11);
        QVERIFY2(find(r, "SPF401"), dump(r).constData());
        QCOMPARE(find(r, "SPF401")->term, QByteArray("include:n11.example.com"));
        QVERIFY2(!find(r, "SPF406"), dump(r).constData()); // nothing before the 11th lookup can match
        // The walk counts the path itself: the record's own count (offline lint) is not added beside it.
        const LintReport tree = lintRecordTree(root, "example.com", z.zone);
        for (const LintReport *report : {&r, &tree}) {
            int over = 0;
            for (const Diagnostic &d : report->diagnostics)
                over += d.code == "SPF401" ? 1 : 0;
            QVERIFY2(over == 1, dump(*report).constData());
        }
    }

    void atLimitWarnsOfHeadroom()
    {
        Zone z;
        z.spf("e6.example.com", "v=spf1 a mx a mx a mx a mx a ptr ip4:1.2.3.4 -all")
            .a("e6.example.com", "1.2.3.8")
            .mx("e6.example.com", 10, "e6.example.com");
        const LintReport r = lintAt(z, "e6.example.com");
        QCOMPARE(r.staticLookups, 10);
        QCOMPARE(r.pathLookups, 10);
        QVERIFY(!find(r, "SPF401"));
        QVERIFY2(find(r, "SPF402"), dump(r).constData());

        Zone small;
        small.spf("s.example.com", "v=spf1 a mx -all")
            .a("s.example.com", "1.2.3.8")
            .mx("s.example.com", 10, "s.example.com");
        const LintReport r2 = lintAt(small, "s.example.com");
        QVERIFY2(!find(r2, "SPF402") && !find(r2, "SPF401"), dump(r2).constData());
    }

    void staticOnlyWhenTermsAreDead()
    {
        Zone z;
        QByteArray root = "v=spf1 ip4:20.1.2.3 -all";
        for (int i = 1; i <= 11; ++i)
            root += " a:h" + QByteArray::number(i) + ".example.com";
        z.spf("example.com", root.constData());
        for (int i = 1; i <= 11; ++i)
            z.a(QByteArray("h" + QByteArray::number(i) + ".example.com").constData(), "20.1.2.4");
        const LintReport r = lintAt(z, "example.com");
        QCOMPARE(r.staticLookups, 11);
        QCOMPARE(r.pathLookups, 0);
        QVERIFY2(find(r, "SPF415"), dump(r).constData());
        QVERIFY(!find(r, "SPF401"));
        QVERIFY(r.nodes[0].terms[2].dead);
        QCOMPARE(r.nodes[0].terms[2].pathTotal, -1);
    }

    void loops_data()
    {
        QTest::addColumn<QByteArray>("a");
        QTest::addColumn<QByteArray>("b");
        QTest::addColumn<QString>("chain");
        QTest::newRow("include") << QByteArray("v=spf1 include:b.example.com -all")
                                 << QByteArray("v=spf1 include:a.example.com -all")
                                 << QStringLiteral("a.example.com -> b.example.com -> a.example.com");
        QTest::newRow("redirect") << QByteArray("v=spf1 redirect=b.example.com")
                                  << QByteArray("v=spf1 redirect=a.example.com")
                                  << QStringLiteral("a.example.com -> b.example.com -> a.example.com");
        QTest::newRow("self") << QByteArray("v=spf1 ip4:20.1.2.3 redirect=a.example.com") << QByteArray("v=spf1 -all")
                              << QStringLiteral("a.example.com -> a.example.com");
    }

    void loops()
    {
        QFETCH(QByteArray, a);
        QFETCH(QByteArray, b);
        QFETCH(QString, chain);
        Zone z;
        z.spf("a.example.com", a.constData()).spf("b.example.com", b.constData());
        const LintReport r = lintAt(z, "a.example.com");
        const Diagnostic *d = find(r, "SPF407");
        QVERIFY2(d, dump(r).constData());
        QVERIFY2(d->message.contains(chain), qPrintable(d->message));
        bool loopNode = false;
        for (const TreeNode &n : r.nodes)
            loopNode = loopNode || n.state == TreeNode::State::Loop;
        QVERIFY(loopNode);
    }

    void noLoopForDiamond()
    {
        // The same domain reached twice along different branches is not a loop.
        Zone z;
        z.spf("a.example.com", "v=spf1 include:b.example.com include:c.example.com -all")
            .spf("b.example.com", "v=spf1 include:d.example.com -all")
            .spf("c.example.com", "v=spf1 include:d.example.com -all")
            .spf("d.example.com", "v=spf1 ip4:20.1.2.3 -all");
        const LintReport r = lintAt(z, "a.example.com");
        QVERIFY2(!find(r, "SPF407"), dump(r).constData());
        QCOMPARE(r.staticLookups, 4);
        QCOMPARE(r.nodes.size(), 5);
    }

    void voidLookups()
    {
        Zone z;
        z.spf("three.example.com", "v=spf1 a:err1.example.com a:err2.example.com mx:err3.example.com ?all")
            .spf("two.example.com", "v=spf1 a:err1.example.com a:err2.example.com ?all");
        LintReport r = lintAt(z, "three.example.com");
        QCOMPARE(r.staticVoidLookups, 3);
        QCOMPARE(r.pathVoidLookups, 3);
        QCOMPARE(findAll(r, "SPF404").size(), 3);
        QCOMPARE(r.voidSpends[2].termText, QByteArray("mx:err3.example.com"));
        const Diagnostic *over = find(r, "SPF403");
        QVERIFY2(over, dump(r).constData());
        QCOMPARE(over->term, QByteArray("mx:err3.example.com"));
        QVERIFY(r.nodes[0].terms[0].voidLookup);

        r = lintAt(z, "two.example.com");
        QCOMPARE(findAll(r, "SPF404").size(), 2);
        QVERIFY2(!find(r, "SPF403"), dump(r).constData());

        Zone ok;
        ok.spf("ok.example.com", "v=spf1 a -all").a("ok.example.com", "20.1.2.3");
        QVERIFY(!find(lintAt(ok, "ok.example.com"), "SPF404"));
    }

    void targets_data()
    {
        QTest::addColumn<QByteArray>("root");
        QTest::addColumn<QByteArray>("target"); // the record at t.example.com; empty: none
        QTest::addColumn<QByteArray>("code");
        QTest::addColumn<bool>("fires");
        auto row = [](const char *name, const char *root, const char *target, const char *code, bool fires) {
            QTest::newRow(name) << QByteArray(root) << QByteArray(target) << QByteArray(code) << fires;
        };
        row("SPF408 include without record", "v=spf1 include:t.example.com -all", "", "SPF408", true);
        row("SPF408 not with record", "v=spf1 include:t.example.com -all", "v=spf1 -all", "SPF408", false);
        row("SPF409 redirect without record", "v=spf1 redirect=t.example.com", "", "SPF409", true);
        row("SPF409 not with record", "v=spf1 redirect=t.example.com", "v=spf1 -all", "SPF409", false);
        row("SPF410 target syntax error", "v=spf1 include:t.example.com -all", "v=spf1 ipv4:1.2.3.4 -all", "SPF410",
            true);
        row("SPF410 not for valid target", "v=spf1 include:t.example.com -all", "v=spf1 ip4:20.1.2.3 -all", "SPF410",
            false);
        row("SPF411 include +all", "v=spf1 include:t.example.com -all", "v=spf1 +all", "SPF411", true);
        row("SPF411 not for -all", "v=spf1 include:t.example.com -all", "v=spf1 ip4:20.1.2.3 -all", "SPF411", false);
        row("SPF501 redirect to +all", "v=spf1 redirect=t.example.com", "v=spf1 all", "SPF501", true);
        row("SPF414 exp target missing", "v=spf1 -all exp=t.example.com", "", "SPF414", true);
        row("SPF414 exp bad macro", "v=spf1 -all exp=t.example.com", "Denied %{", "SPF414", true);
        row("SPF414 not for good exp", "v=spf1 -all exp=t.example.com", "Not allowed from %{i}", "SPF414", false);
        row("SPF416 macro target", "v=spf1 exists:%{i}.t.example.com -all", "", "SPF416", true);
        row("SPF416 not for %{d}", "v=spf1 include:t.%{d} -all", "", "SPF416", false);
    }

    void targets()
    {
        QFETCH(QByteArray, root);
        QFETCH(QByteArray, target);
        QFETCH(QByteArray, code);
        QFETCH(bool, fires);
        Zone z;
        z.spf("example.com", root.constData());
        if (!target.isEmpty())
            z.spf("t.example.com", target.constData());
        z.a("t.example.com", "20.1.2.3");
        const LintReport r = lintAt(z, "example.com");
        QVERIFY2(bool(find(r, code)) == fires, dump(r).constData());
        if (fires) {
            const Diagnostic *d = find(r, code);
            QCOMPARE(d->domain, QByteArray("example.com"));
            QVERIFY(!d->term.isEmpty());
            QVERIFY(!d->fix.isEmpty());
        }
    }

    void missingTargetMessageReads()
    {
        Zone z;
        z.spf("example.com", "v=spf1 include:nx.example.com include:t.example.com -all");
        z.a("t.example.com", "20.1.2.3");
        const LintReport r = lintAt(z, "example.com");
        QStringList messages;
        for (const Diagnostic &d : r.diagnostics) {
            if (d.code == "SPF408")
                messages.append(d.message);
        }
        QCOMPARE(messages,
                 QStringList({QStringLiteral("`include:nx.example.com` points to nx.example.com: the domain does not "
                                             "exist (NXDOMAIN). Receivers return permerror (§5.2), not \"no match\"."),
                              QStringLiteral("`include:t.example.com` points to t.example.com: no v=spf1 TXT record. "
                                             "Receivers return permerror (§5.2), not \"no match\".")}));
    }

    void includeTargetDnsFailure()
    {
        Zone z;
        z.spf("example.com", "v=spf1 include:t.example.com a:h.example.com -all");
        z.zone.addFailure("t.example.com", dns::ResponseCode::ServFail);
        z.zone.addFailure("h.example.com", dns::ResponseCode::Timeout);
        const LintReport r = lintAt(z, "example.com");
        const Diagnostic *d = find(r, "SPF410");
        QVERIFY2(d && d->message.contains(QStringLiteral("temperror")), dump(r).constData());
        QVERIFY2(find(r, "SPF418"), dump(r).constData());
        QVERIFY(!find(r, "SPF408"));
    }

    void mxChecks()
    {
        Zone z;
        z.spf("many.example.com", "v=spf1 mx -all");
        for (int i = 0; i < 11; ++i)
            z.mx("many.example.com", i, "mail.example.com");
        z.a("mail.example.com", "20.1.2.3");
        LintReport r = lintAt(z, "many.example.com");
        QVERIFY2(find(r, "SPF405"), dump(r).constData());
        QCOMPARE(r.nodes[0].terms[0].mxNames, 11);

        z.spf("ten.example.com", "v=spf1 mx -all");
        for (int i = 0; i < 10; ++i)
            z.mx("ten.example.com", i, "mail.example.com");
        r = lintAt(z, "ten.example.com");
        QVERIFY2(!find(r, "SPF405") && !find(r, "SPF419"), dump(r).constData());

        z.spf("null.example.com", "v=spf1 mx -all").mx("null.example.com", 0, ".");
        r = lintAt(z, "null.example.com");
        QVERIFY2(find(r, "SPF412"), dump(r).constData());
        QVERIFY(!find(lintAt(z, "ten.example.com"), "SPF412"));

        z.spf("noaddr.example.com", "v=spf1 mx -all").mx("noaddr.example.com", 10, "gone.example.com");
        r = lintAt(z, "noaddr.example.com");
        QVERIFY2(find(r, "SPF419"), dump(r).constData());
    }

    void ipv6Hosts()
    {
        Zone z;
        z.spf("example.com", "v=spf1 a:v4only.example.com ip6:2a00:1450::/32 -all")
            .a("v4only.example.com", "20.1.2.3")
            .spf("both.example.com", "v=spf1 a:dual.example.com ip6:2a00:1450::/32 -all")
            .a("dual.example.com", "20.1.2.4")
            .a("dual.example.com", "2a00:1450::1");
        LintOptions o;
        o.checkIpv6Hosts = true;
        QVERIFY(find(lintDomain("example.com", z.zone, o), "SPF413"));
        QVERIFY(!find(lintDomain("both.example.com", z.zone, o), "SPF413"));
        QVERIFY(!find(lintDomain("example.com", z.zone), "SPF413")); // off by default
    }

    void publishing()
    {
        Zone z;
        QVERIFY(find(lintAt(z, "nowhere.example.com"), "SPF310"));
        z.a("norecord.example.com", "20.1.2.3").txt("norecord.example.com", {"google-site-verification=x"});
        LintReport r = lintAt(z, "norecord.example.com");
        QVERIFY2(find(r, "SPF309") && !find(r, "SPF310"), dump(r).constData());

        z.spf("two.example.com", "v=spf1 -all").spf("two.example.com", "v=spf1 mx -all");
        r = lintAt(z, "two.example.com");
        QVERIFY2(find(r, "SPF306"), dump(r).constData());
        QVERIFY(!find(lintAt(z, "norecord.example.com"), "SPF306"));

        z.spf("sid.example.com", "v=spf1 -all").spf("sid.example.com", "spf2.0/mfrom,pra -all");
        r = lintAt(z, "sid.example.com");
        QVERIFY2(find(r, "SPF305") && !find(r, "SPF306"), dump(r).constData());

        z.spf("t99.example.com", "v=spf1 -all").txt("t99.example.com", {"v=spf1 a -all"}, dns::RRType::SPF);
        r = lintAt(z, "t99.example.com");
        QVERIFY2(find(r, "SPF307") && find(r, "SPF308"), dump(r).constData());
        z.spf("same99.example.com", "v=spf1 -all").txt("same99.example.com", {"v=spf1 -all"}, dns::RRType::SPF);
        r = lintAt(z, "same99.example.com");
        QVERIFY2(find(r, "SPF307") && !find(r, "SPF308"), dump(r).constData());
        QVERIFY(!find(lintAt(z, "two.example.com"), "SPF307"));
        // Only the obsolete type: the finding says that is why receivers see no policy, and moves it to TXT.
        z.a("only99.example.com", "20.1.2.3").txt("only99.example.com", {"v=spf1 a -all"}, dns::RRType::SPF);
        r = lintAt(z, "only99.example.com");
        QVERIFY2(find(r, "SPF309") && find(r, "SPF307") && !find(r, "SPF308"), dump(r).constData());
        QVERIFY2(find(r, "SPF307")->message.contains(QStringLiteral("only as an obsolete SPF (type 99) record")),
                 qPrintable(find(r, "SPF307")->message));
        QCOMPARE(find(r, "SPF307")->fix, QStringLiteral("Publish `v=spf1 a -all` as a TXT record at "
                                                        "only99.example.com, then delete the type 99 record."));

        z.txt("split.example.com", {"v=spf1 ip4:20.1.2.3", "-all"});
        r = lintAt(z, "split.example.com");
        QVERIFY2(find(r, "SPF311"), dump(r).constData());

        z.txt("junk.example.com", {"\"v=spf1 -all\""});
        r = lintAt(z, "junk.example.com");
        QVERIFY2(find(r, "SPF101") && find(r, "SPF309"), dump(r).constData());

        z.zone.addFailure("broken.example.com", dns::ResponseCode::ServFail);
        QVERIFY(find(lintAt(z, "broken.example.com"), "SPF312"));
        QVERIFY(!find(lintAt(z, "two.example.com"), "SPF312"));
    }

    void parkedDomain()
    {
        Zone z;
        z.spf("parked.example.com", "v=spf1 -all").mx("parked.example.com", 0, ".");
        z.txt("_dmarc.parked.example.com", {"v=DMARC1; p=reject; rua=mailto:d@example.com"});
        z.spf("loose.example.com", "v=spf1 mx -all").mx("loose.example.com", 10, "mail.example.com");
        z.txt("_dmarc.loose.example.com", {"v=DMARC1; p=none"});
        LintOptions parked;
        parked.parked = true;
        LintReport r = lintDomain("parked.example.com", z.zone, parked);
        QVERIFY2(!find(r, "SPF506") && !find(r, "SPF507") && !find(r, "SPF508"), dump(r).constData());
        r = lintDomain("loose.example.com", z.zone, parked);
        QVERIFY2(find(r, "SPF506") && find(r, "SPF507") && find(r, "SPF508"), dump(r).constData());
        r = lintDomain("loose.example.com", z.zone); // not declared parked: no such advice
        QVERIFY2(!find(r, "SPF506") && !find(r, "SPF507") && !find(r, "SPF508"), dump(r).constData());
        QVERIFY(lintRecordText("v=spf1 -all", parked).isEmpty());
        QCOMPARE(lintRecordText("v=spf1 ~all", parked).first().code, QByteArray("SPF506"));
    }

    void treeTooLarge()
    {
        Zone z;
        z.spf("example.com", "v=spf1 include:a.example.com include:b.example.com include:c.example.com -all")
            .spf("a.example.com", "v=spf1 -all")
            .spf("b.example.com", "v=spf1 -all")
            .spf("c.example.com", "v=spf1 -all");
        LintOptions o;
        o.maxTreeNodes = 2;
        LintReport r = lintDomain("example.com", z.zone, o);
        QVERIFY2(find(r, "SPF417"), dump(r).constData());
        QVERIFY(!find(lintAt(z, "example.com"), "SPF417"));
    }

    void recordTreeOfUnpublishedText()
    {
        Zone z;
        z.spf("primary.example.com", "v=spf1 ip4:20.1.2.0/24 mx -all").mx("primary.example.com", 10, "mx.example.com");
        z.a("mx.example.com", "20.1.2.5");
        const LintReport r = lintRecordTree("v=spf1 include:primary.example.com -all", "dependent.example.com", z.zone);
        QCOMPARE(r.status, LintStatus::Complete);
        QCOMPARE(r.staticLookups, 2);
        QVERIFY2(r.diagnostics.isEmpty(), dump(r).constData());
        QCOMPARE(r.nodes.size(), 2);
        QCOMPARE(r.nodes[0].domain, QByteArray("dependent.example.com"));
        QCOMPARE(r.nodes[1].recordText, QByteArray("v=spf1 ip4:20.1.2.0/24 mx -all"));
        QVERIFY(!r.worstCaseIp.isEmpty());
        QVERIFY(!r.toJson().isEmpty());
    }

    void pendingThenComplete()
    {
        Zone z;
        z.spf("example.com", "v=spf1 a:h.example.com include:a.example.com include:b.example.com -all")
            .a("h.example.com", "20.1.2.3")
            .spf("a.example.com", "v=spf1 include:c.example.com -all")
            .spf("b.example.com", "v=spf1 mx:m.example.com -all")
            .spf("c.example.com", "v=spf1 a:void.example.com -all");
        const LintReport direct = lintAt(z, "example.com");
        QCOMPARE(direct.status, LintStatus::Complete);

        SlowResolver slow(z.zone);
        LintReport r = lintDomain("example.com", slow);
        QCOMPARE(r.status, LintStatus::Pending);
        int rounds = 1;
        while (r.status == LintStatus::Pending && rounds < 10) {
            QVERIFY(slow.inFlight() > 0);
            slow.deliver();
            r = lintDomain("example.com", slow);
            ++rounds;
        }
        QCOMPARE(r.status, LintStatus::Complete);
        // Independent questions go out together: root TXT+SPF, then its terms' and includes' questions, and so on
        // one level of the tree per round.
        QVERIFY2(rounds <= 5, QByteArray::number(rounds).constData());
        QCOMPARE(r.staticLookups, direct.staticLookups);
        QCOMPARE(r.diagnostics.size(), direct.diagnostics.size());
        for (qsizetype i = 0; i < r.diagnostics.size(); ++i)
            QCOMPARE(r.diagnostics[i].code, direct.diagnostics[i].code);
    }
};

QTEST_GUILESS_MAIN(TestLintTree)
#include "tst_linttree.moc"
