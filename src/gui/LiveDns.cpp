#include "LiveDns.h"

#include "dns/AuthoritativeResolver.h"
#include "dns/LiveResolver.h"

#include <QCoreApplication>
#include <QStringList>

namespace spfm::gui {

namespace {

dns::ResolverOptions recursiveOptions(const project::ResolverSettings &settings)
{
    dns::ResolverOptions options;
    options.timeoutMs = settings.timeoutMs;
    if (settings.mode == project::ResolverMode::Servers) {
        for (const project::ResolverServer &s : settings.servers)
            options.servers.append(dns::ServerAddress{QHostAddress(s.address.toString()), s.port});
    }
    return options;
}

} // namespace

std::unique_ptr<dns::AsyncResolver> makeLiveResolver(const project::ResolverSettings &settings)
{
    if (settings.mode == project::ResolverMode::Authoritative) {
        dns::AuthoritativeOptions options;
        options.recursive = recursiveOptions(settings);
        options.timeoutMs = settings.timeoutMs;
        return std::make_unique<dns::AuthoritativeResolver>(options);
    }
    return std::make_unique<dns::LiveResolver>(recursiveOptions(settings));
}

QString describeResolver(const project::ResolverSettings &settings)
{
    switch (settings.mode) {
    case project::ResolverMode::System: return QCoreApplication::translate("LiveDns", "the system's resolvers");
    case project::ResolverMode::Authoritative:
        return QCoreApplication::translate("LiveDns", "each domain's authoritative servers");
    case project::ResolverMode::Servers: {
        QStringList servers;
        for (const project::ResolverServer &s : settings.servers)
            servers << s.toString();
        return servers.join(QStringLiteral(", "));
    }
    }
    return {};
}

} // namespace spfm::gui
