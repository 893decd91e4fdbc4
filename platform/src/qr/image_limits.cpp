#include "platform/qr/image_limits.h"

#include <array>
#include <string>

#include <QImageReader>

#include "platform/error_code.h"

namespace platform::qr {

namespace {

otp::Error refused(const std::string& message)
{
    return {platform::ErrorCode::QrImageUnreadable, message};
}

}  // namespace

otp::Result<void> checkImageReader(QImageReader& reader)
{
    static constexpr std::array<const char*, 6> kFormats = {"png",  "jpeg", "jpg",
                                                            "webp", "gif",  "bmp"};
    reader.setDecideFormatFromContent(true);
    reader.setAllocationLimit(kImageAllocationLimitMiB);
    const QByteArray format = reader.format().toLower();
    bool allowed = false;
    for (const char* name : kFormats)
        allowed = allowed || format == name;
    if (!allowed) {
        if (format.isEmpty())
            return refused("not an image (or one in a format Qt cannot read): " +
                           reader.errorString().toStdString());
        return refused("a " + format.toUpper().toStdString() +
                       " image: only PNG, JPEG, WebP, GIF and BMP pictures of a QR code are read");
    }
    return checkImageSize(reader.size());
}

otp::Result<void> checkImageSize(QSize size)
{
    if (!size.isValid())
        return refused("the image's size cannot be read");
    const qint64 pixels = qint64{size.width()} * size.height();
    if (pixels > kMaxImagePixels)
        return refused("the image is " + std::to_string(size.width()) + " x " +
                       std::to_string(size.height()) +
                       " pixels; at most 40 megapixels are read (crop the QR code)");
    return {};
}

}  // namespace platform::qr
