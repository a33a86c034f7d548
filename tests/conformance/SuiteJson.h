#pragma once

#include "dns/DnsTypes.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// Reading the suite files (tests/data/conformance/<file>.json, converted from the suite's YAML), the same way for the
// in-memory and the live conformance test.
namespace spfm::conformance {

// The scenarios of a suite file such as "rfc7208-tests"; empty when it cannot be read.
QJsonArray loadScenarios(const QString &file);

// A test's state for one suite file, its scenarios read on first use. Suite needs the members `QString file` and
// `QJsonArray scenarios`.
template <class Suite> Suite &suiteNamed(const QString &file)
{
    static QHash<QString, Suite> suites;
    Suite &s = suites[file];
    if (s.file.isEmpty()) {
        s.file = file;
        s.scenarios = loadScenarios(file);
    }
    return s;
}

// One QtTest row per case, named "<test>@<file>", with the columns file, scenario (its index) and name.
void addRows(const QString &file, const QJsonArray &scenarios);

// A value the suite writes either as one string or as a list of them (results a case accepts, TXT strings).
QStringList stringList(const QJsonValue &value);

// The entries of one zonedata name as the suite's driver serves them: the listed ones, then each SPF entry copied to
// TXT, unless the name lists a TXT entry of its own ("TXT: NONE" included). The copies come after all listed entries,
// so after any TIMEOUT.
QList<QJsonValue> servedEntries(const QJsonArray &entries);

// The character-strings of a TXT or SPF entry (one record), as UTF-8.
QList<QByteArray> textStrings(const QJsonValue &value);

// The record type of a zonedata entry ("A", "TXT", ...), or nullopt for one the suite does not use.
std::optional<dns::RRType> recordType(const QString &name);

} // namespace spfm::conformance
