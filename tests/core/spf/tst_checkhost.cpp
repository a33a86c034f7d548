#include "dns/MemoryZone.h"
#include "spf/CheckHost.h"

#include <QSet>
#include <QTest>

Q_DECLARE_METATYPE(spfm::spf::Result)

using namespace spfm;
using namespace spfm::spf;
using dns::RRType;

namespace {

// A small zone builder for the cases below.
class Zone
{
public:
    Zone &txt(QByteArrayView name, const QList<QByteArray> &strings)
    {
        dns::ResourceRecord r;
        r.owner = name.toByteArray();
        r.type = RRType::TXT;
        r.strings = strings;
        m_zone.addRecord(r);
        return *this;
    }
    Zone &spf(QByteArrayView name, QByteArrayView text) { return txt(name, {text.toByteArray()}); }
    Zone &a(QByteArrayView name, QByteArrayView address)
    {
        dns::ResourceRecord r;
        r.owner = name.toByteArray();
        r.address = *net::IpAddress::parse(address);
        r.type = r.address.isV4() ? RRType::A : RRType::AAAA;
        m_zone.addRecord(r);
        return *this;
    }
    Zone &mx(QByteArrayView name, int preference, QByteArrayView exchange)
    {
        dns::ResourceRecord r;
        r.owner = name.toByteArray();
        r.type = RRType::MX;
        r.preference = std::uint16_t(preference);
        r.target = exchange.toByteArray();
        m_zone.addRecord(r);
        return *this;
    }
    Zone &ptr(QByteArrayView ip, QByteArrayView target)
    {
        dns::ResourceRecord r;
        r.owner = net::IpAddress::parse(ip)->reverseName();
        r.type = RRType::PTR;
        r.target = target.toByteArray();
        m_zone.addRecord(r);
        return *this;
    }
    Zone &fail(QByteArrayView name, dns::ResponseCode code = dns::ResponseCode::ServFail)
    {
        m_zone.addFailure(name, code);
        return *this;
    }
    dns::MemoryZone &zone() { return m_zone; }

private:
    dns::MemoryZone m_zone;
};

CheckHostRequest request(QByteArrayView ip, QByteArrayView sender, QByteArrayView helo = "mail.example.net")
{
    CheckHostRequest r;
    r.ip = *net::IpAddress::parse(ip);
    r.sender = sender.toByteArray();
    r.helo = helo.toByteArray();
    r.receiver = "mx.example.org";
    return r;
}

CheckHostResult check(Zone &zone, QByteArrayView ip, QByteArrayView sender, QByteArrayView helo = "mail.example.net")
{
    return checkHost(request(ip, sender, helo), zone.zone());
}

QString dump(const CheckHostResult &r)
{
    QString out = QString::fromLatin1(resultName(r.result)) + QStringLiteral(" problem=") + r.problem;
    for (const TraceEvent &e : r.trace)
        out += QStringLiteral("\n  %1%2 | %3")
                   .arg(QString(e.depth * 2, QLatin1Char(' ')), QString::fromLatin1(e.text), e.detail);
    return out;
}

bool traceHas(const CheckHostResult &r, TraceEvent::Kind kind, QByteArrayView text, QStringView detailPart = {})
{
    for (const TraceEvent &e : r.trace) {
        if (e.kind == kind && e.text == text && (detailPart.isEmpty() || e.detail.contains(detailPart)))
            return true;
    }
    return false;
}

// Stands in for a live resolver: the first time a question is asked it is "sent" and nullopt comes back; from the
// next run on the answer is there.
class SlowResolver : public dns::Resolver
{
public:
    explicit SlowResolver(dns::Resolver &inner)
        : m_inner(inner)
    {}
    std::optional<dns::Answer> lookup(const dns::Question &q) override
    {
        if (!m_sent.contains(q)) {
            m_sent.insert(q);
            ++m_sentCount;
            return std::nullopt;
        }
        return m_inner.lookup(q);
    }
    int sent() const { return m_sentCount; }

private:
    dns::Resolver &m_inner;
    QSet<dns::Question> m_sent;
    int m_sentCount = 0;
};

struct PendingRun
{
    CheckHostResult result;
    int reruns = 0;
    QList<int> questionsPerRound;
};

PendingRun runUntilComplete(Zone &zone, const CheckHostRequest &req)
{
    SlowResolver slow(zone.zone());
    PendingRun run;
    for (int i = 0; i < 50; ++i) {
        run.result = checkHost(req, slow);
        if (run.result.status == CheckHostResult::Status::Complete)
            return run;
        run.questionsPerRound.append(int(run.result.pendingQuestions.size()));
        ++run.reruns;
    }
    return run;
}

} // namespace

class TestCheckHost : public QObject
{
    Q_OBJECT

private slots:
    void mechanisms_data()
    {
        QTest::addColumn<QByteArray>("record");
        QTest::addColumn<QByteArray>("ip");
        QTest::addColumn<Result>("result");
        QTest::addColumn<QByteArray>("matched");
        QTest::newRow("all") << QByteArray("v=spf1 -all") << QByteArray("192.0.2.9") << Result::Fail
                             << QByteArray("-all");
        QTest::newRow("ip4 in") << QByteArray("v=spf1 ip4:192.0.2.0/24 -all") << QByteArray("192.0.2.9") << Result::Pass
                                << QByteArray("ip4:192.0.2.0/24");
        QTest::newRow("ip4 out") << QByteArray("v=spf1 ip4:192.0.2.0/28 ~all") << QByteArray("192.0.2.99")
                                 << Result::SoftFail << QByteArray("~all");
        QTest::newRow("ip4 mapped client")
            << QByteArray("v=spf1 ip4:192.0.2.0/24 -all") << QByteArray("::ffff:192.0.2.9") << Result::Pass
            << QByteArray("ip4:192.0.2.0/24");
        QTest::newRow("ip6 for mapped client") << QByteArray("v=spf1 ip6:::/0 ?all") << QByteArray("::ffff:192.0.2.9")
                                               << Result::Neutral << QByteArray("?all");
        QTest::newRow("ip6") << QByteArray("v=spf1 ip6:2001:db8::/32 -all") << QByteArray("2001:db8::5") << Result::Pass
                             << QByteArray("ip6:2001:db8::/32");
        QTest::newRow("a") << QByteArray("v=spf1 a -all") << QByteArray("192.0.2.10") << Result::Pass
                           << QByteArray("a");
        QTest::newRow("a cidr") << QByteArray("v=spf1 a/24 -all") << QByteArray("192.0.2.200") << Result::Pass
                                << QByteArray("a/24");
        QTest::newRow("a dual cidr v6") << QByteArray("v=spf1 a:host.example.com/32//64 -all")
                                        << QByteArray("2001:db8::ffff") << Result::Pass
                                        << QByteArray("a:host.example.com/32//64");
        QTest::newRow("mx") << QByteArray("v=spf1 mx -all") << QByteArray("192.0.2.21") << Result::Pass
                            << QByteArray("mx");
        QTest::newRow("mx miss") << QByteArray("v=spf1 mx -all") << QByteArray("192.0.2.22") << Result::Fail
                                 << QByteArray("-all");
        QTest::newRow("ptr") << QByteArray("v=spf1 ptr -all") << QByteArray("192.0.2.10") << Result::Pass
                             << QByteArray("ptr");
        QTest::newRow("ptr unvalidated") << QByteArray("v=spf1 ptr -all") << QByteArray("192.0.2.11") << Result::Fail
                                         << QByteArray("-all");
        QTest::newRow("exists") << QByteArray("v=spf1 exists:%{i}.allow.example.com -all") << QByteArray("192.0.2.30")
                                << Result::Pass << QByteArray("exists:%{i}.allow.example.com");
        QTest::newRow("syntax error after a match")
            << QByteArray("v=spf1 +all moo") << QByteArray("192.0.2.30") << Result::PermError << QByteArray();
        // §12: "include=x" and "a=foo" are unknown modifiers, which §6 says to ignore: neither a match nor an error.
        QTest::newRow("include= is ignored") << QByteArray("v=spf1 include=x.example -all") << QByteArray("192.0.2.9")
                                             << Result::Fail << QByteArray("-all");
        QTest::newRow("a= is ignored") << QByteArray("v=spf1 ip4:192.0.2.1 a=foo -all") << QByteArray("192.0.2.1")
                                       << Result::Pass << QByteArray("ip4:192.0.2.1");
        QTest::newRow("a= does not match") << QByteArray("v=spf1 a=example.com -all") << QByteArray("192.0.2.10")
                                           << Result::Fail << QByteArray("-all");
        QTest::newRow("qualified include= is an error") << QByteArray("v=spf1 -include=x.example ip4:192.0.2.9 -all")
                                                        << QByteArray("192.0.2.9") << Result::PermError << QByteArray();
        QTest::newRow("redirect: is an error") << QByteArray("v=spf1 ip4:192.0.2.9 redirect:x.example")
                                               << QByteArray("192.0.2.9") << Result::PermError << QByteArray();
        QTest::newRow("default neutral") << QByteArray("v=spf1 ip4:198.51.100.1") << QByteArray("192.0.2.30")
                                         << Result::Neutral << QByteArray();
    }
    void mechanisms()
    {
        QFETCH(QByteArray, record);
        QFETCH(QByteArray, ip);
        QFETCH(Result, result);
        QFETCH(QByteArray, matched);
        Zone z;
        z.spf("example.com", record)
            .a("example.com", "192.0.2.10")
            .a("host.example.com", "192.0.2.1")
            .a("host.example.com", "2001:db8::1")
            .mx("example.com", 10, "mx1.example.com")
            .mx("example.com", 20, "mx2.example.com")
            .a("mx1.example.com", "192.0.2.20")
            .a("mx2.example.com", "192.0.2.21")
            .ptr("192.0.2.10", "example.com")
            .ptr("192.0.2.11", "forged.example.com")
            .a("192.0.2.30.allow.example.com", "127.0.0.2");
        const CheckHostResult r = check(z, ip, "user@example.com");
        QCOMPARE(r.status, CheckHostResult::Status::Complete);
        QVERIFY2(r.result == result, qPrintable(dump(r)));
        QCOMPARE(r.matchedTerm, matched);
        QCOMPARE(r.matchedDomain, matched.isEmpty() ? QByteArray() : QByteArray("example.com"));
    }

    // An ignored "include=" is never followed: no lookup is spent and the target's +all does not apply (§4.6.4).
    void includeWithEqualsIsNotFollowed()
    {
        Zone z;
        z.spf("example.com", "v=spf1 include=open.example.com mx=open.example.com -all")
            .spf("open.example.com", "v=spf1 +all");
        const CheckHostResult r = check(z, "192.0.2.9", "user@example.com");
        QCOMPARE(r.status, CheckHostResult::Status::Complete);
        QVERIFY2(r.result == Result::Fail, qPrintable(dump(r)));
        QCOMPARE(r.matchedTerm, QByteArray("-all"));
        QCOMPARE(r.dnsLookups, 0);
        QVERIFY(r.lookupUses.isEmpty());
    }

    void existsQueriesAForIpv6Clients()
    {
        Zone z;
        z.spf("example.com", "v=spf1 exists:x.example.com -all").a("x.example.com", "127.0.0.2");
        const CheckHostResult r = check(z, "2001:db8::1", "user@example.com");
        QCOMPARE(r.result, Result::Pass);
        QVERIFY(traceHas(r, TraceEvent::Kind::Query, "x.example.com/A"));
    }

    void initialProcessing()
    {
        Zone z;
        z.spf("example.com", "v=spf1 -all");
        // §4.3: malformed domains give none without a query.
        const CheckHostResult label = check(z, "192.0.2.1", QByteArray("u@" + QByteArray(64, 'a') + ".example.com"));
        QCOMPARE(label.result, Result::None);
        QCOMPARE(check(z, "192.0.2.1", "u@nodot").result, Result::None);
        QCOMPARE(check(z, "192.0.2.1", "u@a..example.com").result, Result::None);
        QCOMPARE(check(z, "192.0.2.1", "u@[192.0.2.1]").result, Result::None);
        QCOMPARE(check(z, "192.0.2.1", "u@nowhere.example.org").result, Result::None);
        // An empty local-part becomes postmaster.
        const CheckHostResult noLocal = check(z, "192.0.2.1", "@example.com");
        QCOMPARE(noLocal.sender, QByteArray("postmaster@example.com"));
        QCOMPARE(noLocal.result, Result::Fail);
        // §2.4: the null sender is postmaster@<helo>.
        z.spf("helo.example.com", "v=spf1 ip4:192.0.2.1 -all");
        const CheckHostResult nullSender = check(z, "192.0.2.1", "", "helo.example.com");
        QCOMPARE(nullSender.sender, QByteArray("postmaster@helo.example.com"));
        QCOMPARE(nullSender.domain, QByteArray("helo.example.com"));
        QCOMPARE(nullSender.result, Result::Pass);
    }

    void heloIdentity()
    {
        Zone z;
        z.spf("example.com", "v=spf1 -all");
        z.spf("helo.example.com", "v=spf1 exists:%{l}.%{o}.names.example.com -all");
        z.a("postmaster.helo.example.com.names.example.com", "127.0.0.2");
        CheckHostRequest req = request("192.0.2.1", "someone@example.com", "helo.example.com");
        req.identity = Identity::Helo;
        const CheckHostResult r = checkHost(req, z.zone());
        QVERIFY2(r.result == Result::Pass, qPrintable(dump(r)));
        QCOMPARE(r.domain, QByteArray("helo.example.com"));
        QCOMPARE(r.sender, QByteArray("postmaster@helo.example.com"));
        QCOMPARE(r.identity, Identity::Helo);
        QVERIFY(r.authenticationResults().endsWith("smtp.helo=helo.example.com"));
    }

    void recordSelection()
    {
        Zone z;
        z.txt("joined.example.com", {"v=spf1 ip4:", "192.0.2.5 -all"})
            .spf("two.example.com", "v=spf1 -all")
            .spf("two.example.com", "v=spf1 +all")
            .spf("other.example.com", "google-site-verification=abc")
            .spf("other.example.com", "v=spf10 +all")
            .fail("broken.example.com");
        // §3.3: strings joined without a space.
        QCOMPARE(check(z, "192.0.2.5", "u@joined.example.com").result, Result::Pass);
        // §4.5: two records are permerror, none is none.
        const CheckHostResult two = check(z, "192.0.2.5", "u@two.example.com");
        QCOMPARE(two.result, Result::PermError);
        QVERIFY(two.problem.contains(QLatin1String("2 SPF records")));
        QCOMPARE(check(z, "192.0.2.5", "u@other.example.com").result, Result::None);
        // §4.4: a DNS error is temperror.
        const CheckHostResult broken = check(z, "192.0.2.5", "u@broken.example.com");
        QCOMPARE(broken.result, Result::TempError);
        QVERIFY(broken.problem.contains(QLatin1String("SERVFAIL")));
    }

    void includeMapping_data()
    {
        QTest::addColumn<QByteArray>("inner"); // empty: no record at all
        QTest::addColumn<bool>("innerFails");
        QTest::addColumn<Result>("result");
        // §5.2's table, seen through "v=spf1 include:inner.example.com -all".
        QTest::newRow("pass matches") << QByteArray("v=spf1 +all") << false << Result::Pass;
        QTest::newRow("fail does not match") << QByteArray("v=spf1 -all") << false << Result::Fail;
        QTest::newRow("softfail does not match") << QByteArray("v=spf1 ~all") << false << Result::Fail;
        QTest::newRow("neutral does not match") << QByteArray("v=spf1 ?all") << false << Result::Fail;
        QTest::newRow("temperror") << QByteArray() << true << Result::TempError;
        QTest::newRow("permerror") << QByteArray("v=spf1 a:") << false << Result::PermError;
        QTest::newRow("none is permerror") << QByteArray() << false << Result::PermError;
    }
    void includeMapping()
    {
        QFETCH(QByteArray, inner);
        QFETCH(bool, innerFails);
        QFETCH(Result, result);
        Zone z;
        z.spf("example.com", "v=spf1 include:inner.example.com -all");
        if (!inner.isEmpty())
            z.spf("inner.example.com", inner);
        if (innerFails)
            z.fail("inner.example.com", dns::ResponseCode::Timeout);
        const CheckHostResult r = check(z, "192.0.2.1", "u@example.com");
        QVERIFY2(r.result == result, qPrintable(dump(r)));
        if (result == Result::Pass) {
            QCOMPARE(r.matchedTerm, QByteArray("include:inner.example.com"));
            QCOMPARE(r.matchChain.size(), 2);
            QCOMPARE(r.matchChain.at(1).domain, QByteArray("inner.example.com"));
            QCOMPARE(r.matchChain.at(1).term, QByteArray("+all"));
        }
        if (result == Result::Fail)
            QCOMPARE(r.matchedTerm, QByteArray("-all"));
    }

    void redirectRules()
    {
        Zone z;
        z.spf("example.com", "v=spf1 ip4:192.0.2.1 redirect=target.example.com exp=exp.example.com")
            .spf("target.example.com", "v=spf1 a -all exp=target-exp.example.com")
            .a("target.example.com", "192.0.2.2")
            .spf("exp.example.com", "original's explanation")
            .spf("target-exp.example.com", "target says %{d}")
            .spf("withall.example.com", "v=spf1 ?all redirect=target.example.com")
            .spf("nowhere.example.com", "v=spf1 redirect=missing.example.com");

        // A matching mechanism wins: redirect is not followed, and costs nothing.
        const CheckHostResult matched = check(z, "192.0.2.1", "u@example.com");
        QCOMPARE(matched.result, Result::Pass);
        QCOMPARE(matched.dnsLookups, 0);

        // No match: redirect decides, counts as a DNS-querying term, and the implicit domain is the target's.
        const CheckHostResult viaA = check(z, "192.0.2.2", "u@example.com");
        QVERIFY2(viaA.result == Result::Pass, qPrintable(dump(viaA)));
        QCOMPARE(viaA.matchedDomain, QByteArray("target.example.com"));
        QCOMPARE(viaA.matchedTerm, QByteArray("a"));
        QCOMPARE(viaA.dnsLookups, 2);
        QCOMPARE(viaA.lookupUses.first().term, QByteArray("redirect=target.example.com"));
        QCOMPARE(viaA.lookupUses.first().domain, QByteArray("example.com"));

        // On fail the target's exp= applies, with %{d} the target; the redirecting record's exp= does not (§6.2).
        const CheckHostResult failed = check(z, "192.0.2.3", "u@example.com");
        QCOMPARE(failed.result, Result::Fail);
        QCOMPARE(failed.explanation, QStringLiteral("target says target.example.com"));

        // With "all" in the record, redirect never runs.
        const CheckHostResult withAll = check(z, "192.0.2.2", "u@withall.example.com");
        QCOMPARE(withAll.result, Result::Neutral);
        QCOMPARE(withAll.matchedTerm, QByteArray("?all"));

        // A target without a record is permerror, not none (§6.1).
        const CheckHostResult missing = check(z, "192.0.2.2", "u@nowhere.example.com");
        QCOMPARE(missing.result, Result::PermError);
        QVERIFY(missing.problem.contains(QLatin1String("missing.example.com")));
    }

    void explanationRules()
    {
        Zone z;
        z.spf("example.com", "v=spf1 ip4:192.0.2.1 -all exp=why.%{d}")
            .spf("why.example.com", "%{i} is not one of %{d}'s senders")
            .spf("multi.example.com", "v=spf1 -all exp=two.example.com")
            .spf("two.example.com", "one")
            .spf("two.example.com", "two")
            .spf("inc.example.com", "v=spf1 include:example.com -all exp=outer.example.com")
            .spf("outer.example.com", "outer explanation")
            .spf("limit.example.com", "v=spf1 a:a1.example.com a:a2.example.com a:a3.example.com a:a4.example.com "
                                      "a:a5.example.com a:a6.example.com a:a7.example.com a:a8.example.com "
                                      "a:a9.example.com a:a10.example.com -all exp=outer.example.com");
        for (int i = 1; i <= 10; ++i)
            z.a(QByteArray("a" + QByteArray::number(i) + ".example.com"), "198.51.100.1");

        const CheckHostResult failed = check(z, "192.0.2.9", "u@example.com");
        QCOMPARE(failed.result, Result::Fail);
        QCOMPARE(failed.explanation, QStringLiteral("192.0.2.9 is not one of example.com's senders"));
        QCOMPARE(failed.dnsLookups, 0); // the exp lookup is not a DNS-querying term (§4.6.4)

        // Only on fail: a pass never even looks the explanation up.
        const CheckHostResult passed = check(z, "192.0.2.1", "u@example.com");
        QCOMPARE(passed.result, Result::Pass);
        QVERIFY(passed.explanation.isEmpty());
        QVERIFY(!traceHas(passed, TraceEvent::Kind::Query, "why.example.com/TXT"));

        // Two TXT records: no explanation, still fail.
        const CheckHostResult multi = check(z, "192.0.2.9", "u@multi.example.com");
        QCOMPARE(multi.result, Result::Fail);
        QVERIFY(multi.explanation.isEmpty());

        // The included record's fail is not this record's; the outer -all gives the outer explanation.
        const CheckHostResult inc = check(z, "192.0.2.9", "u@inc.example.com");
        QCOMPARE(inc.result, Result::Fail);
        QCOMPARE(inc.explanation, QStringLiteral("outer explanation"));

        // Ten terms spent: the exp lookup still happens, as it does not count.
        const CheckHostResult limit = check(z, "192.0.2.9", "u@limit.example.com");
        QVERIFY2(limit.result == Result::Fail, qPrintable(dump(limit)));
        QCOMPARE(limit.dnsLookups, 10);
        QCOMPARE(limit.explanation, QStringLiteral("outer explanation"));
    }

    void termLimitSpansNestedIncludes()
    {
        // 4 terms at the top, include (5th), 5 inside: 10 in all is fine; one more anywhere is permerror.
        Zone z;
        z.spf("example.com", "v=spf1 a:h.example.com a:h.example.com a:h.example.com a:h.example.com "
                             "include:inner.example.com -all")
            .spf("inner.example.com", "v=spf1 a:h.example.com a:h.example.com a:h.example.com a:h.example.com "
                                      "mx:h.example.com ?all")
            .spf("over.example.com", "v=spf1 a:h.example.com a:h.example.com a:h.example.com a:h.example.com "
                                     "include:inner2.example.com -all")
            .spf("inner2.example.com", "v=spf1 a:h.example.com a:h.example.com a:h.example.com a:h.example.com "
                                       "mx:h.example.com exists:h.example.com ?all")
            .a("h.example.com", "198.51.100.1")
            .mx("h.example.com", 0, "h.example.com");

        const CheckHostResult at = check(z, "192.0.2.1", "u@example.com");
        QVERIFY2(at.result == Result::Fail, qPrintable(dump(at)));
        QCOMPARE(at.dnsLookups, 10);
        QCOMPARE(at.lookupUses.size(), 10);
        QCOMPARE(at.lookupUses.at(4).term, QByteArray("include:inner.example.com"));
        QCOMPARE(at.lookupUses.at(4).domain, QByteArray("example.com"));
        QCOMPARE(at.lookupUses.at(9).term, QByteArray("mx:h.example.com"));
        QCOMPARE(at.lookupUses.at(9).domain, QByteArray("inner.example.com"));
        QCOMPARE(at.lookupUses.at(9).count, 10);

        const CheckHostResult over = check(z, "192.0.2.1", "u@over.example.com");
        QCOMPARE(over.result, Result::PermError);
        QCOMPARE(over.dnsLookups, 11);
        // The term that went over the limit is named, with its record and offset.
        const LookupUse &last = over.lookupUses.last();
        QCOMPARE(last.term, QByteArray("exists:h.example.com"));
        QCOMPARE(last.domain, QByteArray("inner2.example.com"));
        QCOMPARE(last.termOffset, int(QByteArray("v=spf1 a:h.example.com a:h.example.com a:h.example.com "
                                                 "a:h.example.com mx:h.example.com ")
                                          .size()));
        QVERIFY(over.problem.contains(QLatin1String("exists:h.example.com")));
        QVERIFY(over.problem.contains(QLatin1String("4.6.4")));
    }

    void voidLookupLimit()
    {
        Zone z;
        z.spf("two.example.com", "v=spf1 a:nx1.example.com mx:nx2.example.com ?all")
            .spf("three.example.com", "v=spf1 a:nx1.example.com mx:nx2.example.com exists:nx3.example.com ?all")
            .spf("nodata.example.com", "v=spf1 a:nodata.example.com a:nodata.example.com a:nodata.example.com ?all")
            .a("nodata.example.com", "2001:db8::1"); // exists, but no A record: NODATA is void too

        const CheckHostResult two = check(z, "192.0.2.1", "u@two.example.com");
        QCOMPARE(two.result, Result::Neutral);
        QCOMPARE(two.voidLookups, 2);
        QCOMPARE(two.voidUses.size(), 2);
        QCOMPARE(two.voidUses.at(1).term, QByteArray("mx:nx2.example.com"));

        const CheckHostResult three = check(z, "192.0.2.1", "u@three.example.com");
        QCOMPARE(three.result, Result::PermError);
        QCOMPARE(three.voidLookups, 3);
        QCOMPARE(three.voidUses.last().term, QByteArray("exists:nx3.example.com"));
        QCOMPARE(three.voidUses.last().domain, QByteArray("three.example.com"));
        QCOMPARE(three.voidUses.last().count, 3);

        QCOMPARE(check(z, "192.0.2.1", "u@nodata.example.com").result, Result::PermError);
    }

    void mxNameLimit()
    {
        Zone z;
        z.spf("ten.example.com", "v=spf1 mx -all").spf("eleven.example.com", "v=spf1 mx -all");
        for (int i = 0; i < 11; ++i) {
            const QByteArray host = "mx" + QByteArray::number(i) + ".example.com";
            z.a(host, QByteArray("192.0.2." + QByteArray::number(100 + i)));
            if (i < 10)
                z.mx("ten.example.com", i, host);
            z.mx("eleven.example.com", i, host);
        }
        const CheckHostResult ten = check(z, "192.0.2.109", "u@ten.example.com");
        QVERIFY2(ten.result == Result::Pass, qPrintable(dump(ten)));
        // §4.6.4: more than ten MX names is permerror, even when the client is the first one.
        const CheckHostResult eleven = check(z, "192.0.2.100", "u@eleven.example.com");
        QCOMPARE(eleven.result, Result::PermError);
        QVERIFY(eleven.problem.contains(QLatin1String("11 MX names")));
    }

    void ptrNameLimit()
    {
        Zone z;
        z.spf("example.com", "v=spf1 ptr -all");
        for (int i = 0; i < 11; ++i) {
            const QByteArray name = "h" + QByteArray::number(i) + (i == 10 ? ".example.com" : ".example.net");
            z.ptr("192.0.2.50", name).a(name, "192.0.2.50");
        }
        // Only the first ten PTR names are considered; the eleventh, the only one under example.com, is ignored.
        const CheckHostResult r = check(z, "192.0.2.50", "u@example.com");
        QVERIFY2(r.result == Result::Fail, qPrintable(dump(r)));
        QVERIFY(traceHas(r, TraceEvent::Kind::Note, "ptr", u"are ignored"));
        QVERIFY(!traceHas(r, TraceEvent::Kind::Query, "h10.example.com/A"));
        // Names that cannot match the target are not validated at all.
        QVERIFY(!traceHas(r, TraceEvent::Kind::Query, "h0.example.net/A"));
    }

    void traceTellsTheWholeStory()
    {
        Zone z;
        z.spf("example.com", "v=spf1 ip4:198.51.100.0/24 include:inner.example.com -all")
            .spf("inner.example.com", "v=spf1 a:nx.example.com ip4:192.0.2.0/24 -all");
        const CheckHostResult r = check(z, "192.0.2.7", "u@example.com");
        QCOMPARE(r.result, Result::Pass);
        QVERIFY(traceHas(r, TraceEvent::Kind::Query, "example.com/TXT", u"v=spf1 ip4:198.51.100.0/24"));
        QVERIFY(traceHas(r, TraceEvent::Kind::Record, "v=spf1 ip4:198.51.100.0/24 include:inner.example.com -all"));
        QVERIFY(traceHas(r, TraceEvent::Kind::Term, "ip4:198.51.100.0/24", u"no match"));
        QVERIFY(traceHas(r, TraceEvent::Kind::Query, "nx.example.com/A", u"NXDOMAIN"));
        QVERIFY(traceHas(r, TraceEvent::Kind::Term, "ip4:192.0.2.0/24", u"match: pass"));
        QVERIFY(traceHas(r, TraceEvent::Kind::Term, "include:inner.example.com", u"match: pass"));
        QCOMPARE(r.trace.last().kind, TraceEvent::Kind::Result);
        QCOMPARE(r.trace.last().text, QByteArray("pass"));
        for (const TraceEvent &e : r.trace) {
            if (e.text == "ip4:192.0.2.0/24") {
                QCOMPARE(e.depth, 1);
                QCOMPARE(e.domain, QByteArray("inner.example.com"));
            }
        }
        QCOMPARE(r.voidUses.size(), 1);
        QCOMPARE(r.voidUses.first().term, QByteArray("a:nx.example.com"));

        CheckHostRequest quiet = request("192.0.2.7", "u@example.com");
        quiet.collectTrace = false;
        const CheckHostResult q = checkHost(quiet, z.zone());
        QCOMPARE(q.result, Result::Pass);
        QVERIFY(q.trace.isEmpty());
        QCOMPARE(q.dnsLookups, r.dnsLookups);
    }

    void pendingAsksIndependentQuestionsTogether()
    {
        Zone z;
        z.spf("example.com", "v=spf1 mx -all")
            .mx("example.com", 10, "mx1.example.com")
            .mx("example.com", 20, "mx2.example.com")
            .mx("example.com", 30, "mx3.example.com")
            .a("mx1.example.com", "192.0.2.1")
            .a("mx2.example.com", "192.0.2.2")
            .a("mx3.example.com", "192.0.2.3");
        const PendingRun run = runUntilComplete(z, request("192.0.2.3", "u@example.com"));
        QCOMPARE(run.result.status, CheckHostResult::Status::Complete);
        QCOMPARE(run.result.result, Result::Pass);
        // TXT, then MX, then the three exchanges' A lookups in one round.
        QCOMPARE(run.reruns, 3);
        QCOMPARE(run.questionsPerRound, (QList<int>{1, 1, 3}));
        // The completed run equals one against the zone directly.
        const CheckHostResult direct = check(z, "192.0.2.3", "u@example.com");
        QCOMPARE(run.result.dnsLookups, direct.dnsLookups);
        QCOMPARE(run.result.trace.size(), direct.trace.size());
    }

    void pendingPtrAndValidatedName()
    {
        Zone z;
        z.spf("example.com", "v=spf1 ptr exists:%{p}.ok.example.com -all")
            .ptr("192.0.2.8", "a.example.com")
            .ptr("192.0.2.8", "b.example.com")
            .ptr("192.0.2.8", "c.example.org")
            .a("a.example.com", "192.0.2.1")
            .a("b.example.com", "192.0.2.2")
            .a("c.example.org", "192.0.2.8")
            .a("c.example.org.ok.example.com", "127.0.0.2");
        const PendingRun run = runUntilComplete(z, request("192.0.2.8", "u@example.com"));
        QVERIFY2(run.result.result == Result::Pass, qPrintable(dump(run.result)));
        QCOMPARE(run.result.matchedTerm, QByteArray("exists:%{p}.ok.example.com"));
        // TXT; PTR; a/b.example.com together (candidates for ptr); c.example.org for %{p}; the exists lookup.
        QCOMPARE(run.questionsPerRound, (QList<int>{1, 1, 2, 1, 1}));
    }

    void pendingHasNoSideEffects()
    {
        Zone z;
        z.spf("example.com", "v=spf1 a -all").a("example.com", "192.0.2.1");
        SlowResolver slow(z.zone());
        const CheckHostResult first = checkHost(request("192.0.2.1", "u@example.com"), slow);
        QCOMPARE(first.status, CheckHostResult::Status::Pending);
        QCOMPARE(first.pendingQuestions.size(), 1);
        QCOMPARE(first.pendingQuestions.first(), dns::Question("example.com", RRType::TXT));
        QVERIFY(first.trace.isEmpty());
        QCOMPARE(first.dnsLookups, 0);
        QVERIFY(first.lookupUses.isEmpty());
        QVERIFY(first.problem.isEmpty());
        QCOMPARE(first.domain, QByteArray("example.com"));
        const CheckHostResult second = checkHost(request("192.0.2.1", "u@example.com"), slow);
        QCOMPARE(second.status, CheckHostResult::Status::Pending);
        QCOMPARE(second.dnsLookups, 0);
        QCOMPARE(checkHost(request("192.0.2.1", "u@example.com"), slow).result, Result::Pass);
        QCOMPARE(slow.sent(), 2);
    }

    void longExpansionIsTruncated()
    {
        // §7.3: an expanded domain-spec over 253 octets loses left-hand labels until it fits.
        const QByteArray tail =
            QByteArray(60, 'a') + '.' + QByteArray(60, 'b') + '.' + QByteArray(60, 'c') + '.' + QByteArray(60, 'd');
        const QByteArray kept = "com." + tail; // "example.com." + tail is 255 octets; "example." goes
        Zone z;
        z.spf("example.com", QByteArray("v=spf1 exists:%{d}." + tail + " -all")).a(kept, "127.0.0.2");
        const CheckHostResult r = check(z, "192.0.2.1", "u@example.com");
        QVERIFY2(r.result == Result::Pass, qPrintable(dump(r)));
        QVERIFY(traceHas(r, TraceEvent::Kind::Query, QByteArray(kept + "/A")));
    }

    void dnsErrorsInMechanisms()
    {
        Zone z;
        z.spf("a.example.com", "v=spf1 a:down.example.com +all")
            .spf("ptr.example.com", "v=spf1 ptr +all")
            .fail("down.example.com")
            .fail(net::IpAddress::parse("192.0.2.1")->reverseName());
        const CheckHostResult a = check(z, "192.0.2.1", "u@a.example.com");
        QCOMPARE(a.result, Result::TempError);
        QVERIFY(a.problem.contains(QLatin1String("down.example.com")));
        // §5.5: a PTR lookup error only makes ptr not match.
        QCOMPARE(check(z, "192.0.2.1", "u@ptr.example.com").result, Result::Pass);
    }
};

QTEST_GUILESS_MAIN(TestCheckHost)
#include "tst_checkhost.moc"
