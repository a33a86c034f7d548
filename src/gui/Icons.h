#pragma once

#include <QIcon>
#include <QString>

namespace spfm::gui {

// Icons drawn as SVG in resources/icons. They are rendered at whatever size and device pixel ratio is asked for
// (HiDPI), and the colour "currentColor" in a file is painted in the palette's text colour, so monochrome icons stay
// visible in dark mode.
class Icons
{
public:
    static QIcon get(const QString &name);
};

} // namespace spfm::gui
