#include "spf/IdnInput.h"

#include <QUrl>
#include <algorithm>

namespace spfm::spf {

namespace {

bool isAscii(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
}

} // namespace

std::optional<QByteArray> hostToAce(QStringView name)
{
    if (isAscii(name))
        return name.toLatin1();
    // IgnoreIDNWhitelist is about display (toUnicode); the A-label form is the same for every top-level domain.
    const QByteArray ace = QUrl::toAce(name.toString());
    if (ace.isEmpty())
        return std::nullopt;
    return ace;
}

std::optional<QByteArray> senderToAce(QStringView sender)
{
    const qsizetype at = sender.lastIndexOf(QLatin1Char('@'));
    const std::optional<QByteArray> domain = hostToAce(sender.sliced(at + 1));
    if (!domain)
        return std::nullopt;
    return sender.first(at + 1).toUtf8() + *domain;
}

} // namespace spfm::spf
