#include "Commands.h"

#include "CheckHostCommand.h"
#include "LintCommand.h"
#include "ProjectCommands.h"
#include "VerifyCommand.h"

namespace spfm::cli {

namespace {

using Factory = std::unique_ptr<Command> (*)();

template <typename T> std::unique_ptr<Command> make()
{
    return std::make_unique<T>();
}

// To add a command: a Command subclass in its own files, its header included above, and one line here.
// clang-format off
constexpr Factory commandTable[] = {
    &make<LintCommand>,
    &make<CheckHostCommand>,
    &make<InitCommand>,
    &make<RecordsCommand>,
    &make<ExportCommand>,
    &make<VerifyCommand>,
};
// clang-format on

} // namespace

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    for (const Factory factory : commandTable)
        commands.push_back(factory());
    return commands;
}

std::unique_ptr<Command> findCommand(const QString &name)
{
    for (std::unique_ptr<Command> &command : allCommands()) {
        if (command->name() == name)
            return std::move(command);
    }
    return nullptr;
}

} // namespace spfm::cli
