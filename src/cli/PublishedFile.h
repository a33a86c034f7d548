#pragma once

#include "project/Exporters.h"

#include <QByteArray>
#include <QString>

namespace spfm::cli {

// The --published file of `export --format nsupdate`: every TXT record published at each name, split into its
// character-strings exactly as DNS holds them, {"name": [["string", ...], ...]}. nsupdate deletes one TXT record only
// by that exact value (RFC 2136 §2.5.4 matches the RDATA), so a value of another shape is refused with its JSON path
// rather than read as "nothing published": that would add a second v=spf1 record beside the old one.
class PublishedFile
{
public:
    struct Loaded
    {
        project::PublishedTxt published;
        QString error; // empty when read; else what is wrong, where (file, JSON path)
        QString fix;
    };

    // At most 32 MiB, a regular file (the project file's guard).
    static Loaded read(const QString &path);
    // sourceName names the file in messages.
    static Loaded parse(const QByteArray &json, const QString &sourceName);
};

} // namespace spfm::cli
