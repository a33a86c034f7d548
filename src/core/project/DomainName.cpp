#include "project/DomainName.h"

#include <QCoreApplication>
#include <QUrl>

namespace spfm::project {

namespace {

QString describeChar(QChar c)
{
    if (c.unicode() >= 0x21 && c.unicode() < 0x7f)
        return QStringLiteral("'%1'").arg(c);
    return QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
}

bool isAscii(const QString &s)
{
    for (QChar c : s) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

Error domainError(ErrorCode code, const QString &name, const QString &why)
{
    return makeError(
        code, QCoreApplication::translate("spfm::project", "\"%1\" is not a valid domain name: %2").arg(name, why));
}

} // namespace

Result<DomainName> DomainName::parse(const QString &text, Rule rule)
{
    QString name = text.trimmed();
    if (name.endsWith(QLatin1Char('.')) && !name.endsWith(QLatin1String("..")))
        name.chop(1);
    if (name.isEmpty())
        return makeError(ErrorCode::DomainEmpty,
                         QCoreApplication::translate("spfm::project", "The domain name is empty."));

    // Control characters and spaces are refused before IDN processing so that nothing hostile reaches QUrl.
    for (QChar c : name) {
        if (c.unicode() < 0x21 || c.unicode() == 0x7f)
            return domainError(
                ErrorCode::DomainBadCharacter, text.trimmed(),
                QCoreApplication::translate("spfm::project", "it contains the character %1").arg(describeChar(c)));
    }

    QByteArray ace;
    if (isAscii(name)) {
        ace = name.toLatin1().toLower();
    } else {
        ace = QUrl::toAce(name);
        if (ace.isEmpty())
            return domainError(
                ErrorCode::DomainIdnInvalid, name,
                QCoreApplication::translate("spfm::project", "it cannot be converted to its ASCII (IDNA) form"));
        ace = ace.toLower();
        if (ace.endsWith('.'))
            ace.chop(1);
    }

    // RFC 1035 §2.3.4: 255 octets on the wire, which is 253 characters of text without the trailing dot.
    if (ace.size() > 253)
        return domainError(
            ErrorCode::DomainTooLong, name,
            QCoreApplication::translate("spfm::project", "it is %1 octets long, the limit is 253").arg(ace.size()));

    int labels = 0;
    qsizetype start = 0;
    QByteArrayView last;
    while (start <= ace.size()) {
        qsizetype end = ace.indexOf('.', start);
        if (end < 0)
            end = ace.size();
        const QByteArrayView label(ace.constData() + start, end - start);
        if (label.isEmpty())
            return domainError(ErrorCode::DomainLabelEmpty, name,
                               QCoreApplication::translate("spfm::project", "it has an empty label"));
        if (label.size() > 63)
            return domainError(
                ErrorCode::DomainLabelTooLong, name,
                QCoreApplication::translate("spfm::project", "the label \"%1\" is %2 octets long, the limit is 63")
                    .arg(QString::fromLatin1(label), QString::number(label.size())));
        for (char c : label) {
            const bool ok =
                (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || (c == '_' && rule == Rule::PolicyName);
            if (!ok)
                return domainError(ErrorCode::DomainBadCharacter, name,
                                   QCoreApplication::translate("spfm::project", "it contains the character %1")
                                       .arg(describeChar(QChar::fromLatin1(c))));
        }
        if (label.startsWith('-') || label.endsWith('-'))
            return domainError(
                ErrorCode::DomainBadHyphen, name,
                QCoreApplication::translate("spfm::project", "the label \"%1\" starts or ends with a hyphen")
                    .arg(QString::fromLatin1(label)));
        ++labels;
        last = label;
        start = end + 1;
    }
    if (labels < 2)
        return domainError(
            ErrorCode::DomainSingleLabel, name,
            QCoreApplication::translate("spfm::project", "it needs at least two labels (like example.com)"));
    bool numeric = true;
    for (char c : last)
        numeric = numeric && c >= '0' && c <= '9';
    if (numeric)
        return domainError(ErrorCode::DomainNumericTopLabel, name,
                           QCoreApplication::translate("spfm::project", "its last label is all digits"));

    // An ACE label that does not decode (bad Punycode, or a label IDNA forbids) comes back from QUrl unchanged.
    if (ace.startsWith("xn--") || ace.contains(".xn--")) {
        for (const QByteArray &label : ace.split('.')) {
            if (label.startsWith("xn--") &&
                QUrl::fromAce(label, QUrl::IgnoreIDNWhitelist) == QString::fromLatin1(label))
                return domainError(ErrorCode::DomainIdnInvalid, name,
                                   QCoreApplication::translate(
                                       "spfm::project", "the label \"%1\" is not a valid internationalised label")
                                       .arg(QString::fromLatin1(label)));
        }
    }

    DomainName result;
    result.m_ace = ace;
    result.m_written = text.trimmed();
    return result;
}

QString DomainName::display() const
{
    if (!m_ace.contains("xn--"))
        return QString::fromLatin1(m_ace);
    return QUrl::fromAce(m_ace, QUrl::IgnoreIDNWhitelist);
}

bool DomainName::isWithin(const QByteArray &aceName) const
{
    if (m_ace == aceName)
        return true;
    return m_ace.size() > aceName.size() && m_ace.endsWith(aceName) &&
           m_ace.at(m_ace.size() - aceName.size() - 1) == '.';
}

bool DomainName::isWithin(const DomainName &other) const
{
    return isWithin(other.m_ace);
}

} // namespace spfm::project
