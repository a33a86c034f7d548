#pragma once

#include "project/ProjectModel.h"

#include <QUndoCommand>

namespace spfm::gui {

// One command per ProjectModel edit. The edit has already been applied (and validated) when the command is made:
// the model returned the old value, which is all undo needs, so the first redo() that QUndoStack::push() calls is
// skipped.
class ModelCommand : public QUndoCommand
{
public:
    ModelCommand(project::ProjectModel &model, const QString &text);
    void redo() final;
    void undo() final;

protected:
    virtual void apply() = 0;
    virtual void revert() = 0;
    project::ProjectModel &m_model;

private:
    bool m_applied = true;
};

class SetPrimaryCommand : public ModelCommand
{
public:
    SetPrimaryCommand(project::ProjectModel &model, project::Primary before, project::Primary after,
                      const QString &text);

private:
    void apply() override;
    void revert() override;
    project::Primary m_before;
    project::Primary m_after;
};

class InsertDependentCommand : public ModelCommand
{
public:
    InsertDependentCommand(project::ProjectModel &model, int row, project::Dependent dependent);

private:
    void apply() override;
    void revert() override;
    int m_row;
    project::Dependent m_dependent;
};

class SetDependentCommand : public ModelCommand
{
public:
    SetDependentCommand(project::ProjectModel &model, int row, project::Dependent before, project::Dependent after,
                        const QString &text);

private:
    void apply() override;
    void revert() override;
    int m_row;
    project::Dependent m_before;
    project::Dependent m_after;
};

class RemoveDependentCommand : public ModelCommand
{
public:
    RemoveDependentCommand(project::ProjectModel &model, int row, project::Dependent removed);

private:
    void apply() override;
    void revert() override;
    int m_row;
    project::Dependent m_removed;
};

class InsertMailServerCommand : public ModelCommand
{
public:
    InsertMailServerCommand(project::ProjectModel &model, int row, project::MailServer server);

private:
    void apply() override;
    void revert() override;
    int m_row;
    project::MailServer m_server;
};

class SetMailServerCommand : public ModelCommand
{
public:
    SetMailServerCommand(project::ProjectModel &model, int row, project::MailServer before, project::MailServer after);

private:
    void apply() override;
    void revert() override;
    int m_row;
    project::MailServer m_before;
    project::MailServer m_after;
};

class RemoveMailServerCommand : public ModelCommand
{
public:
    RemoveMailServerCommand(project::ProjectModel &model, int row, project::MailServer removed);

private:
    void apply() override;
    void revert() override;
    int m_row;
    project::MailServer m_removed;
};

class SetTtlCommand : public ModelCommand
{
public:
    SetTtlCommand(project::ProjectModel &model, quint32 before, quint32 after);

private:
    void apply() override;
    void revert() override;
    quint32 m_before;
    quint32 m_after;
};

class SetResolverCommand : public ModelCommand
{
public:
    SetResolverCommand(project::ProjectModel &model, project::ResolverSettings before, project::ResolverSettings after);

private:
    void apply() override;
    void revert() override;
    project::ResolverSettings m_before;
    project::ResolverSettings m_after;
};

} // namespace spfm::gui
