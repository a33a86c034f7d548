#pragma once

#include "project/ProjectModel.h"

#include <QObject>
#include <QUndoStack>

namespace spfm::gui {

// The open project as the window sees it: the core model, its file name and its undo history. Every edit goes through
// here so that it lands on the undo stack as one command; the model's observer calls are re-emitted as signals.
class ProjectDocument : public QObject, private project::ProjectObserver
{
    Q_OBJECT

public:
    explicit ProjectDocument(QObject *parent = nullptr);
    ~ProjectDocument() override;

    const project::Project &project() const { return m_model.project(); }
    project::ProjectModel &model() { return m_model; }
    QUndoStack *undoStack() { return &m_undo; }

    QString filePath() const { return m_path; }
    bool isModified() const { return !m_undo.isClean(); }

    // Replaces the project (new or loaded): the undo history starts over and the document is unmodified.
    void reset(project::ProjectModel model, const QString &path);
    project::Status load(const QString &path);
    project::Status saveAs(const QString &path);

    // Edits: each validates through the model and, when it succeeds, is pushed as one undoable command.
    project::Status setPrimary(const project::Primary &primary, const QString &text);
    project::Result<int> insertDependent(int index, const project::Dependent &dependent);
    project::Status setDependent(int index, const project::Dependent &dependent, const QString &text);
    project::Status removeDependent(int index);
    project::Result<int> insertMailServer(int index, const project::MailServer &server);
    project::Status setMailServer(int index, const project::MailServer &server);
    project::Status removeMailServer(int index);
    project::Status setTtl(qint64 ttl);
    project::Status setResolver(const project::ResolverSettings &settings);

signals:
    void changed(const spfm::project::ProjectChange &change);
    void projectReplaced();
    void filePathChanged(const QString &path);
    void modifiedChanged(bool modified);

private:
    void projectChanged(const project::ProjectChange &change) override;

    project::ProjectModel m_model;
    QUndoStack m_undo;
    QString m_path;
};

} // namespace spfm::gui
