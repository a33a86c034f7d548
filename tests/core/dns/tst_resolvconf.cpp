// The system resolver list from resolv.conf.
#include "dns/ResolvConf.h"

#include <QTemporaryDir>
#include <QTest>

using namespace spfm::dns;

class TestResolvConf : public QObject
{
    Q_OBJECT

private slots:
    void readsNameserverLines();
    void fallsBackToLoopback();
};

void TestResolvConf::readsNameserverLines()
{
    const QByteArray content = "# generated\n"
                               "search example.com\n"
                               "nameserver 192.0.2.53\n"
                               "nameserver\t2001:db8::53  # comment after\n"
                               "; old comment style\n"
                               "nameserver fe80::1%lo\n"
                               "nameserver not-an-address\n"
                               "nameserver 192.0.2.53\n"
                               "options edns0 timeout:1\n"
                               "nameserver";
    const QList<ServerAddress> servers = parseResolvConf(content);
    QCOMPARE(servers.size(), 3);
    QCOMPARE(servers.at(0).toString(), QStringLiteral("192.0.2.53:53"));
    QCOMPARE(servers.at(1).toString(), QStringLiteral("[2001:db8::53]:53"));
    QCOMPARE(servers.at(2).address.scopeId(), QStringLiteral("lo"));
    QCOMPARE(servers.at(2).port, 53);
}

void TestResolvConf::fallsBackToLoopback()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("resolv.conf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("search example.com\n");
    file.close();
    const QList<ServerAddress> none = systemServers(path);
    QCOMPARE(none.size(), 1);
    QCOMPARE(none.first().toString(), QStringLiteral("127.0.0.1:53"));
    QCOMPARE(systemServers(dir.filePath(QStringLiteral("missing"))).size(), 1);
    // The real file yields at least one server.
    QVERIFY(!systemServers().isEmpty());
}

QTEST_GUILESS_MAIN(TestResolvConf)
#include "tst_resolvconf.moc"
