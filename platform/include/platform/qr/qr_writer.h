#pragma once

#include <string_view>

#include <QImage>

#include "otp/result.h"

namespace platform::qr {

enum class QrErrorCorrection { Low, Medium, Quartile, High };

struct QrWriteOptions {
    int scale = 8;   // pixels per module, 1..64
    int margin = 4;  // quiet zone in modules (the QR standard asks for 4)
    QrErrorCorrection errorCorrection = QrErrorCorrection::Medium;
};

// Renders `text` (UTF-8) as a black-on-white QR code with ZXing's writer, as a
// QImage::Format_Grayscale8 image of (modules + 2 * margin) * scale pixels square.
// Fails with ErrorCode::QrEncodeFailed when the text does not fit in a QR code or an option is
// out of range.
otp::Result<QImage> writeQr(std::string_view text, const QrWriteOptions& options = {});

}  // namespace platform::qr
