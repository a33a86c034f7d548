#include "TestSenderDialog.h"

#include "DnsText.h"
#include "Icons.h"
#include "LiveDns.h"
#include "dns/PendingRunner.h"
#include "spf/IdnInput.h"
#include "ui_TestSenderDialog.h"

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QPushButton>

namespace spfm::gui {

TestSenderDialog::TestSenderDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TestSenderDialog>())
{
    m_ui->setupUi(this);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->headerEdit->setFont(mono);
    m_ui->traceTree->setFont(mono);
    m_ui->copyHeaderButton->setIcon(Icons::get(QStringLiteral("edit-copy")));
    m_ui->copyHeaderButton->setEnabled(false);
    m_ui->sourceCombo->addItem(QString(), false);
    m_ui->sourceCombo->addItem(QString(), true);
    retranslate();
    connect(m_ui->sourceCombo, &QComboBox::currentIndexChanged, this, &TestSenderDialog::updateSource);
    connect(m_ui->checkButton, &QPushButton::clicked, this, &TestSenderDialog::evaluate);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->copyHeaderButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(QString::fromUtf8(m_result.receivedSpfHeader())); });
}

TestSenderDialog::~TestSenderDialog()
{
    m_runner.reset(); // before the resolver it listens to
}

void TestSenderDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void TestSenderDialog::retranslate()
{
    m_ui->retranslateUi(this);
    m_ui->sourceCombo->setItemText(0, tr("the project's records and the zone file (what if)"));
    m_ui->sourceCombo->setItemText(1, tr("live DNS"));
    updateSource();
    if (isRunning())
        m_ui->resultLabel->setText(tr("Asking DNS…"));
    else if (m_ui->copyHeaderButton->isEnabled()) // a result is shown
        showResult();
}

void TestSenderDialog::setZone(ProjectZone zone)
{
    m_zone = std::move(zone);
    updateSource();
}

void TestSenderDialog::setLiveSettings(const project::ResolverSettings &settings)
{
    m_liveSettings = settings;
    updateSource();
}

void TestSenderDialog::setUseLive(bool live)
{
    m_ui->sourceCombo->setCurrentIndex(live ? 1 : 0);
}

bool TestSenderDialog::isRunning() const
{
    return m_runner && m_runner->pendingJobs() > 0;
}

void TestSenderDialog::updateSource()
{
    QString text;
    if (m_ui->sourceCombo->currentData().toBool()) {
        text = tr("Answers come from live DNS: %1 (Settings).").arg(describeResolver(m_liveSettings));
    } else {
        text = tr("Answers come from the project's generated records and the zone file chosen in Settings, "
                  "as DNS will be once the records are published.");
        if (!m_zone.error.isEmpty())
            text += QLatin1Char(' ') + tr("The zone file could not be read: %1").arg(m_zone.error);
    }
    m_ui->resolverLabel->setText(text);
}

void TestSenderDialog::setInputs(const QString &ip, const QString &sender, const QString &helo)
{
    m_ui->ipEdit->setText(ip);
    m_ui->senderEdit->setText(sender);
    m_ui->heloEdit->setText(helo);
}

bool TestSenderDialog::evaluate()
{
    const auto ip = net::IpAddress::parse(m_ui->ipEdit->text().trimmed().toLatin1());
    if (!ip) {
        m_ui->resultLabel->setText(tr("\"%1\" is not an IP address.").arg(m_ui->ipEdit->text().trimmed()));
        return false;
    }
    const QString sender = m_ui->senderEdit->text().trimmed();
    const QString helo = m_ui->heloEdit->text().trimmed();
    if (sender.isEmpty() && helo.isEmpty()) {
        m_ui->resultLabel->setText(tr("Give a sender address or a HELO name."));
        return false;
    }
    spf::CheckHostRequest request;
    request.ip = *ip;
    // RFC 8616 §4: names typed in Unicode are looked up as A-labels (spf/IdnInput.h). One IDNA refuses is passed on
    // as typed, so the result still shows what such a name gives.
    request.sender = spf::senderToAce(sender).value_or(sender.toUtf8());
    request.helo = spf::hostToAce(helo).value_or(helo.toUtf8());
    request.receiver = "spfmanager.invalid";
    if (!m_ui->sourceCombo->currentData().toBool()) {
        if (!m_zone.zone)
            m_zone.zone = std::make_unique<dns::MemoryZone>();
        m_result = spf::checkHost(request, *m_zone.zone);
        showResult();
        emit evaluated();
        return true;
    }
    // Live: check_host() is re-run as answers arrive (it is deterministic); the event loop keeps running meanwhile.
    m_runner.reset();
    m_live = makeLiveResolver(m_liveSettings);
    m_runner = std::make_unique<dns::PendingRunner>(*m_live);
    m_ui->checkButton->setEnabled(false);
    m_ui->resultLabel->setText(tr("Asking DNS…"));
    connect(m_runner.get(), &dns::PendingRunner::allFinished, this, [this] {
        m_ui->checkButton->setEnabled(true);
        showResult();
        emit evaluated();
    });
    m_runner->add([this, request] {
        m_result = spf::checkHost(request, *m_live);
        return m_result.status == spf::CheckHostResult::Status::Complete;
    });
    return true;
}

void TestSenderDialog::showResult()
{
    QString summary = tr("Result: %1").arg(QString::fromLatin1(spf::resultName(m_result.result)));
    if (!m_result.matchedTerm.isEmpty())
        summary += QLatin1Char(' ') +
                   tr("(matched %1 in %2)")
                       .arg(QString::fromUtf8(m_result.matchedTerm), QString::fromUtf8(m_result.matchedDomain));
    if (!m_result.problem.isEmpty())
        summary += QStringLiteral(" — ") + m_result.problem;
    // The explanation comes from the domain's DNS (exp=, RFC 7208 §6.2): shown as plain text, never interpreted.
    if (!m_result.explanation.isEmpty())
        summary += QLatin1Char('\n') + tr("Explanation: %1").arg(visibleText(m_result.explanation));
    summary += QLatin1Char(' ') + tr("%1 DNS lookups, %2 void.").arg(m_result.dnsLookups).arg(m_result.voidLookups);
    m_ui->resultLabel->setText(summary);

    m_ui->traceTree->clear();
    QList<QTreeWidgetItem *> parents; // the last item seen at each depth
    for (const spf::TraceEvent &event : m_result.trace) {
        const int depth = std::max(0, event.depth);
        QTreeWidgetItem *parent = nullptr;
        // An event at depth d hangs under the last record seen at depth d (or d-1 for the record line itself).
        if (event.kind == spf::TraceEvent::Kind::Record)
            parent = depth > 0 ? parents.value(depth - 1) : nullptr;
        else
            parent = parents.value(depth);
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_ui->traceTree);
        QString step;
        const QString text = visibleText(event.text); // records, names and answers from DNS
        switch (event.kind) {
        case spf::TraceEvent::Kind::Record: step = tr("record %1: %2").arg(visibleText(event.domain), text); break;
        case spf::TraceEvent::Kind::Term: step = tr("term %1").arg(text); break;
        case spf::TraceEvent::Kind::Query: step = tr("query %1").arg(text); break;
        case spf::TraceEvent::Kind::Note: step = tr("note %1").arg(text); break;
        case spf::TraceEvent::Kind::Result: step = tr("result %1").arg(text); break;
        }
        item->setText(0, step);
        item->setText(1, visibleText(event.detail));
        item->setToolTip(0, plainToolTip(step));
        item->setToolTip(1, plainToolTip(item->text(1)));
        if (event.kind == spf::TraceEvent::Kind::Record) {
            if (parents.size() <= depth)
                parents.resize(depth + 1);
            parents[depth] = item;
            parents.resize(depth + 1);
        }
    }
    m_ui->traceTree->expandAll();
    m_ui->traceTree->resizeColumnToContents(0);
    m_ui->headerEdit->setPlainText(QString::fromUtf8(m_result.receivedSpfHeader()));
    m_ui->copyHeaderButton->setEnabled(true);
}

QString TestSenderDialog::resultText() const
{
    return m_ui->resultLabel->text();
}

QString TestSenderDialog::headerText() const
{
    return m_ui->headerEdit->toPlainText();
}

} // namespace spfm::gui
