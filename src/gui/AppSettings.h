#pragma once

#include <QByteArray>
#include <QSettings>
#include <QStringList>

namespace spfm::gui {

// What the application remembers between runs (not part of any project): recent files, the window's layout, the
// language, the zone file used for what-if checks and how thoroughly Check live probes each name.
class AppSettings
{
public:
    QStringList recentFiles() const;
    void setRecentFiles(const QStringList &files);
    QByteArray geometry() const;
    void setGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    // "" follows the system; otherwise a language code such as "de" or "fr".
    QString language() const;
    void setLanguage(const QString &language);
    QString zoneFile() const;
    void setZoneFile(const QString &path);
    // Check live asks every name the obsolete type 99 too (verify::Probe::Thorough), not only the primary, the
    // include target and the HELO names.
    bool thoroughCheck() const;
    void setThoroughCheck(bool thorough);

private:
    QSettings m_settings;
};

} // namespace spfm::gui
