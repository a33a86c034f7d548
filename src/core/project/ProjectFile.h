#pragma once

#include "project/ProjectModel.h"

#include <QByteArray>
#include <QString>

namespace spfm::project {

// The project file: JSON, UTF-8, {"format": "spfmanager-project", "version": 1, ...} (docs/project-format.md).
// Every value goes through ProjectModel, so a file can hold nothing the editor would refuse. Keys this version does
// not know are kept and written back.
class ProjectFile
{
public:
    static constexpr int kFormatVersion = 1;
    static constexpr qint64 kMaxFileSize = 32 * 1024 * 1024; // ten thousand dependents take well under 1 MiB

    static QLatin1String formatName() { return QLatin1String("spfmanager-project"); }

    static Result<ProjectModel> load(const QString &path);
    static Result<ProjectModel> parse(const QByteArray &json);

    // Writes atomically, an existing file first kept as "<path>.bak" (saveKeepingBackup). On failure nothing is
    // replaced.
    static Status save(const QString &path, const Project &project);
    static QByteArray serialize(const Project &project);
};

} // namespace spfm::project
