// The transport's UDP socket pool over real loopback sockets: source ports keep changing as sockets retire, no id is
// used twice at once on one socket, forged replies on a shared socket (unknown id, another query's id, the right id
// from another port) leave every query to its own answer, and cancelling on shared sockets runs no callback. The one
// deadline queue ends every attempt that gets no answer, and cancelled or answered queries leave no timeout behind.
#include "dns/DnsTransport.h"

#include <QHash>
#include <QSet>
#include <QTest>
#include <QUdpSocket>
#include <QtEndian>

using namespace spfm;
using dns::DnsTransport;
using dns::Question;
using dns::ResponseCode;
using dns::RRType;
using dns::ServerReply;
using dns::TransportOptions;

namespace {

// Waits for the event loop to catch up; a bound for hangs, not a speed requirement.
constexpr int kWaitMs = 20000;
// A socket's default receive buffer holds some 250 small datagrams: the server of a test never has more than 200
// queries waiting at once, or the kernel would drop some.

// A DNS server on loopback that records every query with its source port and id, and answers only when told: the
// queries of a test are all in flight at once, so every socket that carried one is still open.
class HoldingServer : public QObject
{
public:
    struct Query
    {
        QByteArray bytes;
        quint16 port = 0;
        quint16 id = 0;
    };

    HoldingServer()
    {
        m_socket.bind(QHostAddress(QHostAddress::LocalHost), 0);
        m_other.bind(QHostAddress(QHostAddress::LocalHost), 0);
        connect(&m_socket, &QUdpSocket::readyRead, this, [this] {
            while (m_socket.hasPendingDatagrams()) {
                QByteArray bytes(int(m_socket.pendingDatagramSize()), Qt::Uninitialized);
                QHostAddress from;
                quint16 port = 0;
                m_socket.readDatagram(bytes.data(), bytes.size(), &from, &port);
                if (bytes.size() >= 12)
                    queries.append({bytes, port, qFromBigEndian<quint16>(bytes.constData())});
            }
        });
    }

    dns::ServerAddress address() const { return {QHostAddress(QHostAddress::LocalHost), m_socket.localPort()}; }

    // The query echoed back as a response (QR set, no records): NOERROR is an empty answer, NXDOMAIN marks forgeries.
    static QByteArray replyTo(const QByteArray &query, quint8 rcode)
    {
        QByteArray reply = query;
        reply[2] = char(quint8(reply[2]) | 0x80);
        reply[3] = char(rcode);
        return reply;
    }
    static QByteArray withId(QByteArray bytes, quint16 id)
    {
        qToBigEndian<quint16>(id, bytes.data());
        return bytes;
    }

    void send(const QByteArray &bytes, quint16 port) { m_socket.writeDatagram(bytes, QHostAddress::LocalHost, port); }
    void sendFromOtherPort(const QByteArray &bytes, quint16 port)
    {
        m_other.writeDatagram(bytes, QHostAddress::LocalHost, port);
    }
    void answerAll()
    {
        for (const Query &q : std::as_const(queries))
            send(replyTo(q.bytes, 0), q.port);
    }

    QSet<quint16> ports() const
    {
        QSet<quint16> out;
        for (const Query &q : queries)
            out.insert(q.port);
        return out;
    }

    QList<Query> queries;

private:
    QUdpSocket m_socket;
    QUdpSocket m_other; // the same host, another port: not the server that was asked
};

struct Results
{
    QHash<int, ServerReply> replies; // by the query's index in its batch
    int callbacks = 0;
};

TransportOptions optionsWith(int queriesPerSocket)
{
    TransportOptions options;
    options.queriesPerSocket = queriesPerSocket;
    options.timeoutMs = 60000; // nothing may time out: every query here ends by its answer or a cancel
    options.tries = 1;
    return options;
}

QList<DnsTransport::Handle> startQueries(DnsTransport &transport, const HoldingServer &server, int count,
                                         const TransportOptions &options, Results &results,
                                         const QByteArray &prefix = "q")
{
    QList<DnsTransport::Handle> handles;
    for (int i = 0; i < count; ++i) {
        const Question question(QByteArray(prefix + QByteArray::number(i) + ".pool.test"), RRType::TXT);
        handles.append(transport.query(question, {server.address()}, options, [&results, i](const ServerReply &reply) {
            results.replies.insert(i, reply);
            ++results.callbacks;
        }));
    }
    return handles;
}

} // namespace

class TestDnsTransport : public QObject
{
    Q_OBJECT

private slots:
    void oneQueryPerSocketGivesEveryQueryItsOwnPort();
    void portsChangeAsSocketsRetire_data();
    void portsChangeAsSocketsRetire();
    void noIdTwiceAtOnceOnOneSocket();
    void forgedRepliesOnASharedSocketLeaveTheOthersIntact();
    void cancelOnSharedSockets();
    void cancelAllFromACallback();
    void failuresToStartComeFromTheEventLoop();
    void silenceEndsEveryAttemptByItsDeadline();
    void cancelledAndAnsweredQueriesLeaveNoTimeoutBehind();
};

void TestDnsTransport::oneQueryPerSocketGivesEveryQueryItsOwnPort()
{
    constexpr int kQueries = 40;
    HoldingServer server;
    DnsTransport transport;
    Results results;
    startQueries(transport, server, kQueries, optionsWith(1), results);
    QTRY_COMPARE_WITH_TIMEOUT(server.queries.size(), kQueries, kWaitMs);
    QCOMPARE(server.ports().size(), kQueries);
    QCOMPARE(transport.statistics().udpSocketsOpened, quint64(kQueries));
    server.answerAll();
    QTRY_COMPARE_WITH_TIMEOUT(results.callbacks, kQueries, kWaitMs);
    for (int i = 0; i < kQueries; ++i)
        QCOMPARE(results.replies.value(i).rcode, ResponseCode::NoError);
    QCOMPARE(transport.inFlight(), 0);
}

void TestDnsTransport::portsChangeAsSocketsRetire_data()
{
    QTest::addColumn<int>("queriesPerSocket");
    QTest::newRow("4 per socket") << 4;
    QTest::newRow("16 per socket") << 16;
    QTest::newRow("64 per socket") << 64;
}

void TestDnsTransport::portsChangeAsSocketsRetire()
{
    QFETCH(int, queriesPerSocket);
    constexpr int kQueries = 200;
    HoldingServer server;
    DnsTransport transport;
    Results results;
    startQueries(transport, server, kQueries, optionsWith(queriesPerSocket), results);
    QTRY_COMPARE_WITH_TIMEOUT(server.queries.size(), kQueries, kWaitMs);
    QHash<quint16, int> perPort;
    for (const HoldingServer::Query &q : std::as_const(server.queries))
        ++perPort[q.port];
    QVERIFY2(perPort.size() >= kQueries / queriesPerSocket,
             qPrintable(QStringLiteral("%1 ports for %2 queries").arg(perPort.size()).arg(kQueries)));
    for (auto it = perPort.cbegin(); it != perPort.cend(); ++it)
        QVERIFY2(it.value() <= queriesPerSocket,
                 qPrintable(QStringLiteral("port %1 carried %2 queries").arg(it.key()).arg(it.value())));
    // Shared: far fewer sockets than queries.
    QVERIFY(perPort.size() < kQueries);
    QCOMPARE(transport.statistics().udpSocketsOpened, quint64(perPort.size()));
    server.answerAll();
    QTRY_COMPARE_WITH_TIMEOUT(results.callbacks, kQueries, kWaitMs);
    for (const ServerReply &reply : std::as_const(results.replies))
        QCOMPARE(reply.rcode, ResponseCode::NoError);
    QCOMPARE(transport.statistics().answered, quint64(kQueries));
    QCOMPARE(transport.statistics().mismatched, 0u);
}

void TestDnsTransport::noIdTwiceAtOnceOnOneSocket()
{
    // Sockets that never retire here, so each carries many queries at once.
    constexpr int kQueries = 200;
    HoldingServer server;
    DnsTransport transport;
    Results results;
    startQueries(transport, server, kQueries, optionsWith(100000), results);
    QTRY_COMPARE_WITH_TIMEOUT(server.queries.size(), kQueries, kWaitMs);
    QHash<quint16, QSet<quint16>> idsPerPort;
    for (const HoldingServer::Query &q : std::as_const(server.queries)) {
        QVERIFY2(!idsPerPort[q.port].contains(q.id),
                 qPrintable(QStringLiteral("id %1 twice at once on port %2").arg(q.id).arg(q.port)));
        idsPerPort[q.port].insert(q.id);
    }
    QVERIFY2(idsPerPort.size() < kQueries / 10, "the sockets are shared");
    server.answerAll();
    QTRY_COMPARE_WITH_TIMEOUT(results.callbacks, kQueries, kWaitMs);
}

void TestDnsTransport::forgedRepliesOnASharedSocketLeaveTheOthersIntact()
{
    constexpr int kQueries = 100;
    HoldingServer server;
    DnsTransport transport;
    Results results;
    startQueries(transport, server, kQueries, optionsWith(64), results);
    QTRY_COMPARE_WITH_TIMEOUT(server.queries.size(), kQueries, kWaitMs);
    QHash<quint16, QList<HoldingServer::Query>> perPort;
    for (const HoldingServer::Query &q : std::as_const(server.queries))
        perPort[q.port].append(q);

    // Every forgery answers NXDOMAIN: one accepted would show in the query's rcode.
    int forged = 0;
    int underAnotherQuerysId = 0;
    for (auto it = perPort.cbegin(); it != perPort.cend(); ++it) {
        const QList<HoldingServer::Query> &onPort = it.value();
        QSet<quint16> ids;
        for (const HoldingServer::Query &q : onPort)
            ids.insert(q.id);
        for (qsizetype i = 0; i < onPort.size(); ++i) {
            const HoldingServer::Query &q = onPort.at(i);
            const QByteArray forgery = HoldingServer::replyTo(q.bytes, 3);
            // An id no query on this socket has.
            quint16 unknown = quint16(q.id + 1);
            while (ids.contains(unknown))
                ++unknown;
            server.send(HoldingServer::withId(forgery, unknown), q.port);
            // The right id and question, from another port of the server's host.
            server.sendFromOtherPort(forgery, q.port);
            forged += 2;
            // Another query's id on the same socket, with this query's question.
            if (onPort.size() > 1) {
                server.send(HoldingServer::withId(forgery, onPort.at((i + 1) % onPort.size()).id), q.port);
                ++forged;
                ++underAnotherQuerysId;
            }
        }
    }
    QVERIFY2(underAnotherQuerysId > 0, "some sockets are shared");
    QTRY_COMPARE_WITH_TIMEOUT(transport.statistics().mismatched, quint64(forged), kWaitMs);
    QCOMPARE(results.callbacks, 0);
    QCOMPARE(transport.inFlight(), kQueries);

    server.answerAll();
    QTRY_COMPARE_WITH_TIMEOUT(results.callbacks, kQueries, kWaitMs);
    for (int i = 0; i < kQueries; ++i) {
        const ServerReply reply = results.replies.value(i);
        QCOMPARE(reply.rcode, ResponseCode::NoError);
        QCOMPARE(reply.server.port, server.address().port);
    }
    QCOMPARE(transport.statistics().answered, quint64(kQueries));
    QCOMPARE(transport.statistics().mismatched, quint64(forged));
}

void TestDnsTransport::cancelOnSharedSockets()
{
    constexpr int kQueries = 60;
    HoldingServer server;
    DnsTransport transport;
    Results results;
    const TransportOptions options = optionsWith(64);
    const QList<DnsTransport::Handle> handles = startQueries(transport, server, kQueries, options, results);
    QTRY_COMPARE_WITH_TIMEOUT(server.queries.size(), kQueries, kWaitMs);
    QVERIFY2(server.ports().size() < kQueries, "the sockets are shared");
    QSet<int> cancelled;
    for (int i = 0; i < kQueries; i += 2) {
        transport.cancel(handles.at(i));
        cancelled.insert(i);
    }
    QCOMPARE(transport.inFlight(), kQueries - int(cancelled.size()));
    server.answerAll();
    QTRY_COMPARE_WITH_TIMEOUT(results.callbacks, kQueries - int(cancelled.size()), kWaitMs);
    QCOMPARE(transport.statistics().answered, quint64(kQueries - cancelled.size()));
    for (int i = 0; i < kQueries; ++i)
        QCOMPARE(results.replies.contains(i), !cancelled.contains(i));

    // cancelAll on shared sockets: nothing runs, and the pool serves the next queries.
    server.queries.clear();
    Results dropped;
    startQueries(transport, server, kQueries, options, dropped, "c");
    QTRY_COMPARE_WITH_TIMEOUT(server.queries.size(), kQueries, kWaitMs);
    transport.cancelAll();
    QCOMPARE(transport.inFlight(), 0);
    server.answerAll();
    server.queries.clear();
    Results after;
    startQueries(transport, server, kQueries, options, after, "d");
    QTRY_COMPARE_WITH_TIMEOUT(server.queries.size(), kQueries, kWaitMs);
    server.answerAll();
    QTRY_COMPARE_WITH_TIMEOUT(after.callbacks, kQueries, kWaitMs);
    for (const ServerReply &reply : std::as_const(after.replies))
        QCOMPARE(reply.rcode, ResponseCode::NoError);
    QCOMPARE(dropped.callbacks, 0);
}

void TestDnsTransport::cancelAllFromACallback()
{
    // The first answer cancels everything while the other replies wait in the same sockets.
    constexpr int kQueries = 50;
    HoldingServer server;
    DnsTransport transport;
    int callbacks = 0;
    for (int i = 0; i < kQueries; ++i) {
        transport.query(Question(QByteArray("x" + QByteArray::number(i) + ".pool.test"), RRType::TXT),
                        {server.address()}, optionsWith(64), [&](const ServerReply &) {
                            ++callbacks;
                            transport.cancelAll();
                        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(server.queries.size(), kQueries, kWaitMs);
    server.answerAll();
    QTRY_COMPARE_WITH_TIMEOUT(callbacks, 1, kWaitMs);
    QTest::qWait(200); // the replies still queued are read and ignored
    QCOMPARE(callbacks, 1);
    QCOMPARE(transport.statistics().answered, 1u);
    QCOMPARE(transport.inFlight(), 0);
}

void TestDnsTransport::failuresToStartComeFromTheEventLoop()
{
    DnsTransport transport;
    QList<ServerReply> replies;
    const auto record = [&](const ServerReply &reply) { replies.append(reply); };
    transport.query(Question("no-server.pool.test", RRType::TXT), {}, optionsWith(64), record);
    HoldingServer server;
    const QByteArray tooLong = QByteArray(70, 'a') + ".pool.test"; // a label longer than 63 octets
    transport.query(Question(tooLong, RRType::TXT), {server.address()}, optionsWith(64), record);
    QCOMPARE(replies.size(), 0); // never inside query()
    QTRY_COMPARE_WITH_TIMEOUT(replies.size(), 2, kWaitMs);
    QCOMPARE(replies.at(0).rcode, ResponseCode::NetworkError);
    QCOMPARE(replies.at(1).rcode, ResponseCode::FormatError);
    QVERIFY(!replies.at(0).detail.isEmpty());
    QVERIFY(!replies.at(1).detail.isEmpty());
    QCOMPARE(server.queries.size(), 0);
    QCOMPARE(transport.inFlight(), 0);
}

void TestDnsTransport::silenceEndsEveryAttemptByItsDeadline()
{
    // Timeouts of several lengths in one queue: each query gets all its tries, then ends as a timeout.
    constexpr int kQueries = 30;
    HoldingServer server;
    DnsTransport transport;
    QHash<int, ServerReply> replies;
    for (int i = 0; i < kQueries; ++i) {
        TransportOptions options = optionsWith(8);
        options.timeoutMs = 50 + 25 * (i % 3);
        options.tries = 2;
        transport.query(Question(QByteArray("t" + QByteArray::number(i) + ".pool.test"), RRType::TXT),
                        {server.address()}, options,
                        [&replies, i](const ServerReply &reply) { replies.insert(i, reply); });
    }
    QTRY_COMPARE_WITH_TIMEOUT(replies.size(), kQueries, kWaitMs);
    for (const ServerReply &reply : std::as_const(replies)) {
        QCOMPARE(reply.rcode, ResponseCode::Timeout);
        QVERIFY2(reply.detail.contains(QStringLiteral("2 tries")), qPrintable(reply.detail));
    }
    QCOMPARE(server.queries.size(), 2 * kQueries);
    QCOMPARE(transport.statistics().timeouts, quint64(2 * kQueries));
    QCOMPARE(transport.statistics().queriesSent, quint64(2 * kQueries));
    // A retry goes out on the same socket under the same id.
    QHash<QByteArray, QPair<quint16, quint16>> first;
    for (const HoldingServer::Query &q : std::as_const(server.queries)) {
        const QByteArray question = q.bytes.mid(12);
        if (!first.contains(question)) {
            first.insert(question, {q.port, q.id});
            continue;
        }
        QCOMPARE(first.value(question).first, q.port);
        QCOMPARE(first.value(question).second, q.id);
    }
}

void TestDnsTransport::cancelledAndAnsweredQueriesLeaveNoTimeoutBehind()
{
    constexpr int kQueries = 40;
    HoldingServer server;
    DnsTransport transport;
    Results results;
    TransportOptions options = optionsWith(64);
    options.timeoutMs = 150;
    options.tries = 1;
    const QList<DnsTransport::Handle> handles = startQueries(transport, server, kQueries, options, results);
    QTRY_COMPARE_WITH_TIMEOUT(server.queries.size(), kQueries, kWaitMs);
    // Half cancelled, a quarter answered, the rest left to time out.
    for (int i = 0; i < kQueries / 2; ++i)
        transport.cancel(handles.at(i));
    for (const HoldingServer::Query &q : std::as_const(server.queries)) {
        const QByteArray label = q.bytes.mid(13, quint8(q.bytes.at(12))); // "q<index>"
        const int index = label.mid(1).toInt();
        if (index >= kQueries / 2 && index < 3 * kQueries / 4)
            server.send(HoldingServer::replyTo(q.bytes, 0), q.port);
    }
    QTRY_COMPARE_WITH_TIMEOUT(results.callbacks, kQueries / 2, kWaitMs);
    QCOMPARE(transport.inFlight(), 0);
    for (int i = 0; i < kQueries; ++i) {
        if (i < kQueries / 2)
            QVERIFY(!results.replies.contains(i));
        else
            QCOMPARE(results.replies.value(i).rcode,
                     i < 3 * kQueries / 4 ? ResponseCode::NoError : ResponseCode::Timeout);
    }
    QCOMPARE(transport.statistics().timeouts, quint64(kQueries / 4));
    QTest::qWait(2 * options.timeoutMs); // any deadline left behind would come up now
    QCOMPARE(results.callbacks, kQueries / 2);
    QCOMPARE(transport.statistics().timeouts, quint64(kQueries / 4));
}

QTEST_GUILESS_MAIN(TestDnsTransport)
#include "tst_dnstransport.moc"
