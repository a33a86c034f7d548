#pragma once

#include <QDialog>
#include <memory>

class QPushButton;

namespace Ui {
class AddDomainsDialog;
}

namespace spfm::gui {

struct AddListReport;

// Takes a pasted or imported list of domains, one per line; the window adds them and this dialog reports the lines
// that were refused and why.
class AddDomainsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AddDomainsDialog(QWidget *parent = nullptr);
    ~AddDomainsDialog() override;

    QString text() const;
    void setText(const QString &text);
    bool parked() const;
    bool importFile(const QString &path);

    static QString reportText(const AddListReport &report);
    void showReport(const AddListReport &report);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    const std::unique_ptr<Ui::AddDomainsDialog> m_ui;
    QPushButton *m_addButton; // not a standard button: the button box would rename it on a language change
};

} // namespace spfm::gui
