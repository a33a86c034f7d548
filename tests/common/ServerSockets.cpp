#include "ServerSockets.h"

namespace spfm::testing {

StartResult listenOnUdpAndTcp(QUdpSocket &udp, QTcpServer &tcp, const QHostAddress &address, std::uint16_t port,
                              int receiveBuffer)
{
    for (int attempt = 0; attempt < 20; ++attempt) {
        if (!udp.bind(address, port))
            return {false, QStringLiteral("cannot bind UDP on %1: %2").arg(address.toString(), udp.errorString())};
        if (tcp.listen(address, udp.localPort())) {
            udp.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, receiveBuffer);
            return {true, {}};
        }
        udp.close();
        if (port != 0)
            break;
    }
    return {false, QStringLiteral("cannot listen on TCP %1: %2").arg(address.toString(), tcp.errorString())};
}

QString serverSpec(const QHostAddress &address, std::uint16_t port)
{
    return address.toString() + QLatin1Char(':') + QString::number(port);
}

} // namespace spfm::testing
