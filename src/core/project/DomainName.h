#pragma once

#include "project/ProjectError.h"

#include <QByteArray>
#include <QString>

namespace spfm::project {

// A validated DNS name as the project uses it: the ASCII (ACE, lower-case) form goes to DNS and into every export,
// the Unicode form is what people read, and the text as written is what the project file keeps.
class DomainName
{
public:
    enum class Rule : std::uint8_t {
        HostName,   // letters, digits, hyphens only (RFC 5321 §4.1.2 host names, mail domains, HELO names)
        PolicyName, // also allows '_' (e.g. "_spf.example.com", which is a DNS name but not a host name)
    };

    DomainName() = default;

    // Accepts one trailing dot; converts IDN to ACE (QUrl::toAce). Refuses empty names, names over 253 octets,
    // labels empty or over 63 octets, characters outside the rule, leading/trailing hyphens, single-label names and
    // an all-numeric top label (RFC 7208 §7.1 "toplabel", which also keeps addresses out).
    static Result<DomainName> parse(const QString &text, Rule rule = Rule::HostName);

    bool isNull() const { return m_ace.isEmpty(); }
    const QByteArray &ace() const { return m_ace; }
    QString aceString() const { return QString::fromLatin1(m_ace); }
    QString display() const; // Unicode (QUrl::fromAce)
    const QString &written() const { return m_written; }

    // True when this name is other or below it ("mail.example.com" is within "example.com").
    bool isWithin(const DomainName &other) const;
    bool isWithin(const QByteArray &aceName) const;

    friend bool operator==(const DomainName &a, const DomainName &b) { return a.m_ace == b.m_ace; }

private:
    QByteArray m_ace;
    QString m_written;
};

} // namespace spfm::project
