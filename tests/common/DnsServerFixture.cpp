#include "DnsServerFixture.h"

#include "ServerSockets.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QNetworkDatagram>
#include <QNetworkInterface>
#include <QNetworkProxy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QUdpSocket>
#include <cstdlib>
#include <ldns/ldns.h>
#include <signal.h>
#include <sys/prctl.h>

namespace spfm::testing {

namespace {

QByteArray absoluteOrigin(QByteArray origin)
{
    if (origin.isEmpty() || origin == ".")
        return ".";
    return origin.endsWith('.') ? origin : origin + '.';
}

// "ns1" under the origin; the root zone has no "ns1." parent to strip.
QByteArray childName(const QByteArray &label, const QByteArray &absOrigin)
{
    return absOrigin == "." ? QByteArray(label + '.') : QByteArray(label + '.' + absOrigin);
}

bool isApex(const QByteArray &owner, const QByteArray &absOrigin)
{
    return owner == "@" || owner.compare(absOrigin, Qt::CaseInsensitive) == 0;
}

QByteArray zoneFileText(const Zone &zone, const QHostAddress &serverAddress)
{
    const QByteArray origin = absoluteOrigin(zone.origin);
    bool hasSoa = false;
    bool hasNs = false;
    bool hasNs1Address = false;
    for (const ZoneRecord &r : zone.records) {
        const QByteArray type = r.type.toUpper();
        hasSoa = hasSoa || (type == "SOA" && isApex(r.owner, origin));
        hasNs = hasNs || (type == "NS" && isApex(r.owner, origin));
        hasNs1Address = hasNs1Address ||
                        ((type == "A" || type == "AAAA") &&
                         (r.owner == "ns1" || r.owner.compare(childName("ns1", origin), Qt::CaseInsensitive) == 0));
    }
    QByteArray out = "$ORIGIN " + origin + "\n$TTL 300\n";
    if (!hasSoa) {
        out += "@ 300 IN SOA " + childName("ns1", origin) + ' ' + childName("hostmaster", origin) + ' ' +
               QByteArray::number(zone.serial) + " 3600 600 86400 " + QByteArray::number(zone.negativeTtl) + '\n';
    }
    if (!hasNs) {
        if (zone.nameServers.isEmpty()) {
            out += "@ 300 IN NS " + childName("ns1", origin) + '\n';
            if (!hasNs1Address)
                out += "ns1 300 IN A " + serverAddress.toString().toLatin1() + '\n';
        }
        for (const QByteArray &ns : zone.nameServers)
            out += "@ 300 IN NS " + absoluteOrigin(ns) + '\n';
    }
    for (const ZoneRecord &r : zone.records)
        out += r.owner + ' ' + QByteArray::number(r.ttl) + " IN " + r.type + ' ' + r.rdata + '\n';
    return out;
}

QByteArray zoneFileName(const QByteArray &origin)
{
    const QByteArray abs = absoluteOrigin(origin);
    return abs == "." ? QByteArrayLiteral("root.zone") : abs + "zone";
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

void appendDecimalEscape(QByteArray &out, char c)
{
    out += '\\' + QByteArray::number(int(std::uint8_t(c))).rightJustified(3, '0');
}

} // namespace

QByteArray ZoneRecord::quotedString(QByteArrayView bytes)
{
    QByteArray out = "\"";
    for (const char c : bytes) {
        if (c == '"' || c == '\\')
            out += '\\' + QByteArray(1, c);
        else if (std::uint8_t(c) < 0x20 || std::uint8_t(c) > 0x7e)
            appendDecimalEscape(out, c);
        else
            out += c;
    }
    return out + '"';
}

QByteArray ZoneRecord::quotedStrings(QByteArrayView bytes)
{
    QByteArray out;
    qsizetype pos = 0;
    do {
        const qsizetype length = std::min<qsizetype>(255, bytes.size() - pos);
        if (!out.isEmpty())
            out += ' ';
        out += quotedString(bytes.sliced(pos, length));
        pos += length;
    } while (pos < bytes.size());
    return out;
}

QByteArray ZoneRecord::absoluteName(QByteArrayView name)
{
    if (name.endsWith('.'))
        name.chop(1);
    if (name.isEmpty())
        return ".";
    QByteArray out;
    for (const char c : name) {
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                           c == '_' || c == '.';
        if (plain)
            out += c;
        else
            appendDecimalEscape(out, c);
    }
    return out + '.';
}

ZoneRecord ZoneRecord::txt(QByteArray owner, QByteArrayView text, std::uint32_t ttl)
{
    return ZoneRecord{std::move(owner), "TXT", quotedStrings(text), ttl};
}

ZoneRecord ZoneRecord::strings(QByteArray owner, const QList<QByteArray> &strings, QByteArray type, std::uint32_t ttl)
{
    QByteArray rdata;
    for (const QByteArray &s : strings) {
        if (!rdata.isEmpty())
            rdata += ' ';
        rdata += quotedStrings(s);
    }
    return ZoneRecord{std::move(owner), std::move(type), rdata.isEmpty() ? quotedString({}) : rdata, ttl};
}

DnsServerFixture::DnsServerFixture(Kind kind)
    : m_kind(kind)
{}

DnsServerFixture::~DnsServerFixture()
{
    stop();
}

QString DnsServerFixture::serverSpec() const
{
    return testing::serverSpec(m_address, m_port);
}

QString DnsServerFixture::zoneFilePath(const QByteArray &origin) const
{
    return m_dir.filePath(QString::fromLatin1(zoneFileName(origin)));
}

QString DnsServerFixture::log() const
{
    QString text = QString::fromLocal8Bit(m_output);
    if (m_kind == Kind::Nsd) {
        QFile file(m_dir.filePath(QStringLiteral("nsd.log")));
        if (file.open(QIODevice::ReadOnly))
            text += QString::fromLocal8Bit(file.readAll());
    }
    return text;
}

std::uint16_t DnsServerFixture::freePort(const QHostAddress &address)
{
    for (int attempt = 0; attempt < 20; ++attempt) {
        QUdpSocket udp;
        udp.setProxy(QNetworkProxy::NoProxy);
        if (!udp.bind(address, 0))
            continue;
        const quint16 port = udp.localPort();
        QTcpServer tcp;
        tcp.setProxy(QNetworkProxy::NoProxy);
        if (tcp.listen(address, port))
            return port;
    }
    return 0;
}

QString DnsServerFixture::binary() const
{
    const QString name = m_kind == Kind::Nsd ? QStringLiteral("nsd") : QStringLiteral("named");
    const QStringList sbin{QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin"), QStringLiteral("/sbin")};
    QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(name, sbin);
    return path;
}

QString DnsServerFixture::writeConfig()
{
    const QByteArray dir = m_dir.path().toLocal8Bit();
    const QByteArray addr = m_address.toString().toLatin1();
    const QByteArray port = QByteArray::number(m_port);
    QByteArray conf;
    if (m_kind == Kind::Nsd) {
        conf = "server:\n"
               "  ip-address: " +
               addr + '@' + port +
               "\n"
               "  do-ip4: yes\n  do-ip6: no\n"
               "  username: \"\"\n  chroot: \"\"\n  database: \"\"\n"
               "  server-count: 1\n  verbosity: 1\n"
               // Debian's NSD rate-limits to 200 replies a second per source; tests send faster than that.
               "  rrl-ratelimit: 0\n  rrl-whitelist-ratelimit: 0\n"
               "  zonesdir: \"" +
               dir +
               "\"\n"
               "  zonelistfile: \"" +
               dir +
               "/zone.list\"\n"
               "  xfrdfile: \"" +
               dir +
               "/xfrd.state\"\n"
               "  xfrdir: \"" +
               dir +
               "\"\n"
               "  pidfile: \"" +
               dir +
               "/nsd.pid\"\n"
               "  logfile: \"" +
               dir +
               "/nsd.log\"\n"
               "remote-control:\n  control-enable: no\n";
        for (const Zone &zone : std::as_const(m_zones)) {
            conf += "zone:\n  name: \"" + absoluteOrigin(zone.origin) + "\"\n  zonefile: \"" + dir + '/' +
                    zoneFileName(zone.origin) + "\"\n";
        }
    } else {
        conf = "options {\n"
               "  directory \"" +
               dir +
               "\";\n"
               "  pid-file \"" +
               dir +
               "/named.pid\";\n"
               "  session-keyfile \"" +
               dir +
               "/session.key\";\n"
               "  listen-on port " +
               port + " { " + addr +
               "; };\n"
               "  listen-on-v6 { none; };\n"
               "  recursion no;\n  dnssec-validation no;\n  notify no;\n  allow-query { any; };\n"
               "};\n"
               "controls { };\n";
        for (const Zone &zone : std::as_const(m_zones)) {
            conf += "zone \"" + absoluteOrigin(zone.origin) + "\" {\n  type primary;\n  file \"" + dir + '/' +
                    zoneFileName(zone.origin) + "\";\n";
            if (zone.allowUpdate)
                conf += "  allow-update { any; };\n";
            conf += "};\n";
        }
    }
    for (const Zone &zone : std::as_const(m_zones)) {
        if (!writeFile(zoneFilePath(zone.origin), zoneFileText(zone, m_address)))
            return QStringLiteral("cannot write the zone file %1").arg(zoneFilePath(zone.origin));
    }
    const QString confPath =
        m_dir.filePath(m_kind == Kind::Nsd ? QStringLiteral("nsd.conf") : QStringLiteral("named.conf"));
    if (!writeFile(confPath, conf))
        return QStringLiteral("cannot write %1").arg(confPath);
    return {};
}

QStringList DnsServerFixture::arguments() const
{
    if (m_kind == Kind::Nsd)
        return {QStringLiteral("-d"), QStringLiteral("-c"), m_dir.filePath(QStringLiteral("nsd.conf"))};
    return {QStringLiteral("-g"), QStringLiteral("-4"), QStringLiteral("-n"),
            QStringLiteral("1"),  QStringLiteral("-c"), m_dir.filePath(QStringLiteral("named.conf"))};
}

// One SOA query for the first zone (or the root) with a short wait: the server is ready once it answers anything
// carrying our id.
bool DnsServerFixture::answers(int timeoutMs)
{
    const QByteArray name = m_zones.isEmpty() ? QByteArrayLiteral(".") : absoluteOrigin(m_zones.first().origin);
    ldns_pkt *query = nullptr;
    if (ldns_pkt_query_new_frm_str(&query, name.constData(), LDNS_RR_TYPE_SOA, LDNS_RR_CLASS_IN, 0) != LDNS_STATUS_OK)
        return false;
    const std::uint16_t id = std::uint16_t(std::rand());
    ldns_pkt_set_id(query, id);
    std::uint8_t *wire = nullptr;
    size_t wireSize = 0;
    const ldns_status status = ldns_pkt2wire(&wire, query, &wireSize);
    ldns_pkt_free(query);
    if (status != LDNS_STATUS_OK)
        return false;
    const QByteArray datagram(reinterpret_cast<const char *>(wire), qsizetype(wireSize));
    std::free(wire);

    QUdpSocket socket;
    socket.setProxy(QNetworkProxy::NoProxy);
    socket.connectToHost(m_address, m_port);
    if (!socket.waitForConnected(timeoutMs) || socket.write(datagram) != datagram.size())
        return false;
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired() && socket.waitForReadyRead(int(deadline.remainingTime()))) {
        while (socket.hasPendingDatagrams()) {
            const QByteArray reply = socket.receiveDatagram().data();
            if (reply.size() >= 12 && std::uint8_t(reply[0]) == (id >> 8) && std::uint8_t(reply[1]) == (id & 0xff))
                return true;
        }
    }
    return false;
}

StartResult DnsServerFixture::startOnce()
{
    if (!m_fixedPort) {
        m_port = freePort(m_address);
        if (m_port == 0)
            return {false, QStringLiteral("no free port on %1").arg(m_address.toString())};
    }
    if (const QString error = writeConfig(); !error.isEmpty())
        return {false, error};

    m_output.clear();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setWorkingDirectory(m_dir.path());
    // Should the test crash before its destructor runs, the server must not outlive it and hold the port.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_process->start(binary(), arguments());
    if (!m_process->waitForStarted(5000)) {
        const QString error = m_process->errorString();
        m_process.reset();
        return {false, QStringLiteral("cannot run %1: %2").arg(binary(), error)};
    }
    // The server answers about 70 ms after it starts; the first queries sent while it starts get no reply.
    const QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        m_output += m_process->readAll();
        if (m_process->state() == QProcess::NotRunning) {
            m_output += m_process->readAll();
            const QString why = QStringLiteral("%1 exited with code %2 before answering:\n%3")
                                    .arg(binary())
                                    .arg(m_process->exitCode())
                                    .arg(log());
            m_process.reset();
            return {false, why};
        }
        if (answers(50))
            return {true, {}};
        m_process->waitForFinished(20);
    }
    const QString why = QStringLiteral("%1 did not answer on %2 within 10 s:\n%3").arg(binary(), serverSpec(), log());
    stop();
    return {false, why};
}

StartResult DnsServerFixture::start()
{
    if (!m_dir.isValid())
        return {false, QStringLiteral("cannot create a temporary directory: %1").arg(m_dir.errorString())};
    if (binary().isEmpty()) {
        return {false,
                m_kind == Kind::Nsd
                    ? QStringLiteral("nsd is not installed (Debian package nsd): DNS tests need a real server")
                    : QStringLiteral("named is not installed (Debian package bind9): DNS tests need a real server")};
    }
    if (m_kind == Kind::Bind && !QNetworkInterface::allAddresses().contains(m_address)) {
        return {false, QStringLiteral("named listens only on addresses of an interface, and %1 is none: use NSD for "
                                      "other loopback addresses")
                           .arg(m_address.toString())};
    }
    m_fixedPort = m_port != 0;
    StartResult result;
    // Another process may grab the port between our probe and the server's bind: pick a new one and try again.
    for (int attempt = 0; attempt < 3; ++attempt) {
        result = startOnce();
        if (result.ok || m_fixedPort)
            break;
    }
    return result;
}

bool DnsServerFixture::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

void DnsServerFixture::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(3000)) {
            m_process->kill();
            m_process->waitForFinished(3000);
        }
    }
    m_output += m_process->readAll();
    m_process.reset();
}

} // namespace spfm::testing
