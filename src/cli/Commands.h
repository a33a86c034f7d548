#pragma once

#include "Command.h"

#include <memory>
#include <vector>

namespace spfm::cli {

// Every subcommand, in the order the general help lists them (the table is in Commands.cpp).
std::vector<std::unique_ptr<Command>> allCommands();
// The command of that name, or null.
std::unique_ptr<Command> findCommand(const QString &name);

} // namespace spfm::cli
