// Macro-strings: syntax check and expansion of arbitrary bytes in both uses; expansion must agree with the syntax
// check and a domain-spec expansion must never exceed 253 octets (RFC 7208 §7.3).
#include "spf/Macro.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace spfm::spf;
    const QByteArrayView text(reinterpret_cast<const char *>(data), qsizetype(size));
    MacroContext context;
    context.sender = "strong-bad@email.example.com";
    context.localPart = "strong-bad";
    context.senderDomain = "email.example.com";
    context.domain = "email.example.com";
    context.ip = *spfm::net::IpAddress::parse("192.0.2.3");
    context.helo = "mx.example.org";
    context.validatedName = [] { return std::optional<QByteArray>(QByteArray("mx.example.org")); };
    for (MacroUse use : {MacroUse::DomainSpec, MacroUse::Explanation}) {
        const MacroSyntaxResult syntax = checkMacroString(text, use);
        const MacroExpansion expansion = expandMacros(text, context, use);
        if (syntax.ok != (expansion.status == MacroExpansion::Status::Ok))
            std::abort();
        if (use == MacroUse::DomainSpec && expansion.status == MacroExpansion::Status::Ok &&
            expansion.text.size() > 253)
            std::abort();
    }
    return 0;
}
