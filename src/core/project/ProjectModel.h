#pragma once

#include "project/Project.h"

#include <QList>
#include <QSet>

namespace spfm::project {

// What changed, so a view can refresh only that part.
struct ProjectChange
{
    enum class Part : std::uint8_t { Primary, IncludeTarget, MailServers, Dependents, Settings };
    enum class Kind : std::uint8_t { Changed, Inserted, Removed };

    Part part = Part::Primary;
    Kind kind = Kind::Changed;
    int index = -1; // the row for MailServers and Dependents
};

// Told about every successful edit. The model knows nothing of Qt signals: a GUI adapter implements this and emits.
class ProjectObserver
{
public:
    virtual ~ProjectObserver() = default;
    virtual void projectChanged(const ProjectChange &change) = 0;
};

// The one way to change a project. Every edit validates first and changes nothing when it fails; on success it
// returns exactly what undoing it needs (the old value, or the row it created), so a QUndoCommand is two calls:
//     redo: old = model.setDependent(row, edited).value();   undo: model.setDependent(row, old);
//     redo: row = model.insertDependent(-1, d).value();       undo: model.removeDependent(row);
//     redo: gone = model.removeDependent(row).value();        undo: model.insertDependent(row, gone);
class ProjectModel
{
public:
    ProjectModel() = default;

    const Project &project() const { return m_project; }

    void addObserver(ProjectObserver *observer);
    void removeObserver(ProjectObserver *observer);

    Result<Primary> setPrimary(Primary primary);
    // A dedicated name the dependents include (published with the primary's policy), or nullopt for the primary itself.
    Result<std::optional<DomainName>> setIncludeTarget(std::optional<DomainName> target);

    // index -1 appends; returns the row the item now has.
    Result<int> insertMailServer(int index, MailServer server);
    Result<MailServer> setMailServer(int index, MailServer server);
    Result<MailServer> removeMailServer(int index);

    Result<int> insertDependent(int index, Dependent dependent);
    Result<Dependent> setDependent(int index, Dependent dependent);
    Result<Dependent> removeDependent(int index);
    int indexOfDependent(const QByteArray &aceName) const; // -1 when absent

    Result<quint32> setTtl(qint64 ttl); // RFC 2181 §8: 0 .. 2^31-1
    QString setNotes(QString notes);
    Result<ResolverSettings> setResolver(ResolverSettings settings);
    bool setPublishSpfType99(bool publish);
    QJsonObject setExtra(QJsonObject extra); // unknown top-level keys (the file keeps them)

    // Term checks shared with the file loader: refuses empty terms, whitespace inside a term (it would silently become
    // two terms), an "all" term (the qualifier is its own setting) and "v=spf1" (the generator writes it).
    static Status checkTerms(const QStringList &terms, const QString &where);

private:
    Status checkPrimary(const Primary &primary) const;
    Status checkDependent(const Dependent &dependent, int replacing) const;
    Status checkMailServer(const MailServer &server, int replacing) const;
    void notify(ProjectChange::Part part, ProjectChange::Kind kind = ProjectChange::Kind::Changed, int index = -1);

    Project m_project;
    QSet<QByteArray> m_dependentNames; // ACE names, for the duplicate check in O(1)
    QList<ProjectObserver *> m_observers;
};

} // namespace spfm::project
