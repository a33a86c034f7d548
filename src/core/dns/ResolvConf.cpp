#include "dns/ResolvConf.h"

#include <QFile>

namespace spfm::dns {

QList<ServerAddress> parseResolvConf(QByteArrayView content)
{
    QList<ServerAddress> out;
    for (const QByteArray &rawLine : QByteArray(content.data(), content.size()).split('\n')) {
        const QByteArray line = rawLine.simplified(); // tabs and runs of blanks become one space
        if (line.isEmpty() || line.startsWith('#') || line.startsWith(';'))
            continue;
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() < 2 || fields.at(0) != "nameserver")
            continue;
        QHostAddress address;
        if (!address.setAddress(QString::fromLatin1(fields.at(1))))
            continue;
        ServerAddress server{address, 53};
        if (!out.contains(server))
            out.append(server);
    }
    return out;
}

QList<ServerAddress> systemServers(const QString &path)
{
    QFile file(path);
    QList<ServerAddress> servers;
    if (file.open(QIODevice::ReadOnly))
        servers = parseResolvConf(file.readAll());
    if (servers.isEmpty())
        servers.append(ServerAddress{QHostAddress(QHostAddress::LocalHost), 53});
    return servers;
}

} // namespace spfm::dns
