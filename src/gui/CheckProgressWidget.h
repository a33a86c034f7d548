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

protected:
    void changeEvent(QEvent *event) override;

private:
    void showTexts();

    const std::unique_ptr<Ui::CheckProgressWidget> m_ui;
    // What the texts say, so a language change can say it again.
    QString m_resolver;
    int m_done = -1;
    int m_total = 0;
};

} // namespace spfm::gui
