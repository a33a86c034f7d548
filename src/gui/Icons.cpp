#include "Icons.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

// The icons are compiled into the static spfgui library; nothing references that object file, so the linker would drop
// it without this call.
static void initGuiResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace spfm::gui {

namespace {

class SvgIconEngine : public QIconEngine
{
public:
    explicit SvgIconEngine(QByteArray svg)
        : m_svg(std::move(svg))
    {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette palette = QApplication::palette();
        const QColor text = palette.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active,
                                          mode == QIcon::Selected ? QPalette::HighlightedText : QPalette::WindowText);
        QByteArray data = m_svg;
        data.replace("currentColor", text.name().toLatin1());
        QSvgRenderer renderer(data);
        if (mode == QIcon::Disabled)
            painter->setOpacity(0.45);
        renderer.render(painter, QRectF(rect));
        painter->setOpacity(1.0);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pm(size);
        pm.fill(Qt::transparent);
        QPainter painter(&pm);
        paint(&painter, QRect(QPoint(), size), mode, state);
        return pm;
    }

    QIconEngine *clone() const override { return new SvgIconEngine(m_svg); }

private:
    QByteArray m_svg;
};

} // namespace

QIcon Icons::get(const QString &name)
{
    static const bool resourcesReady = (initGuiResources(), true);
    Q_UNUSED(resourcesReady);
    static QHash<QString, QIcon> cache;
    const auto it = cache.constFind(name);
    if (it != cache.constEnd())
        return *it;
    QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
    QIcon icon;
    if (file.open(QIODevice::ReadOnly))
        icon = QIcon(new SvgIconEngine(file.readAll()));
    cache.insert(name, icon);
    return icon;
}

} // namespace spfm::gui
