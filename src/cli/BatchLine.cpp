#include "BatchLine.h"

#include "spf/IdnInput.h"

#include <QStringList>

namespace spfm::cli {

BatchLine parseBatchLine(int number, const QString &line, const QByteArray &receiver)
{
    BatchLine b;
    b.number = number;
    b.request.receiver = receiver;
    const QStringList fields = line.simplified().split(QLatin1Char(' '));
    if (fields.size() < 2 || fields.size() > 3) {
        b.error = QStringLiteral("expected IP SENDER [HELO], got %1 field(s)").arg(fields.size());
        return b;
    }
    const std::optional<net::IpAddress> ip = net::IpAddress::parse(fields[0].toLatin1());
    if (!ip) {
        b.error = QStringLiteral("'%1' is not an IPv4 or IPv6 address").arg(fields[0]);
        return b;
    }
    b.request.ip = *ip;
    QString sender = fields[1];
    if (sender == QLatin1String("<>"))
        sender.clear();
    else if (sender.startsWith(QLatin1Char('<')) && sender.endsWith(QLatin1Char('>')))
        sender = sender.mid(1, sender.size() - 2);
    if (!sender.isEmpty() && sender.mid(sender.lastIndexOf(QLatin1Char('@')) + 1).isEmpty()) {
        b.error = QStringLiteral("sender '%1' has no domain to check").arg(fields[1]);
        return b;
    }
    // RFC 8616 §4: a sender domain or HELO name in Unicode is looked up as A-labels (spf/IdnInput.h).
    const std::optional<QByteArray> helo = spf::hostToAce(fields.value(2));
    if (!helo) {
        b.error = QStringLiteral("HELO '%1' is not a valid internationalised domain name").arg(fields[2]);
        return b;
    }
    b.request.helo = *helo;
    if (sender.isEmpty() && b.request.helo.isEmpty()) {
        b.error = QStringLiteral("the null sender <> needs the HELO name (checked as postmaster@HELO)");
        return b;
    }
    const std::optional<QByteArray> aceSender = spf::senderToAce(sender);
    if (!aceSender) {
        b.error =
            QStringLiteral("sender '%1' has a domain that is not a valid internationalised domain name").arg(fields[1]);
        return b;
    }
    b.request.sender = *aceSender;
    return b;
}

} // namespace spfm::cli
