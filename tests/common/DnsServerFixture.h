#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <cstdint>
#include <memory>

namespace spfm::testing {

// One record of a test zone, in zone-file presentation form. The owner is relative to the zone ("@", "www") or
// absolute with a trailing dot; rdata is written verbatim (so TXT rdata carries its own quotes; use txt() to build it).
struct ZoneRecord
{
    QByteArray owner;
    QByteArray type;
    QByteArray rdata;
    std::uint32_t ttl = 300;

    // A TXT record whose text is split into quoted character-strings of at most 255 bytes (see quotedStrings()).
    static ZoneRecord txt(QByteArray owner, QByteArrayView text, std::uint32_t ttl = 300);
    // A record of type (TXT or SPF) holding these character-strings as they are (none joined; any longer than 255
    // bytes split). At least one string: zone-file parsers refuse a TXT without any.
    static ZoneRecord strings(QByteArray owner, const QList<QByteArray> &strings, QByteArray type = "TXT",
                              std::uint32_t ttl = 300);

    // RFC 1035 §5.1 presentation forms, for rdata and owners holding any bytes:
    // "text" with '"' and '\\' escaped and every byte outside printable ASCII written as \DDD ...
    static QByteArray quotedString(QByteArrayView bytes);
    // ... one or more quoted strings of at most 255 bytes each, separated by a space ...
    static QByteArray quotedStrings(QByteArrayView bytes);
    // ... and an absolute domain name ("a.example.com."): each label's bytes other than letters, digits, '-' and '_'
    // written as \DDD, so spaces, '*', ';', '(', '@', '$' and non-ASCII bytes stay part of the label.
    static QByteArray absoluteName(QByteArrayView name);
};

struct Zone
{
    QByteArray origin; // "example.com" (no trailing dot needed)
    QList<ZoneRecord> records;
    std::uint32_t serial = 1;
    std::uint32_t negativeTtl = 60; // SOA minimum
    // The zone's NS names. When empty, "ns1.<origin>" is used with an A record pointing at the server's address.
    // Ignored when records already hold NS records at the apex; no SOA is added when records hold one.
    QList<QByteArray> nameServers;
    bool allowUpdate = false; // BIND only: accept dynamic updates from anyone (for nsupdate tests)
};

// Says whether start() worked, and if not why (including the server's own log).
struct StartResult
{
    bool ok = false;
    QString error;
    explicit operator bool() const { return ok; }
};

// A real authoritative DNS server (NSD or BIND) serving zones written by the test, on a loopback address and a free
// port. The server runs in the foreground as a child process and is stopped (TERM, then KILL) by stop() or the
// destructor. A missing server binary makes start() fail with a message: tests must QVERIFY2 on it, never skip.
//
//     DnsServerFixture server;
//     server.addZone({"example.com", {ZoneRecord::txt("@", "v=spf1 -all")}});
//     const StartResult started = server.start();
//     QVERIFY2(started.ok, qPrintable(started.error));
//     ... query server.address() at server.port() ...
class DnsServerFixture
{
public:
    enum class Kind : std::uint8_t { Nsd, Bind };

    explicit DnsServerFixture(Kind kind = Kind::Nsd);
    ~DnsServerFixture();
    DnsServerFixture(const DnsServerFixture &) = delete;
    DnsServerFixture &operator=(const DnsServerFixture &) = delete;

    // Before start(): the loopback address to listen on (default 127.0.0.1; any 127.x.y.z works on Linux, so several
    // servers can share one port, as authoritative servers share port 53) and the port (0 = pick a free one).
    // BIND binds only addresses of an interface (on loopback just 127.0.0.1); NSD binds any 127.x.y.z.
    void setAddress(const QHostAddress &address) { m_address = address; }
    void setPort(std::uint16_t port) { m_port = port; }

    void addZone(const Zone &zone) { m_zones.append(zone); }

    [[nodiscard]] StartResult start();
    void stop();
    bool isRunning() const;

    Kind kind() const { return m_kind; }
    QHostAddress address() const { return m_address; }
    std::uint16_t port() const { return m_port; }
    // "127.0.0.1:PORT", the form `--server` and dns::ServerAddress::parse() take.
    QString serverSpec() const;
    QString directory() const { return m_dir.path(); }
    QString zoneFilePath(const QByteArray &origin) const;
    // What the server printed (and its log file), for failure messages.
    QString log() const;

    // A free port on the given loopback address for both UDP and TCP (bound to port 0, then released).
    static std::uint16_t freePort(const QHostAddress &address);

private:
    QString writeConfig();
    QString binary() const;
    QStringList arguments() const;
    bool answers(int timeoutMs);
    StartResult startOnce();

    Kind m_kind;
    QHostAddress m_address{QHostAddress::LocalHost};
    std::uint16_t m_port = 0;
    bool m_fixedPort = false;
    QList<Zone> m_zones;
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_output;
};

} // namespace spfm::testing
