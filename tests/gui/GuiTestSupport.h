#pragma once

#include "TestConfig.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <QString>

// Every GUI test keeps its QSettings (recent files, window state, language) away from the user's.
inline void isolateSettings(const char *testName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SPF Manager Tests"));
    QCoreApplication::setApplicationName(QString::fromLatin1(testName));
}

inline QString sampleProject()
{
    return QStringLiteral(SPF_SOURCE_DIR "/examples/acme.spfproj");
}
