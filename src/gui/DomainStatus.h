#pragma once

#include <QCoreApplication>
#include <QIcon>
#include <QString>
#include <cstdint>

namespace spfm::gui {

// What is known about a domain's published records. Until a live check has run every domain is Unchecked.
struct DomainStatus
{
    enum class State : std::uint8_t { Unchecked, Ok, Warning, Error, Unreachable };
    State state = State::Unchecked;
    QString reason;     // a few words for the tree's status column; the tooltip says more
    bool stale = false; // the project was edited since the check in a way that concerns this domain

    static QString stateText(State state);
    static QIcon stateIcon(State state);
};

} // namespace spfm::gui
