#include "spf/Parser.h"

#include <QTest>

using namespace spfm::spf;
using spfm::net::IpAddress;

Q_DECLARE_METATYPE(spfm::spf::SyntaxError)
Q_DECLARE_METATYPE(spfm::spf::Mechanism)
Q_DECLARE_METATYPE(spfm::spf::Qualifier)

class TestParser : public QObject
{
    Q_OBJECT

private slots:
    void versionTag_data();
    void versionTag();
    void badVersionIsOneIssue();
    void separators();
    void termErrors_data();
    void termErrors();
    void validTerms_data();
    void validTerms();
    void mechanismFields();
    void dualCidr_data();
    void dualCidr();
    void modifierFields();
    void mechanismNamesAsModifiers_data();
    void mechanismNamesAsModifiers();
    void duplicateModifiers();
    void reportsEveryProblem();
    void termOffsets();
    void tabsSplitTerms();
    void commaBetweenTerms();
    void parseTermAlone();
    void recordHelpers();
};

void TestParser::versionTag_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("isSpf");
    QTest::newRow("bare") << QByteArray("v=spf1") << true;
    QTest::newRow("with terms") << QByteArray("v=spf1 -all") << true;
    QTest::newRow("trailing space") << QByteArray("v=spf1 ") << true;
    QTest::newRow("upper case") << QByteArray("V=SPF1 -all") << true;
    QTest::newRow("mixed case") << QByteArray("v=SpF1 ~all") << true;
    QTest::newRow("spf10") << QByteArray("v=spf10") << false;
    QTest::newRow("spf1a") << QByteArray("v=spf1a -all") << false;
    QTest::newRow("tab after version") << QByteArray("v=spf1\t-all") << false;
    QTest::newRow("leading space") << QByteArray(" v=spf1 -all") << false;
    QTest::newRow("sender id") << QByteArray("spf2.0/pra -all") << false;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("short") << QByteArray("v=spf") << false;
}

void TestParser::versionTag()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, isSpf);
    QCOMPARE(isSpfRecord(text), isSpf);
}

void TestParser::badVersionIsOneIssue()
{
    const Record r = parseRecord("v=spf10 -all");
    QVERIFY(r.terms.isEmpty());
    QCOMPARE(r.issues.size(), 1);
    QCOMPARE(r.issues[0].code, SyntaxError::BadVersion);
    QCOMPARE(r.issues[0].offset, 0);
    QCOMPARE(r.issues[0].term, QByteArray("v=spf10"));
    QVERIFY(!r.issues[0].message.isEmpty());
    QCOMPARE(r.text, QByteArray("v=spf10 -all"));
}

void TestParser::separators()
{
    // §12: terms = *( 1*SP ( directive / modifier ) ); record = version terms *SP
    const Record twoSpaces = parseRecord("v=spf1 a  -all");
    QVERIFY(twoSpaces.isValid());
    QCOMPARE(twoSpaces.terms.size(), 2);
    QCOMPARE(twoSpaces.terms[1].offset, 10);

    const Record trailing = parseRecord("v=spf1 a -all   ");
    QVERIFY(trailing.isValid());
    QCOMPARE(trailing.terms.size(), 2);

    const Record empty = parseRecord("v=spf1");
    QVERIFY(empty.isValid());
    QVERIFY(empty.terms.isEmpty());
}

// Each row: one term put after "v=spf1 "; the expected code and the offset of the problem within the term.
void TestParser::termErrors_data()
{
    QTest::addColumn<QByteArray>("term");
    QTest::addColumn<SyntaxError>("code");
    QTest::addColumn<int>("offset");

    using E = SyntaxError;
    QTest::newRow("unknown ipv4") << QByteArray("ipv4:192.0.2.1") << E::UnknownMechanism << 0;
    QTest::newRow("unknown ip") << QByteArray("ip:192.0.2.1") << E::UnknownMechanism << 0;
    QTest::newRow("unknown prt") << QByteArray("prt") << E::UnknownMechanism << 0;
    QTest::newRow("unknown all.") << QByteArray("all.") << E::UnknownMechanism << 0;
    QTest::newRow("unknown moo") << QByteArray("moo") << E::UnknownMechanism << 0;
    QTest::newRow("unknown after qualifier") << QByteArray("-moo") << E::UnknownMechanism << 1;
    QTest::newRow("qualifier alone") << QByteArray("-") << E::UnknownMechanism << 1;
    QTest::newRow("redirect as mechanism") << QByteArray("redirect") << E::UnknownMechanism << 0;
    QTest::newRow("bad modifier-ish name") << QByteArray("moo.cow/far_out=man:dog/cat") << E::UnknownMechanism << 0;
    QTest::newRow("bad qualifier !") << QByteArray("!all") << E::BadQualifier << 0;
    QTest::newRow("bad qualifier *") << QByteArray("*mx") << E::BadQualifier << 0;
    QTest::newRow("double qualifier") << QByteArray("++a") << E::BadQualifier << 1;
    QTest::newRow("qualifier on redirect") << QByteArray("-redirect=_spf.example.com") << E::BadQualifier << 0;
    QTest::newRow("qualifier on exp") << QByteArray("?exp=why.example.com") << E::BadQualifier << 0;
    QTest::newRow("qualifier on unknown modifier") << QByteArray("+foo=bar") << E::BadQualifier << 0;
    // "include=x" alone is an unknown modifier (see mechanismNamesAsModifiers); a qualifier makes it no term at all.
    QTest::newRow("-a=") << QByteArray("-a=example.com") << E::BadSeparator << 2;
    QTest::newRow("+include=") << QByteArray("+include=_spf.example.com") << E::BadSeparator << 8;
    QTest::newRow("~ip4=") << QByteArray("~ip4=192.0.2.1") << E::BadSeparator << 4;
    QTest::newRow("include= bad macro") << QByteArray("include=%abc") << E::BadMacro << 8;
    QTest::newRow("a= unterminated macro") << QByteArray("a=%{d") << E::BadMacro << 2;
    QTest::newRow("a= non-ASCII value") << QByteArray("a=caf\xc3\xa9.example.com") << E::BadCharacter << 5;
    QTest::newRow("redirect:") << QByteArray("redirect:_spf.example.com") << E::BadSeparator << 8;
    QTest::newRow("exp:") << QByteArray("exp:why.example.com") << E::BadSeparator << 3;
    QTest::newRow("all:foo") << QByteArray("all:foo") << E::UnexpectedArgument << 3;
    QTest::newRow("-all:x") << QByteArray("-all:example.com") << E::UnexpectedArgument << 4;
    QTest::newRow("include") << QByteArray("include") << E::MissingDomainSpec << 7;
    QTest::newRow("include:") << QByteArray("include:") << E::MissingDomainSpec << 8;
    QTest::newRow("exists") << QByteArray("exists") << E::MissingDomainSpec << 6;
    QTest::newRow("exists:") << QByteArray("exists:") << E::MissingDomainSpec << 7;
    QTest::newRow("a:") << QByteArray("a:") << E::MissingDomainSpec << 2;
    QTest::newRow("mx:") << QByteArray("mx:") << E::MissingDomainSpec << 3;
    QTest::newRow("a:/24") << QByteArray("a:/24") << E::MissingDomainSpec << 2;
    QTest::newRow("ptr:") << QByteArray("ptr:") << E::MissingDomainSpec << 4;
    QTest::newRow("redirect=") << QByteArray("redirect=") << E::MissingDomainSpec << 9;
    QTest::newRow("exp=") << QByteArray("exp=") << E::MissingDomainSpec << 4;
    QTest::newRow("single label") << QByteArray("a:museum") << E::BadDomainSpec << 2;
    QTest::newRow("single label dot") << QByteArray("a:museum.") << E::BadDomainSpec << 2;
    QTest::newRow("single label hyphen") << QByteArray("a:foo-bar") << E::BadDomainSpec << 2;
    QTest::newRow("numeric toplabel") << QByteArray("a:abc.123") << E::BadDomainSpec << 6;
    QTest::newRow("ip as domain") << QByteArray("a:111.222.33.44") << E::BadDomainSpec << 2;
    QTest::newRow("toplabel leading dash") << QByteArray("a:example.-com") << E::BadDomainSpec << 10;
    QTest::newRow("toplabel trailing dash") << QByteArray("mx:example.com-") << E::BadDomainSpec << 11;
    QTest::newRow("toplabel with port") << QByteArray("a:example.com:8080") << E::BadDomainSpec << 10;
    QTest::newRow("empty label") << QByteArray("a:mail.example...com") << E::BadDomainSpec << 15;
    QTest::newRow("leading dot") << QByteArray("include:.example.com") << E::BadDomainSpec << 8;
    QTest::newRow("double trailing dot") << QByteArray("include:example.com..") << E::BadDomainSpec << 20;
    QTest::newRow("long label") << (QByteArray("a:") + QByteArray(64, 'a') + ".example.com") << E::BadDomainSpec << 2;
    QTest::newRow("long name") << (QByteArray("a:") + QByteArray(QByteArray(60, 'a') + '.').repeated(5) + "com")
                               << E::BadDomainSpec << 2;
    QTest::newRow("macro then dot") << QByteArray("exists:%{i}.") << E::BadDomainSpec << 7;
    QTest::newRow("macro inside toplabel") << QByteArray("a:foo.x%{d}y") << E::BadDomainSpec << 6;
    QTest::newRow("exp not a domain") << QByteArray("exp=-all") << E::BadDomainSpec << 4;
    QTest::newRow("redirect not a domain") << QByteArray("redirect=-all") << E::BadDomainSpec << 9;
    QTest::newRow("lone percent") << QByteArray("exists:foo%.sbl.example.com") << E::BadMacro << 10;
    QTest::newRow("percent paren") << QByteArray("-exists:%(ir).sbl.example.com") << E::BadMacro << 8;
    QTest::newRow("percent at end") << QByteArray("a:example.com%") << E::BadMacro << 13;
    QTest::newRow("undefined letter") << QByteArray("a:%{a}.example.com") << E::BadMacro << 4;
    QTest::newRow("unterminated") << QByteArray("a:%{d.example.com") << E::BadMacro << 6;
    QTest::newRow("zero digits") << QByteArray("exists:%{d0}.example.com") << E::BadMacro << 10;
    QTest::newRow("bad delimiter") << QByteArray("exists:%{l;}.example.com") << E::BadMacro << 10;
    QTest::newRow("bad macro in unknown modifier") << QByteArray("foo=%abc") << E::BadMacro << 4;
    QTest::newRow("bad macro in redirect") << QByteArray("redirect=%{x}.example.com") << E::BadMacro << 11;
    QTest::newRow("r in domain") << QByteArray("exp=%{r}.example.com") << E::MacroNotAllowed << 6;
    QTest::newRow("c in domain") << QByteArray("exists:%{c}.example.com") << E::MacroNotAllowed << 9;
    QTest::newRow("T in domain") << QByteArray("a:%{T}.example.com") << E::MacroNotAllowed << 4;
    QTest::newRow("ip4 bare") << QByteArray("ip4") << E::BadAddress << 3;
    QTest::newRow("ip4 empty") << QByteArray("ip4:") << E::BadAddress << 4;
    QTest::newRow("ip4 short") << QByteArray("ip4:1.2.3") << E::BadAddress << 4;
    QTest::newRow("ip4 port") << QByteArray("ip4:1.2.3.4:8080") << E::BadAddress << 4;
    QTest::newRow("ip4 leading zero") << QByteArray("ip4:192.0.2.01") << E::BadAddress << 4;
    QTest::newRow("ip4 octet over 255") << QByteArray("ip4:192.0.2.256") << E::BadAddress << 4;
    QTest::newRow("ip4 with ip6") << QByteArray("ip4:2001:db8::1") << E::BadAddress << 4;
    QTest::newRow("ip6 with ip4") << QByteArray("ip6:192.0.2.1") << E::BadAddress << 4;
    QTest::newRow("ip6 bare") << QByteArray("-all ip6") << E::BadAddress << 0; // offset checked in its own row below
    QTest::newRow("ip6 bad") << QByteArray("ip6::CAFE::BABE") << E::BadAddress << 4;
    QTest::newRow("ip6 zone") << QByteArray("ip6:fe80::1%eth0") << E::BadAddress << 4;
    QTest::newRow("ip4/") << QByteArray("ip4:192.0.2.0/") << E::BadCidr << 13;
    QTest::newRow("ip4/33") << QByteArray("ip4:1.2.3.4/33") << E::BadCidr << 11;
    QTest::newRow("ip4/032") << QByteArray("ip4:1.2.3.4/032") << E::BadCidr << 11;
    QTest::newRow("ip4/00") << QByteArray("ip4:1.2.3.4/00") << E::BadCidr << 11;
    QTest::newRow("ip4//32") << QByteArray("ip4:1.2.3.4//32") << E::BadCidr << 11;
    QTest::newRow("ip4/24/") << QByteArray("ip4:1.2.3.0/24/") << E::BadCidr << 11;
    QTest::newRow("ip4/x") << QByteArray("ip4:1.2.3.0/x") << E::BadCidr << 11;
    QTest::newRow("ip6/129") << QByteArray("ip6:::1.1.1.1/129") << E::BadCidr << 13;
    QTest::newRow("ip6//33") << QByteArray("ip6:::1.1.1.1//33") << E::BadCidr << 13;
    QTest::newRow("ip6/0128") << QByteArray("ip6:2001:db8::/0128") << E::BadCidr << 14;
    QTest::newRow("a/33") << QByteArray("a/33") << E::BadCidr << 1;
    QTest::newRow("a//129") << QByteArray("a//129") << E::BadCidr << 1;
    QTest::newRow("a/24/64") << QByteArray("a/24/64") << E::BadCidr << 1;
    QTest::newRow("a/") << QByteArray("a/") << E::BadCidr << 1;
    QTest::newRow("a//") << QByteArray("a//") << E::BadCidr << 1;
    QTest::newRow("a/24//") << QByteArray("a/24//") << E::BadCidr << 4;
    QTest::newRow("mx:domain/33") << QByteArray("mx:example.com/33") << E::BadCidr << 14;
    QTest::newRow("mx:domain/24//129") << QByteArray("mx:example.com/24//129") << E::BadCidr << 17;
    QTest::newRow("a:domain/024") << QByteArray("a:example.com/024") << E::BadCidr << 13;
    QTest::newRow("all/24") << QByteArray("all/24") << E::CidrNotAllowed << 3;
    QTest::newRow("ptr/24") << QByteArray("ptr/24") << E::CidrNotAllowed << 3;
    QTest::newRow("ptr:domain/24") << QByteArray("ptr:example.com/24") << E::CidrNotAllowed << 15;
    QTest::newRow("include/24") << QByteArray("include:example.com/24") << E::CidrNotAllowed << 19;
    QTest::newRow("include//64") << QByteArray("include:example.com//64") << E::CidrNotAllowed << 19;
    QTest::newRow("exists/24") << QByteArray("exists:example.com/24") << E::CidrNotAllowed << 18;
    QTest::newRow("include bare cidr") << QByteArray("include/24") << E::CidrNotAllowed << 7;
    QTest::newRow("digit-first name") << QByteArray("1up=foo") << E::BadModifierName << 0;
    QTest::newRow("empty name") << QByteArray("=all") << E::BadModifierName << 0;
    QTest::newRow("bad char in name") << QByteArray("foo!bar=x") << E::BadModifierName << 0;
    QTest::newRow("non-ASCII byte") << QByteArray("a:\xef\xbb\xbfgarbage.example.net") << E::BadCharacter << 2;
    QTest::newRow("non-ASCII qualifier") << QByteArray("\x96"
                                                       "all")
                                         << E::BadCharacter << 0;
    QTest::newRow("NUL") << QByteArray("a:foo.example.com\0", 18) << E::BadCharacter << 17;
    QTest::newRow("DEL") << QByteArray("a:foo\x7f.example.com") << E::BadCharacter << 5;
    QTest::newRow("escape") << QByteArray("a\x1b") << E::BadCharacter << 1;
    QTest::newRow("comma between terms") << QByteArray("ip4:192.0.2.1,ip4:192.0.2.2") << E::BadTermSeparator << 13;
}

void TestParser::termErrors()
{
    QFETCH(QByteArray, term);
    QFETCH(SyntaxError, code);
    QFETCH(int, offset);

    const QByteArray text = QByteArray("v=spf1 ") + term;
    const Record r = parseRecord(text);
    QVERIFY2(!r.isValid(), text.constData());
    QCOMPARE(r.issues.size(), 1);
    const ParseIssue &issue = r.issues.first();
    QCOMPARE(issue.code, code);
    QVERIFY(!issue.message.isEmpty());
    if (QByteArrayView(QTest::currentDataTag()) == "ip6 bare") {
        // "-all ip6": the issue is on the second term, at its end.
        QCOMPARE(issue.offset, 7 + 8);
        QCOMPARE(issue.term, QByteArray("ip6"));
        return;
    }
    QCOMPARE(issue.offset, 7 + offset);
    QCOMPARE(issue.term, term);
    QCOMPARE(r.terms.size(), 1);
    QCOMPARE(r.terms[0].error, code);
    QVERIFY(!r.terms[0].isValid());
}

void TestParser::validTerms_data()
{
    QTest::addColumn<QByteArray>("term");
    const char *valid[] = {
        "all",
        "+all",
        "-all",
        "~all",
        "?all",
        "ALL",
        "include:_spf.example.com",
        "Include:_SPF.Example.COM",
        "include:example.com.",
        "include:%{d}",
        "include:_spf.%{d2}",
        "a",
        "a/24",
        "a//64",
        "a/24//64",
        "a/0",
        "a//0",
        "a/32//128",
        "a:example.com",
        "a:example.com/24//64",
        "a:example.com//64",
        "a:foo:bar/baz.example.com",
        "a:foo.example.xn--zckzah",
        "a:foo.example.123-abc",
        "a:foo.1-2",
        "a:mail.example.com.",
        "a:%{H}.bar",
        "a:%{d}/24",
        "a:macro%%percent%_%_space%-url-space.example.com",
        "a:%{l}.%%",
        "a:=weird.example.com",
        "mx",
        "MX/24",
        "mx:example.com",
        "mx:example.com/30//120",
        "ptr",
        "ptr:example.com",
        "?ptr:%{d}",
        "ip4:192.0.2.1",
        "ip4:192.0.2.0/24",
        "ip4:0.0.0.0/0",
        "ip4:255.255.255.255/32",
        "IP4:192.0.2.0/24",
        "ip6:2001:db8::/32",
        "ip6:::1",
        "ip6:::1.1.1.1/0",
        "ip6:::FFFF:1.2.3.4",
        "ip6:Cafe:Babe:8000::/33",
        "ip6:2001:db8::1/128",
        "exists:%{i}.%{l2r-}.user.%{d2}",
        "exists:%{ir}.%{v}._spf.%{d2}",
        "exists:%{l2r+-}.user.%{d2}",
        "exists:%{p}.should.example.com",
        "exists:%{s}.%{o}.%{h}.%{D}.example.com",
        "redirect=_spf.example.com",
        "Redirect=_spf.example.com",
        "redirect=%{d}.d.spf.example.com.",
        "exp=explain._spf.%{d}",
        "exp=msg.example.com.",
        "EXP=msg8.%{D2}",
        "moo.cow-far_out=man:dog/cat",
        "default=pass",
        "default=+",
        "foo=",
        "foo=%{c}%{r}%{t}",
        "v=spf1",
        "x_y.z-1=anything:goes/here",
    };
    for (const char *t : valid)
        QTest::newRow(t) << QByteArray(t);
}

void TestParser::validTerms()
{
    QFETCH(QByteArray, term);
    const Record r = parseRecord(QByteArray("v=spf1 " + term));
    if (!r.isValid())
        qWarning() << r.issues.first().message;
    QVERIFY(r.isValid());
    QCOMPARE(r.terms.size(), 1);
    QVERIFY(r.terms[0].isValid());
    QCOMPARE(r.terms[0].text, term);
    QCOMPARE(r.terms[0].offset, 7);
    QVERIFY(parseTerm(term).isValid());
}

void TestParser::mechanismFields()
{
    const Record r =
        parseRecord("v=spf1 -ip4:192.0.2.0/24 ip6:2001:DB8::/32 ~Include:_spf.Example.com a mx:mail.example.com/28 "
                    "?ptr exists:%{i}.bl.example.com +all");
    QVERIFY(r.isValid());
    QCOMPARE(r.terms.size(), 8);

    const Term &ip4 = r.terms[0];
    QCOMPARE(ip4.kind, Term::Kind::Mechanism);
    QCOMPARE(ip4.mechanism, Mechanism::Ip4);
    QCOMPARE(ip4.qualifier, Qualifier::Fail);
    QVERIFY(ip4.qualifierWritten);
    QCOMPARE(ip4.network, *IpAddress::parse("192.0.2.0"));
    QCOMPARE(ip4.cidr4, 24);
    QCOMPARE(ip4.cidr6, -1);
    QCOMPARE(ip4.prefixFor(IpAddress::Family::V4), 24);
    QCOMPARE(ip4.name, QByteArray("ip4"));
    QVERIFY(!ip4.queriesDns());

    const Term &ip6 = r.terms[1];
    QCOMPARE(ip6.mechanism, Mechanism::Ip6);
    QCOMPARE(ip6.qualifier, Qualifier::Pass);
    QVERIFY(!ip6.qualifierWritten);
    QCOMPARE(ip6.network, *IpAddress::parse("2001:db8::"));
    QCOMPARE(ip6.cidr6, 32);
    QCOMPARE(ip6.cidr4, -1);
    QCOMPARE(ip6.prefixFor(IpAddress::Family::V6), 32);

    const Term &inc = r.terms[2];
    QCOMPARE(inc.mechanism, Mechanism::Include);
    QCOMPARE(inc.qualifier, Qualifier::SoftFail);
    QCOMPARE(inc.name, QByteArray("Include"));
    QCOMPARE(inc.domainSpec, QByteArray("_spf.Example.com"));
    QVERIFY(inc.hasDomainSpec);
    QVERIFY(inc.queriesDns());

    const Term &a = r.terms[3];
    QCOMPARE(a.mechanism, Mechanism::A);
    QVERIFY(!a.hasDomainSpec);
    QVERIFY(a.domainSpec.isEmpty());
    QCOMPARE(a.prefixFor(IpAddress::Family::V4), 32);
    QCOMPARE(a.prefixFor(IpAddress::Family::V6), 128);
    QVERIFY(a.queriesDns());

    const Term &mx = r.terms[4];
    QCOMPARE(mx.mechanism, Mechanism::Mx);
    QCOMPARE(mx.domainSpec, QByteArray("mail.example.com"));
    QCOMPARE(mx.cidr4, 28);
    QCOMPARE(mx.cidr6, -1);
    QCOMPARE(mx.offset, int(r.text.indexOf("mx:")));

    const Term &ptr = r.terms[5];
    QCOMPARE(ptr.mechanism, Mechanism::Ptr);
    QCOMPARE(ptr.qualifier, Qualifier::Neutral);
    QVERIFY(ptr.queriesDns());

    const Term &exists = r.terms[6];
    QCOMPARE(exists.mechanism, Mechanism::Exists);
    QCOMPARE(exists.domainSpec, QByteArray("%{i}.bl.example.com"));
    QVERIFY(exists.queriesDns());

    const Term &all = r.terms[7];
    QCOMPARE(all.mechanism, Mechanism::All);
    QCOMPARE(all.qualifier, Qualifier::Pass);
    QVERIFY(all.qualifierWritten);
    QVERIFY(!all.queriesDns());
}

void TestParser::dualCidr_data()
{
    QTest::addColumn<QByteArray>("term");
    QTest::addColumn<QByteArray>("domain");
    QTest::addColumn<int>("cidr4");
    QTest::addColumn<int>("cidr6");
    QTest::newRow("a") << QByteArray("a") << QByteArray() << -1 << -1;
    QTest::newRow("a/24") << QByteArray("a/24") << QByteArray() << 24 << -1;
    QTest::newRow("a//64") << QByteArray("a//64") << QByteArray() << -1 << 64;
    QTest::newRow("a/24//64") << QByteArray("a/24//64") << QByteArray() << 24 << 64;
    QTest::newRow("a:d/0//0") << QByteArray("a:example.com/0//0") << QByteArray("example.com") << 0 << 0;
    QTest::newRow("mx:d//128") << QByteArray("mx:example.com//128") << QByteArray("example.com") << -1 << 128;
    QTest::newRow("colon domain") << QByteArray("a:foo:bar/baz.example.com") << QByteArray("foo:bar/baz.example.com")
                                  << -1 << -1;
    QTest::newRow("macro then cidr") << QByteArray("mx:%{d}/30") << QByteArray("%{d}") << 30 << -1;
}

void TestParser::dualCidr()
{
    QFETCH(QByteArray, term);
    QFETCH(QByteArray, domain);
    QFETCH(int, cidr4);
    QFETCH(int, cidr6);
    const Term t = parseTerm(term);
    QVERIFY(t.isValid());
    QCOMPARE(t.domainSpec, domain);
    QCOMPARE(t.hasDomainSpec, !domain.isEmpty());
    QCOMPARE(t.cidr4, cidr4);
    QCOMPARE(t.cidr6, cidr6);
}

void TestParser::modifierFields()
{
    const Record r = parseRecord("v=spf1 -all Redirect=_spf.example.com exp=why.%{d} moo.cow-far_out=man:dog/cat");
    QVERIFY(r.isValid());
    QCOMPARE(r.terms.size(), 4);

    const Term &redirect = r.terms[1];
    QCOMPARE(redirect.kind, Term::Kind::Modifier);
    QCOMPARE(redirect.modifier, Modifier::Redirect);
    QCOMPARE(redirect.name, QByteArray("Redirect"));
    QCOMPARE(redirect.value, QByteArray("_spf.example.com"));
    QCOMPARE(redirect.domainSpec, QByteArray("_spf.example.com"));
    QVERIFY(redirect.queriesDns());
    QVERIFY(!redirect.qualifierWritten);

    const Term &exp = r.terms[2];
    QCOMPARE(exp.modifier, Modifier::Exp);
    QCOMPARE(exp.value, QByteArray("why.%{d}"));
    QVERIFY(!exp.queriesDns()); // §4.6.4: exp does not count

    const Term &unknown = r.terms[3];
    QCOMPARE(unknown.modifier, Modifier::Unknown);
    QCOMPARE(unknown.name, QByteArray("moo.cow-far_out"));
    QCOMPARE(unknown.value, QByteArray("man:dog/cat"));
    QVERIFY(!unknown.queriesDns());

    QCOMPARE(r.findModifier(Modifier::Redirect), &r.terms[1]);
    QCOMPARE(r.findModifier(Modifier::Exp), &r.terms[2]);
    QCOMPARE(r.findModifier(Modifier::Unknown), &r.terms[3]);
    QCOMPARE(parseRecord("v=spf1 -all").findModifier(Modifier::Redirect), nullptr);
}

// RFC 7208 §12: unknown-modifier = name "=" macro-string, and "include", "a", "ip4"... are valid names; §6 makes
// receivers ignore such a term. Only redirect and exp are known modifiers.
void TestParser::mechanismNamesAsModifiers_data()
{
    QTest::addColumn<QByteArray>("term");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("include=") << QByteArray("include=_spf.example.com") << QByteArray("include")
                              << QByteArray("_spf.example.com");
    QTest::newRow("INCLUDE=") << QByteArray("INCLUDE=x.example") << QByteArray("INCLUDE") << QByteArray("x.example");
    QTest::newRow("a=") << QByteArray("a=foo") << QByteArray("a") << QByteArray("foo");
    QTest::newRow("mx=") << QByteArray("mx=mail.example.com/24") << QByteArray("mx")
                         << QByteArray("mail.example.com/24");
    QTest::newRow("ptr=") << QByteArray("ptr=") << QByteArray("ptr") << QByteArray();
    QTest::newRow("ip4=") << QByteArray("ip4=1.2.3.4") << QByteArray("ip4") << QByteArray("1.2.3.4");
    QTest::newRow("ip6=") << QByteArray("ip6=2001:db8::1") << QByteArray("ip6") << QByteArray("2001:db8::1");
    QTest::newRow("exists=") << QByteArray("exists=%{i}.bl.example.com") << QByteArray("exists")
                             << QByteArray("%{i}.bl.example.com");
    QTest::newRow("all=") << QByteArray("all=x") << QByteArray("all") << QByteArray("x");
    QTest::newRow("include=a,b") << QByteArray("include=a.example,ip4:192.0.2.1") << QByteArray("include")
                                 << QByteArray("a.example,ip4:192.0.2.1");
}

void TestParser::mechanismNamesAsModifiers()
{
    QFETCH(QByteArray, term);
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    const QByteArray text = QByteArray("v=spf1 " + term + " -all");
    const Record r = parseRecord(text);
    QVERIFY2(r.isValid(), r.isValid() ? "" : qPrintable(r.issues.first().message));
    QCOMPARE(r.terms.size(), 2);
    const Term &t = r.terms[0];
    QVERIFY(t.isValid());
    QCOMPARE(t.kind, Term::Kind::Modifier);
    QCOMPARE(t.modifier, Modifier::Unknown);
    QCOMPARE(t.name, name);
    QCOMPARE(t.value, value);
    QCOMPARE(t.offset, 7);
    QVERIFY(!t.hasDomainSpec);
    QVERIFY(!t.queriesDns()); // §4.6.4: an ignored term costs no lookup
    QCOMPARE(r.findModifier(Modifier::Unknown), &r.terms[0]);
    QVERIFY(parseTerm(term).isValid());
    QCOMPARE(serializeRecord(r), text);
}

void TestParser::duplicateModifiers()
{
    const QByteArray text =
        "v=spf1 redirect=a.example.com -all redirect=b.example.com exp=x.example.com exp=y.example.com";
    const Record r = parseRecord(text);
    QCOMPARE(r.terms.size(), 5);
    QCOMPARE(r.issues.size(), 2);
    QCOMPARE(r.issues[0].code, SyntaxError::DuplicateModifier);
    QCOMPARE(r.issues[0].offset, int(text.indexOf("redirect=b")));
    QCOMPARE(r.issues[0].term, QByteArray("redirect=b.example.com"));
    QCOMPARE(r.issues[1].code, SyntaxError::DuplicateModifier);
    QCOMPARE(r.issues[1].offset, int(text.indexOf("exp=y")));
    QCOMPARE(r.findModifier(Modifier::Redirect)->value, QByteArray("a.example.com"));

    // Case does not make it a different modifier; unknown modifiers may repeat.
    QCOMPARE(parseRecord("v=spf1 exp=a.example.com EXP=b.example.com").issues.size(), 1);
    QVERIFY(parseRecord("v=spf1 foo=1 foo=2 -all").isValid());
}

void TestParser::reportsEveryProblem()
{
    // include= is a valid (ignored) unknown modifier among the broken terms; redirect: is not.
    const QByteArray text = "v=spf1 ipv4:192.0.2.1 a:museum ip4:1.2.3.4/33 redirect:x.example.com all:foo mx "
                            "include=y.example.com -all";
    const Record r = parseRecord(text);
    QCOMPARE(r.terms.size(), 8);
    QCOMPARE(r.issues.size(), 5);
    const SyntaxError expected[] = {SyntaxError::UnknownMechanism, SyntaxError::BadDomainSpec, SyntaxError::BadCidr,
                                    SyntaxError::BadSeparator, SyntaxError::UnexpectedArgument};
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(r.issues[i].code, expected[i]);
        QCOMPARE(r.issues[i].term, r.terms[i].text);
        QVERIFY(r.issues[i].offset >= r.terms[i].offset);
        QVERIFY(r.issues[i].offset <= r.terms[i].offset + r.terms[i].text.size());
    }
    QVERIFY(r.terms[5].isValid());
    QVERIFY(r.terms[6].isValid());
    QCOMPARE(r.terms[6].modifier, Modifier::Unknown);
    QCOMPARE(r.terms[6].offset, int(text.indexOf("include=")));
    QVERIFY(r.terms[7].isValid());
}

void TestParser::termOffsets()
{
    const QByteArray text = "v=spf1  ip4:192.0.2.0/24   mx -all ";
    const Record r = parseRecord(text);
    QVERIFY(r.isValid());
    QCOMPARE(r.terms.size(), 3);
    for (const Term &t : r.terms)
        QCOMPARE(text.mid(t.offset, t.text.size()), t.text);
    QCOMPARE(r.terms[0].offset, 8);
    QCOMPARE(r.terms[1].offset, 27);
    QCOMPARE(r.terms[2].offset, 30);
}

void TestParser::tabsSplitTerms()
{
    const QByteArray text = "v=spf1 a:ctrl.example.com\rptr\t-all";
    const Record r = parseRecord(text);
    QVERIFY(!r.isValid());
    QCOMPARE(r.issues.size(), 2);
    QCOMPARE(r.issues[0].code, SyntaxError::BadTermSeparator);
    QCOMPARE(r.issues[0].offset, 25);
    QCOMPARE(r.issues[1].code, SyntaxError::BadTermSeparator);
    QCOMPARE(r.issues[1].offset, 29);
    // The pieces are still parsed, so problems after a tab are reported too.
    QCOMPARE(r.terms.size(), 3);
    QCOMPARE(r.terms[1].text, QByteArray("ptr"));
    QCOMPARE(r.terms[1].offset, 26);
    QCOMPARE(r.terms[2].mechanism, Mechanism::All);

    const Record lf = parseRecord("v=spf1 ip4:192.0.2.5\n include:spf.protection.outlook.com ~all");
    QCOMPARE(lf.issues.size(), 1);
    QCOMPARE(lf.issues[0].code, SyntaxError::BadTermSeparator);
    QCOMPARE(lf.issues[0].offset, 20);

    const Record bad = parseRecord("v=spf1 a\tprt");
    QCOMPARE(bad.issues.size(), 2);
    QCOMPARE(bad.issues[1].code, SyntaxError::UnknownMechanism);
    QCOMPARE(bad.issues[1].offset, 9);
}

void TestParser::commaBetweenTerms()
{
    // A comma is a legal macro-literal: "include:a.example.com,include:b.example.com" is one (odd but valid) domain
    // by the ABNF. When the term is broken and every comma-separated piece is a good term, the comma was meant as a
    // separator.
    QVERIFY(parseRecord("v=spf1 include:a.example.com,include:b.example.com").isValid());
    const Record r = parseRecord("v=spf1 include:a.example.com,-all");
    QCOMPARE(r.issues.size(), 1);
    QCOMPARE(r.issues[0].code, SyntaxError::BadTermSeparator);
    QCOMPARE(r.issues[0].offset, 7 + 21);
}

void TestParser::parseTermAlone()
{
    const Term t = parseTerm("-include:_spf.example.com");
    QVERIFY(t.isValid());
    QCOMPARE(t.offset, 0);
    QCOMPARE(t.mechanism, Mechanism::Include);
    QCOMPARE(t.qualifier, Qualifier::Fail);
    QCOMPARE(t.domainSpec, QByteArray("_spf.example.com"));

    const Term bad = parseTerm("ip4:1.2.3.4/33");
    QCOMPARE(bad.error, SyntaxError::BadCidr);
    QCOMPARE(bad.mechanism, Mechanism::Ip4);

    QCOMPARE(parseTerm("").error, SyntaxError::UnknownMechanism);
    QCOMPARE(parseTerm("a b").error, SyntaxError::BadCharacter);
    QCOMPARE(parseTerm("a\tb").error, SyntaxError::BadTermSeparator);
}

void TestParser::recordHelpers()
{
    Term t;
    t.kind = Term::Kind::Mechanism;
    t.mechanism = Mechanism::A;
    t.cidr4 = 24;
    t.cidr6 = 64;
    QCOMPARE(t.prefixFor(IpAddress::Family::V4), 24);
    QCOMPARE(t.prefixFor(IpAddress::Family::V6), 64);

    const Mechanism queries[] = {Mechanism::Include, Mechanism::A, Mechanism::Mx, Mechanism::Ptr, Mechanism::Exists};
    for (Mechanism m : queries) {
        t.mechanism = m;
        QVERIFY(t.queriesDns());
    }
    const Mechanism noQueries[] = {Mechanism::All, Mechanism::Ip4, Mechanism::Ip6};
    for (Mechanism m : noQueries) {
        t.mechanism = m;
        QVERIFY(!t.queriesDns());
    }
    t.kind = Term::Kind::Modifier;
    t.modifier = Modifier::Redirect;
    QVERIFY(t.queriesDns());
    t.modifier = Modifier::Exp;
    QVERIFY(!t.queriesDns());
    t.modifier = Modifier::Unknown;
    QVERIFY(!t.queriesDns());
}

QTEST_GUILESS_MAIN(TestParser)
#include "tst_parser.moc"
