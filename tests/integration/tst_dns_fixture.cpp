// The real-server fixture itself: it starts NSD and BIND, they answer what the test wrote, and they stop.
#include "DnsServerFixture.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <ldns/ldns.h>
#include <memory>

using spfm::testing::DnsServerFixture;
using spfm::testing::StartResult;
using spfm::testing::Zone;
using spfm::testing::ZoneRecord;

namespace {

struct ResolverDeleter
{
    void operator()(ldns_resolver *r) const { ldns_resolver_deep_free(r); }
};
struct PacketDeleter
{
    void operator()(ldns_pkt *p) const { ldns_pkt_free(p); }
};
using ResolverPtr = std::unique_ptr<ldns_resolver, ResolverDeleter>;
using PacketPtr = std::unique_ptr<ldns_pkt, PacketDeleter>;

struct Reply
{
    ldns_status status = LDNS_STATUS_ERR;
    PacketPtr packet;
};

// A blocking ldns query straight at the fixture, independent of our own resolver.
Reply query(const DnsServerFixture &server, const char *name, ldns_rr_type type, bool useTcp = false)
{
    ResolverPtr resolver(ldns_resolver_new());
    ldns_rdf *address = ldns_rdf_new_frm_str(LDNS_RDF_TYPE_A, server.address().toString().toLatin1().constData());
    ldns_resolver_push_nameserver(resolver.get(), address);
    ldns_rdf_deep_free(address);
    ldns_resolver_set_port(resolver.get(), server.port());
    ldns_resolver_set_retry(resolver.get(), 1);
    ldns_resolver_set_timeout(resolver.get(), timeval{1, 0});
    ldns_resolver_set_usevc(resolver.get(), useTcp);
    ldns_resolver_set_fallback(resolver.get(), false);
    ldns_resolver_set_recursive(resolver.get(), false);
    ldns_rdf *owner = ldns_dname_new_frm_str(name);
    Reply reply;
    ldns_pkt *packet = nullptr;
    reply.status = ldns_resolver_query_status(&packet, resolver.get(), owner, type, LDNS_RR_CLASS_IN, 0);
    reply.packet.reset(packet);
    ldns_rdf_deep_free(owner);
    return reply;
}

QByteArray txtOf(const ldns_pkt *packet)
{
    QByteArray text;
    ldns_rr_list *answer = ldns_pkt_answer(packet);
    for (size_t i = 0; i < ldns_rr_list_rr_count(answer); ++i) {
        const ldns_rr *rr = ldns_rr_list_rr(answer, i);
        if (ldns_rr_get_type(rr) != LDNS_RR_TYPE_TXT)
            continue;
        for (size_t j = 0; j < ldns_rr_rd_count(rr); ++j) {
            const ldns_rdf *rdf = ldns_rr_rdf(rr, j);
            text.append(reinterpret_cast<const char *>(ldns_rdf_data(rdf)) + 1, ldns_rdf_data(rdf)[0]);
        }
    }
    return text;
}

std::uint32_t serialOf(const ldns_pkt *packet)
{
    ldns_rr_list *answer = ldns_pkt_answer(packet);
    for (size_t i = 0; i < ldns_rr_list_rr_count(answer); ++i) {
        const ldns_rr *rr = ldns_rr_list_rr(answer, i);
        if (ldns_rr_get_type(rr) == LDNS_RR_TYPE_SOA)
            return ldns_rdf2native_int32(ldns_rr_rdf(rr, 2));
    }
    return 0;
}

Zone exampleZone(std::uint32_t serial = 1)
{
    Zone zone;
    zone.origin = "example.com";
    zone.serial = serial;
    zone.records = {ZoneRecord::txt("@", "v=spf1 ip4:192.0.2.0/24 -all"), ZoneRecord{"mail", "A", "192.0.2.25"},
                    ZoneRecord::txt("big", QByteArray(3000, 'x')), ZoneRecord::txt("quoted", "say \"hi\" \\o/")};
    return zone;
}

} // namespace

class TestDnsFixture : public QObject
{
    Q_OBJECT

private slots:
    void servesWhatTheTestWrote_data();
    void servesWhatTheTestWrote();
    void stopsOnDestruction();
    void serversShareAPortOnDifferentAddresses();
    void bindRefusesANonInterfaceAddress();
    void bindAcceptsDynamicUpdates();
    void txtSplitsLongText();
};

void TestDnsFixture::servesWhatTheTestWrote_data()
{
    QTest::addColumn<DnsServerFixture::Kind>("kind");
    QTest::newRow("nsd") << DnsServerFixture::Kind::Nsd;
    QTest::newRow("bind") << DnsServerFixture::Kind::Bind;
}

void TestDnsFixture::servesWhatTheTestWrote()
{
    QFETCH(DnsServerFixture::Kind, kind);
    DnsServerFixture server(kind);
    server.addZone(exampleZone(7));
    const StartResult started = server.start();
    QVERIFY2(started.ok, qPrintable(started.error));
    QVERIFY(server.port() > 1024);
    QVERIFY(server.isRunning());

    Reply spf = query(server, "example.com.", LDNS_RR_TYPE_TXT);
    QCOMPARE(spf.status, LDNS_STATUS_OK);
    QCOMPARE(ldns_pkt_get_rcode(spf.packet.get()), LDNS_RCODE_NOERROR);
    QCOMPARE(txtOf(spf.packet.get()), QByteArray("v=spf1 ip4:192.0.2.0/24 -all"));

    Reply soa = query(server, "example.com.", LDNS_RR_TYPE_SOA);
    QCOMPARE(serialOf(soa.packet.get()), 7u);

    Reply quoted = query(server, "quoted.example.com.", LDNS_RR_TYPE_TXT);
    QCOMPARE(txtOf(quoted.packet.get()), QByteArray("say \"hi\" \\o/"));

    Reply missing = query(server, "nothere.example.com.", LDNS_RR_TYPE_TXT);
    QCOMPARE(ldns_pkt_get_rcode(missing.packet.get()), LDNS_RCODE_NXDOMAIN);

    // Over TCP the 3000-byte record arrives whole.
    Reply big = query(server, "big.example.com.", LDNS_RR_TYPE_TXT, true);
    QCOMPARE(big.status, LDNS_STATUS_OK);
    QCOMPARE(txtOf(big.packet.get()), QByteArray(3000, 'x'));

    server.stop();
    QVERIFY(!server.isRunning());
}

void TestDnsFixture::stopsOnDestruction()
{
    std::uint16_t port = 0;
    {
        DnsServerFixture server;
        server.addZone(exampleZone());
        const StartResult started = server.start();
        QVERIFY2(started.ok, qPrintable(started.error));
        port = server.port();
    }
    // Nothing listens any more: the port can be bound again on UDP and TCP.
    DnsServerFixture again;
    again.setPort(port);
    again.addZone(exampleZone());
    const StartResult restarted = again.start();
    QVERIFY2(restarted.ok, qPrintable(restarted.error));
    QCOMPARE(again.port(), port);
}

void TestDnsFixture::serversShareAPortOnDifferentAddresses()
{
    DnsServerFixture first;
    first.setAddress(QHostAddress(QStringLiteral("127.0.0.2")));
    first.addZone(exampleZone(2024010101));
    StartResult started = first.start();
    QVERIFY2(started.ok, qPrintable(started.error));

    DnsServerFixture second;
    second.setAddress(QHostAddress(QStringLiteral("127.0.0.3")));
    second.setPort(first.port());
    second.addZone(exampleZone(2024010102));
    started = second.start();
    QVERIFY2(started.ok, qPrintable(started.error));

    DnsServerFixture third(DnsServerFixture::Kind::Bind);
    third.setPort(first.port());
    third.addZone(exampleZone(2024010103));
    started = third.start();
    QVERIFY2(started.ok, qPrintable(started.error));

    QCOMPARE(second.port(), first.port());
    QCOMPARE(serialOf(query(first, "example.com.", LDNS_RR_TYPE_SOA).packet.get()), 2024010101u);
    QCOMPARE(serialOf(query(second, "example.com.", LDNS_RR_TYPE_SOA).packet.get()), 2024010102u);
    QCOMPARE(serialOf(query(third, "example.com.", LDNS_RR_TYPE_SOA).packet.get()), 2024010103u);
    QCOMPARE(second.serverSpec(), QStringLiteral("127.0.0.3:%1").arg(first.port()));
}

void TestDnsFixture::bindRefusesANonInterfaceAddress()
{
    DnsServerFixture server(DnsServerFixture::Kind::Bind);
    server.setAddress(QHostAddress(QStringLiteral("127.0.0.9")));
    server.addZone(exampleZone());
    const StartResult started = server.start();
    QVERIFY(!started.ok);
    QVERIFY2(started.error.contains(QStringLiteral("127.0.0.9")), qPrintable(started.error));
}

void TestDnsFixture::bindAcceptsDynamicUpdates()
{
    const QString nsupdate = QStandardPaths::findExecutable(QStringLiteral("nsupdate"));
    QVERIFY2(!nsupdate.isEmpty(), "nsupdate is not installed (Debian package bind9-dnsutils)");
    DnsServerFixture server(DnsServerFixture::Kind::Bind);
    Zone zone = exampleZone();
    zone.allowUpdate = true;
    server.addZone(zone);
    const StartResult started = server.start();
    QVERIFY2(started.ok, qPrintable(started.error));

    QProcess update;
    update.start(nsupdate, {});
    QVERIFY(update.waitForStarted());
    update.write("server " + server.address().toString().toLatin1() + ' ' + QByteArray::number(server.port()) +
                 "\nzone example.com\nupdate add added.example.com 300 TXT \"v=spf1 -all\"\nsend\n");
    update.closeWriteChannel();
    QVERIFY(update.waitForFinished(10000));
    QVERIFY2(update.exitCode() == 0, update.readAllStandardError().constData());

    Reply added = query(server, "added.example.com.", LDNS_RR_TYPE_TXT);
    QCOMPARE(txtOf(added.packet.get()), QByteArray("v=spf1 -all"));
    QCOMPARE(serialOf(query(server, "example.com.", LDNS_RR_TYPE_SOA).packet.get()), 2u);
}

void TestDnsFixture::txtSplitsLongText()
{
    const ZoneRecord r = ZoneRecord::txt("@", QByteArray(300, 'a'));
    QCOMPARE(r.type, QByteArray("TXT"));
    QCOMPARE(r.rdata, '"' + QByteArray(255, 'a') + "\" \"" + QByteArray(45, 'a') + '"');
    QCOMPARE(ZoneRecord::txt("@", "").rdata, QByteArray("\"\""));
}

QTEST_GUILESS_MAIN(TestDnsFixture)
#include "tst_dns_fixture.moc"
