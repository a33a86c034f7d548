#include "PublishedFile.h"

#include "net/BoundedFile.h"
#include "project/ProjectFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace spfm::cli {

namespace {

// RFC 1035 §3.3: a character-string is a length octet and at most 255 octets.
constexpr qsizetype kMaxCharacterString = 255;

const QString kShapeFix = QStringLiteral(
    "Write every TXT record at each name as a list of its strings, as `dig +short TXT NAME` prints them, e.g. "
    "{\"example.com\": [[\"v=spf1 a \", \"-all\"], [\"site-verification=abc\"]]}; a name that publishes no TXT "
    "record gets [].");

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("nothing");
}

PublishedFile::Loaded failed(const QString &sourceName, const QString &what, const QString &fix = kShapeFix)
{
    PublishedFile::Loaded loaded;
    loaded.error = QStringLiteral("--published %1: %2").arg(sourceName, what);
    loaded.fix = fix;
    return loaded;
}

// verify --json: {"summary": {...}, "domains": [{"domain", "published": ["joined text"], ...}]}.
bool isVerifyOutput(const QJsonObject &o)
{
    return o.value(QStringLiteral("summary")).isObject() && o.value(QStringLiteral("domains")).isArray();
}

// The owner as PublishedTxt keys it: ACE, lower-case, no trailing dot.
QByteArray ownerKey(const QString &name)
{
    QString n = name.trimmed();
    if (n.endsWith(QLatin1Char('.')))
        n.chop(1);
    bool ascii = true;
    for (QChar c : std::as_const(n))
        ascii = ascii && c.unicode() > 0x20 && c.unicode() < 0x7f;
    const QByteArray ace = ascii ? n.toLatin1() : QUrl::toAce(n);
    return ace.toLower();
}

} // namespace

PublishedFile::Loaded PublishedFile::read(const QString &path)
{
    const net::BoundedRead read = net::readBoundedFile(path, project::ProjectFile::kMaxFileSize);
    if (const auto &error = read.error) {
        switch (error->code) {
        case net::FileLimitError::Code::NotFound:
            return failed(path, QStringLiteral("no such file"),
                          QStringLiteral("Check the path, or leave out --published (names whose published value is "
                                         "unknown are then left out of the script)."));
        case net::FileLimitError::Code::NotRegular:
            return failed(path, QStringLiteral("not a file: it is a directory, a device or a pipe"),
                          QStringLiteral("Save the published records to a regular file and give its path."));
        case net::FileLimitError::Code::TooLarge:
            return failed(path,
                          QStringLiteral("it has more than %1 MiB, far more than the TXT records of any project")
                              .arg(project::ProjectFile::kMaxFileSize / (1024 * 1024)),
                          QStringLiteral("Give the file of published TXT records, not another file."));
        case net::FileLimitError::Code::Unreadable:
            return failed(path, QStringLiteral("cannot read it: %1").arg(error->detail),
                          QStringLiteral("Check that the file is readable."));
        }
    }
    return parse(read.data, path);
}

PublishedFile::Loaded PublishedFile::parse(const QByteArray &json, const QString &sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failed(sourceName,
                      QStringLiteral("not JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset));
    if (!doc.isObject())
        return failed(sourceName, QStringLiteral("$: expected an object of name -> [[strings]], got %1")
                                      .arg(typeName(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue())));
    const QJsonObject root = doc.object();
    if (isVerifyOutput(root))
        return failed(sourceName,
                      QStringLiteral("this is the output of verify --json, whose published values are each record's "
                                     "strings joined; nsupdate deletes a TXT record only by its exact strings, so "
                                     "the old record could stay beside the new one"),
                      kShapeFix);

    Loaded loaded;
    for (auto it = root.begin(); it != root.end(); ++it) {
        const QString path = QStringLiteral("$[\"%1\"]").arg(it.key());
        const QByteArray owner = ownerKey(it.key());
        if (owner.isEmpty())
            return failed(sourceName, QStringLiteral("%1: not a domain name").arg(path));
        if (loaded.published.records.contains(owner))
            return failed(sourceName,
                          QStringLiteral("%1: the name %2 is given twice").arg(path, QString::fromLatin1(owner)));
        if (!it.value().isArray())
            return failed(sourceName, QStringLiteral("%1: expected an array of TXT records, [[\"string\", ...], "
                                                     "...], got %2")
                                          .arg(path, typeName(it.value())));
        QList<QList<QByteArray>> records;
        const QJsonArray array = it.value().toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString recordPath = QStringLiteral("%1[%2]").arg(path).arg(i);
            if (!array[i].isArray())
                return failed(sourceName, QStringLiteral("%1: expected a TXT record as an array of its strings, got %2")
                                              .arg(recordPath, typeName(array[i])));
            const QJsonArray strings = array[i].toArray();
            if (strings.isEmpty())
                return failed(
                    sourceName,
                    QStringLiteral("%1: a TXT record has at least one string, and this one has none").arg(recordPath));
            QList<QByteArray> record;
            for (qsizetype j = 0; j < strings.size(); ++j) {
                const QString stringPath = QStringLiteral("%1[%2]").arg(recordPath).arg(j);
                if (!strings[j].isString())
                    return failed(
                        sourceName,
                        QStringLiteral("%1: expected a string, got %2").arg(stringPath, typeName(strings[j])));
                const QByteArray text = strings[j].toString().toUtf8();
                if (text.size() > kMaxCharacterString)
                    return failed(sourceName,
                                  QStringLiteral("%1: %2 octets, and one string of a TXT record holds at most 255")
                                      .arg(stringPath)
                                      .arg(text.size()));
                record.append(text);
            }
            records.append(record);
        }
        loaded.published.records.insert(owner, records);
    }
    return loaded;
}

} // namespace spfm::cli
