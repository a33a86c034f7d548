#pragma once

#include "net/IpAddress.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <cstdint>

namespace spfm::spf {

// RFC 7208 §4.6.2
enum class Qualifier : char { Pass = '+', Fail = '-', SoftFail = '~', Neutral = '?' };

// RFC 7208 §5
enum class Mechanism : std::uint8_t { All, Include, A, Mx, Ptr, Ip4, Ip6, Exists };
// RFC 7208 §6; anything else is an unknown-modifier, which §6 says to ignore.
enum class Modifier : std::uint8_t { Redirect, Exp, Unknown };

// Why a term could not be parsed. Stable values: the linter maps each to a diagnostic code.
enum class SyntaxError : std::uint8_t {
    None,
    UnknownMechanism,   // "ipv4:...", "prt", "all."
    BadQualifier,       // a character that is not + - ~ ? before a mechanism, or a qualifier on a modifier
    BadSeparator,       // "redirect:x", "exp:x", "-include=x" (a bare "include=x" is an unknown modifier)
    UnexpectedArgument, // "all:foo" (a CIDR such as "all/24" is CidrNotAllowed)
    MissingDomainSpec,  // "include", "include:", "exists", "redirect="
    BadDomainSpec,      // numeric or single-label toplabel, empty label, label over 63
    BadMacro,           // unterminated %{, lone %, bad letter or transformer
    MacroNotAllowed,    // c, r, t letters outside exp text (§7.2)
    BadAddress,         // ip4:/ip6: value that is not an address of that family
    BadCidr,            // over 32/128, leading zero, empty, or dual CIDR where only one is allowed
    CidrNotAllowed,     // CIDR on include, exists, ptr, all
    BadModifierName,    // name = ALPHA *( ALPHA / DIGIT / "-" / "_" / "." ) violated
    BadCharacter,       // non-ASCII, control characters
    // Added after the first layout; values above stay stable.
    BadTermSeparator,  // tab, CR, LF or comma between terms (§4.6.1: one or more spaces only)
    DuplicateModifier, // redirect= or exp= given twice (§6): a record-level issue
    BadVersion,        // the text does not start with "v=spf1" followed by a space or the end (§4.5)
};

// One term of a record exactly as written, plus what was understood of it.
struct Term
{
    enum class Kind : std::uint8_t { Mechanism, Modifier };

    Kind kind = Kind::Mechanism;
    Mechanism mechanism = Mechanism::All;  // when kind == Mechanism
    Modifier modifier = Modifier::Unknown; // when kind == Modifier

    Qualifier qualifier = Qualifier::Pass;
    bool qualifierWritten = false; // "+a" versus "a": kept so the serializer writes what the admin wrote

    QByteArray text; // the whole term as written, e.g. "-ip4:192.0.2.0/24"
    int offset = 0;  // byte offset of text in the record
    QByteArray name; // mechanism or modifier name as written (case kept): "include", "Redirect", "foo.bar"

    // include/a/mx/ptr/exists: the domain-spec (a macro-string, as written). Empty with hasDomainSpec false means
    // "the current domain" (a, mx, ptr). redirect= and exp= carry their domain-spec here too (same as value).
    QByteArray domainSpec;
    bool hasDomainSpec = false;

    net::IpAddress network; // ip4/ip6
    // Prefix lengths (§5.6): -1 when not written. ip4 uses cidr4 only, ip6 cidr6 only, a/mx both.
    int cidr4 = -1;
    int cidr6 = -1;

    QByteArray value; // modifier value (a macro-string for redirect/exp; anything for unknown modifiers)

    SyntaxError error = SyntaxError::None;

    bool isValid() const { return error == SyntaxError::None; }
    bool isMechanism() const { return kind == Kind::Mechanism; }
    bool isModifier() const { return kind == Kind::Modifier; }
    // include, a, mx, ptr, exists and redirect each cost one of the ten DNS-querying terms (§4.6.4).
    bool queriesDns() const;
    // The effective prefix length for a family, defaulting to the full address.
    int prefixFor(net::IpAddress::Family family) const;
};

struct ParseIssue
{
    SyntaxError code = SyntaxError::None;
    int offset = 0;  // byte offset in the record where the problem is
    QByteArray term; // the offending term (or the surrounding text)
    QString message; // one sentence, English; the linter adds the fix and translation-ready text
};

// A parsed record. The parser never stops at the first problem: every term is kept (invalid ones flagged) so the
// linter can report them all; check_host treats any issue as permerror (§4.6).
// Each broken term gives exactly one issue (its first problem), in term order. Two kinds of issue leave the terms
// valid: BadTermSeparator for a tab or line break (the pieces around it are parsed as terms of their own) and
// DuplicateModifier (on the second redirect=/exp=, listed after the term issues).
struct Record
{
    QByteArray text;          // the record as given
    QList<Term> terms;        // in order; mechanisms and modifiers interleaved as written
    QList<ParseIssue> issues; // empty when the record is valid

    bool isValid() const { return issues.isEmpty(); }
    const Term *findModifier(Modifier m) const; // the first one; duplicates are parse issues
};

} // namespace spfm::spf
