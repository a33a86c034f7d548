#include "SettingsDialog.h"

#include "AppSettings.h"
#include "ui_SettingsDialog.h"

#include <QFileDialog>
#include <QPushButton>
#include <QRegularExpression>

namespace spfm::gui {

SettingsDialog::SettingsDialog(const project::Project &project, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_resolver(project.resolver)
{
    m_ui->setupUi(this);
    m_ui->modeCombo->addItem(tr("the system's resolvers"), int(project::ResolverMode::System));
    m_ui->modeCombo->addItem(tr("these servers"), int(project::ResolverMode::Servers));
    m_ui->modeCombo->addItem(tr("each domain's authoritative servers"), int(project::ResolverMode::Authoritative));
    m_ui->modeCombo->setCurrentIndex(m_ui->modeCombo->findData(int(m_resolver.mode)));
    QStringList servers;
    for (const project::ResolverServer &s : m_resolver.servers)
        servers << s.toString();
    m_ui->serversEdit->setText(servers.join(QStringLiteral(", ")));
    m_ui->timeoutSpin->setRange(project::kMinResolverTimeoutMs, project::kMaxResolverTimeoutMs);
    m_ui->timeoutSpin->setSingleStep(500);
    m_ui->timeoutSpin->setValue(m_resolver.timeoutMs);
    m_ui->ttlSpin->setRange(0, std::numeric_limits<int>::max());
    m_ui->ttlSpin->setValue(int(project.ttl));

    AppSettings settings;
    m_ui->zoneEdit->setText(settings.zoneFile());
    m_ui->languageCombo->addItem(tr("as the system"), QString());
    // Language names are written in their own language, as users look for them.
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageCombo->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_ui->languageCombo->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_ui->languageCombo->setCurrentIndex(std::max(0, m_ui->languageCombo->findData(settings.language())));

    const auto updateServers = [this] {
        m_ui->serversEdit->setEnabled(m_ui->modeCombo->currentData().toInt() == int(project::ResolverMode::Servers));
    };
    updateServers();
    connect(m_ui->modeCombo, &QComboBox::currentIndexChanged, this, updateServers);
    connect(m_ui->zoneBrowse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Zone File"), m_ui->zoneEdit->text());
        if (!path.isEmpty())
            m_ui->zoneEdit->setText(path);
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

SettingsDialog::~SettingsDialog() = default;

quint32 SettingsDialog::ttl() const
{
    return quint32(m_ui->ttlSpin->value());
}

bool SettingsDialog::readResolver()
{
    project::ResolverSettings r = m_resolver;
    r.mode = project::ResolverMode(m_ui->modeCombo->currentData().toInt());
    r.timeoutMs = m_ui->timeoutSpin->value();
    r.servers.clear();
    const QStringList parts =
        m_ui->serversEdit->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const auto server = project::ResolverServer::parse(part);
        if (!server) {
            m_ui->errorLabel->setText(server.error().message);
            return false;
        }
        r.servers.append(server.value());
    }
    if (r.mode == project::ResolverMode::Servers && r.servers.isEmpty()) {
        m_ui->errorLabel->setText(tr("List at least one server, or choose another way to ask."));
        return false;
    }
    m_resolver = r;
    return true;
}

void SettingsDialog::accept()
{
    if (!readResolver())
        return;
    AppSettings settings;
    settings.setZoneFile(m_ui->zoneEdit->text().trimmed());
    settings.setLanguage(m_ui->languageCombo->currentData().toString());
    QDialog::accept();
}

} // namespace spfm::gui
