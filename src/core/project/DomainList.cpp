#include "project/DomainList.h"

#include <QCoreApplication>
#include <QSet>

namespace spfm::project {

DomainList parseDomainList(const QString &text)
{
    DomainList list;
    QSet<QByteArray> seen;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const auto name = DomainName::parse(line);
        if (!name) {
            list.refused.append({i + 1, line, name.error()});
            continue;
        }
        if (seen.contains(name.value().ace())) {
            list.refused.append({i + 1, line,
                                 makeError(ErrorCode::DuplicateDomain,
                                           QCoreApplication::translate("spfm::project", "%1 is already listed above.")
                                               .arg(name.value().display()))});
            continue;
        }
        seen.insert(name.value().ace());
        list.names.append(name.value());
    }
    return list;
}

} // namespace spfm::project
