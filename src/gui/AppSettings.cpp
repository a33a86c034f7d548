#include "AppSettings.h"

namespace spfm::gui {

QStringList AppSettings::recentFiles() const
{
    return m_settings.value(QStringLiteral("files/recent")).toStringList();
}

void AppSettings::setRecentFiles(const QStringList &files)
{
    m_settings.setValue(QStringLiteral("files/recent"), files);
}

QByteArray AppSettings::geometry() const
{
    return m_settings.value(QStringLiteral("window/geometry")).toByteArray();
}

void AppSettings::setGeometry(const QByteArray &geometry)
{
    m_settings.setValue(QStringLiteral("window/geometry"), geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings.value(QStringLiteral("window/state")).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(QStringLiteral("window/state"), state);
}

QString AppSettings::language() const
{
    return m_settings.value(QStringLiteral("ui/language")).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings.setValue(QStringLiteral("ui/language"), language);
}

QString AppSettings::zoneFile() const
{
    return m_settings.value(QStringLiteral("dns/zoneFile")).toString();
}

void AppSettings::setZoneFile(const QString &path)
{
    m_settings.setValue(QStringLiteral("dns/zoneFile"), path);
}

bool AppSettings::thoroughCheck() const
{
    return m_settings.value(QStringLiteral("check/thorough"), false).toBool();
}

void AppSettings::setThoroughCheck(bool thorough)
{
    m_settings.setValue(QStringLiteral("check/thorough"), thorough);
}

} // namespace spfm::gui
