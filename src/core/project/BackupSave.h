#pragma once

#include "project/ProjectError.h"

#include <QByteArray>
#include <QString>

namespace spfm::project {

// Where the file a write replaced went: "<path>.bak" when there was one, empty when the path was new.
struct SavedFile
{
    QString path;
    QString backupPath;

    bool keptBackup() const { return !backupPath.isEmpty(); }
};

// "<path>.bak": the one backup every write of a project or an export keeps of the file it replaces.
QString backupPathOf(const QString &path);

// Writes data to path atomically (QSaveFile). An existing file is first copied, atomically too, to backupPathOf(path)
// (replacing an older backup), and only then replaced, so a failure at any step leaves the old file whole and nothing
// is ever overwritten without its previous content kept. Project saves and exports share it.
Result<SavedFile> saveKeepingBackup(const QString &path, const QByteArray &data);

} // namespace spfm::project
