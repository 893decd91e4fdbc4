#include "platform/qr/image_input.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QImageReader>
#include <QMimeData>
#include <QUrl>

#include "platform/error_code.h"
#include "platform/qr/image_limits.h"

namespace platform::qr {

namespace {

bool isOtpauthText(QStringView line)
{
    return line.startsWith(u"otpauth://", Qt::CaseInsensitive) ||
           line.startsWith(u"otpauth-migration://", Qt::CaseInsensitive);
}

otp::Error unreadable(const QString& message)
{
    return {platform::ErrorCode::QrImageUnreadable, message.toStdString()};
}

otp::Result<std::vector<std::string>> payloadsOfScan(const otp::Result<ScanResult>& scan,
                                                     std::string_view what)
{
    if (!scan)
        return scan.error();
    if (scan->payloads.empty())
        return otp::Error{platform::ErrorCode::QrNoCode,
                          "no QR code found in the " + std::string(what)};
    return scan->payloads;
}

}  // namespace

QImage toGrayscale(const QImage& image)
{
    if (image.format() == QImage::Format_Grayscale8)
        return image;
    return image.convertToFormat(QImage::Format_Grayscale8);
}

GrayView grayView(const QImage& grayscale)
{
    if (grayscale.format() != QImage::Format_Grayscale8 || grayscale.isNull())
        return {};
    return {grayscale.constBits(), grayscale.width(), grayscale.height(),
            static_cast<int>(grayscale.bytesPerLine())};
}

otp::Result<QImage> loadImageFile(const QString& path)
{
    QImageReader reader(path);
    if (auto allowed = checkImageReader(reader); !allowed)
        return unreadable(QStringLiteral("cannot read image ") + path + QStringLiteral(": ") +
                          QString::fromStdString(allowed.error().message));
    reader.setAutoTransform(true);  // honour EXIF orientation of phone photos
    QImage image = reader.read();
    if (image.isNull())
        return unreadable(QStringLiteral("cannot read image ") + path + QStringLiteral(": ") +
                          reader.errorString());
    return image;
}

otp::Result<ScanResult> scanImage(const QImage& image, const ScanOptions& options)
{
    const QImage gray = toGrayscale(image);
    return scanQr(grayView(gray), options);
}

otp::Result<ScanResult> scanImageFile(const QString& path, const ScanOptions& options)
{
    auto image = loadImageFile(path);
    if (!image)
        return image.error();
    return scanImage(*image, options);
}

otp::Result<std::vector<std::string>> payloadsFromMimeData(const QMimeData* data)
{
    if (!data)
        return otp::Error{platform::ErrorCode::QrNoCode, "the clipboard is empty"};
    if (data->hasImage()) {
        const QImage image = qvariant_cast<QImage>(data->imageData());
        if (image.isNull())
            return unreadable(QStringLiteral("the clipboard image cannot be read"));
        if (auto small = checkImageSize(image.size()); !small)
            return small.error();
        return payloadsOfScan(scanImage(image), "clipboard image");
    }
    if (data->hasUrls()) {
        for (const QUrl& url : data->urls()) {
            if (url.isLocalFile())
                return payloadsOfScan(scanImageFile(url.toLocalFile()), "image file");
        }
    }
    if (data->hasText()) {
        std::vector<std::string> payloads;
        const QString text = data->text();
        for (QStringView line : QStringView(text).split(u'\n', Qt::SkipEmptyParts)) {
            line = line.trimmed();
            if (isOtpauthText(line))
                payloads.push_back(line.toString().toStdString());
        }
        if (!payloads.empty())
            return payloads;
        return otp::Error{platform::ErrorCode::QrNoCode,
                          "the clipboard holds text, but no otpauth:// token setup link"};
    }
    return otp::Error{platform::ErrorCode::QrNoCode,
                      "the clipboard holds neither an image nor an otpauth:// link"};
}

otp::Result<std::vector<std::string>> payloadsFromClipboard()
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return otp::Error{platform::ErrorCode::QrNoCode, "no clipboard without a GUI application"};
    return payloadsFromMimeData(QGuiApplication::clipboard()->mimeData());
}

}  // namespace platform::qr
