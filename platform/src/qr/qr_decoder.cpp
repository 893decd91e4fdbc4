#include "platform/qr/qr_decoder.h"

#include <algorithm>
#include <array>
#include <exception>
#include <map>

#include <ZXing/ImageView.h>
#include <ZXing/ReadBarcode.h>

#include "finder_patterns.h"
#include "platform/error_code.h"
#include "stage_ops.h"
#include "zxing_pass.h"

namespace platform::qr {

namespace {

using detail::adviceForUnreadCode;
using detail::Op;
using detail::OpKind;
using detail::readCodes;
using detail::ZxingPass;
using namespace detail;  // the op constructors: invert, sharpen(), ...

// Which images a stage is worth running on, by the size of the image it runs on.
// Downscaled: only when the stage's maxSide shrank the image (else it repeats the plain read).
// TinyModules: small images whose runs are at most kTinyRun px (1-2 px modules): 4x upscaling
// costs 50 ms on a cluttered 240 px photo and reads only codes this fine.
// CameraFrames: a smaller side of 720 px and more, the frames tiles are for (on a 600 px photo
// the enlarged tiles cost 70 ms and find nothing the whole image did not).
enum class Applies {
    Always,
    SmallImages,
    MediumImages,
    LargeImages,
    Downscaled,
    TinyModules,
    SmallModules,
    TiltableImages,
    CameraFrames
};
constexpr int kFrameSide = 720;
// TiltableImages: the eight keystone warps cost ~40 ms on a 780 px photo; tilted codes that need
// them (the synthetic corpus's) come in images of at most this larger side.
constexpr int kTiltSide = 640;
constexpr int kTinyRun = 3;
// SmallModules: medium images with runs of at most kSmallRun px, for 2x upscaling (a 780 px photo
// of a code with 10 px modules gains nothing from 1560 px but 20 ms).
constexpr int kSmallRun = 4;
constexpr int kLargeSide = 500;  // ZXing's own downscale threshold (smaller side)
// 4x upscaling stays at most 1024 px (larger side): on every synthetic seed it reads only codes
// in images under 120 px, and on a 375 px photo it cost 28 ms for nothing.
constexpr int kSmallSide = 256;
// 2x upscaling and one-axis stretches stay at most 1280 px: on every synthetic seed and the
// photos they read only images up to 640 px, and on a 780 px photo they cost 20 ms.
constexpr int kMediumSide = 640;
// The retries on a big photo run on a copy of at most this larger side: a 12-megapixel photo
// costs them what a 1280 x 960 one does.
constexpr int kRetrySide = 1280;

enum class Sources { All, Images, CameraFrames };

struct Stage {
    std::string_view name;
    std::array<Op, 3> ops{};
    Applies applies = Applies::Always;
    // The stage runs on the image box-downscaled by the smallest integer factor that brings its
    // larger side to at most this (0: the image as it is): big photos stay bounded in time.
    int maxSide = 0;
    ZxingPass pass = ZxingPass::SingleLevel;
    Sources sources = Sources::All;
};

// The cascade: the plain ZXing read first, then the stage that reads most images for least
// time; later stages only run when every earlier one found nothing. Costs and hit rates on
// real photos and the synthetic corpus: docs/qr-scanning.md.
constexpr std::array kStages = {
    // Camera frames: a half-size read finds most codes in a quarter of the time.
    Stage{"half-size",
          {downscale(2)},
          Applies::LargeImages,
          0,
          ZxingPass::SingleLevel,
          Sources::CameraFrames},
    // One ZXing read with its defaults: never read less than plain ZXing does.
    Stage{"zxing", {}, Applies::Always, 0, ZxingPass::Defaults},
    // A code on white paper in a dark or cluttered surround: one threshold for the image.
    Stage{"global-threshold", {}, Applies::Always, kRetrySide, ZxingPass::GlobalThreshold},
    // ZXing 1.4 has no try-inverted option; costs next to nothing where it finds nothing.
    Stage{"inverted", {invert}, Applies::Always, kRetrySide, ZxingPass::Defaults},
    // A screenshot enlarged by a non-integer factor without smoothing (modules alternately
    // n and n + 1 px wide): a bilinear 4/5 reduction evens them out.
    Stage{"scaled-4/5", {scale(80)}, Applies::LargeImages, kRetrySide, ZxingPass::Defaults},
    // Foreshortened codes: stretching one axis brings finder patterns back to square.
    Stage{"stretch-x", {widen(150)}, Applies::MediumImages},
    Stage{"upscale-2x-global", {upscale(2)}, Applies::MediumImages, 0, ZxingPass::GlobalThreshold},
    Stage{"contrast", {stretch}, Applies::Always, kRetrySide, ZxingPass::Defaults},
    Stage{"mirrored", {mirror}, Applies::Always, kRetrySide, ZxingPass::Defaults},
    // A 7x7 unsharp mask this strong is a local-mean threshold: it restores blurred modules.
    Stage{"local-threshold", {sharpen(3, 1600)}, Applies::Always, kRetrySide},
    Stage{"denoise", {median, stretch}, Applies::Always, kRetrySide, ZxingPass::Defaults},
    Stage{"stretch-y", {heighten(150)}, Applies::MediumImages},
    // Scales between the layers of ZXing's factor-3 pyramid, for big photos: close-ups whose
    // modules outgrow the binarizer's window, a monitor's pixel grid averaged out.
    Stage{"downscaled-to-2048", {}, Applies::Downscaled, 2048},
    Stage{"downscaled-to-1024", {}, Applies::Downscaled, 1024},
    // More pixels per module: tiny codes, and finder patterns located precisely enough for
    // strong perspective.
    Stage{"upscale-2x", {upscale(2), sharpen(1, 100)}, Applies::SmallModules},
    Stage{"upscale-4x", {upscale(4), sharpen(4, 400)}, Applies::TinyModules},
    Stage{"upscale-4x-threshold", {upscale(4), sharpen(4, 1600)}, Applies::TinyModules},
    // A reflection's halo: dark modules lifted to light grey next to clipped white.
    Stage{"darkened", {darken(4)}, Applies::Always, kRetrySide, ZxingPass::Defaults},
    Stage{"denoise-threshold", {median, sharpen(3, 1600)}, Applies::Always, kRetrySide},
    Stage{"inverted-mirrored", {invert, mirror}, Applies::Always, kRetrySide},
    Stage{"inverted-contrast", {invert, stretch}, Applies::Always, kRetrySide},
    // Strong perspective: ZXing wants its three finder patterns about the same size, a tilted
    // code has its far edge small. Undo a tilt towards each edge, mild then strong.
    Stage{"keystone-top", {keystone(0, 20)}, Applies::TiltableImages},
    Stage{"keystone-right", {keystone(1, 20)}, Applies::TiltableImages},
    Stage{"keystone-bottom", {keystone(2, 20)}, Applies::TiltableImages},
    Stage{"keystone-left", {keystone(3, 20)}, Applies::TiltableImages},
    Stage{"keystone-top-strong", {keystone(0, 35)}, Applies::TiltableImages},
    Stage{"keystone-right-strong", {keystone(1, 35)}, Applies::TiltableImages},
    Stage{"keystone-bottom-strong", {keystone(2, 35)}, Applies::TiltableImages},
    Stage{"keystone-left-strong", {keystone(3, 35)}, Applies::TiltableImages},
    // Codes too small for ZXing's own search in a big frame: overlapping crops, then, for
    // camera frames (where the worker spreads stages over frames), the same crops enlarged
    // (70 ms on a 780 px photo).
    Stage{"tiles", {tiles}, Applies::CameraFrames, 2048},
    Stage{"tiles-upscale",
          {tiles, upscale(2), sharpen(1, 100)},
          Applies::CameraFrames,
          kRetrySide,
          ZxingPass::SingleLevel,
          Sources::CameraFrames},
};

// The index of the plain ZXing read: with `cascade` off, the scan stops after it.
constexpr std::size_t kPlainStage = 1;

constexpr auto kStageNames = [] {
    std::array<std::string_view, kStages.size()> names{};
    for (std::size_t i = 0; i < kStages.size(); ++i)
        names[i] = kStages[i].name;
    return names;
}();

// The image being scanned and its box-downscaled copies, made once per scan.
class Levels {
public:
    explicit Levels(GrayView original) : m_original(original) {}

    GrayView original() const { return m_original; }

    // The copy for a stage's maxSide, and its factor to the original's coordinates.
    std::pair<GrayView, int> forMaxSide(int maxSide)
    {
        const int side = std::max(m_original.width, m_original.height);
        const int factor = maxSide <= 0 ? 1 : (side + maxSide - 1) / maxSide;
        if (factor <= 1)
            return {m_original, 1};
        auto [it, added] = m_copies.try_emplace(factor);
        if (added)
            it->second = downscaled(m_original, factor);
        return {it->second.view(), factor};
    }

private:
    GrayView m_original;
    std::map<int, GrayImage> m_copies;
};

bool applies(const Stage& stage, GrayView image, int factor)
{
    const int side = std::min(image.width, image.height);
    switch (stage.applies) {
    case Applies::Downscaled: return factor > 1;
    case Applies::CameraFrames: return side >= kFrameSide;
    case Applies::TiltableImages: return std::max(image.width, image.height) <= kTiltSide;
    case Applies::SmallModules:
        return std::max(image.width, image.height) <= kMediumSide &&
               medianRunLength(image) <= kSmallRun;
    case Applies::TinyModules:
        return std::max(image.width, image.height) <= kSmallSide &&
               medianRunLength(image) <= kTinyRun;
    case Applies::Always: return true;
    case Applies::SmallImages: return std::max(image.width, image.height) <= kSmallSide;
    case Applies::MediumImages: return std::max(image.width, image.height) <= kMediumSide;
    case Applies::LargeImages: return side >= kLargeSide;
    }
    return true;
}

bool runsOn(const Stage& stage, ScanSource source)
{
    switch (stage.sources) {
    case Sources::All: return true;
    case Sources::Images: return source == ScanSource::Image;
    case Sources::CameraFrames: return source == ScanSource::CameraFrame;
    }
    return true;
}

// Applies ops[first, last) to `image`; `work` keeps the result alive.
GrayView applyAll(GrayView image, const Stage& stage, std::size_t first, std::size_t last,
                  GrayImage& work)
{
    GrayView current = image;
    for (std::size_t i = first; i < last; ++i) {
        if (stage.ops[i].kind == OpKind::None)
            continue;
        work = apply(stage.ops[i], current);
        current = work.view();
    }
    return current;
}

void runStage(const Stage& stage, Levels& levels, std::vector<std::string>& found)
{
    const auto [level, factor] = levels.forMaxSide(stage.maxSide);
    if (!applies(stage, level, factor))
        return;
    const auto tilesAt =
        static_cast<std::size_t>(std::find_if(stage.ops.begin(), stage.ops.end(),
                                              [](Op op) { return op.kind == OpKind::Tiles; }) -
                                 stage.ops.begin());
    GrayImage work;
    const GrayView whole = applyAll(level, stage, 0, tilesAt, work);
    if (tilesAt == stage.ops.size()) {
        readCodes(whole, stage.pass, found);
        return;
    }
    // Overlapping squares of 2/3 of the smaller side (3 x 3 of them on a 16:9 frame), each
    // given the ops after Tiles: small codes in big frames.
    const int side = std::min(whole.width, whole.height) * 2 / 3;
    if (side < 200)
        return;
    const int stepX = std::max((whole.width - side) / 2, 1);
    const int stepY = std::max((whole.height - side) / 2, 1);
    for (int y = 0; y + side <= whole.height && found.empty(); y += stepY) {
        for (int x = 0; x + side <= whole.width && found.empty(); x += stepX) {
            GrayImage tileWork;
            const GrayView tile = applyAll(croppedView(whole, x, y, side, side), stage, tilesAt + 1,
                                           stage.ops.size(), tileWork);
            readCodes(tile, stage.pass, found);
        }
    }
}

otp::Error invalidImage(std::string message)
{
    return {platform::ErrorCode::QrInvalidImage, std::move(message)};
}

}  // namespace

std::span<const std::string_view> cascadeStages()
{
    return kStageNames;
}

std::size_t fastStageCount()
{
    return 4;  // half-size, zxing, global-threshold, inverted
}

otp::Result<ScanResult> scanQr(GrayView image, const ScanOptions& options)
{
    if (!image.valid())
        return invalidImage("image view is empty or its stride is smaller than its width");
    try {
        Levels levels(image);
        std::vector<std::string> found;
        for (std::size_t i = 0; i < kStages.size(); ++i) {
            if (!options.cascade && i > kPlainStage)
                break;
            if ((options.onlyStage && *options.onlyStage != i) ||
                !runsOn(kStages[i], options.source))
                continue;
            runStage(kStages[i], levels, found);
            if (!found.empty())
                return ScanResult{std::move(found), kStages[i].name, ScanAdvice::None};
        }
        return ScanResult{{}, {}, options.advise ? adviceForUnreadCode(image) : ScanAdvice::None};
    } catch (const std::exception& e) {
        // ZXing throws std::invalid_argument for images it cannot handle.
        return invalidImage(std::string("ZXing rejected the image: ") + e.what());
    }
}

otp::Result<ScanResult> scanQrZxingDefaults(GrayView image)
{
    if (!image.valid())
        return invalidImage("image view is empty or its stride is smaller than its width");
    try {
        const ZXing::ImageView view(image.data, image.width, image.height, ZXing::ImageFormat::Lum,
                                    image.stride);
        ScanResult result;
        for (const ZXing::Result& r : ZXing::ReadBarcodes(view)) {
            if (r.isValid() && r.format() == ZXing::BarcodeFormat::QRCode)
                result.payloads.push_back(r.text());
        }
        if (!result.payloads.empty())
            result.stage = "zxing-defaults";
        return result;
    } catch (const std::exception& e) {
        return invalidImage(std::string("ZXing rejected the image: ") + e.what());
    }
}

}  // namespace platform::qr
