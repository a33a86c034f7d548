#pragma once

#include <QByteArray>
#include <QStringView>
#include <optional>

namespace spfm::spf {

// Identities typed by a person, made into what check_host() takes. RFC 8616 §4 (updating RFC 7208): SPF looks up
// domain names as A-labels, so a sender domain or HELO name written with U-labels ("bücher.example") is converted to
// its A-label form ("xn--bcher-kva.example") before the evaluation; asking DNS for the raw UTF-8 octets finds nothing.
// The local part is not converted: IDNA has no form for it, and it reaches %{l}/%{s} as written (terms built from a
// non-ASCII local part match nothing, as RFC 8616 §4 says).
//
// This happens here, where a request is built from user text (the CLI's --sender/--helo and batch lines, the GUI's
// Test a sender dialog), and not inside the engine: check_host() works on the octets DNS and the SMTP session give it
// (the conformance suite feeds it names IDNA would refuse, such as 64-octet labels, and expects the RFC's result for
// them), so only names that hold non-ASCII text are touched; ASCII passes through byte for byte.

// The name in A-labels; nullopt when it holds non-ASCII text that IDNA refuses (it cannot be a DNS name then).
std::optional<QByteArray> hostToAce(QStringView name);

// "local@domain" with the domain in A-labels (everything after the last '@'; no '@': the whole text is the domain,
// as check_host() reads it). nullopt as for hostToAce.
std::optional<QByteArray> senderToAce(QStringView sender);

} // namespace spfm::spf
