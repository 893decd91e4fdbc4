#include "platform/qr/qr_writer.h"

#include <algorithm>
#include <cstddef>
#include <exception>
#include <string>

#include <ZXing/BitMatrix.h>
#include <ZXing/CharacterSet.h>
#include <ZXing/MultiFormatWriter.h>

#include "platform/error_code.h"

namespace platform::qr {

namespace {

// ZXing's writer takes a 0..8 level for every 2D format; for QR it maps pairs onto L/M/Q/H.
int zxingEccLevel(QrErrorCorrection ecc)
{
    switch (ecc) {
    case QrErrorCorrection::Low: return 1;
    case QrErrorCorrection::Medium: return 3;
    case QrErrorCorrection::Quartile: return 5;
    case QrErrorCorrection::High: return 8;
    }
    return 3;
}

}  // namespace

otp::Result<QImage> writeQr(std::string_view text, const QrWriteOptions& options)
{
    if (options.scale < 1 || options.scale > 64 || options.margin < 0 || options.margin > 16)
        return otp::Error{platform::ErrorCode::QrEncodeFailed,
                          "scale must be 1 to 64 and margin 0 to 16, got scale " +
                              std::to_string(options.scale) + " and margin " +
                              std::to_string(options.margin)};
    ZXing::BitMatrix matrix;
    try {
        matrix = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode)
                     .setEncoding(ZXing::CharacterSet::UTF8)
                     .setEccLevel(zxingEccLevel(options.errorCorrection))
                     .setMargin(0)
                     .encode(std::string(text), 0, 0);
    } catch (const std::exception& e) {
        return otp::Error{platform::ErrorCode::QrEncodeFailed,
                          std::string("cannot encode the text as a QR code: ") + e.what()};
    }
    const int modules = matrix.width();
    const int side = (modules + 2 * options.margin) * options.scale;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(255);
    const int offset = options.margin * options.scale;
    for (int my = 0; my < matrix.height(); ++my) {
        for (int mx = 0; mx < modules; ++mx) {
            if (!matrix.get(mx, my))
                continue;
            for (int dy = 0; dy < options.scale; ++dy) {
                uchar* line = image.scanLine(offset + my * options.scale + dy);
                std::fill_n(line + offset + std::ptrdiff_t{mx} * options.scale, options.scale,
                            uchar(0));
            }
        }
    }
    return image;
}

}  // namespace platform::qr
