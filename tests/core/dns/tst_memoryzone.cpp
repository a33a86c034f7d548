#include "dns/MemoryZone.h"

#include <QTest>

using namespace spfm;
using namespace spfm::dns;

namespace {

ResourceRecord a(QByteArrayView owner, QByteArrayView address, std::uint32_t ttl = 300)
{
    ResourceRecord r;
    r.owner = owner.toByteArray();
    r.type = RRType::A;
    r.ttl = ttl;
    r.address = *net::IpAddress::parse(address);
    return r;
}

ResourceRecord txt(QByteArrayView owner, const QList<QByteArray> &strings)
{
    ResourceRecord r;
    r.owner = owner.toByteArray();
    r.type = RRType::TXT;
    r.strings = strings;
    return r;
}

ResourceRecord cname(QByteArrayView owner, QByteArrayView target, std::uint32_t ttl = 300)
{
    ResourceRecord r;
    r.owner = owner.toByteArray();
    r.type = RRType::CNAME;
    r.ttl = ttl;
    r.target = target.toByteArray();
    return r;
}

Answer ask(MemoryZone &zone, QByteArrayView name, RRType type)
{
    const std::optional<Answer> answer = zone.lookup(Question(name, type));
    if (!answer)
        qFatal("a memory zone must always answer at once");
    return *answer;
}

} // namespace

class TestMemoryZone : public QObject
{
    Q_OBJECT

private slots:
    void answersRecordsOfTheAskedType()
    {
        MemoryZone zone;
        zone.addRecord(a("mail.example.com", "192.0.2.1"));
        zone.addRecord(a("mail.example.com", "192.0.2.2"));
        zone.addRecord(txt("mail.example.com", {"v=spf1 -all"}));
        const Answer answer = ask(zone, "mail.example.com", RRType::A);
        QCOMPARE(answer.rcode, ResponseCode::NoError);
        QCOMPARE(answer.records.size(), 2);
        QCOMPARE(answer.records.at(0).address.toText(), QByteArray("192.0.2.1"));
        QCOMPARE(answer.records.at(1).address.toText(), QByteArray("192.0.2.2"));
        QVERIFY(answer.cnames.isEmpty());
        QVERIFY(!answer.isVoid());
    }

    void namesAreCaseInsensitiveAndMayEndInADot()
    {
        MemoryZone zone;
        zone.addRecord(a("Mail.Example.COM.", "192.0.2.1"));
        QCOMPARE(ask(zone, "mail.example.com", RRType::A).records.size(), 1);
        QCOMPARE(ask(zone, "MAIL.EXAMPLE.COM.", RRType::A).records.size(), 1);
        Question handMade;
        handMade.name = "MAIL.example.com.";
        handMade.type = RRType::A;
        QCOMPARE(zone.lookup(handMade)->records.size(), 1);
        QCOMPARE(ask(zone, "mail.example.com", RRType::A).records.first().owner, QByteArray("mail.example.com"));
    }

    void tellsNxDomainFromNoData()
    {
        MemoryZone zone;
        zone.addRecord(a("mail.example.com", "192.0.2.1"));
        zone.addName("empty.example.org");

        const Answer nx = ask(zone, "nowhere.example.com", RRType::A);
        QCOMPARE(nx.rcode, ResponseCode::NxDomain);
        QVERIFY(nx.isVoid());
        QVERIFY(!nx.isError());

        const Answer nodata = ask(zone, "mail.example.com", RRType::TXT);
        QCOMPARE(nodata.rcode, ResponseCode::NoError);
        QVERIFY(nodata.records.isEmpty());
        QVERIFY(nodata.isVoid());

        QCOMPARE(ask(zone, "empty.example.org", RRType::A).rcode, ResponseCode::NoError);
        QVERIFY(zone.contains("EMPTY.example.org"));
        QVERIFY(!zone.contains("nowhere.example.com"));
    }

    void emptyNonTerminalsExist()
    {
        // RFC 8020: a name with names below it exists even when it owns no records.
        MemoryZone zone;
        zone.addRecord(a("a.b.example.com", "192.0.2.1"));
        QCOMPARE(ask(zone, "b.example.com", RRType::A).rcode, ResponseCode::NoError);
        QCOMPARE(ask(zone, "example.com", RRType::TXT).rcode, ResponseCode::NoError);
        QVERIFY(ask(zone, "example.com", RRType::TXT).isVoid());
        QCOMPARE(ask(zone, "c.b.example.com", RRType::A).rcode, ResponseCode::NxDomain);
        QCOMPARE(ask(zone, "xa.b.example.com", RRType::A).rcode, ResponseCode::NxDomain);
        QVERIFY(zone.contains("b.example.com"));
    }

    void keepsMultiStringTextApart()
    {
        MemoryZone zone;
        zone.addRecord(txt("example.com", {"v=spf1 ip4:", "192.0.2.5 -all"}));
        const Answer answer = ask(zone, "example.com", RRType::TXT);
        QCOMPARE(answer.records.size(), 1);
        QCOMPARE(answer.records.first().strings.size(), 2);
        QCOMPARE(answer.records.first().joinedText(), QByteArray("v=spf1 ip4:192.0.2.5 -all")); // RFC 7208 §3.3
    }

    void followsCnameChains()
    {
        MemoryZone zone;
        zone.addRecord(cname("www.example.com", "alias.example.net", 600));
        zone.addRecord(cname("alias.example.net", "host.example.org", 60));
        zone.addRecord(a("host.example.org", "192.0.2.7", 120));
        const Answer answer = ask(zone, "www.example.com", RRType::A);
        QCOMPARE(answer.rcode, ResponseCode::NoError);
        QCOMPARE(answer.records.size(), 1);
        QCOMPARE(answer.records.first().owner, QByteArray("host.example.org"));
        QCOMPARE(answer.cnames.size(), 2);
        QCOMPARE(answer.cnames.at(0).owner, QByteArray("www.example.com"));
        QCOMPARE(answer.cnames.at(1).target, QByteArray("host.example.org"));
        QCOMPARE(answer.minTtl(), 60u);

        // Asking for the CNAME itself does not follow it.
        const Answer own = ask(zone, "www.example.com", RRType::CNAME);
        QCOMPARE(own.records.size(), 1);
        QCOMPARE(own.records.first().target, QByteArray("alias.example.net"));
        QVERIFY(own.cnames.isEmpty());

        // A chain that ends nowhere is NXDOMAIN, with the aliases met on the way.
        zone.addRecord(cname("dangling.example.com", "gone.example.com"));
        const Answer dangling = ask(zone, "dangling.example.com", RRType::A);
        QCOMPARE(dangling.rcode, ResponseCode::NxDomain);
        QCOMPARE(dangling.cnames.size(), 1);

        // A chain ending at a name without the type is NODATA.
        const Answer nodata = ask(zone, "www.example.com", RRType::MX);
        QCOMPARE(nodata.rcode, ResponseCode::NoError);
        QVERIFY(nodata.records.isEmpty());
        QCOMPARE(nodata.cnames.size(), 2);
    }

    void cnameLoopsAndLongChainsAreServFail()
    {
        MemoryZone zone;
        zone.addRecord(cname("one.example.com", "two.example.com"));
        zone.addRecord(cname("two.example.com", "ONE.example.com."));
        const Answer loop = ask(zone, "one.example.com", RRType::A);
        QCOMPARE(loop.rcode, ResponseCode::ServFail);
        QVERIFY(loop.isError());
        QVERIFY(loop.records.isEmpty());
        QVERIFY(!loop.detail.isEmpty());
        // A loop is told apart from a long chain: the published aliases are broken, not the servers unreachable.
        QCOMPARE(loop.cnameFault, CnameFault::Loop);
        QVERIFY2(loop.detail.startsWith(QLatin1String("CNAME loop at one.example.com")), qPrintable(loop.detail));
        QCOMPARE(loop.cnames.first().owner, QByteArray("one.example.com"));
        QCOMPARE(loop.cnames.at(1).target, QByteArray("one.example.com"));

        // 16 links are followed, the 17th is too many.
        MemoryZone chain;
        for (int i = 0; i < 17; ++i)
            chain.addRecord(cname(QByteArray("n" + QByteArray::number(i) + ".example.com"),
                                  QByteArray("n" + QByteArray::number(i + 1) + ".example.com")));
        chain.addRecord(a("n17.example.com", "192.0.2.1"));
        QCOMPARE(ask(chain, "n1.example.com", RRType::A).rcode, ResponseCode::NoError);
        QCOMPARE(ask(chain, "n1.example.com", RRType::A).cnames.size(), 16);
        QCOMPARE(ask(chain, "n0.example.com", RRType::A).rcode, ResponseCode::ServFail);
        QCOMPARE(ask(chain, "n0.example.com", RRType::A).cnameFault, CnameFault::TooLong);
        QCOMPARE(ask(chain, "n1.example.com", RRType::A).cnameFault, CnameFault::None);
    }

    void simulatesFailures()
    {
        MemoryZone zone;
        zone.addRecord(txt("slow.example.com", {"v=spf1 -all"}));
        zone.addFailure("slow.example.com", ResponseCode::Timeout);
        // Records listed before the failure still answer; every other type fails.
        QCOMPARE(ask(zone, "slow.example.com", RRType::TXT).records.size(), 1);
        const Answer timeout = ask(zone, "slow.example.com", RRType::A);
        QCOMPARE(timeout.rcode, ResponseCode::Timeout);
        QVERIFY(timeout.isError());
        QVERIFY(!timeout.isVoid());

        zone.addFailure("broken.example.com", RRType::MX, ResponseCode::ServFail);
        QCOMPARE(ask(zone, "broken.example.com", RRType::MX).rcode, ResponseCode::ServFail);
        QCOMPARE(ask(zone, "broken.example.com", RRType::A).rcode, ResponseCode::NoError);

        // A failure met at the end of a CNAME chain applies too.
        zone.addRecord(cname("alias.example.com", "slow.example.com"));
        QCOMPARE(ask(zone, "alias.example.com", RRType::AAAA).rcode, ResponseCode::Timeout);
    }

    void listsItsRecords()
    {
        MemoryZone zone;
        zone.addRecord(a("a.example.com", "192.0.2.1"));
        zone.addRecord(txt("b.example.com", {"hello"}));
        zone.addName("c.example.com");
        QCOMPARE(zone.records().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestMemoryZone)
#include "tst_memoryzone.moc"
