#include "ProjectDocument.h"

#include "UndoCommands.h"
#include "project/ProjectFile.h"

namespace spfm::gui {

using project::Result;
using project::Status;

ProjectDocument::ProjectDocument(QObject *parent)
    : QObject(parent)
{
    m_model.addObserver(this);
    connect(&m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
}

ProjectDocument::~ProjectDocument()
{
    m_undo.disconnect(this);
    m_model.removeObserver(this);
}

void ProjectDocument::reset(project::ProjectModel model, const QString &path)
{
    m_undo.clear();
    m_model.removeObserver(this);
    m_model = std::move(model);
    m_model.addObserver(this);
    const bool pathChanged = path != m_path;
    m_path = path;
    m_undo.setClean();
    emit projectReplaced();
    if (pathChanged)
        emit filePathChanged(m_path);
    emit modifiedChanged(false);
}

Status ProjectDocument::load(const QString &path)
{
    Result<project::ProjectModel> loaded = project::ProjectFile::load(path);
    if (!loaded)
        return loaded.error();
    reset(std::move(loaded).value(), path);
    return {};
}

Status ProjectDocument::saveAs(const QString &path)
{
    const Status saved = project::ProjectFile::save(path, m_model.project());
    if (!saved)
        return saved;
    if (path != m_path) {
        m_path = path;
        emit filePathChanged(m_path);
    }
    m_undo.setClean();
    return {};
}

Status ProjectDocument::setPrimary(const project::Primary &primary, const QString &text)
{
    Result<project::Primary> old = m_model.setPrimary(primary);
    if (!old)
        return old.error();
    m_undo.push(new SetPrimaryCommand(m_model, std::move(old).value(), primary, text));
    return {};
}

Result<int> ProjectDocument::insertDependent(int index, const project::Dependent &dependent)
{
    Result<int> row = m_model.insertDependent(index, dependent);
    if (row)
        m_undo.push(new InsertDependentCommand(m_model, row.value(), dependent));
    return row;
}

Status ProjectDocument::setDependent(int index, const project::Dependent &dependent, const QString &text)
{
    Result<project::Dependent> old = m_model.setDependent(index, dependent);
    if (!old)
        return old.error();
    m_undo.push(new SetDependentCommand(m_model, index, std::move(old).value(), dependent, text));
    return {};
}

Status ProjectDocument::removeDependent(int index)
{
    Result<project::Dependent> gone = m_model.removeDependent(index);
    if (!gone)
        return gone.error();
    m_undo.push(new RemoveDependentCommand(m_model, index, std::move(gone).value()));
    return {};
}

Result<int> ProjectDocument::insertMailServer(int index, const project::MailServer &server)
{
    Result<int> row = m_model.insertMailServer(index, server);
    if (row)
        m_undo.push(new InsertMailServerCommand(m_model, row.value(), server));
    return row;
}

Status ProjectDocument::setMailServer(int index, const project::MailServer &server)
{
    Result<project::MailServer> old = m_model.setMailServer(index, server);
    if (!old)
        return old.error();
    m_undo.push(new SetMailServerCommand(m_model, index, std::move(old).value(), server));
    return {};
}

Status ProjectDocument::removeMailServer(int index)
{
    Result<project::MailServer> gone = m_model.removeMailServer(index);
    if (!gone)
        return gone.error();
    m_undo.push(new RemoveMailServerCommand(m_model, index, std::move(gone).value()));
    return {};
}

Status ProjectDocument::setTtl(qint64 ttl)
{
    const quint32 before = m_model.project().ttl;
    Result<quint32> old = m_model.setTtl(ttl);
    if (!old)
        return old.error();
    if (before != m_model.project().ttl)
        m_undo.push(new SetTtlCommand(m_model, old.value(), m_model.project().ttl));
    return {};
}

Status ProjectDocument::setResolver(const project::ResolverSettings &settings)
{
    Result<project::ResolverSettings> old = m_model.setResolver(settings);
    if (!old)
        return old.error();
    m_undo.push(new SetResolverCommand(m_model, std::move(old).value(), settings));
    return {};
}

void ProjectDocument::projectChanged(const project::ProjectChange &change)
{
    emit changed(change);
}

} // namespace spfm::gui
