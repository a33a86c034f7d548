#pragma once

#include "project/DomainList.h"
#include "project/Project.h"
#include "verify/Adoption.h"

#include <QDialog>
#include <QHash>
#include <memory>
#include <optional>

class QPushButton;

namespace Ui {
class AdoptFromDnsDialog;
}

namespace spfm::dns {
class AsyncResolver;
class PendingRunner;
} // namespace spfm::dns

namespace spfm::gui {

class ProjectDocument;
struct AddListReport;

// "Adopt from DNS": reads what each listed domain publishes (live, through the project's resolver settings, never
// blocking the window), shows it against the project's primary, and adds the ticked domains as dependents (keeping
// the extra terms they publish) or parked domains, in one undo step.
class AdoptFromDnsDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { DomainColumn, PublishedColumn, PrimaryColumn, OthersColumn, AdoptAsColumn };

    explicit AdoptFromDnsDialog(const project::Project &project, QWidget *parent = nullptr);
    ~AdoptFromDnsDialog() override;

    void setText(const QString &text);
    // Reads the listed domains; false when the list holds none that can be looked up (the refused lines are shown).
    // Rows fill in as answers arrive; lookUpFinished() once every answer is in or the look-up was cancelled.
    bool lookUp();
    void cancel();
    bool isRunning() const;

    int rowCount() const { return int(m_rows.size()); }
    QByteArray rowDomain(int row) const;
    // Null while the answer is still under way (or never came: cancelled).
    const verify::AdoptionFinding *finding(int row) const;
    const QList<project::RefusedLine> &refusedLines() const { return m_refused; }
    QString statusText() const;

    bool isChosen(int row) const;
    bool isParkedChoice(int row) const;
    void choose(int row, bool adopt, bool parked);
    // The domains ticked, as the project will hold them.
    QList<project::Dependent> chosenDependents() const;
    // Adds the ticked domains to the document as one undoable command; the report counts what was added and says why
    // any was refused.
    AddListReport adoptInto(ProjectDocument &document) const;

signals:
    void lookUpFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        project::DomainName name;
        std::optional<verify::AdoptionFinding> finding;
        bool cancelled = false;
    };

    void retranslate();
    void showRow(int row);
    void updateProgress();
    void updateAdoptButton();
    void finishLookUp();

    const std::unique_ptr<Ui::AdoptFromDnsDialog> m_ui;
    QPushButton *m_adoptButton; // not a standard button: the button box would rename it on a language change
    project::Project m_project;
    QList<Row> m_rows;
    QList<project::RefusedLine> m_refused;
    QHash<quint64, int> m_rowOfJob;
    std::unique_ptr<dns::AsyncResolver> m_resolver;
    std::unique_ptr<dns::PendingRunner> m_runner;
};

} // namespace spfm::gui
