#pragma once

#include "dns/MemoryZone.h"
#include "dns/ZoneFile.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace spfm::cli {

// The --zone FILE and --zone-origin NAME options of every command that can answer DNS from a BIND zone file.
class ZoneOptions
{
public:
    void addTo(QCommandLineParser &parser) const;
    bool isSet(const QCommandLineParser &parser) const { return parser.isSet(m_zone); }

    // Reads the files given with --zone into zone. On failure, error holds the message and fix for the user; result is
    // the first file's (its apex names the zone's own domain) or the failed one's.
    struct Loaded
    {
        dns::ZoneFileResult result;
        QString error;
        QString fix;
    };
    Loaded load(const QCommandLineParser &parser, dns::MemoryZone &zone) const;

private:
    const QCommandLineOption m_zone{
        QStringLiteral("zone"),
        QStringLiteral("Answer DNS questions from this BIND-format zone file instead of live DNS (to try a change "
                       "before publishing it); repeat it for several zones."),
        QStringLiteral("FILE")};
    const QCommandLineOption m_origin{
        QStringLiteral("zone-origin"),
        QStringLiteral("Origin for the zone file's relative names until it sets $ORIGIN (default: the file name, "
                       "without .zone/.db and db.)."),
        QStringLiteral("NAME")};
};

} // namespace spfm::cli
