#include "ZoneOptions.h"

namespace spfm::cli {

void ZoneOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOption(m_zone);
    parser.addOption(m_origin);
}

ZoneOptions::Loaded ZoneOptions::load(const QCommandLineParser &parser, dns::MemoryZone &zone) const
{
    Loaded loaded;
    const QStringList paths = parser.values(m_zone);
    dns::ZoneFileOptions options;
    options.origin = parser.value(m_origin).toUtf8();
    if (paths.size() > 1 && parser.isSet(m_origin)) {
        loaded.error = QStringLiteral("--zone-origin applies to one zone file, and %1 were given").arg(paths.size());
        loaded.fix = QStringLiteral("Set $ORIGIN in each file (or name each file after its zone) instead.");
        return loaded;
    }
    for (const QString &path : paths) {
        if (path.isEmpty()) {
            loaded.error = QStringLiteral("--zone needs a file name");
            loaded.fix = QStringLiteral("Give the path of a BIND-format zone file, e.g. --zone example.com.zone.");
            return loaded;
        }
        // Each file is all or nothing; the first one names the zone's own domain.
        const dns::ZoneFileResult result = dns::ZoneFile::read(path, zone, options);
        if (paths.constFirst() == path || result.error)
            loaded.result = result;
        if (const auto &error = result.error) {
            loaded.error = QStringLiteral("--zone: %1").arg(error->toString());
            switch (error->code) {
            case dns::ZoneFileError::Code::CannotOpen:
                loaded.fix = QStringLiteral("Check the path and that the file is readable.");
                break;
            case dns::ZoneFileError::Code::NotAFile:
                loaded.fix = QStringLiteral("Give the path of a BIND-format zone file; to check zone text from a "
                                            "program or a pipe, save it to a file first.");
                break;
            case dns::ZoneFileError::Code::TooLarge:
                loaded.fix = QStringLiteral("Give only the zones the check needs, one file each (repeat --zone).");
                break;
            case dns::ZoneFileError::Code::BadOrigin:
                loaded.fix =
                    QStringLiteral("Give the zone's domain with --zone-origin NAME, or set $ORIGIN in the file.");
                break;
            case dns::ZoneFileError::Code::Syntax:
                loaded.fix = QStringLiteral("Correct line %1 of the file (named-checkzone reports the same kind of "
                                            "problem) and run the command again.")
                                 .arg(error->line);
                break;
            }
            return loaded;
        }
    }
    return loaded;
}

} // namespace spfm::cli
