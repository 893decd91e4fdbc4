#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "otp/result.h"
#include "platform/qr/gray_image.h"

namespace platform::qr {

// What a scan found. `payloads` is empty when the image holds no readable QR code; that is not
// an error (a camera frame usually has none).
struct ScanResult {
    std::vector<std::string> payloads;  // distinct texts, in the order found (UTF-8)
    std::string_view stage;             // name of the cascade stage that read them; "" if none
};

struct ScanOptions {
    // Run the retry cascade (see docs/qr-scanning.md) when the plain read finds nothing.
    // false: only the first stage that applies (a half-size read for frames of 500 px and more,
    // a plain read otherwise): one ZXing call.
    bool cascade = true;
    // Run only the stage with this index into cascadeStages() (for measuring stage costs).
    std::optional<std::size_t> onlyStage;
};

// The names of the cascade's stages, in the order they run.
std::span<const std::string_view> cascadeStages();

// How many of the first cascade stages are cheap enough to run on every camera frame; the
// camera worker runs those and then one of the others in turn (FrameScanner).
std::size_t fastStageCount();

// Reads the QR codes in `image` with ZXing, retrying with transformed images (inverted,
// mirrored, contrast-stretched, denoised, upscaled, sharpened, cropped) until one stage finds
// a code. Fails with ErrorCode::QrInvalidImage when the view is invalid or ZXing rejects it;
// ZXing's exceptions never escape.
otp::Result<ScanResult> scanQr(GrayView image, const ScanOptions& options = {});

// One ZXing ReadBarcodes call with ZXing's default options (all formats, try harder, try
// rotate, try downscale), keeping QR codes only: the baseline the benchmark compares against.
otp::Result<ScanResult> scanQrZxingDefaults(GrayView image);

}  // namespace platform::qr
