#include "spf/Macro.h"

#include <QTest>

using namespace spfm::spf;
using spfm::net::IpAddress;

Q_DECLARE_METATYPE(spfm::spf::MacroUse)

namespace {

// RFC 7208 §7.4: <sender> strong-bad@email.example.com, checked for the domain email.example.com.
MacroContext rfcContext(const char *ip)
{
    MacroContext c;
    c.sender = "strong-bad@email.example.com";
    c.localPart = "strong-bad";
    c.senderDomain = "email.example.com";
    c.domain = "email.example.com";
    c.ip = *IpAddress::parse(ip);
    c.helo = "mx.example.org";
    c.receiver = "mail.example.net";
    c.timestamp = 1700000000;
    c.validatedName = [] { return std::optional<QByteArray>("mx.example.org"); };
    return c;
}

QByteArray expanded(QByteArrayView text, const MacroContext &c, MacroUse use = MacroUse::DomainSpec)
{
    const MacroExpansion e = expandMacros(text, c, use);
    if (e.status != MacroExpansion::Status::Ok)
        return "<error: " + e.error.toUtf8() + '>';
    return e.text;
}

} // namespace

class TestMacro : public QObject
{
    Q_OBJECT

private slots:
    void rfcExamplesIpv4_data();
    void rfcExamplesIpv4();
    void rfcExampleIpv6();
    void explanationLetters();
    void escapes();
    void upperCaseUrlEscapes();
    void transformers_data();
    void transformers();
    void forbiddenInDomainSpec();
    void ipv4MappedIsIpv4();
    void validatedName();
    void truncation();
    void syntax_data();
    void syntax();
};

void TestMacro::rfcExamplesIpv4_data()
{
    QTest::addColumn<QByteArray>("macro");
    QTest::addColumn<QByteArray>("expansion");
    // RFC 7208 §7.4, the IPv4 client 192.0.2.3.
    QTest::newRow("s") << QByteArray("%{s}") << QByteArray("strong-bad@email.example.com");
    QTest::newRow("o") << QByteArray("%{o}") << QByteArray("email.example.com");
    QTest::newRow("d") << QByteArray("%{d}") << QByteArray("email.example.com");
    QTest::newRow("d4") << QByteArray("%{d4}") << QByteArray("email.example.com");
    QTest::newRow("d3") << QByteArray("%{d3}") << QByteArray("email.example.com");
    QTest::newRow("d2") << QByteArray("%{d2}") << QByteArray("example.com");
    QTest::newRow("d1") << QByteArray("%{d1}") << QByteArray("com");
    QTest::newRow("dr") << QByteArray("%{dr}") << QByteArray("com.example.email");
    QTest::newRow("d2r") << QByteArray("%{d2r}") << QByteArray("example.email");
    QTest::newRow("l") << QByteArray("%{l}") << QByteArray("strong-bad");
    QTest::newRow("l-") << QByteArray("%{l-}") << QByteArray("strong.bad");
    QTest::newRow("lr") << QByteArray("%{lr}") << QByteArray("strong-bad");
    QTest::newRow("lr-") << QByteArray("%{lr-}") << QByteArray("bad.strong");
    QTest::newRow("l1r-") << QByteArray("%{l1r-}") << QByteArray("strong");
    QTest::newRow("ir.v._spf.d2") << QByteArray("%{ir}.%{v}._spf.%{d2}")
                                  << QByteArray("3.2.0.192.in-addr._spf.example.com");
    QTest::newRow("lr-.lp._spf.d2") << QByteArray("%{lr-}.lp._spf.%{d2}")
                                    << QByteArray("bad.strong.lp._spf.example.com");
    QTest::newRow("lr-.lp.ir.v._spf.d2") << QByteArray("%{lr-}.lp.%{ir}.%{v}._spf.%{d2}")
                                         << QByteArray("bad.strong.lp.3.2.0.192.in-addr._spf.example.com");
    QTest::newRow("ir.v.l1r-.lp._spf.d2")
        << QByteArray("%{ir}.%{v}.%{l1r-}.lp._spf.%{d2}") << QByteArray("3.2.0.192.in-addr.strong.lp._spf.example.com");
    QTest::newRow("d2.trusted-domains") << QByteArray("%{d2}.trusted-domains.example.net")
                                        << QByteArray("example.com.trusted-domains.example.net");
}

void TestMacro::rfcExamplesIpv4()
{
    QFETCH(QByteArray, macro);
    QFETCH(QByteArray, expansion);
    QCOMPARE(expanded(macro, rfcContext("192.0.2.3")), expansion);
    // Explanation text expands the same way.
    QCOMPARE(expanded(macro, rfcContext("192.0.2.3"), MacroUse::Explanation), expansion);
}

void TestMacro::rfcExampleIpv6()
{
    // RFC 7208 §7.4, the IPv6 client 2001:db8::cb01.
    const MacroContext c = rfcContext("2001:db8::cb01");
    QCOMPARE(expanded("%{ir}.%{v}._spf.%{d2}", c),
             QByteArray("1.0.b.c.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6._spf.example.com"));
    QCOMPARE(expanded("%{i}", c), QByteArray("2.0.0.1.0.d.b.8.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.c.b.0.1"));
    QCOMPARE(expanded("%{v}", c), QByteArray("ip6"));
    QCOMPARE(expanded("%{c}", c, MacroUse::Explanation), QByteArray("2001:db8::cb01"));
}

void TestMacro::explanationLetters()
{
    const MacroContext c = rfcContext("192.0.2.3");
    // The conformance suite's v-macro-ip4 / exp-txt-macro-char texts.
    QCOMPARE(expanded("%{c} is queried as %{ir}.%{v}.arpa", c, MacroUse::Explanation),
             QByteArray("192.0.2.3 is queried as 3.2.0.192.in-addr.arpa"));
    QCOMPARE(expanded("%{r} at %{t}", c, MacroUse::Explanation), QByteArray("mail.example.net at 1700000000"));
    QCOMPARE(expanded("connect from %{p}", c, MacroUse::Explanation), QByteArray("connect from mx.example.org"));
    QCOMPARE(expanded("%{h}", c), QByteArray("mx.example.org"));
    // A trailing dot stays in explanation text (conformance: trailing-dot-exp) but not in a name.
    QCOMPARE(expanded("This is a test.", c, MacroUse::Explanation), QByteArray("This is a test."));
    QCOMPARE(expanded("%{d}.", c), QByteArray("email.example.com"));
    MacroContext ipv6 = rfcContext("cafe:babe::1");
    QCOMPARE(expanded("%{c}", ipv6, MacroUse::Explanation), QByteArray("cafe:babe::1"));
}

void TestMacro::escapes()
{
    const MacroContext c = rfcContext("192.0.2.3");
    // RFC 7208 §7.1: %% is "%", %_ a space, %- a URL-encoded space; conformance: macro-mania-in-domain.
    QCOMPARE(expanded("macro%%percent%_%_space%-url-space.example.com", c),
             QByteArray("macro%percent  space%20url-space.example.com"));
    QCOMPARE(expanded("100%% sure", c, MacroUse::Explanation), QByteArray("100% sure"));
}

void TestMacro::upperCaseUrlEscapes()
{
    MacroContext c = rfcContext("192.0.2.3");
    c.localPart = "~jack&jill=up-a_b3.c";
    // Conformance upper-macro: RFC 3986 unreserved characters stay, the rest become %XX.
    QCOMPARE(expanded("http://example.com/why.html?l=%{L}", c, MacroUse::Explanation),
             QByteArray("http://example.com/why.html?l=~jack%26jill%3Dup-a_b3.c"));
    QCOMPARE(expanded("%{l}", c, MacroUse::Explanation), QByteArray("~jack&jill=up-a_b3.c"));
    c.sender = "a b@example.com";
    QCOMPARE(expanded("%{S}", c, MacroUse::Explanation), QByteArray("a%20b%40example.com"));
    QCOMPARE(expanded("%{D2}", c), QByteArray("example.com"));
    QCOMPARE(expanded("%{IR}", c), QByteArray("3.2.0.192"));
}

void TestMacro::transformers_data()
{
    QTest::addColumn<QByteArray>("local");
    QTest::addColumn<QByteArray>("macro");
    QTest::addColumn<QByteArray>("expansion");
    // Conformance: macro-reverse-split-on-dash and macro-multiple-delimiters.
    QTest::newRow("l2r-") << QByteArray("philip-gladstone-test") << QByteArray("%{l2r-}")
                          << QByteArray("gladstone.philip");
    QTest::newRow("l2r+-") << QByteArray("foo-bar+zip+quux") << QByteArray("%{l2r+-}") << QByteArray("bar.foo");
    QTest::newRow("more digits than parts") << QByteArray("a-b") << QByteArray("%{l9-}") << QByteArray("a.b");
    QTest::newRow("all delimiters") << QByteArray("a.b-c+d,e/f_g=h") << QByteArray("%{l.-+,/_=}")
                                    << QByteArray("a.b.c.d.e.f.g.h");
    QTest::newRow("upper R") << QByteArray("a-b") << QByteArray("%{lR-}") << QByteArray("b.a");
    QTest::newRow("empty parts kept") << QByteArray("a--b") << QByteArray("%{l-}") << QByteArray("a..b");
    QTest::newRow("delimiter not in value") << QByteArray("a.b") << QByteArray("%{l-}") << QByteArray("a.b");
    QTest::newRow("leading zero digits") << QByteArray("a.b.c") << QByteArray("%{l02}") << QByteArray("b.c");
}

void TestMacro::transformers()
{
    QFETCH(QByteArray, local);
    QFETCH(QByteArray, macro);
    QFETCH(QByteArray, expansion);
    MacroContext c = rfcContext("1.2.3.4");
    c.localPart = local;
    QCOMPARE(expanded(macro, c, MacroUse::Explanation), expansion);
}

void TestMacro::forbiddenInDomainSpec()
{
    const MacroContext c = rfcContext("192.0.2.3");
    for (const char *text : {"%{c}.example.com", "%{r}.example.com", "%{t}.example.com", "%{T}.example.com"}) {
        const MacroExpansion e = expandMacros(text, c, MacroUse::DomainSpec);
        QCOMPARE(e.status, MacroExpansion::Status::SyntaxError);
        QVERIFY(!e.error.isEmpty());
        QVERIFY(e.text.isEmpty());
        QCOMPARE(expandMacros(text, c, MacroUse::Explanation).status, MacroExpansion::Status::Ok);
    }
    const MacroExpansion bad = expandMacros("%{x}", c, MacroUse::Explanation);
    QCOMPARE(bad.status, MacroExpansion::Status::SyntaxError);
}

void TestMacro::ipv4MappedIsIpv4()
{
    // RFC 7208 §5: an IPv4-mapped IPv6 client is treated as IPv4.
    const MacroContext c = rfcContext("::ffff:192.0.2.3");
    QCOMPARE(expanded("%{i} %{v} %{c}", c, MacroUse::Explanation), QByteArray("192.0.2.3 in-addr 192.0.2.3"));
}

void TestMacro::validatedName()
{
    MacroContext c = rfcContext("192.0.2.3");
    int calls = 0;
    c.validatedName = [&calls] {
        ++calls;
        return std::optional<QByteArray>();
    };
    const MacroExpansion pending = expandMacros("%{p}.example.com", c, MacroUse::DomainSpec);
    QCOMPARE(pending.status, MacroExpansion::Status::Pending);
    QVERIFY(pending.text.isEmpty());
    QCOMPARE(calls, 1);

    // Not called when %{p} is absent.
    QCOMPARE(expanded("%{d}", c), QByteArray("email.example.com"));
    QCOMPARE(calls, 1);

    // "unknown" when no validated name is available at all (§7.3).
    c.validatedName = [] { return std::optional<QByteArray>("unknown"); };
    QCOMPARE(expanded("%{p}.should.example.com", c), QByteArray("unknown.should.example.com"));
    c.validatedName = nullptr;
    QCOMPARE(expanded("%{p}", c), QByteArray("unknown"));
    c.validatedName = [] { return std::optional<QByteArray>("mail.example.com"); };
    QCOMPARE(expanded("%{p2}", c), QByteArray("example.com"));
}

void TestMacro::truncation()
{
    // Conformance domain-name-truncation: 258 octets; dropping "foobar." leaves 251.
    MacroContext c = rfcContext("192.168.218.40");
    c.senderDomain = "somewhat.long.exp.example.com";
    const QByteArray text = "foobar.%{o}.%{o}.%{o}.%{o}.%{o}.%{o}.%{o}.%{o}.example.com";
    const QByteArray result = expanded(text, c);
    QByteArray expected;
    for (int i = 0; i < 8; ++i)
        expected += "somewhat.long.exp.example.com.";
    expected += "example.com";
    QCOMPARE(result, expected);
    QVERIFY(result.size() <= 253);

    // More than one label goes when needed; exactly 253 stays.
    const QByteArray label(62, 'x');
    QByteArray exact = label + '.' + label + '.' + label + '.' + label.left(61) + ".co"; // 63*3+61+3 = 253
    QCOMPARE(exact.size(), 253);
    c.domain = exact;
    QCOMPARE(expanded("%{d}", c), exact);
    QCOMPARE(expanded("a.b.%{d}", c), exact);
    // A single label too long for any name is cut from the left as well: the result never exceeds 253 octets.
    c.domain = QByteArray(300, 'z');
    QCOMPARE(expanded("%{d}", c), QByteArray(253, 'z'));
    QCOMPARE(expanded("a.b.%{d}", c), QByteArray(253, 'z'));
    c.domain = exact;
    // Explanation text is never truncated.
    QCOMPARE(expanded("a.b.%{d}", c, MacroUse::Explanation).size(), 257);
}

void TestMacro::syntax_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<MacroUse>("use");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("offset");
    QTest::addColumn<bool>("forbidden");

    const MacroUse D = MacroUse::DomainSpec;
    const MacroUse E = MacroUse::Explanation;
    QTest::newRow("plain") << QByteArray("example.com") << D << true << -1 << false;
    QTest::newRow("empty") << QByteArray() << D << true << -1 << false;
    QTest::newRow("all letters exp") << QByteArray("%{s}%{l}%{o}%{d}%{i}%{p}%{h}%{c}%{r}%{t}%{v}") << E << true << -1
                                     << false;
    QTest::newRow("upper letters") << QByteArray("%{S}%{L}%{O}%{D}%{I}%{P}%{H}%{V}") << D << true << -1 << false;
    QTest::newRow("transformers") << QByteArray("%{d2r.-+,/_=}") << D << true << -1 << false;
    QTest::newRow("escapes") << QByteArray("%%%_%-") << D << true << -1 << false;
    QTest::newRow("space in exp") << QByteArray("not allowed: %{i}") << E << true << -1 << false;
    QTest::newRow("space in domain") << QByteArray("a b") << D << false << 1 << false;
    QTest::newRow("lone percent end") << QByteArray("abc%") << D << false << 3 << false;
    QTest::newRow("percent letter") << QByteArray("ab%cd") << D << false << 2 << false;
    QTest::newRow("percent paren") << QByteArray("%(ir)") << D << false << 0 << false;
    QTest::newRow("open only") << QByteArray("x%{") << D << false << 1 << false;
    QTest::newRow("unterminated") << QByteArray("%{d2") << D << false << 0 << false;
    QTest::newRow("bad letter") << QByteArray("%{x}") << E << false << 2 << false;
    QTest::newRow("empty braces") << QByteArray("%{}") << E << false << 2 << false;
    QTest::newRow("zero digits") << QByteArray("%{d0}") << D << false << 3 << false;
    QTest::newRow("digits after r") << QByteArray("%{dr2}") << D << false << 4 << false;
    QTest::newRow("bad delimiter") << QByteArray("%{d:}") << D << false << 3 << false;
    QTest::newRow("c in domain") << QByteArray("a.%{c}") << D << false << 4 << true;
    QTest::newRow("R in domain") << QByteArray("%{R}") << D << false << 2 << true;
    QTest::newRow("t in domain") << QByteArray("%{t10r.}") << D << false << 2 << true;
    QTest::newRow("non-ASCII") << QByteArray("caf\xc3\xa9") << E << false << 3 << false;
    QTest::newRow("control") << QByteArray("a\tb") << E << false << 1 << false;
}

void TestMacro::syntax()
{
    QFETCH(QByteArray, text);
    QFETCH(MacroUse, use);
    QFETCH(bool, ok);
    QFETCH(int, offset);
    QFETCH(bool, forbidden);
    const MacroSyntaxResult r = checkMacroString(text, use);
    QCOMPARE(r.ok, ok);
    QCOMPARE(r.offset, offset);
    QCOMPARE(r.forbiddenLetter, forbidden);
    QCOMPARE(r.message.isEmpty(), ok);
    // Expansion agrees with the syntax check.
    const MacroExpansion e = expandMacros(text, rfcContext("192.0.2.3"), use);
    QCOMPARE(e.status == MacroExpansion::Status::Ok, ok);
}

QTEST_GUILESS_MAIN(TestMacro)
#include "tst_macro.moc"
