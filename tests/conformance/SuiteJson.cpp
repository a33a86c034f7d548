#include "SuiteJson.h"

#include "TestConfig.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace spfm::conformance {

QJsonArray loadScenarios(const QString &file)
{
    QFile f(QStringLiteral(SPF_TEST_DATA_DIR "/conformance/") + file + QStringLiteral(".json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).array();
}

void addRows(const QString &file, const QJsonArray &scenarios)
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("scenario");
    QTest::addColumn<QString>("name");
    QVERIFY2(!scenarios.isEmpty(), qPrintable(QStringLiteral("cannot read %1.json").arg(file)));
    for (int i = 0; i < scenarios.size(); ++i) {
        const QJsonObject tests = scenarios.at(i).toObject().value(QStringLiteral("tests")).toObject();
        for (auto it = tests.constBegin(); it != tests.constEnd(); ++it) {
            const QString row = it.key() + QLatin1Char('@') + file;
            QTest::newRow(row.toUtf8().constData()) << file << i << it.key();
        }
    }
}

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            out.append(v.toString());
    } else {
        out.append(value.toString());
    }
    return out;
}

QList<QJsonValue> servedEntries(const QJsonArray &entries)
{
    QList<QJsonValue> items;
    QList<QJsonValue> txtCopies;
    bool hasTxt = false;
    for (const QJsonValue &entry : entries) {
        items.append(entry);
        const QJsonObject record = entry.toObject(); // empty for "TIMEOUT"
        hasTxt = hasTxt || record.contains(QStringLiteral("TXT"));
        if (record.contains(QStringLiteral("SPF")))
            txtCopies.append(QJsonObject{{QStringLiteral("TXT"), record.value(QStringLiteral("SPF"))}});
    }
    if (!hasTxt)
        items += txtCopies;
    return items;
}

QList<QByteArray> textStrings(const QJsonValue &value)
{
    QList<QByteArray> strings;
    for (const QString &s : stringList(value))
        strings.append(s.toUtf8());
    return strings;
}

std::optional<dns::RRType> recordType(const QString &name)
{
    static const QHash<QString, dns::RRType> types = {
        {QStringLiteral("A"), dns::RRType::A},         {QStringLiteral("AAAA"), dns::RRType::AAAA},
        {QStringLiteral("MX"), dns::RRType::MX},       {QStringLiteral("PTR"), dns::RRType::PTR},
        {QStringLiteral("CNAME"), dns::RRType::CNAME}, {QStringLiteral("TXT"), dns::RRType::TXT},
        {QStringLiteral("SPF"), dns::RRType::SPF},
    };
    const auto it = types.constFind(name);
    return it == types.cend() ? std::nullopt : std::optional<dns::RRType>(*it);
}

} // namespace spfm::conformance
