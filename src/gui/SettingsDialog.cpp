#include "SettingsDialog.h"

#include "AppSettings.h"
#include "Language.h"
#include "ui_SettingsDialog.h"

#include <QEvent>
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
    for (const project::ResolverMode mode :
         {project::ResolverMode::System, project::ResolverMode::Servers, project::ResolverMode::Authoritative})
        m_ui->modeCombo->addItem(QString(), int(mode));
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
    m_ui->languageCombo->addItem(QString(), QString());
    // Language names are written in their own language, as users look for them.
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageCombo->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_ui->languageCombo->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_ui->languageCombo->setCurrentIndex(std::max(0, m_ui->languageCombo->findData(settings.language())));
    m_ui->thoroughCheck->setChecked(settings.thoroughCheck());
    retranslate();

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

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslate()
{
    m_ui->retranslateUi(this);
    m_ui->modeCombo->setItemText(0, tr("the system's resolvers"));
    m_ui->modeCombo->setItemText(1, tr("these servers"));
    m_ui->modeCombo->setItemText(2, tr("each domain's authoritative servers"));
    m_ui->languageCombo->setItemText(0, tr("as the system"));
}

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
    settings.setThoroughCheck(m_ui->thoroughCheck->isChecked());
    const QString language = m_ui->languageCombo->currentData().toString();
    settings.setLanguage(language);
    // When the language changes, every window and dialog says its texts again on the LanguageChange this sends.
    installTranslation(*QCoreApplication::instance(), language);
    QDialog::accept();
}

} // namespace spfm::gui
