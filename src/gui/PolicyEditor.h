#pragma once

#include "project/Project.h"

#include <QWidget>
#include <memory>

namespace Ui {
class PolicyEditor;
}

namespace spfm::gui {

class ProjectDocument;

// Edits the policy of the selected domain: the primary's terms (add, remove, reorder, a qualifier each) and its closing
// all; a dependent's extra terms, its all and whether it is parked; a mail server's addresses. Every change goes to
// the document as one undoable edit; a refused one is explained and the editor shows the model again.
class PolicyEditor : public QWidget
{
    Q_OBJECT

public:
    enum class Target : std::uint8_t { None, Primary, Dependent, MailServer };

    explicit PolicyEditor(QWidget *parent = nullptr);
    ~PolicyEditor() override;

    void setDocument(ProjectDocument *document);
    void setTarget(Target target, int projectIndex = -1);
    Target target() const { return m_target; }
    int projectIndex() const { return m_index; }

    // Selects the row of the term as written (a diagnostic names it); false when no row holds it.
    bool selectTerm(const QByteArray &term);
    QStringList terms() const; // as the table shows them, qualifiers applied
    QString lastError() const;

    // For tests and keyboard users alike: the same paths the buttons take.
    bool addTerm(const QString &term);
    bool removeTerm(int row);
    bool moveTerm(int row, int delta);
    bool setTermQualifier(int row, QChar qualifier);
    bool setAllQualifier(project::AllQualifier qualifier);
    bool setParked(bool parked);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    bool commitTerms(const QStringList &terms, const QString &what);
    bool commit(const QStringList &terms, project::AllQualifier all, const QString &what);
    void showError(const QString &message);

    const std::unique_ptr<Ui::PolicyEditor> m_ui;
    ProjectDocument *m_document = nullptr;
    Target m_target = Target::None;
    int m_index = -1;
    bool m_refreshing = false;
};

} // namespace spfm::gui
