#include "DomainStatus.h"

#include "Icons.h"

namespace spfm::gui {

QString DomainStatus::stateText(State state)
{
    switch (state) {
    case State::Unchecked: return QCoreApplication::translate("DomainStatus", "unchecked");
    case State::Ok: return QCoreApplication::translate("DomainStatus", "ok");
    case State::Warning: return QCoreApplication::translate("DomainStatus", "warning");
    case State::Error: return QCoreApplication::translate("DomainStatus", "error");
    case State::Unreachable: return QCoreApplication::translate("DomainStatus", "unreachable");
    }
    return {};
}

QIcon DomainStatus::stateIcon(State state)
{
    switch (state) {
    case State::Unchecked: return Icons::get(QStringLiteral("status-unchecked"));
    case State::Ok: return Icons::get(QStringLiteral("status-ok"));
    case State::Warning: return Icons::get(QStringLiteral("status-warning"));
    case State::Error: return Icons::get(QStringLiteral("status-error"));
    case State::Unreachable: return Icons::get(QStringLiteral("status-unreachable"));
    }
    return {};
}

} // namespace spfm::gui
