#pragma once

#include <QWidget>
#include <memory>

namespace Ui {
class CheckProgressWidget;
}

class QAction;

namespace spfm::gui {

// The live check in the status bar: "Checking… 412 / 1,016", a progress bar, the Cancel button and the resolver asked.
class CheckProgressWidget : public QWidget
{
    Q_OBJECT

public:
    explicit CheckProgressWidget(QWidget *parent = nullptr);
    ~CheckProgressWidget() override;

    void setCancelAction(QAction *cancel);
    void setResolverText(const QString &text);
    void setProgress(int done, int total);

    QString countText() const;

private:
    const std::unique_ptr<Ui::CheckProgressWidget> m_ui;
};

} // namespace spfm::gui
