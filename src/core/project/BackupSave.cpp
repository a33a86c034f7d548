#include "project/BackupSave.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace spfm::project {

QString backupPathOf(const QString &path)
{
    return path + QLatin1String(".bak");
}

Result<SavedFile> saveKeepingBackup(const QString &path, const QByteArray &data)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return makeError(
            ErrorCode::FileWriteFailed,
            QCoreApplication::translate("spfm::project", "Cannot write %1: %2").arg(path, out.errorString()), path);
    if (out.write(data) != data.size()) {
        out.cancelWriting();
        return makeError(
            ErrorCode::FileWriteFailed,
            QCoreApplication::translate("spfm::project", "Cannot write %1: %2").arg(path, out.errorString()), path);
    }

    SavedFile saved;
    saved.path = path;
    // The backup is written (atomically too) before the new file replaces the old one, so a failure leaves both intact.
    QFile previous(path);
    if (previous.exists()) {
        if (!previous.open(QIODevice::ReadOnly)) {
            out.cancelWriting();
            return makeError(ErrorCode::FileWriteFailed,
                             QCoreApplication::translate("spfm::project", "Cannot read %1 to keep it as a backup: %2")
                                 .arg(path, previous.errorString()),
                             path);
        }
        const QByteArray old = previous.readAll();
        QSaveFile backup(backupPathOf(path));
        if (!backup.open(QIODevice::WriteOnly) || backup.write(old) != old.size() || !backup.commit()) {
            out.cancelWriting();
            return makeError(
                ErrorCode::FileWriteFailed,
                QCoreApplication::translate("spfm::project", "Cannot keep the previous version as %1.bak: %2")
                    .arg(path, backup.errorString()),
                path);
        }
        saved.backupPath = backupPathOf(path);
    }
    if (!out.commit())
        return makeError(
            ErrorCode::FileWriteFailed,
            QCoreApplication::translate("spfm::project", "Cannot save %1: %2").arg(path, out.errorString()), path);
    return saved;
}

} // namespace spfm::project
