#include "net/BoundedFile.h"

#include <QFile>
#include <QFileInfo>

namespace spfm::net {

namespace {

FileLimitError limitError(FileLimitError::Code code, qint64 size = -1, QString detail = {})
{
    FileLimitError e;
    e.code = code;
    e.size = size;
    e.detail = std::move(detail);
    return e;
}

} // namespace

std::optional<FileLimitError> checkBoundedFile(const QString &path, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (!info.exists())
        return limitError(FileLimitError::Code::NotFound);
    // Asked before opening: opening a FIFO would wait for a writer.
    if (!info.isFile())
        return limitError(FileLimitError::Code::NotRegular);
    if (info.size() > maxBytes)
        return limitError(FileLimitError::Code::TooLarge, info.size());
    return std::nullopt;
}

BoundedRead readBoundedFile(const QString &path, qint64 maxBytes)
{
    BoundedRead read;
    if ((read.error = checkBoundedFile(path, maxBytes)))
        return read;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        read.error = limitError(FileLimitError::Code::Unreadable, -1, file.errorString());
        return read;
    }
    // In pieces, not read(maxBytes + 1): that would set aside the whole limit for every small file.
    constexpr qint64 kPiece = 1024 * 1024;
    while (read.data.size() <= maxBytes) {
        const QByteArray piece = file.read(std::min(kPiece, maxBytes + 1 - read.data.size()));
        if (piece.isEmpty())
            break;
        read.data += piece;
    }
    if (file.error() != QFileDevice::NoError) {
        read.error = limitError(FileLimitError::Code::Unreadable, -1, file.errorString());
        read.data.clear();
    } else if (read.data.size() > maxBytes) {
        read.error = limitError(FileLimitError::Code::TooLarge, read.data.size());
        read.data.clear();
    }
    return read;
}

} // namespace spfm::net
