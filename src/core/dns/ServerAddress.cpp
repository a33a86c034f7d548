#include "dns/ServerAddress.h"

namespace spfm::dns {

QString ServerAddress::toString() const
{
    const QString host = address.toString();
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        return QLatin1Char('[') + host + QStringLiteral("]:") + QString::number(port);
    return host + QLatin1Char(':') + QString::number(port);
}

namespace {

ServerParseResult failure(ServerParseError error, QString message)
{
    ServerParseResult r;
    r.error = error;
    r.message = std::move(message);
    return r;
}

bool parsePort(QStringView text, std::uint16_t &port)
{
    if (text.isEmpty() || text.size() > 5)
        return false;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    const int value = text.toInt();
    if (value < 1 || value > 65535)
        return false;
    port = std::uint16_t(value);
    return true;
}

// QHostAddress also takes forms such as "1" or "0x7f.1"; only the plain dotted quad and IPv6 text are meant here.
bool isPlainAddressText(QStringView host)
{
    if (host.contains(QLatin1Char(':')))
        return true;
    int dots = 0;
    for (const QChar c : host) {
        if (c == QLatin1Char('.'))
            ++dots;
        else if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return dots == 3;
}

} // namespace

ServerParseResult parseServerAddress(QStringView text, std::uint16_t defaultPort)
{
    text = text.trimmed();
    if (text.isEmpty())
        return failure(ServerParseError::Empty, QStringLiteral("empty server address"));

    QStringView host = text;
    std::uint16_t port = defaultPort;
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        if (close < 0)
            return failure(ServerParseError::UnclosedBracket, QStringLiteral("missing ']' in \"%1\"").arg(text));
        host = text.sliced(1, close - 1);
        const QStringView rest = text.sliced(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(QLatin1Char(':')) || !parsePort(rest.sliced(1), port))
                return failure(ServerParseError::BadPort, QStringLiteral("bad port in \"%1\" (1-65535)").arg(text));
        }
        if (!host.contains(QLatin1Char(':'))) {
            return failure(ServerParseError::BadAddress,
                           QStringLiteral("\"%1\" in brackets is not an IPv6 address").arg(host));
        }
    } else if (text.count(QLatin1Char(':')) == 1) {
        const qsizetype colon = text.indexOf(QLatin1Char(':'));
        host = text.first(colon);
        if (!parsePort(text.sliced(colon + 1), port))
            return failure(ServerParseError::BadPort, QStringLiteral("bad port in \"%1\" (1-65535)").arg(text));
    }
    QHostAddress address;
    if (!isPlainAddressText(host) || !address.setAddress(host.toString())) {
        return failure(
            ServerParseError::BadAddress,
            QStringLiteral("\"%1\" is not an IP address (write [IPv6]:port for IPv6 with a port)").arg(host));
    }
    ServerParseResult r;
    r.server = ServerAddress{address, port};
    return r;
}

} // namespace spfm::dns
