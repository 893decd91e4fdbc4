#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "otp/result.h"
#include "platform/qr/gray_image.h"

namespace platform::qr {

// What the user can do when a code-like symbol was located but not decoded.
enum class ScanAdvice {
    None,        // nothing code-like found (or a code was read)
    MoveCloser,  // the symbol is small in the frame: too few pixels per module
    AvoidGlare,  // clipped white over the symbol: a reflection
    HoldStill,   // otherwise: blur from a moving hand or a focusing camera
};

// What a scan found. `payloads` is empty when the image holds no readable QR code; that is not
// an error (a camera frame usually has none).
struct ScanResult {
    std::vector<std::string> payloads;  // distinct texts, in the order found (UTF-8)
    std::string_view stage;             // name of the cascade stage that read them; "" if none
    // When nothing was read but finder patterns of a QR symbol are in the image.
    ScanAdvice advice = ScanAdvice::None;
};

// Where the image comes from: decides the cascade's first stages.
enum class ScanSource {
    // A photo, screenshot or file: the first stage is one plain ZXing read with its own
    // downscaling pyramid, so every code that read finds is returned (several codes in one
    // image included); the retries follow only when it found none.
    Image,
    // A live camera frame: one code is enough and the next frame comes in ~33 ms, so a cheap
    // half-size read goes first, then the plain ZXing read.
    CameraFrame,
};

struct ScanOptions {
    ScanSource source = ScanSource::Image;
    // Run the retry cascade (see docs/qr-scanning.md) when the first stages find nothing.
    // false: only the plain ZXing read (camera frames: the half-size read, then the plain one).
    bool cascade = true;
    // Run only the stage with this index into cascadeStages() (for measuring stage costs;
    // a stage that does not apply to the source or the image size reads nothing).
    std::optional<std::size_t> onlyStage;
    // When nothing is read, look for QR finder patterns to fill ScanResult::advice (~1 ms on a
    // camera frame; the camera worker asks once per frame, not once per stage).
    bool advise = true;
};

// The names of the cascade's stages, in the order they run.
std::span<const std::string_view> cascadeStages();

// How many of the first cascade stages are cheap enough to run on every camera frame; the
// camera worker runs those and then one of the others in turn (FrameScanner).
std::size_t fastStageCount();

// Reads the QR codes in `image` with ZXing: first one plain read with ZXing's defaults for QR
// codes, then retries on transformed images (inverted, contrast-stretched, sharpened, denoised,
// mirrored, rescaled, cropped), the large ones on a downscaled copy, until one stage finds a
// code. Fails with ErrorCode::QrInvalidImage when the view is invalid or ZXing rejects it;
// ZXing's exceptions never escape.
otp::Result<ScanResult> scanQr(GrayView image, const ScanOptions& options = {});

// One ZXing ReadBarcodes call with ZXing's default options (all formats, try harder, try
// rotate, try downscale), keeping QR codes only: the baseline the benchmark compares against.
otp::Result<ScanResult> scanQrZxingDefaults(GrayView image);

}  // namespace platform::qr
