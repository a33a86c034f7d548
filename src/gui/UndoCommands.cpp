#include "UndoCommands.h"

#include <QCoreApplication>

namespace spfm::gui {

namespace {

// A model call inside undo/redo only fails when the stack and the model disagree, which is a bug: say so loudly.
template <typename R> void expectOk(const R &result)
{
    Q_ASSERT_X(result.ok(), "UndoCommands", "the model refused an edit it accepted before");
    Q_UNUSED(result);
}

QString trCommand(const char *text)
{
    return QCoreApplication::translate("UndoCommands", text);
}

} // namespace

ModelCommand::ModelCommand(project::ProjectModel &model, const QString &text)
    : QUndoCommand(text)
    , m_model(model)
{}

void ModelCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    apply();
}

void ModelCommand::undo()
{
    revert();
}

SetPrimaryCommand::SetPrimaryCommand(project::ProjectModel &model, project::Primary before, project::Primary after,
                                     const QString &text)
    : ModelCommand(model, text)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void SetPrimaryCommand::apply()
{
    expectOk(m_model.setPrimary(m_after));
}

void SetPrimaryCommand::revert()
{
    expectOk(m_model.setPrimary(m_before));
}

InsertDependentCommand::InsertDependentCommand(project::ProjectModel &model, int row, project::Dependent dependent)
    : ModelCommand(model, trCommand(QT_TRANSLATE_NOOP("UndoCommands", "Add %1")).arg(dependent.domain.display()))
    , m_row(row)
    , m_dependent(std::move(dependent))
{}

void InsertDependentCommand::apply()
{
    expectOk(m_model.insertDependent(m_row, m_dependent));
}

void InsertDependentCommand::revert()
{
    expectOk(m_model.removeDependent(m_row));
}

SetDependentCommand::SetDependentCommand(project::ProjectModel &model, int row, project::Dependent before,
                                         project::Dependent after, const QString &text)
    : ModelCommand(model, text)
    , m_row(row)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void SetDependentCommand::apply()
{
    expectOk(m_model.setDependent(m_row, m_after));
}

void SetDependentCommand::revert()
{
    expectOk(m_model.setDependent(m_row, m_before));
}

RemoveDependentCommand::RemoveDependentCommand(project::ProjectModel &model, int row, project::Dependent removed)
    : ModelCommand(model, trCommand(QT_TRANSLATE_NOOP("UndoCommands", "Remove %1")).arg(removed.domain.display()))
    , m_row(row)
    , m_removed(std::move(removed))
{}

void RemoveDependentCommand::apply()
{
    expectOk(m_model.removeDependent(m_row));
}

void RemoveDependentCommand::revert()
{
    expectOk(m_model.insertDependent(m_row, m_removed));
}

InsertMailServerCommand::InsertMailServerCommand(project::ProjectModel &model, int row, project::MailServer server)
    : ModelCommand(model,
                   trCommand(QT_TRANSLATE_NOOP("UndoCommands", "Add mail server %1")).arg(server.hostname.display()))
    , m_row(row)
    , m_server(std::move(server))
{}

void InsertMailServerCommand::apply()
{
    expectOk(m_model.insertMailServer(m_row, m_server));
}

void InsertMailServerCommand::revert()
{
    expectOk(m_model.removeMailServer(m_row));
}

SetMailServerCommand::SetMailServerCommand(project::ProjectModel &model, int row, project::MailServer before,
                                           project::MailServer after)
    : ModelCommand(model,
                   trCommand(QT_TRANSLATE_NOOP("UndoCommands", "Edit mail server %1")).arg(after.hostname.display()))
    , m_row(row)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void SetMailServerCommand::apply()
{
    expectOk(m_model.setMailServer(m_row, m_after));
}

void SetMailServerCommand::revert()
{
    expectOk(m_model.setMailServer(m_row, m_before));
}

RemoveMailServerCommand::RemoveMailServerCommand(project::ProjectModel &model, int row, project::MailServer removed)
    : ModelCommand(
          model, trCommand(QT_TRANSLATE_NOOP("UndoCommands", "Remove mail server %1")).arg(removed.hostname.display()))
    , m_row(row)
    , m_removed(std::move(removed))
{}

void RemoveMailServerCommand::apply()
{
    expectOk(m_model.removeMailServer(m_row));
}

void RemoveMailServerCommand::revert()
{
    expectOk(m_model.insertMailServer(m_row, m_removed));
}

SetTtlCommand::SetTtlCommand(project::ProjectModel &model, quint32 before, quint32 after)
    : ModelCommand(model, trCommand(QT_TRANSLATE_NOOP("UndoCommands", "Set TTL to %1")).arg(after))
    , m_before(before)
    , m_after(after)
{}

void SetTtlCommand::apply()
{
    expectOk(m_model.setTtl(m_after));
}

void SetTtlCommand::revert()
{
    expectOk(m_model.setTtl(m_before));
}

SetResolverCommand::SetResolverCommand(project::ProjectModel &model, project::ResolverSettings before,
                                       project::ResolverSettings after)
    : ModelCommand(model, trCommand(QT_TRANSLATE_NOOP("UndoCommands", "Change resolver settings")))
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void SetResolverCommand::apply()
{
    expectOk(m_model.setResolver(m_after));
}

void SetResolverCommand::revert()
{
    expectOk(m_model.setResolver(m_before));
}

} // namespace spfm::gui
