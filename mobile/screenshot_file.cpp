#include "screenshot_file.h"

#include <QBuffer>
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>

#include "platform/error_code.h"
#include "platform/private_file.h"

namespace {

otp::Error refused(const QString& path, const char* reason)
{
    return otp::Error{platform::ErrorCode::ExportIo,
                      "not writing the screenshot to " + path.toStdString() + ": " + reason};
}

// The directory `path` would be created in, with symlinks resolved (empty if it does not exist).
QString realDirectoryOf(const QString& path)
{
    return QFileInfo(QFileInfo(path).absolutePath()).canonicalFilePath();
}

bool isInside(const QString& directory, const QString& dataDir)
{
    const QString data = QFileInfo(dataDir).canonicalFilePath();
    if (data.isEmpty() || directory.isEmpty())
        return false;
    return directory == data || directory.startsWith(data + QLatin1Char('/'));
}

bool startsLikePng(const QString& path)
{
    static constexpr char kSignature[] = "\x89PNG\r\n\x1a\n";
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(8) == QByteArray(kSignature, 8);
}

}  // namespace

otp::Result<void> saveScreenshot(const QImage& image, const QString& path, const QString& dataDir)
{
    if (!path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        return refused(path, "the file name must end in .png");
    if (isInside(realDirectoryOf(path), dataDir))
        return refused(path, "it is in the data directory");
    const QFileInfo existing(path);
    if (existing.isSymLink())
        return refused(path, "it is a symbolic link");
    if (existing.exists() && !startsLikePng(path))
        return refused(path, "an existing file that is not a PNG is never replaced");

    QByteArray png;
    QBuffer buffer(&png);
    if (!buffer.open(QIODevice::WriteOnly) || !image.save(&buffer, "PNG"))
        return refused(path, "the image could not be encoded");
    const std::span bytes(reinterpret_cast<const std::uint8_t*>(png.constData()),
                          static_cast<std::size_t>(png.size()));
    return platform::writePrivateFile(path, bytes,
                                      existing.exists() ? platform::ExistingFile::Replace
                                                        : platform::ExistingFile::Refuse,
                                      platform::ErrorCode::ExportIo);
}
