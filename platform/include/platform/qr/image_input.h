#pragma once

#include <QImage>
#include <QString>

#include "otp/result.h"
#include "platform/qr/gray_image.h"
#include "platform/qr/qr_decoder.h"

class QMimeData;

namespace platform::qr {

// `image` as QImage::Format_Grayscale8 (converted when it is not already).
QImage toGrayscale(const QImage& image);

// A view of a QImage::Format_Grayscale8 image; invalid (GrayView::valid() false) for any other
// format. The view borrows the image's pixels.
GrayView grayView(const QImage& grayscale);

// Loads a PNG/JPEG (any format Qt reads). ErrorCode::QrImageUnreadable with Qt's reason when the
// file is missing or not an image.
otp::Result<QImage> loadImageFile(const QString& path);

// Scans an image of any format (converted to grayscale first).
otp::Result<ScanResult> scanImage(const QImage& image, const ScanOptions& options = {});

// Loads and scans an image file. Fails with ErrorCode::QrImageUnreadable when it cannot be read;
// an image without a code gives an empty ScanResult.
otp::Result<ScanResult> scanImageFile(const QString& path, const ScanOptions& options = {});

// What the clipboard (or a drop) holds, as payloads: the codes in an image, the codes in a
// local image file it names, or otpauth:// / otpauth-migration:// text (one per line).
// Fails with ErrorCode::QrNoCode (with an English message saying what was found instead) when
// there is no image code and no otpauth text, and with QrImageUnreadable for a bad image file.
otp::Result<std::vector<std::string>> payloadsFromMimeData(const QMimeData* data);

// payloadsFromMimeData() for the system clipboard. Needs a QGuiApplication.
otp::Result<std::vector<std::string>> payloadsFromClipboard();

}  // namespace platform::qr
