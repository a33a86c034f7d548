#include "project/Generator.h"

#include <QSet>

// The generator's output types; kept apart from the generator so exporters link without the SPF parser.
namespace spfm::project {

QByteArray recordTypeName(RecordType type)
{
    switch (type) {
    case RecordType::Txt: return "TXT";
    case RecordType::Mx: return "MX";
    case RecordType::Spf: return "SPF";
    }
    return "TXT";
}

quint16 recordTypeNumber(RecordType type)
{
    switch (type) {
    case RecordType::Txt: return 16;
    case RecordType::Mx: return 15;
    case RecordType::Spf: return 99;
    }
    return 16;
}

QByteArray recordRoleName(RecordRole role)
{
    switch (role) {
    case RecordRole::PrimaryPolicy: return "primary";
    case RecordRole::IncludeTarget: return "include-target";
    case RecordRole::Dependent: return "dependent";
    case RecordRole::Parked: return "parked";
    case RecordRole::NullMx: return "null-mx";
    case RecordRole::Dmarc: return "dmarc";
    case RecordRole::Helo: return "helo";
    }
    return "primary";
}

QList<QByteArray> txtStrings(const QByteArray &text)
{
    QList<QByteArray> strings;
    for (qsizetype i = 0; i < text.size(); i += 255)
        strings.append(text.mid(i, 255));
    if (strings.isEmpty())
        strings.append(QByteArray());
    return strings;
}

lint::Diagnostics Generation::allDiagnostics() const
{
    lint::Diagnostics all = diagnostics;
    for (const GeneratedRecord &r : records)
        all += r.diagnostics;
    return all;
}

lint::Severity Generation::worst() const
{
    lint::Severity w = lint::worstSeverity(diagnostics);
    for (const GeneratedRecord &r : records)
        w = std::max(w, lint::worstSeverity(r.diagnostics));
    return w;
}

QList<QByteArray> Generation::zones() const
{
    QList<QByteArray> result;
    QSet<QByteArray> seen;
    for (const GeneratedRecord &r : records) {
        if (!seen.contains(r.zone)) {
            seen.insert(r.zone);
            result.append(r.zone);
        }
    }
    return result;
}

} // namespace spfm::project
