#include "zxing_pass.h"

#include <algorithm>

#include <ZXing/DecodeHints.h>
#include <ZXing/ImageView.h>
#include <ZXing/ReadBarcode.h>

namespace platform::qr::detail {

void readCodes(GrayView image, ZxingPass pass, std::vector<std::string>& payloads)
{
    const ZXing::ImageView view(image.data, image.width, image.height, ZXing::ImageFormat::Lum,
                                image.stride);
    // Rotation is for linear barcodes: QR detection is rotation invariant already.
    const auto hints =
        ZXing::DecodeHints()
            .setFormats(ZXing::BarcodeFormat::QRCode)
            .setTryHarder(true)
            .setTryRotate(false)
            .setTryDownscale(pass != ZxingPass::SingleLevel)
            .setBinarizer(pass == ZxingPass::GlobalThreshold ? ZXing::Binarizer::GlobalHistogram
                                                             : ZXing::Binarizer::LocalAverage);
    for (const ZXing::Result& r : ZXing::ReadBarcodes(view, hints)) {
        if (!r.isValid() || r.format() != ZXing::BarcodeFormat::QRCode)
            continue;
        std::string text = r.text();
        if (std::find(payloads.begin(), payloads.end(), text) == payloads.end())
            payloads.push_back(std::move(text));
    }
}

}  // namespace platform::qr::detail
