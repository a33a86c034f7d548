#include "TestConfig.h"
#include "dns/ZoneFile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace spfm;
using namespace spfm::dns;

namespace {

QString zonePath(const char *name)
{
    return QStringLiteral(SPF_TEST_DATA_DIR "/zones/") + QString::fromLatin1(name);
}

Answer ask(MemoryZone &zone, const char *name, RRType type)
{
    const std::optional<Answer> answer = zone.lookup(Question(QByteArrayView(name), type));
    if (!answer)
        qFatal("a memory zone always answers at once");
    return *answer;
}

} // namespace

class TestZoneFile : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryKeptType();
    void joinsNothingButKeepsEachTxtString();
    void namesWithoutKeptRecordsExist();
    void defaultOrigin_data();
    void defaultOrigin();
    void originFromFileNameAndDefaultTtl();
    void optionsOverrideOriginAndTtl();
    void brokenFiles_data();
    void brokenFiles();
    void brokenFileLeavesZoneUnchanged();
    void missingFile();
    void directoryIsNotAZoneFile();
    void deviceIsNotAZoneFile();
    void tooLargeIsNotRead();
    void badOrigin();
    void emptyTextIsAnEmptyZone();
    void rootOrigin();
    void escapedNamesKeepTheirBytes();
    void quotesEscapesAndCommentsAreNotUnbalanced();
    void includeSaysWhatToDo();
};

void TestZoneFile::readsEveryKeptType()
{
    MemoryZone zone;
    const ZoneFileResult result = ZoneFile::read(zonePath("example.com.zone"), zone);
    QVERIFY2(result.ok(), qPrintable(result.error ? result.error->toString() : QString()));
    QCOMPARE(result.origin, QByteArray("example.com"));
    QCOMPARE(result.apex, QByteArray("example.com"));
    QCOMPARE(result.recordCount, 12);
    QCOMPARE(result.skippedCount, 1); // the SRV record

    const Answer soa = ask(zone, "example.com", RRType::SOA);
    QCOMPARE(soa.records.size(), 1);
    QCOMPARE(soa.records[0].serial, 2026112701u);
    QCOMPARE(soa.records[0].target, QByteArray("ns1.example.com"));
    QCOMPARE(soa.records[0].ttl, 600u); // $TTL

    const Answer ns = ask(zone, "example.com", RRType::NS);
    QCOMPARE(ns.records.size(), 1);
    QCOMPARE(ns.records[0].target, QByteArray("ns1.example.com")); // relative name completed with $ORIGIN

    const Answer mx = ask(zone, "EXAMPLE.com.", RRType::MX);
    QCOMPARE(mx.records.size(), 2);
    QCOMPARE(mx.records[0].preference, std::uint16_t(10));
    QCOMPARE(mx.records[0].target, QByteArray("mail.example.com"));
    QCOMPARE(mx.records[1].preference, std::uint16_t(20));
    QCOMPARE(mx.records[1].target, QByteArray("mail2.example.net")); // absolute name kept as written

    const Answer spf = ask(zone, "example.com", RRType::SPF);
    QCOMPARE(spf.records.size(), 1);
    QCOMPARE(spf.records[0].joinedText(), QByteArray("v=spf1 -all"));

    const Answer a = ask(zone, "mail.example.com", RRType::A);
    QCOMPARE(a.records.size(), 1);
    QCOMPARE(a.records[0].address, *net::IpAddress::parse("192.0.2.10"));

    const Answer aaaa = ask(zone, "mail.example.com", RRType::AAAA);
    QCOMPARE(aaaa.records.size(), 1);
    QCOMPARE(aaaa.records[0].address, *net::IpAddress::parse("2001:db8::10"));
    QCOMPARE(aaaa.records[0].ttl, 7200u); // explicit TTL wins over $TTL

    const Answer viaCname = ask(zone, "www.example.com", RRType::A);
    QCOMPARE(viaCname.cnames.size(), 1);
    QCOMPARE(viaCname.cnames[0].target, QByteArray("mail.example.com"));
    QCOMPARE(viaCname.records.size(), 1);

    // A second $ORIGIN switches the origin for the names after it.
    const Answer ptr = ask(zone, "10.2.0.192.in-addr.arpa", RRType::PTR);
    QCOMPARE(ptr.records.size(), 1);
    QCOMPARE(ptr.records[0].target, QByteArray("mail.example.com"));
}

void TestZoneFile::joinsNothingButKeepsEachTxtString()
{
    MemoryZone zone;
    const QByteArray text = "$ORIGIN multi.test.\n"
                            "$TTL 60\n"
                            "@ IN TXT ( \"v=spf1 ip4:192.0.2.0/24 \"\n"
                            "           \"ip4:198.51.100.0/24\" \" -all\" )\n";
    const ZoneFileResult result = ZoneFile::readText(text, QStringLiteral("inline"), zone);
    QVERIFY(result.ok());
    const Answer txt = ask(zone, "multi.test", RRType::TXT);
    QCOMPARE(txt.records.size(), 1);
    const QList<QByteArray> expected{"v=spf1 ip4:192.0.2.0/24 ", "ip4:198.51.100.0/24", " -all"};
    QCOMPARE(txt.records[0].strings, expected);
    QCOMPARE(txt.records[0].joinedText(), QByteArray("v=spf1 ip4:192.0.2.0/24 ip4:198.51.100.0/24 -all"));
    QCOMPARE(txt.records[0].ttl, 60u);
}

void TestZoneFile::namesWithoutKeptRecordsExist()
{
    MemoryZone zone;
    QVERIFY(ZoneFile::read(zonePath("example.com.zone"), zone).ok());

    // Only an SRV record: the name exists, so a TXT query is NODATA rather than NXDOMAIN.
    const Answer srvOwner = ask(zone, "_sip._tcp.example.com", RRType::TXT);
    QCOMPARE(srvOwner.rcode, ResponseCode::NoError);
    QVERIFY(srvOwner.records.isEmpty());

    // An empty non-terminal between deep.below.tree.example.com and the origin.
    QCOMPARE(ask(zone, "below.tree.example.com", RRType::TXT).rcode, ResponseCode::NoError);
    QCOMPARE(ask(zone, "tree.example.com", RRType::TXT).rcode, ResponseCode::NoError);
    QCOMPARE(ask(zone, "deep.below.tree.example.com", RRType::TXT).records.size(), 1);

    QCOMPARE(ask(zone, "nothing.example.com", RRType::TXT).rcode, ResponseCode::NxDomain);
}

void TestZoneFile::defaultOrigin_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("origin");
    QTest::newRow("zone suffix") << QStringLiteral("/srv/zones/example.com.zone") << QByteArray("example.com");
    QTest::newRow("db prefix") << QStringLiteral("db.Example.ORG") << QByteArray("example.org");
    QTest::newRow("db suffix") << QStringLiteral("example.net.db") << QByteArray("example.net");
    QTest::newRow("plain") << QStringLiteral("zones/example.com") << QByteArray("example.com");
    QTest::newRow("trailing dot") << QStringLiteral("example.com..zone") << QByteArray("example.com");
}

void TestZoneFile::defaultOrigin()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, origin);
    QCOMPARE(ZoneFile::defaultOrigin(path), origin);
}

void TestZoneFile::originFromFileNameAndDefaultTtl()
{
    MemoryZone zone;
    const ZoneFileResult result = ZoneFile::read(zonePath("db.default.test"), zone);
    QVERIFY(result.ok());
    QCOMPARE(result.origin, QByteArray("default.test"));
    QVERIFY(result.apex.isEmpty()); // no SOA
    const Answer txt = ask(zone, "default.test", RRType::TXT);
    QCOMPARE(txt.records.size(), 1);
    QCOMPARE(txt.records[0].joinedText(), QByteArray("v=spf1 include:example.com -all"));
    QCOMPARE(txt.records[0].ttl, ZoneFileOptions().defaultTtl);
    QCOMPARE(ask(zone, "host.default.test", RRType::A).records.size(), 1);
}

void TestZoneFile::optionsOverrideOriginAndTtl()
{
    MemoryZone zone;
    ZoneFileOptions options;
    options.origin = "Other.Example.";
    options.defaultTtl = 42;
    const ZoneFileResult result = ZoneFile::read(zonePath("db.default.test"), zone, options);
    QVERIFY(result.ok());
    QCOMPARE(result.origin, QByteArray("other.example"));
    const Answer txt = ask(zone, "other.example", RRType::TXT);
    QCOMPARE(txt.records.size(), 1);
    QCOMPARE(txt.records[0].ttl, 42u);
    QCOMPARE(ask(zone, "default.test", RRType::TXT).rcode, ResponseCode::NxDomain);
}

void TestZoneFile::brokenFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("detail");
    QTest::newRow("missing quote") << QStringLiteral("BrokenMissingQuote.zone") << 4
                                   << QStringLiteral("unbalanced quotes");
    QTest::newRow("unclosed parenthesis")
        << QStringLiteral("BrokenUnclosedParenthesis.zone") << 4 << QStringLiteral("unbalanced parentheses");
    QTest::newRow("bad address") << QStringLiteral("BrokenBadAddress.zone") << 5 << QStringLiteral("ldns: ");
    QTest::newRow("mx without preference")
        << QStringLiteral("BrokenMxNoPreference.zone") << 4 << QStringLiteral("ldns: ");
    QTest::newRow("unknown type") << QStringLiteral("BrokenUnknownType.zone") << 5 << QStringLiteral("ldns: ");
    QTest::newRow("$INCLUDE") << QStringLiteral("BrokenInclude.zone") << 4 << QStringLiteral("ldns: ");
}

void TestZoneFile::brokenFiles()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(QString, detail);
    MemoryZone zone;
    const QString path = zonePath(file.toLatin1().constData());
    const ZoneFileResult result = ZoneFile::read(path, zone);
    QVERIFY(!result.ok());
    QCOMPARE(result.error->code, ZoneFileError::Code::Syntax);
    QCOMPARE(result.error->line, line);
    QCOMPARE(result.error->source, path);
    QVERIFY2(result.error->detail.startsWith(detail), qPrintable(result.error->detail));
    const QString message = result.error->toString();
    QVERIFY2(message.startsWith(path + QLatin1Char(':') + QString::number(line) + QLatin1String(": ")),
             qPrintable(message));
    QVERIFY(message.contains(result.error->detail));
}

void TestZoneFile::brokenFileLeavesZoneUnchanged()
{
    MemoryZone zone;
    ResourceRecord kept;
    kept.owner = "kept.test";
    kept.type = RRType::TXT;
    kept.strings = {"v=spf1 -all"};
    zone.addRecord(kept);
    // The broken record comes after good ones: those must not leak into the zone either.
    QVERIFY(!ZoneFile::read(zonePath("BrokenBadAddress.zone"), zone).ok());
    QCOMPARE(zone.records().size(), 1);
    QVERIFY(!zone.contains("broken.test"));
}

void TestZoneFile::missingFile()
{
    MemoryZone zone;
    const QString path = zonePath("DoesNotExist.zone");
    const ZoneFileResult result = ZoneFile::read(path, zone);
    QVERIFY(!result.ok());
    QCOMPARE(result.error->code, ZoneFileError::Code::CannotOpen);
    QCOMPARE(result.error->line, 0);
    QVERIFY(result.error->toString().startsWith(path + QLatin1String(": cannot read the zone file: ")));
    QVERIFY(!result.error->detail.isEmpty());
}

void TestZoneFile::directoryIsNotAZoneFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    MemoryZone zone;
    const ZoneFileResult result = ZoneFile::read(dir.path(), zone);
    QVERIFY(!result.ok());
    QCOMPARE(result.error->code, ZoneFileError::Code::NotAFile);
    QVERIFY(result.error->detail.contains(QLatin1String("directory")));
}

// /dev/zero would be read until memory runs out: refused before a byte is read.
void TestZoneFile::deviceIsNotAZoneFile()
{
    MemoryZone zone;
    const ZoneFileResult result = ZoneFile::read(QStringLiteral("/dev/zero"), zone);
    QVERIFY(!result.ok());
    QCOMPARE(result.error->code, ZoneFileError::Code::NotAFile);
    QCOMPARE(result.error->toString(),
             QStringLiteral("/dev/zero: not a zone file: it is a device, a pipe or a socket, not a regular file"));
    QVERIFY(zone.records().isEmpty());
}

void TestZoneFile::tooLargeIsNotRead()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("huge.example.zone"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    // Sparse: takes no disk space, and would still be read whole.
    QVERIFY(file.resize(ZoneFile::kMaxFileSize + 1));
    file.close();
    MemoryZone zone;
    const ZoneFileResult result = ZoneFile::read(path, zone);
    QVERIFY(!result.ok());
    QCOMPARE(result.error->code, ZoneFileError::Code::TooLarge);
    QCOMPARE(result.error->toString(),
             path + QStringLiteral(": the zone file is too large: it has 65 MiB, and a zone file may have at most "
                                   "64 MiB"));
    QVERIFY(zone.records().isEmpty());
}

void TestZoneFile::badOrigin()
{
    MemoryZone zone;
    ZoneFileOptions options;
    options.origin = "bad..origin";
    const ZoneFileResult result = ZoneFile::readText("@ IN A 192.0.2.1\n", QStringLiteral("inline"), zone, options);
    QVERIFY(!result.ok());
    QCOMPARE(result.error->code, ZoneFileError::Code::BadOrigin);
    QVERIFY(result.error->toString().contains(QLatin1String("bad..origin")));
}

void TestZoneFile::emptyTextIsAnEmptyZone()
{
    MemoryZone zone;
    const ZoneFileResult result = ZoneFile::readText("", QStringLiteral("empty.test"), zone);
    QVERIFY(result.ok());
    QCOMPARE(result.recordCount, 0);
    QVERIFY(zone.records().isEmpty());
}

void TestZoneFile::escapedNamesKeepTheirBytes()
{
    // A macro expands to the bytes themselves (RFC 7208 §7.3), so a name written with escapes in a zone file must be
    // found under those bytes: "\032" and "\ " are a space, "\." a dot inside a label.
    MemoryZone zone;
    const ZoneFileResult result = ZoneFile::readText("$ORIGIN test.\n"
                                                     "a\\032b\\%20c IN A 192.0.2.1\n"
                                                     "mx IN MX 10 x\\ y.test.\n"
                                                     "dotted\\.label IN TXT \"v=spf1 -all\"\n",
                                                     QStringLiteral("inline"), zone);
    QVERIFY2(result.ok(), qPrintable(result.error ? result.error->toString() : QString()));
    QCOMPARE(ask(zone, "a b%20c.test", RRType::A).records.size(), 1);
    const Answer mx = ask(zone, "mx.test", RRType::MX);
    QCOMPARE(mx.records.size(), 1);
    QCOMPARE(mx.records[0].target, QByteArray("x y.test"));
    QCOMPARE(ask(zone, "dotted\\.label.test", RRType::TXT).records.size(), 1);
    QCOMPARE(nameFromWire(QByteArrayView("\x03"
                                         "A b"
                                         "\x04"
                                         "te.t"
                                         "\x00",
                                         11)),
             QByteArray("a b.te\\.t"));
    QCOMPARE(nameFromWire(QByteArrayView("\x00", 1)), QByteArray("."));
    QVERIFY(nameFromWire(QByteArrayView("\x05"
                                        "ab",
                                        3))
                .isEmpty()); // a label past the end
}

void TestZoneFile::rootOrigin()
{
    MemoryZone zone;
    ZoneFileOptions options;
    options.origin = ".";
    const ZoneFileResult result =
        ZoneFile::readText("mail.example.org IN TXT \"v=spf1 -all\"\n", QStringLiteral("inline"), zone, options);
    QVERIFY2(result.ok(), qPrintable(result.error ? result.error->toString() : QString()));
    QCOMPARE(result.origin, QByteArray("."));
    QCOMPARE(ask(zone, "mail.example.org", RRType::TXT).records.size(), 1);
    QCOMPARE(ask(zone, "example.org", RRType::TXT).rcode, ResponseCode::NoError); // empty non-terminal
}

void TestZoneFile::quotesEscapesAndCommentsAreNotUnbalanced()
{
    // An escaped quote, ; and ( inside quotes, a quote inside a comment: none of them opens or closes anything.
    MemoryZone zone;
    const QByteArray text = "$ORIGIN q.test.\n"
                            "@ IN TXT \"a\\\"b;c\" \"d(e\"\n"
                            "x IN TXT \"v=spf1 -all\" ; a comment with \" and (\n";
    const ZoneFileResult result = ZoneFile::readText(text, QStringLiteral("inline"), zone);
    QVERIFY2(result.ok(), qPrintable(result.error ? result.error->toString() : QString()));
    const QList<QByteArray> expected{"a\"b;c", "d(e"};
    QCOMPARE(ask(zone, "q.test", RRType::TXT).records.value(0).strings, expected);
    QCOMPARE(ask(zone, "x.q.test", RRType::TXT).records.size(), 1);
}

void TestZoneFile::includeSaysWhatToDo()
{
    MemoryZone zone;
    const ZoneFileResult result = ZoneFile::read(zonePath("BrokenInclude.zone"), zone);
    QVERIFY(!result.ok());
    QVERIFY2(result.error->detail.contains(QLatin1String("$INCLUDE")), qPrintable(result.error->detail));
    QVERIFY(result.error->detail.contains(QLatin1String("copy the included file's records")));
}

QTEST_GUILESS_MAIN(TestZoneFile)
#include "tst_zonefile.moc"
