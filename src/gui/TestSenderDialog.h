#pragma once

#include "ProjectZone.h"
#include "project/Project.h"
#include "spf/CheckHost.h"

#include <QDialog>
#include <memory>

namespace Ui {
class TestSenderDialog;
}

namespace spfm::dns {
class AsyncResolver;
class PendingRunner;
} // namespace spfm::dns

namespace spfm::gui {

// "What would a receiver say?": check_host() for an IP, a sender and a HELO name, with the evaluation trace as a tree
// and the exact Received-SPF header. Answers come from the resolver it is given.
class TestSenderDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TestSenderDialog(QWidget *parent = nullptr);
    ~TestSenderDialog() override;

    // The project's records in front of the zone file from Settings ("what if").
    void setZone(ProjectZone zone);
    // Live DNS as the project's resolver settings say; offered beside the what-if answers.
    void setLiveSettings(const project::ResolverSettings &settings);
    void setUseLive(bool live);
    void setInputs(const QString &ip, const QString &sender, const QString &helo);
    // Starts the evaluation; false (with the reason shown) when the inputs are not usable. What-if answers finish at
    // once; live DNS answers later, without blocking: evaluated() says when the result is shown.
    bool evaluate();
    bool isRunning() const;

    QString resultText() const;
    QString headerText() const;
    const spf::CheckHostResult &result() const { return m_result; }

signals:
    void evaluated();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showResult();
    void updateSource();

    const std::unique_ptr<Ui::TestSenderDialog> m_ui;
    ProjectZone m_zone;
    spf::CheckHostResult m_result;
    project::ResolverSettings m_liveSettings;
    std::unique_ptr<dns::AsyncResolver> m_live;
    std::unique_ptr<dns::PendingRunner> m_runner;
};

} // namespace spfm::gui
