#pragma once

#include <QSize>

#include "otp/result.h"

class QImageReader;

namespace platform::qr {

// What an image import accepts: a photo or a screenshot of a QR code, nothing more. Every other
// Qt image plugin (SVG, ICO, TIFF, PDF-like formats, ...) is decoder code an attacker's file
// could reach, for no gain.
inline constexpr qint64 kMaxImagePixels = 40'000'000;  // 40 MP: any phone camera, 8K screens
inline constexpr int kImageAllocationLimitMiB = 256;   // Qt's own cap on one decoded image

// Prepares `reader` (format from the content, not the file name; Qt's allocation limit) and
// checks, before anything is decoded, that the format is PNG, JPEG, WebP, GIF or BMP and the
// header's size at most kMaxImagePixels. Error QrImageUnreadable saying which.
otp::Result<void> checkImageReader(QImageReader& reader);

// An image that is already decoded (the clipboard's): at most kMaxImagePixels, so the scan's
// copies stay small. Error QrImageUnreadable.
otp::Result<void> checkImageSize(QSize size);

}  // namespace platform::qr
