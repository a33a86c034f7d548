#pragma once

#include "dns/ServerAddress.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace spfm::dns {

// The system's recursive resolvers as resolv.conf(5) lists them: "nameserver ADDR" lines, IPv4 or IPv6 (with an
// optional %scope), in file order. Anything else in the file (search, options, comments) is ignored.
QList<ServerAddress> parseResolvConf(QByteArrayView content);

// The servers of the given file (by default the system's); 127.0.0.1 when it names none or cannot be read, as the
// resolver library does.
QList<ServerAddress> systemServers(const QString &path = QStringLiteral("/etc/resolv.conf"));

} // namespace spfm::dns
