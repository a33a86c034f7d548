#pragma once

#include "project/Project.h"

#include <QDialog>
#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace spfm::gui {

// The project's resolver settings and TTL, and this computer's zone file, language and Check live thoroughness. The
// project's part is returned to the window, which applies it as one undoable edit; the rest is stored in QSettings on
// accept.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(const project::Project &project, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    project::ResolverSettings resolver() const { return m_resolver; }
    quint32 ttl() const;

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    bool readResolver();

    const std::unique_ptr<Ui::SettingsDialog> m_ui;
    project::ResolverSettings m_resolver;
};

} // namespace spfm::gui
