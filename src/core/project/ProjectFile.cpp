#include "project/ProjectFile.h"

#include "net/BoundedFile.h"
#include "project/BackupSave.h"
#include "project/DuplicateKeys.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <initializer_list>

namespace spfm::project {

namespace {

const QString kFormat = QStringLiteral("format");
const QString kVersion = QStringLiteral("version");
const QString kPrimary = QStringLiteral("primary");
const QString kDomain = QStringLiteral("domain");
const QString kTerms = QStringLiteral("terms");
const QString kAll = QStringLiteral("all");
const QString kIncludeTarget = QStringLiteral("include_target");
const QString kMailServers = QStringLiteral("mail_servers");
const QString kHostname = QStringLiteral("hostname");
const QString kAddresses = QStringLiteral("addresses");
const QString kDependents = QStringLiteral("dependents");
const QString kParked = QStringLiteral("parked");
const QString kNullMx = QStringLiteral("null_mx");
const QString kDmarc = QStringLiteral("dmarc");
const QString kNotes = QStringLiteral("notes");
const QString kTtl = QStringLiteral("ttl");
const QString kResolver = QStringLiteral("resolver");
const QString kMode = QStringLiteral("mode");
const QString kServers = QStringLiteral("servers");
const QString kTimeoutMs = QStringLiteral("timeout_ms");
const QString kSpfType99 = QStringLiteral("spf_rr_type99");

Error badValue(const QString &where, const QString &what)
{
    return makeError(ErrorCode::FileBadValue, QStringLiteral("%1: %2").arg(where, what), where);
}

Error withWhere(Error e, const QString &where)
{
    if (e.where.isEmpty())
        e.where = where;
    e.message = QStringLiteral("%1: %2").arg(e.where, e.message);
    return e;
}

QString join(const QString &base, const QString &key)
{
    return base.isEmpty() ? key : base + QLatin1Char('.') + key;
}

// Everything in `object` whose key is not one this version understands.
QJsonObject unknownKeys(const QJsonObject &object, std::initializer_list<const QString *> known)
{
    QJsonObject extra = object;
    for (const QString *k : known)
        extra.remove(*k);
    return extra;
}

Result<QString> optionalString(const QJsonObject &o, const QString &key, const QString &where,
                               const QString &fallback = {})
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isString())
        return badValue(join(where, key), QCoreApplication::translate("spfm::project", "expected a string"));
    return v.toString();
}

Result<bool> optionalBool(const QJsonObject &o, const QString &key, const QString &where, bool fallback)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isBool())
        return badValue(join(where, key), QCoreApplication::translate("spfm::project", "expected true or false"));
    return v.toBool();
}

Result<QStringList> optionalStrings(const QJsonObject &o, const QString &key, const QString &where)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return QStringList();
    if (!v.isArray())
        return badValue(join(where, key), QCoreApplication::translate("spfm::project", "expected a list of strings"));
    QStringList list;
    const QJsonArray a = v.toArray();
    list.reserve(a.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!a[i].isString())
            return badValue(QStringLiteral("%1[%2]").arg(join(where, key)).arg(i),
                            QCoreApplication::translate("spfm::project", "expected a string"));
        list.append(a[i].toString());
    }
    return list;
}

Result<QJsonObject> objectAt(const QJsonValue &v, const QString &where)
{
    if (!v.isObject())
        return badValue(where, QCoreApplication::translate("spfm::project", "expected an object"));
    return v.toObject();
}

Result<DomainName> domainAt(const QJsonObject &o, const QString &key, const QString &where, DomainName::Rule rule)
{
    const QJsonValue v = o.value(key);
    if (!v.isString())
        return badValue(join(where, key), v.isUndefined()
                                              ? QCoreApplication::translate("spfm::project", "missing")
                                              : QCoreApplication::translate("spfm::project", "expected a string"));
    auto name = DomainName::parse(v.toString(), rule);
    if (!name)
        return withWhere(name.error(), join(where, key));
    return name;
}

Result<AllQualifier> qualifierAt(const QJsonObject &o, const QString &where)
{
    auto text = optionalString(o, kAll, where, QStringLiteral("-"));
    if (!text)
        return text.error();
    const auto q = allQualifierFromText(text.value());
    if (!q)
        return makeError(ErrorCode::BadQualifier,
                         QCoreApplication::translate("spfm::project",
                                                     "%1: \"%2\" is not a qualifier; use \"-\", \"~\", \"?\", \"+\" or "
                                                     "\"none\" (no all, for a policy ending in redirect=)")
                             .arg(join(where, kAll), text.value()),
                         join(where, kAll));
    return *q;
}

Status readPrimary(ProjectModel &model, const QJsonObject &root)
{
    if (!root.contains(kPrimary))
        return badValue(kPrimary,
                        QCoreApplication::translate("spfm::project", "missing: a project needs its primary domain"));
    auto o = objectAt(root.value(kPrimary), kPrimary);
    if (!o)
        return o.error();
    Primary p;
    auto domain = domainAt(o.value(), kDomain, kPrimary, DomainName::Rule::HostName);
    if (!domain)
        return domain.error();
    p.domain = domain.value();
    auto terms = optionalStrings(o.value(), kTerms, kPrimary);
    if (!terms)
        return terms.error();
    p.terms = terms.value();
    auto all = qualifierAt(o.value(), kPrimary);
    if (!all)
        return all.error();
    p.all = all.value();
    p.extra = unknownKeys(o.value(), {&kDomain, &kTerms, &kAll});
    auto set = model.setPrimary(std::move(p));
    if (!set)
        return withWhere(set.error(), kPrimary);
    return {};
}

Status readIncludeTarget(ProjectModel &model, const QJsonObject &root)
{
    auto text = optionalString(root, kIncludeTarget, {});
    if (!text)
        return text.error();
    if (text.value().isEmpty())
        return {};
    auto name = DomainName::parse(text.value(), DomainName::Rule::PolicyName);
    if (!name)
        return withWhere(name.error(), kIncludeTarget);
    auto set = model.setIncludeTarget(name.value());
    if (!set)
        return withWhere(set.error(), kIncludeTarget);
    return {};
}

Status readMailServers(ProjectModel &model, const QJsonObject &root)
{
    const QJsonValue v = root.value(kMailServers);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray())
        return badValue(kMailServers, QCoreApplication::translate("spfm::project", "expected a list"));
    const QJsonArray list = v.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString where = QStringLiteral("%1[%2]").arg(kMailServers).arg(i);
        auto o = objectAt(list[i], where);
        if (!o)
            return o.error();
        MailServer server;
        auto host = domainAt(o.value(), kHostname, where, DomainName::Rule::HostName);
        if (!host)
            return host.error();
        server.hostname = host.value();
        auto addresses = optionalStrings(o.value(), kAddresses, where);
        if (!addresses)
            return addresses.error();
        for (qsizetype j = 0; j < addresses.value().size(); ++j) {
            const QString &text = addresses.value()[j];
            const auto address = net::IpAddress::parse(text.trimmed().toLatin1());
            if (!address)
                return makeError(ErrorCode::BadAddress,
                                 QCoreApplication::translate("spfm::project",
                                                             "%1.addresses[%2]: \"%3\" is not an IPv4 or IPv6 address")
                                     .arg(where)
                                     .arg(j)
                                     .arg(text),
                                 QStringLiteral("%1.addresses[%2]").arg(where).arg(j));
            server.addresses.append(*address);
        }
        server.extra = unknownKeys(o.value(), {&kHostname, &kAddresses});
        auto added = model.insertMailServer(-1, std::move(server));
        if (!added)
            return withWhere(added.error(), where);
    }
    return {};
}

Status readDependents(ProjectModel &model, const QJsonObject &root)
{
    const QJsonValue v = root.value(kDependents);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray())
        return badValue(kDependents, QCoreApplication::translate("spfm::project", "expected a list"));
    const QJsonArray list = v.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString where = QStringLiteral("%1[%2]").arg(kDependents).arg(i);
        auto o = objectAt(list[i], where);
        if (!o)
            return o.error();
        const QJsonObject &obj = o.value();
        Dependent d;
        auto domain = domainAt(obj, kDomain, where, DomainName::Rule::HostName);
        if (!domain)
            return domain.error();
        d.domain = domain.value();
        auto terms = optionalStrings(obj, kTerms, where);
        if (!terms)
            return terms.error();
        d.terms = terms.value();
        auto all = qualifierAt(obj, where);
        if (!all)
            return all.error();
        d.all = all.value();
        auto parked = optionalBool(obj, kParked, where, false);
        auto nullMx = optionalBool(obj, kNullMx, where, true);
        auto dmarc = optionalBool(obj, kDmarc, where, true);
        auto notes = optionalString(obj, kNotes, where);
        for (const Result<bool> *b : {&parked, &nullMx, &dmarc}) {
            if (!*b)
                return b->error();
        }
        if (!notes)
            return notes.error();
        d.parked = parked.value();
        d.nullMx = nullMx.value();
        d.dmarc = dmarc.value();
        d.notes = notes.value();
        d.extra = unknownKeys(obj, {&kDomain, &kTerms, &kAll, &kParked, &kNullMx, &kDmarc, &kNotes});
        auto added = model.insertDependent(-1, std::move(d));
        if (!added) {
            Error e = added.error();
            e.message = QStringLiteral("%1: %2").arg(e.where.isEmpty() ? where : e.where, e.message);
            return e;
        }
    }
    return {};
}

Status readResolver(ProjectModel &model, const QJsonObject &root)
{
    const QJsonValue v = root.value(kResolver);
    if (v.isUndefined() || v.isNull())
        return {};
    auto o = objectAt(v, kResolver);
    if (!o)
        return o.error();
    ResolverSettings settings;
    auto mode = optionalString(o.value(), kMode, kResolver, QStringLiteral("system"));
    if (!mode)
        return mode.error();
    const auto m = resolverModeFromText(mode.value());
    if (!m)
        return makeError(ErrorCode::BadResolverMode,
                         QCoreApplication::translate(
                             "spfm::project", "resolver.mode: \"%1\" is not one of system, servers, authoritative")
                             .arg(mode.value()),
                         QStringLiteral("resolver.mode"));
    settings.mode = *m;
    auto servers = optionalStrings(o.value(), kServers, kResolver);
    if (!servers)
        return servers.error();
    for (qsizetype i = 0; i < servers.value().size(); ++i) {
        auto server = ResolverServer::parse(servers.value()[i]);
        if (!server)
            return withWhere(server.error(), QStringLiteral("resolver.servers[%1]").arg(i));
        settings.servers.append(server.value());
    }
    const QJsonValue timeout = o.value().value(kTimeoutMs);
    if (!timeout.isUndefined() && !timeout.isNull()) {
        if (!timeout.isDouble() || timeout.toDouble() != double(timeout.toInteger()))
            return badValue(QStringLiteral("resolver.timeout_ms"),
                            QCoreApplication::translate("spfm::project", "expected a whole number of milliseconds"));
        const qint64 ms = timeout.toInteger();
        settings.timeoutMs = int(qBound<qint64>(-1, ms, qint64(kMaxResolverTimeoutMs) + 1));
    }
    settings.extra = unknownKeys(o.value(), {&kMode, &kServers, &kTimeoutMs});
    auto set = model.setResolver(std::move(settings));
    if (!set)
        return withWhere(set.error(), kResolver);
    return {};
}

// QJsonParseError gives a byte offset; people want the line and column their editor shows.
void lineAndColumn(const QByteArray &data, qsizetype offset, int *line, int *column)
{
    offset = qBound<qsizetype>(0, offset, data.size());
    int l = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (data[i] == '\n') {
            ++l;
            lineStart = i + 1;
        }
    }
    *line = l;
    *column = int(QString::fromUtf8(data.constData() + lineStart, offset - lineStart).size()) + 1;
}

QJsonArray toArray(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

} // namespace

Result<ProjectModel> ProjectFile::load(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorCode::FileNotFound,
                         QCoreApplication::translate("spfm::project", "The project file %1 does not exist.").arg(path),
                         path);
    const QString chooseAnother =
        QCoreApplication::translate("spfm::project", "Choose the .spfproj file that SPF Manager saved");
    const QString backup = backupPathOf(path);
    const QString orBackup =
        QFileInfo::exists(backup)
            ? QCoreApplication::translate("spfm::project", ", or restore its backup %1").arg(backup)
            : QString();
    // Checked before reading so a huge or endless file (a device, a mistaken log) is refused at once.
    const net::BoundedRead read = net::readBoundedFile(path, kMaxFileSize);
    if (const auto &error = read.error) {
        switch (error->code) {
        case net::FileLimitError::Code::NotFound:
            return makeError(
                ErrorCode::FileNotFound,
                QCoreApplication::translate("spfm::project", "The project file %1 does not exist.").arg(path), path);
        case net::FileLimitError::Code::NotRegular:
            return makeError(
                ErrorCode::FileTooLarge,
                QCoreApplication::translate(
                    "spfm::project", "%1 is not a project file: it is a directory or a device, not a regular file. %2.")
                    .arg(path, chooseAnother),
                path);
        case net::FileLimitError::Code::TooLarge:
            if (info.size() <= kMaxFileSize) // it grew while being read
                return makeError(ErrorCode::FileTooLarge,
                                 QCoreApplication::translate("spfm::project",
                                                             "%1 is not a project file: it is larger than %2 MiB. "
                                                             "%3%4.")
                                     .arg(path)
                                     .arg(kMaxFileSize / (1024 * 1024))
                                     .arg(chooseAnother, orBackup),
                                 path);
            return makeError(ErrorCode::FileTooLarge,
                             QCoreApplication::translate("spfm::project",
                                                         "%1 is not a project file: it is %2 MiB, and a project is at "
                                                         "most %3 MiB (ten thousand domains take less than 1 MiB). "
                                                         "%4%5.")
                                 .arg(path)
                                 .arg(error->size / (1024 * 1024))
                                 .arg(kMaxFileSize / (1024 * 1024))
                                 .arg(chooseAnother, orBackup),
                             path);
        case net::FileLimitError::Code::Unreadable:
            return makeError(
                ErrorCode::FileUnreadable,
                QCoreApplication::translate("spfm::project", "Cannot read %1: %2").arg(path, error->detail), path);
        }
    }
    const QByteArray &data = read.data;
    auto model = parse(data);
    if (!model) {
        Error e = model.error();
        e.message = QStringLiteral("%1: %2").arg(path, e.message);
        // A file that is not a project at all, or is cut short or damaged, needs a hint where to turn.
        if (e.code == ErrorCode::FileNotProject)
            e.message += QStringLiteral(" %1%2.").arg(chooseAnother, orBackup);
        else if (e.code == ErrorCode::FileSyntax)
            e.message += orBackup.isEmpty()
                             ? QCoreApplication::translate("spfm::project", " Correct the JSON at that position.")
                             : QCoreApplication::translate(
                                   "spfm::project", " Restore its backup %1, or correct the JSON at that position.")
                                   .arg(backup);
        if (e.where.isEmpty())
            e.where = path;
        return e;
    }
    return model;
}

Result<ProjectModel> ProjectFile::parse(const QByteArray &json)
{
    if (json.size() > kMaxFileSize)
        return makeError(ErrorCode::FileTooLarge,
                         QCoreApplication::translate("spfm::project", "The project is larger than %1 MiB.")
                             .arg(kMaxFileSize / (1024 * 1024)));
    // A project is JSON text: a NUL byte means an image, an archive or another program's file, whatever the parser
    // would say about its first bytes.
    if (const qsizetype nul = json.indexOf('\0'); nul >= 0)
        return makeError(
            ErrorCode::FileNotProject,
            QCoreApplication::translate("spfm::project",
                                        "This is binary data (a zero byte at offset %1), not an SPF Manager project, "
                                        "which is JSON text.")
                .arg(nul));
    if (json.trimmed().isEmpty())
        return makeError(ErrorCode::FileNotProject,
                         QCoreApplication::translate("spfm::project", "The file is empty: it holds no project."));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        Error e;
        e.code = ErrorCode::FileSyntax;
        // Qt's offset is where the scanner stopped, just past the offending character.
        lineAndColumn(json, parseError.offset > 0 ? parseError.offset - 1 : 0, &e.line, &e.column);
        // Stopping at the very end means the text ended inside the project: a save or copy that was cut short.
        const bool endsEarly = parseError.offset >= json.trimmed().size() && json.trimmed().startsWith('{');
        e.message = QCoreApplication::translate("spfm::project", "line %1, column %2: %3")
                        .arg(e.line)
                        .arg(e.column)
                        .arg(parseError.errorString());
        if (endsEarly)
            e.message += QCoreApplication::translate("spfm::project",
                                                     ": the file ends in the middle of the project, as if cut short.");
        else
            e.message += QCoreApplication::translate("spfm::project", ": this is not valid JSON.");
        return e;
    }
    if (const auto duplicate = findDuplicateKey(json)) {
        Error e;
        e.code = ErrorCode::FileDuplicateKey;
        e.where = duplicate->path;
        lineAndColumn(json, duplicate->offset, &e.line, &e.column);
        e.message = QCoreApplication::translate("spfm::project",
                                                "line %1, column %2: %3 is given twice in the same object; only one "
                                                "of the values would be kept and the other lost. Remove one of them.")
                        .arg(e.line)
                        .arg(e.column)
                        .arg(duplicate->path);
        return e;
    }
    if (!doc.isObject())
        return makeError(ErrorCode::FileNotProject,
                         QCoreApplication::translate(
                             "spfm::project", "This is JSON but not an SPF Manager project (no top-level object)."));
    const QJsonObject root = doc.object();
    if (root.value(kFormat).toString() != formatName())
        return makeError(ErrorCode::FileNotProject,
                         QCoreApplication::translate(
                             "spfm::project", "This is JSON but not an SPF Manager project (\"format\" is not \"%1\").")
                             .arg(formatName()),
                         kFormat);
    const QJsonValue version = root.value(kVersion);
    if (!version.isDouble() || version.toDouble() != double(version.toInteger()) || version.toInteger() < 1)
        return makeError(ErrorCode::FileBadVersion,
                         QCoreApplication::translate("spfm::project", "\"version\" must be a whole number from 1 up."),
                         kVersion);
    if (version.toInteger() > kFormatVersion)
        return makeError(ErrorCode::FileNewerVersion,
                         QCoreApplication::translate(
                             "spfm::project",
                             "This project was written in format version %1 by a newer SPF Manager; this version reads "
                             "format version %2. Open it with a newer SPF Manager.")
                             .arg(version.toInteger())
                             .arg(kFormatVersion),
                         kVersion);

    ProjectModel model;
    for (auto step : {readPrimary, readIncludeTarget, readMailServers, readDependents, readResolver}) {
        if (Status s = step(model, root); !s)
            return s.error();
    }
    const QJsonValue ttl = root.value(kTtl);
    if (!ttl.isUndefined() && !ttl.isNull()) {
        if (!ttl.isDouble() || ttl.toDouble() != double(ttl.toInteger()))
            return badValue(kTtl, QCoreApplication::translate("spfm::project", "expected a whole number of seconds"));
        auto set = model.setTtl(ttl.toInteger());
        if (!set)
            return withWhere(set.error(), kTtl);
    }
    auto notes = optionalString(root, kNotes, {});
    if (!notes)
        return notes.error();
    model.setNotes(notes.value());
    auto type99 = optionalBool(root, kSpfType99, {}, false);
    if (!type99)
        return type99.error();
    model.setPublishSpfType99(type99.value());
    model.setExtra(unknownKeys(root, {&kFormat, &kVersion, &kPrimary, &kIncludeTarget, &kMailServers, &kDependents,
                                      &kTtl, &kNotes, &kResolver, &kSpfType99}));
    return model;
}

QByteArray ProjectFile::serialize(const Project &project)
{
    QJsonObject root = project.extra;
    root.insert(kFormat, formatName());
    root.insert(kVersion, kFormatVersion);

    QJsonObject primary = project.primary.extra;
    primary.insert(kDomain, project.primary.domain.written());
    primary.insert(kTerms, toArray(project.primary.terms));
    primary.insert(kAll, allQualifierText(project.primary.all));
    root.insert(kPrimary, primary);

    if (project.includeTarget)
        root.insert(kIncludeTarget, project.includeTarget->written());

    QJsonArray servers;
    for (const MailServer &m : project.mailServers) {
        QJsonObject o = m.extra;
        o.insert(kHostname, m.hostname.written());
        QJsonArray addresses;
        for (const net::IpAddress &a : m.addresses)
            addresses.append(a.toString());
        o.insert(kAddresses, addresses);
        servers.append(o);
    }
    root.insert(kMailServers, servers);

    // Defaults are left out so ten thousand plain dependents stay one short line each.
    QJsonArray dependents;
    for (const Dependent &d : project.dependents) {
        QJsonObject o = d.extra;
        o.insert(kDomain, d.domain.written());
        if (!d.terms.isEmpty())
            o.insert(kTerms, toArray(d.terms));
        if (d.all != AllQualifier::Fail)
            o.insert(kAll, allQualifierText(d.all));
        if (d.parked)
            o.insert(kParked, true);
        if (!d.nullMx)
            o.insert(kNullMx, false);
        if (!d.dmarc)
            o.insert(kDmarc, false);
        if (!d.notes.isEmpty())
            o.insert(kNotes, d.notes);
        dependents.append(o);
    }
    root.insert(kDependents, dependents);

    root.insert(kTtl, qint64(project.ttl));
    if (!project.notes.isEmpty())
        root.insert(kNotes, project.notes);
    if (project.publishSpfType99)
        root.insert(kSpfType99, true);

    QJsonObject resolver = project.resolver.extra;
    resolver.insert(kMode, resolverModeText(project.resolver.mode));
    QJsonArray resolverServers;
    for (const ResolverServer &s : project.resolver.servers)
        resolverServers.append(s.toString());
    resolver.insert(kServers, resolverServers);
    resolver.insert(kTimeoutMs, project.resolver.timeoutMs);
    root.insert(kResolver, resolver);

    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Status ProjectFile::save(const QString &path, const Project &project)
{
    Result<SavedFile> saved = saveKeepingBackup(path, serialize(project));
    if (!saved)
        return saved.error();
    return {};
}

} // namespace spfm::project
