#include "TestConfig.h"
#include "dns/MemoryZone.h"
#include "lint/Linter.h"
#include "spf/Parser.h"

#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace spfm::lint;

namespace {

const Diagnostic *find(const Diagnostics &ds, const QByteArray &code)
{
    for (const Diagnostic &d : ds) {
        if (d.code == code)
            return &d;
    }
    return nullptr;
}

// A valid record of exactly size octets (distinct ip4 terms, then -all).
QByteArray recordOfSize(int size)
{
    QByteArray r = "v=spf1";
    for (int i = 0; r.size() + 22 < size; ++i)
        r += " ip4:20.1." + QByteArray::number(i / 250) + '.' + QByteArray::number(i % 250);
    while (r.size() + 5 < size)
        r += " mx";
    r += " -all";
    return r.left(size - 5) + r.right(5);
}

QByteArray dump(const Diagnostics &ds)
{
    QByteArray out;
    for (const Diagnostic &d : ds)
        out += d.code + " [" + d.term + "@" + QByteArray::number(d.offset) + "] " + d.message.toUtf8() + " | " +
               d.fix.toUtf8() + "\n";
    return out;
}

} // namespace

class TestLinterText : public QObject
{
    Q_OBJECT

private slots:
    void codes_data()
    {
        QTest::addColumn<QByteArray>("record");
        QTest::addColumn<QByteArray>("code");
        QTest::addColumn<bool>("fires");
        QTest::addColumn<QByteArray>("term"); // the term it names (when it fires); empty: whole record
        QTest::addColumn<QString>("fixHas");  // a piece of the suggested fix

        auto row = [](const char *name, const char *record, const char *code, bool fires, const char *term = "",
                      const char *fixHas = "") {
            QTest::newRow(name) << QByteArray(record) << QByteArray(code) << fires << QByteArray(term)
                                << QString::fromUtf8(fixHas);
        };
        // 1xx syntax
        row("SPF100 v=spf10", "v=spf10 -all", "SPF100", true, "v=spf10", "v=spf1");
        row("SPF100 not for v=spf1", "v=spf1 -all", "SPF100", false);
        row("SPF101 quoted", "\"v=spf1 -all\"", "SPF101", true, "\"", "before v=spf1");
        row("SPF101 leading space", " v=spf1 -all", "SPF101", true, " ");
        row("SPF101 not for plain", "v=spf1 -all", "SPF101", false);
        row("SPF102 ipv4", "v=spf1 ipv4:192.0.2.10 -all", "SPF102", true, "ipv4:192.0.2.10", "ip4:192.0.2.10");
        row("SPF102 bare ip", "v=spf1 192.0.2.10 -all", "SPF102", true, "192.0.2.10", "ip4:192.0.2.10");
        row("SPF102 prt", "v=spf1 prt -all", "SPF102", true, "prt", "`ptr`");
        row("SPF102 inlcude", "v=spf1 inlcude:_spf.example.com -all", "SPF102", true, "inlcude:_spf.example.com",
            "include:_spf.example.com");
        row("SPF102 not for ip4", "v=spf1 ip4:192.0.2.10 -all", "SPF102", false);
        row("SPF103 bad qualifier", "v=spf1 !a -all", "SPF103", true, "!a", "+ - ~ ?");
        row("SPF103 not for ~", "v=spf1 ~a -all", "SPF103", false);
        row("SPF104 include=", "v=spf1 include=_spf.example.com -all", "SPF104", true, "include=_spf.example.com",
            "include:_spf.example.com");
        row("SPF104 redirect:", "v=spf1 redirect:_spf.example.com", "SPF104", true, "redirect:_spf.example.com",
            "redirect=_spf.example.com");
        row("SPF104 a=", "v=spf1 ip4:192.0.2.1 a=mail.example.com -all", "SPF104", true, "a=mail.example.com",
            "a:mail.example.com");
        row("SPF104 IP4=", "v=spf1 IP4=192.0.2.1 -all", "SPF104", true, "IP4=192.0.2.1", "IP4:192.0.2.1");
        row("SPF104 all=", "v=spf1 a all=x", "SPF104", true, "all=x", "`all`");
        row("SPF104 include= empty", "v=spf1 include= -all", "SPF104", true, "include=", "`include:`");
        row("SPF104 -include=", "v=spf1 -include=_spf.example.com", "SPF104", true, "-include=_spf.example.com",
            "-include:_spf.example.com");
        row("SPF104 exp:", "v=spf1 -all exp:why.example.com", "SPF104", true, "exp:why.example.com",
            "exp=why.example.com");
        row("SPF104 not for include:", "v=spf1 include:_spf.example.com -all", "SPF104", false);
        row("SPF104 not for moo=", "v=spf1 -all moo=x", "SPF104", false);
        row("SPF105 all:foo", "v=spf1 -all:foo", "SPF105", true, "-all:foo", "`-all`");
        row("SPF105 not for all", "v=spf1 -all", "SPF105", false);
        row("SPF106 include:", "v=spf1 include: -all", "SPF106", true, "include:");
        row("SPF106 exists", "v=spf1 exists -all", "SPF106", true, "exists");
        row("SPF106 not for exists:x", "v=spf1 exists:x.example.com -all", "SPF106", false);
        row("SPF107 a:ip", "v=spf1 a:192.0.2.1 -all", "SPF107", true, "a:192.0.2.1", "ip4:192.0.2.1");
        row("SPF107 single label", "v=spf1 include:localhost -all", "SPF107", true, "include:localhost");
        row("SPF107 not for fqdn", "v=spf1 a:mail.example.com -all", "SPF107", false);
        row("SPF108 unterminated", "v=spf1 exists:%{i.example.com -all", "SPF108", true, "exists:%{i.example.com");
        row("SPF108 not for good macro", "v=spf1 exists:%{i}.example.com -all", "SPF108", false);
        row("SPF109 %{c}", "v=spf1 exists:%{c}.example.com -all", "SPF109", true, "exists:%{c}.example.com");
        row("SPF109 not for %{d}", "v=spf1 exists:%{d}.example.com -all", "SPF109", false);
        row("SPF110 v6 in ip4", "v=spf1 ip4:2001:db8::1 -all", "SPF110", true, "ip4:2001:db8::1", "ip6:2001:db8::1");
        row("SPF110 glued all", "v=spf1 ip4:192.0.2.7~all", "SPF110", true, "ip4:192.0.2.7~all",
            "`ip4:192.0.2.7 ~all`");
        row("SPF110 not for good ip4", "v=spf1 ip4:192.0.2.7 ~all", "SPF110", false);
        row("SPF111 /33", "v=spf1 ip4:192.0.2.0/33 -all", "SPF111", true, "ip4:192.0.2.0/33");
        row("SPF111 not for /24", "v=spf1 ip4:192.0.2.0/24 -all", "SPF111", false);
        row("SPF112 include/24", "v=spf1 include:example.com/24 -all", "SPF112", true, "include:example.com/24");
        row("SPF112 not for a/24", "v=spf1 a/24 -all", "SPF112", false);
        row("SPF113 bad modifier name", "v=spf1 -all 1x=foo", "SPF113", true, "1x=foo");
        row("SPF113 not for x-y=", "v=spf1 -all x-y=foo", "SPF113", false);
        row("SPF114 control char", "v=spf1 a\x01 -all", "SPF114", true);
        row("SPF114 not for plain", "v=spf1 a -all", "SPF114", false);
        row("SPF115 redirect twice", "v=spf1 redirect=a.example.com redirect=b.example.com", "SPF115", true,
            "redirect=b.example.com");
        row("SPF115 not for once", "v=spf1 redirect=a.example.com", "SPF115", false);
        row("SPF116 exp twice", "v=spf1 -all exp=a.example.com exp=b.example.com", "SPF116", true, "exp=b.example.com");
        row("SPF116 not for once", "v=spf1 -all exp=a.example.com", "SPF116", false);
        row("SPF117 all twice", "v=spf1 -all ~all", "SPF117", true, "~all");
        row("SPF117 not for once", "v=spf1 -all", "SPF117", false);
        row("SPF119 tab", "v=spf1 a\t-all", "SPF119", true);
        row("SPF119 not for spaces", "v=spf1 a  -all", "SPF119", false);

        // 2xx semantics
        row("SPF201 after all", "v=spf1 -all a mx", "SPF201", true, "a");
        row("SPF201 exp after all is fine", "v=spf1 a -all exp=x.example.com", "SPF201", false);
        row("SPF202 redirect beside all", "v=spf1 a -all redirect=x.example.com", "SPF202", true,
            "redirect=x.example.com");
        row("SPF202 not without all", "v=spf1 a redirect=x.example.com", "SPF202", false);
        row("SPF203 modifier first", "v=spf1 redirect=x.example.com a", "SPF203", true, "redirect=x.example.com");
        row("SPF203 not at end", "v=spf1 a redirect=x.example.com", "SPF203", false);
        row("SPF204 ptr", "v=spf1 ptr -all", "SPF204", true, "ptr");
        row("SPF204 not without ptr", "v=spf1 a -all", "SPF204", false);
        row("SPF205 default=", "v=spf1 a default=deny", "SPF205", true, "default=deny", "-all");
        row("SPF205 not for other", "v=spf1 a -all", "SPF205", false);
        row("SPF206 redirct", "v=spf1 a redirct=_spf.example.com", "SPF206", true, "redirct=_spf.example.com",
            "redirect=_spf.example.com");
        row("SPF206 expl", "v=spf1 -all expl=x.example.com", "SPF206", true, "expl=x.example.com", "exp=x.example.com");
        row("SPF206 not for unrelated", "v=spf1 -all moo=x", "SPF206", false);
        row("SPF207 unknown modifier", "v=spf1 -all moo=x", "SPF207", true, "moo=x");
        row("SPF207 not for exp", "v=spf1 -all exp=x.example.com", "SPF207", false);
        row("SPF207 not for include=", "v=spf1 include=_spf.example.com -all", "SPF207", false);
        row("SPF208 not for include= twice", "v=spf1 include=a.example.com include=b.example.com -all", "SPF208",
            false);
        row("SPF208 unknown twice", "v=spf1 -all moo=x moo=y", "SPF208", true, "moo=y");
        row("SPF208 not for once", "v=spf1 -all moo=x", "SPF208", false);
        row("SPF209 duplicate term", "v=spf1 a mx a -all", "SPF209", true, "a");
        row("SPF209 +a and a", "v=spf1 +a a -all", "SPF209", true, "a");
        row("SPF209 not for a and a:x", "v=spf1 a a:x.example.com -all", "SPF209", false);
        row("SPF210 duplicate include", "v=spf1 include:x.example.com include:X.example.com -all", "SPF210", true,
            "include:X.example.com");
        row("SPF210 not for distinct", "v=spf1 include:x.example.com include:y.example.com -all", "SPF210", false);
        row("SPF211 host bits", "v=spf1 ip4:198.51.100.7/24 -all", "SPF211", true, "ip4:198.51.100.7/24",
            "ip4:198.51.100.0/24");
        row("SPF211 ip6 host bits", "v=spf1 ip6:2001:db8::1/64 -all", "SPF211", true, "ip6:2001:db8::1/64",
            "ip6:2001:db8::/64");
        row("SPF211 not for network", "v=spf1 ip4:198.51.100.0/24 -all", "SPF211", false);
        row("SPF212 no all", "v=spf1 a mx", "SPF212", true);
        row("SPF212 not with redirect", "v=spf1 a redirect=x.example.com", "SPF212", false);
        row("SPF212 not with all", "v=spf1 a -all", "SPF212", false);
        row("SPF213 overlap", "v=spf1 ip4:198.51.100.0/24 ip4:198.51.100.7 -all", "SPF213", true, "ip4:198.51.100.7");
        row("SPF213 not for disjoint", "v=spf1 ip4:198.51.100.0/25 ip4:198.51.100.128/25 -all", "SPF213", false);
        row("SPF213 not across qualifiers", "v=spf1 -ip4:198.51.100.7 ip4:198.51.100.0/24 -all", "SPF213", false);
        row("SPF214 merged records", "v=spf1 a v=spf1 mx -all", "SPF214", true, "v=spf1");
        row("SPF214 not once", "v=spf1 a mx -all", "SPF214", false);

        row("SPF215 ip4 shadowed", "v=spf1 ip4:20.1.2.0/24 -ip4:20.1.2.5 -all", "SPF215", true, "-ip4:20.1.2.5",
            "before");
        row("SPF215 a/24 then -a", "v=spf1 a/24 -a -all", "SPF215", true, "-a");
        row("SPF215 not for narrower first", "v=spf1 -ip4:20.1.2.5 ip4:20.1.2.0/24 -all", "SPF215", false);
        row("SPF215 not for a then -a/24", "v=spf1 a -a/24 -all", "SPF215", false);
        row("SPF215 not for other host", "v=spf1 a:x.example.com -a:y.example.com -all", "SPF215", false);

        // 3xx publishing (text side)
        row("SPF302 over 450", recordOfSize(470).constData(), "SPF302", true);
        row("SPF302 not over 512 too", recordOfSize(600).constData(), "SPF302", false);
        row("SPF303 over 512", recordOfSize(600).constData(), "SPF303", true);
        row("SPF303 not at 470", recordOfSize(470).constData(), "SPF303", false);
        row("SPF302 not short", "v=spf1 -all", "SPF302", false);
        row("SPF304 non-ascii",
            "v=spf1 a \xe2\x80\x93"
            "all",
            "SPF304", true,
            "\xe2\x80\x93"
            "all",
            "ASCII");
        row("SPF304 not ascii", "v=spf1 a -all", "SPF304", false);
        row("SPF305 sender id", "spf2.0/pra a -all", "SPF305", true, "spf2.0/pra");
        row("SPF305 not for spf1", "v=spf1 a -all", "SPF305", false);

        // 5xx policy
        row("SPF501 +all", "v=spf1 a +all", "SPF501", true, "+all", "-all");
        row("SPF501 bare all", "v=spf1 a all", "SPF501", true, "all");
        row("SPF501 not -all", "v=spf1 a -all", "SPF501", false);
        row("SPF502 ?all", "v=spf1 a ?all", "SPF502", true, "?all");
        row("SPF502 not ~all", "v=spf1 a ~all", "SPF502", false);
        row("SPF503 /8", "v=spf1 ip4:20.0.0.0/8 -all", "SPF503", true, "ip4:20.0.0.0/8");
        row("SPF503 ip6 /16", "v=spf1 ip6:2a00::/16 -all", "SPF503", true, "ip6:2a00::/16");
        row("SPF503 not /24", "v=spf1 ip4:20.1.2.0/24 -all", "SPF503", false);
        row("SPF504 rfc1918", "v=spf1 ip4:192.168.1.0/24 -all", "SPF504", true, "ip4:192.168.1.0/24");
        row("SPF504 loopback", "v=spf1 ip4:127.0.0.1 -all", "SPF504", true, "ip4:127.0.0.1");
        row("SPF504 ula", "v=spf1 ip6:fd00::1 -all", "SPF504", true, "ip6:fd00::1");
        row("SPF504 not public", "v=spf1 ip4:20.1.2.3 -all", "SPF504", false);
        row("SPF504 not for documentation", "v=spf1 ip4:192.0.2.1 -all", "SPF504", false);
        row("SPF505 documentation", "v=spf1 ip4:192.0.2.1 -all", "SPF505", true, "ip4:192.0.2.1");
        row("SPF505 ip6 documentation", "v=spf1 ip6:2001:db8::1 -all", "SPF505", true, "ip6:2001:db8::1");
        row("SPF505 not public", "v=spf1 ip4:20.1.2.3 -all", "SPF505", false);
    }

    void codes()
    {
        QFETCH(QByteArray, record);
        QFETCH(QByteArray, code);
        QFETCH(bool, fires);
        QFETCH(QByteArray, term);
        QFETCH(QString, fixHas);
        const Diagnostics ds = lintRecordText(record);
        const Diagnostic *d = find(ds, code);
        QVERIFY2(bool(d) == fires, dump(ds).constData());
        if (!d)
            return;
        QVERIFY(!d->message.isEmpty());
        QVERIFY(!d->fix.isEmpty());
        const CodeInfo &info = codeInfo(Code(code.mid(3).toInt()));
        QCOMPARE(d->severity, info.severity);
        QCOMPARE(d->rfcSection, QByteArray(info.rfcSection));
        if (!term.isEmpty()) {
            QCOMPARE(d->term, term);
            QVERIFY(d->offset >= 0);
            QCOMPARE(record.mid(d->offset, term.size()), term);
        }
        if (!fixHas.isEmpty())
            QVERIFY2(d->fix.contains(fixHas), qPrintable(d->fix));
    }

    // Offline, the record's own DNS-querying terms on the worst-case path are a lower bound (§4.6.4): over 10 is
    // already permerror. Dead terms after all do not count; a redirect counts only without all.
    void ownLookupsOffline_data()
    {
        QTest::addColumn<QByteArray>("record");
        QTest::addColumn<QByteArray>("code");
        QTest::addColumn<QByteArray>("term");
        QByteArray eleven = "v=spf1";
        for (char c = 'a'; c <= 'k'; ++c)
            eleven += QByteArray(" include:") + c + ".example";
        QTest::newRow("eleven includes") << QByteArray(eleven + " -all") << QByteArray("SPF401")
                                         << QByteArray("include:k.example");
        QTest::newRow("redirect is the eleventh")
            << QByteArray("v=spf1 a mx a:1.example a:2.example a:3.example a:4.example a:5.example a:6.example "
                          "a:7.example exists:8.example redirect=r.example")
            << QByteArray("SPF401") << QByteArray("redirect=r.example");
        QTest::newRow("redirect beside all is not followed")
            << QByteArray("v=spf1 a mx a:1.example a:2.example a:3.example a:4.example a:5.example a:6.example "
                          "a:7.example exists:8.example -all redirect=r.example")
            << QByteArray("SPF402") << QByteArray();
        QTest::newRow("eight") << QByteArray("v=spf1 a mx ptr a:1.example a:2.example a:3.example a:4.example "
                                             "exists:5.example ip4:20.1.2.3 -all")
                               << QByteArray("SPF402") << QByteArray();
        QTest::newRow("dead terms after all")
            << QByteArray("v=spf1 ip4:20.1.2.3 -all" + eleven.mid(6)) << QByteArray() << QByteArray();
        QTest::newRow("seven") << QByteArray("v=spf1 a mx a:1.example a:2.example a:3.example a:4.example "
                                             "a:5.example -all")
                               << QByteArray() << QByteArray();
    }
    void ownLookupsOffline()
    {
        QFETCH(QByteArray, record);
        QFETCH(QByteArray, code);
        QFETCH(QByteArray, term);
        for (const Diagnostics &ds : {lintRecordText(record), lintRecordStrings({record.left(200), record.mid(200)})}) {
            int limitFindings = 0;
            for (const Diagnostic &d : ds)
                limitFindings += d.code == "SPF401" || d.code == "SPF402" ? 1 : 0;
            QCOMPARE(limitFindings, code.isEmpty() ? 0 : 1);
            if (code.isEmpty())
                continue;
            const Diagnostic *d = find(ds, code);
            QVERIFY2(d, dump(ds).constData());
            QCOMPARE(d->severity, codeInfo(Code(code.mid(3).toInt())).severity);
            QCOMPARE(d->term, term);
            if (!term.isEmpty())
                QCOMPARE(record.mid(d->offset, term.size()), term);
            else
                QCOMPARE(d->offset, -1);
            QVERIFY(!d->fix.isEmpty());
        }
    }

    void cleanRecordHasNoFindings_data()
    {
        QTest::addColumn<QByteArray>("record");
        QTest::newRow("typical") << QByteArray("v=spf1 mx ip4:20.30.40.0/24 include:_spf.example.net -all");
        QTest::newRow("dependent") << QByteArray("v=spf1 include:primary.example.com -all");
        QTest::newRow("redirect") << QByteArray("v=spf1 redirect=_spf.example.com");
        QTest::newRow("exp at end") << QByteArray("v=spf1 a -all exp=explain.%{d}");
    }

    void cleanRecordHasNoFindings()
    {
        QFETCH(QByteArray, record);
        const Diagnostics ds = lintRecordText(record);
        QVERIFY2(ds.isEmpty(), dump(ds).constData());
    }

    // RFC 7208 §12 reads "include=x" as an unknown modifier and §6 has receivers ignore it: the record is valid, so
    // SPF104 here is the linter's own finding (error: the include never happens), not a parse issue.
    void includeWithEqualsIsAFindingNotASyntaxError()
    {
        const QByteArray record = "v=spf1 mx include=_spf.example.com -all";
        QVERIFY(spfm::spf::parseRecord(record).isValid());
        const Diagnostics ds = lintRecordText(record);
        const Diagnostic *d = find(ds, "SPF104");
        QVERIFY2(d, dump(ds).constData());
        QCOMPARE(d->severity, Severity::Error);
        QCOMPARE(d->offset, 10);
        QCOMPARE(d->term, QByteArray("include=_spf.example.com"));
        QVERIFY2(d->message.contains(QLatin1String("unknown modifier")) && d->message.contains(QLatin1String("ignore")),
                 qPrintable(d->message));
        QVERIFY2(d->fix.contains(QLatin1String("`include:_spf.example.com`")), qPrintable(d->fix));
        QCOMPARE(ds.size(), 1);

        // The ignored include costs no lookup and is not followed (§4.6.4).
        spfm::dns::MemoryZone zone;
        const LintReport tree = lintRecordTree(record, "example.com", zone);
        QCOMPARE(tree.staticLookups, 1); // the mx only
        QVERIFY2(find(tree.diagnostics, "SPF104"), dump(tree.diagnostics).constData());
        QVERIFY2(!find(tree.diagnostics, "SPF408"), dump(tree.diagnostics).constData());

        // With a qualifier it is no term at all: a parse issue with the same code, pointing at the term.
        const QByteArray broken = "v=spf1 mx -include=_spf.example.com";
        QVERIFY(!spfm::spf::parseRecord(broken).isValid());
        const Diagnostics bs = lintRecordText(broken);
        const Diagnostic *b = find(bs, "SPF104");
        QVERIFY2(b, dump(bs).constData());
        QCOMPARE(b->severity, Severity::Error);
        QCOMPARE(b->offset, 10);
    }

    void everySyntaxIssueGetsItsOwnDiagnostic()
    {
        const Diagnostics ds = lintRecordText("v=spf1 ipv4:192.0.2.1 include= -all:x ip4:1.2.3.4/40");
        QVERIFY2(find(ds, "SPF102") && find(ds, "SPF105") && find(ds, "SPF111"), dump(ds).constData());
    }

    void stringsOver255()
    {
        const QByteArray big = "v=spf1 " + QByteArray(250, 'a').replace('a', "a ") + "-all";
        Diagnostics ds = lintRecordStrings({big});
        QVERIFY(find(ds, "SPF301"));
        QList<QByteArray> split{big.left(200), big.mid(200, 200), big.mid(400)};
        ds = lintRecordStrings(split);
        QVERIFY2(!find(ds, "SPF301"), dump(ds).constData());
    }

    void badStringSplit_data()
    {
        QTest::addColumn<QList<QByteArray>>("strings");
        QTest::addColumn<bool>("fires");
        QTest::newRow("fused all") << QList<QByteArray>{"v=spf1 ip4:192.0.2.1", "-all"} << true;
        QTest::newRow("fused valid terms") << QList<QByteArray>{"v=spf1 a:mail.example.com", "mx -all"} << true;
        QTest::newRow("space kept") << QList<QByteArray>{"v=spf1 ip4:192.0.2.1 ", "-all"} << false;
        QTest::newRow("split inside a name") << QList<QByteArray>{"v=spf1 include:_spf.exa", "mple.com -all"} << false;
    }

    void badStringSplit()
    {
        QFETCH(QList<QByteArray>, strings);
        QFETCH(bool, fires);
        const Diagnostics ds = lintRecordStrings(strings);
        QVERIFY2(bool(find(ds, "SPF311")) == fires, dump(ds).constData());
    }

    // Every record of both conformance suites, and deterministic mutations of them: every diagnostic must be well
    // formed (a known code with its own severity, a message, a fix, the term found at its offset).
    void wellFormedOnSuiteRecordsAndMutations()
    {
        QList<QByteArray> records;
        const QRegularExpression line(QStringLiteral("^\\s*- (?:SPF|TXT):\\s*(.*)$"));
        for (const char *file : {"rfc7208-tests.yml", "rfc4408-tests.yml"}) {
            QFile f(QStringLiteral(SPF_TEST_DATA_DIR "/conformance/") + QLatin1String(file));
            QVERIFY(f.open(QIODevice::ReadOnly));
            while (!f.atEnd()) {
                const QRegularExpressionMatch m = line.match(QString::fromUtf8(f.readLine()).trimmed());
                if (!m.hasMatch())
                    continue;
                QByteArray value = m.captured(1).toUtf8();
                if (value.size() >= 2 && (value.front() == '"' || value.front() == '\''))
                    value = value.mid(1, value.size() - 2);
                records.append(value);
            }
        }
        QVERIFY(records.size() > 300);
        QRandomGenerator rng(7208);
        const QByteArray alphabet = "%{}:/=.-+~? \t,\x80"
                                    "aZ09";
        const qsizetype originals = records.size();
        for (qsizetype i = 0; i < originals; ++i) {
            for (int k = 0; k < 8; ++k) {
                QByteArray m = records[i];
                const int pos = m.isEmpty() ? 0 : int(rng.bounded(int(m.size())));
                if (k % 2 == 0 && !m.isEmpty())
                    m.remove(pos, 1);
                else
                    m.insert(pos, alphabet[rng.bounded(int(alphabet.size()))]);
                records.append(m);
            }
        }
        spfm::dns::MemoryZone empty;
        int findings = 0;
        for (const QByteArray &record : std::as_const(records)) {
            Diagnostics ds = lintRecordText(record);
            ds += lintRecordTree(record, "example.com", empty).diagnostics;
            for (const Diagnostic &d : std::as_const(ds)) {
                ++findings;
                const CodeInfo &info = codeInfo(Code(d.code.mid(3).toInt()));
                QCOMPARE(codeName(info.code), d.code);
                QCOMPARE(d.severity, info.severity);
                QVERIFY2(!d.message.isEmpty() && !d.fix.isEmpty(), d.code.constData());
                QVERIFY(d.offset >= -1 && d.offset <= record.size());
                if (d.offset >= 0 && !d.term.isEmpty() && d.domain == "example.com" && !d.code.startsWith("SPF4"))
                    QVERIFY2(record.mid(d.offset, d.term.size()) == d.term,
                             QByteArray(record + " / " + d.code).constData());
            }
        }
        QVERIFY(findings > 1000);
    }
};

QTEST_GUILESS_MAIN(TestLinterText)
#include "tst_lintertext.moc"
