#pragma once

#include "ProjectZone.h"
#include "spf/CheckHost.h"

#include <QDialog>
#include <memory>

namespace Ui {
class TestSenderDialog;
}

namespace spfm::gui {

// "What would a receiver say?": check_host() for an IP, a sender and a HELO name, with the evaluation trace as a tree
// and the exact Received-SPF header. Answers come from the resolver it is given.
class TestSenderDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TestSenderDialog(QWidget *parent = nullptr);
    ~TestSenderDialog() override;

    // The project's records in front of the zone file from Settings.
    void setZone(ProjectZone zone);
    void setInputs(const QString &ip, const QString &sender, const QString &helo);
    // Runs the evaluation; false (with the reason shown) when the inputs are not usable.
    bool evaluate();

    QString resultText() const;
    QString headerText() const;
    const spf::CheckHostResult &result() const { return m_result; }

private:
    void showResult();

    const std::unique_ptr<Ui::TestSenderDialog> m_ui;
    ProjectZone m_zone;
    spf::CheckHostResult m_result;
};

} // namespace spfm::gui
