#pragma once

// Shared by the linter's parts; not part of the public API.

#include "lint/Codes.h"
#include "net/IpAddress.h"

#include <QByteArray>
#include <QString>
#include <QStringBuilder>
#include <optional>

namespace spfm::lint::detail {

// A diagnostic with the code's fixed severity and RFC section.
Diagnostic makeDiagnostic(Code code, QByteArrayView term, int offset, QString message, QString fix);
// The same, sharing the term's bytes (no copy).
Diagnostic makeDiagnostic(Code code, const QByteArray &term, int offset, QString message, QString fix);

inline QString quoted(QByteArrayView text)
{
    return QLatin1Char('`') + QString::fromUtf8(text) + QLatin1Char('`');
}
inline QString quoted(const QByteArray &text)
{
    return quoted(QByteArrayView(text));
}
// Concatenations (QStringBuilder) of byte arrays.
template <typename A, typename B> QString quoted(const QStringBuilder<A, B> &text)
{
    return quoted(QByteArray(text));
}

// Optimal string alignment distance (edits and adjacent swaps), ASCII case-insensitive. Stops early once over limit.
int editDistance(QByteArrayView a, QByteArrayView b, int limit);

bool equalsIgnoreCase(QByteArrayView a, QByteArrayView b);

enum class NetblockKind : std::uint8_t { Public, Private, Reserved, Documentation };
struct NetblockClass
{
    NetblockKind kind = NetblockKind::Public;
    const char *range = "";  // "10.0.0.0/8"
    const char *source = ""; // "RFC 1918"
};
// Whether network/prefix lies inside a special-purpose range (IANA special-purpose registries).
NetblockClass classifyNetblock(const net::IpAddress &network, int prefix);

// The domain a domain-spec names when linting, where only %{d} and %{o} are known (both the domain being checked).
// nullopt when it uses a letter that depends on the message (%{i}, %{s}, %{l}, %{h}, %{p}, %{v}).
std::optional<QByteArray> staticDomain(QByteArrayView domainSpec, QByteArrayView currentDomain);

} // namespace spfm::lint::detail
