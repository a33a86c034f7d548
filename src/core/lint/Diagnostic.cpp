#include "lint/Diagnostic.h"

namespace spfm::lint {

QByteArray severityName(Severity s)
{
    switch (s) {
    case Severity::Info: return "info";
    case Severity::Warning: return "warning";
    case Severity::Error: return "error";
    }
    return "info";
}

QJsonObject Diagnostic::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("code"), QString::fromLatin1(code));
    o.insert(QStringLiteral("severity"), QString::fromLatin1(severityName(severity)));
    o.insert(QStringLiteral("domain"), QString::fromUtf8(domain));
    o.insert(QStringLiteral("term"), QString::fromUtf8(term));
    o.insert(QStringLiteral("offset"), offset);
    o.insert(QStringLiteral("rfc"), QString::fromUtf8(rfcSection)); // "§" is UTF-8
    o.insert(QStringLiteral("message"), message);
    o.insert(QStringLiteral("fix"), fix);
    return o;
}

Severity worstSeverity(const Diagnostics &diagnostics)
{
    Severity worst = Severity::Info;
    for (const Diagnostic &d : diagnostics)
        worst = std::max(worst, d.severity);
    return worst;
}

} // namespace spfm::lint
