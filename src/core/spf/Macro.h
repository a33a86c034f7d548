#pragma once

#include "net/IpAddress.h"

#include <QByteArray>
#include <QString>
#include <functional>
#include <optional>

namespace spfm::spf {

// RFC 7208 §7: macro-strings.

enum class MacroUse : std::uint8_t {
    DomainSpec, // in a mechanism or redirect: c, r, t are not allowed (§7.2)
    Explanation // in the TXT record that exp= points to: all letters
};

struct MacroSyntaxResult
{
    bool ok = true;
    int offset = -1;              // offset in the macro-string of the problem
    QString message;              // what is wrong
    bool forbiddenLetter = false; // c/r/t in a domain-spec
};

// Checks a macro-string without expanding it.
MacroSyntaxResult checkMacroString(QByteArrayView text, MacroUse use);

// The values macros expand to (§7.3).
struct MacroContext
{
    QByteArray sender;               // s: <sender>, already with "postmaster@" added when the local part was empty
    QByteArray localPart;            // l
    QByteArray senderDomain;         // o
    QByteArray domain;               // d: the <domain> of the current check_host()
    net::IpAddress ip;               // i, v, and the c letter
    QByteArray helo;                 // h
    QByteArray receiver = "unknown"; // r (exp only)
    qint64 timestamp = 0;            // t (exp only), seconds since the epoch
    // p: the validated domain name of ip (§7.3, §5.5). Called only when the string uses %{p}; returns nullopt when the
    // answer is not available yet (a live resolver is still waiting), which makes expansion return nullopt too.
    std::function<std::optional<QByteArray>()> validatedName;
};

struct MacroExpansion
{
    enum class Status : std::uint8_t { Ok, SyntaxError, Pending };
    Status status = Status::Ok;
    QByteArray text;
    QString error;
};

// Expands a macro-string. For MacroUse::DomainSpec one trailing dot is removed (the name is absolute either way) and
// the result is truncated per §7.3 (left-most labels dropped until it is at most 253 octets). An IPv4-mapped IPv6
// context.ip is treated as IPv4 (§5). Status::Pending (empty text) when validatedName() returned nullopt.
MacroExpansion expandMacros(QByteArrayView text, const MacroContext &context, MacroUse use);

} // namespace spfm::spf
