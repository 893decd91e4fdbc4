#include "platform/qr/qr_decoder.h"

#include <algorithm>
#include <array>
#include <exception>

#include <ZXing/DecodeHints.h>
#include <ZXing/ImageView.h>
#include <ZXing/ReadBarcode.h>

#include <QPolygonF>
#include <QTransform>

namespace platform::qr {

namespace {

// One image operation of a stage; stages chain up to three.
enum class OpKind {
    None,
    Keystone,
    StretchX,
    StretchY,
    Invert,
    Mirror,
    Stretch,
    Median,
    Sharpen,
    Upscale,
    Downscale,
    Tiles
};

struct Op {
    OpKind kind = OpKind::None;
    int arg = 0;     // Sharpen radius, Up/Downscale factor, Keystone edge, StretchX/Y percent
    int amount = 0;  // Sharpen and Keystone strength in percent
};

// Which images a stage is worth running on, by their smaller side.
enum class Applies { Always, SmallImages, MediumImages, LargeImages };
constexpr int kLargeSide = 500;   // ZXing's own downscale threshold
constexpr int kSmallSide = 400;   // 4x upscaling stays below 1600 px
constexpr int kMediumSide = 800;  // 2x upscaling stays below 1600 px

struct Stage {
    std::string_view name;
    std::array<Op, 3> ops{};
    Applies applies = Applies::Always;
};

constexpr Op invert{OpKind::Invert};
constexpr Op mirror{OpKind::Mirror};
constexpr Op stretch{OpKind::Stretch};
constexpr Op median{OpKind::Median};
constexpr Op sharpen(int r, int amount)
{
    return {OpKind::Sharpen, r, amount};
}
constexpr Op upscale(int f)
{
    return {OpKind::Upscale, f};
}
constexpr Op downscale(int f)
{
    return {OpKind::Downscale, f};
}
constexpr Op tiles{OpKind::Tiles};
// Undoes a tilt that shrank one edge (0 top, 1 right, 2 bottom, 3 left) by `percent`.
constexpr Op keystone(int edge, int percent)
{
    return {OpKind::Keystone, edge, percent};
}
constexpr Op widen(int percent)
{
    return {OpKind::StretchX, percent};
}
constexpr Op heighten(int percent)
{
    return {OpKind::StretchY, percent};
}

// The cascade: the stage that reads most images for least time first; later stages only run
// when every earlier one found nothing. Stage costs and hit rates: docs/qr-scanning.md.
constexpr std::array kStages = {
    // Camera frames: a half-size read finds most codes in a quarter of the time.
    Stage{"half-size", {downscale(2)}, Applies::LargeImages},
    Stage{"plain", {}},
    Stage{"inverted", {invert}},
    Stage{"mirrored", {mirror}},
    Stage{"contrast", {stretch}},
    // A 7x7 unsharp mask this strong is a local-mean threshold: it restores blurred modules.
    Stage{"local-threshold", {sharpen(3, 1600)}},
    Stage{"denoise", {median, stretch}},
    // More pixels per module: tiny codes, and finder patterns located precisely enough for
    // strong perspective.
    Stage{"upscale-2x", {upscale(2), sharpen(1, 100)}, Applies::MediumImages},
    Stage{"upscale-4x", {upscale(4), sharpen(4, 400)}, Applies::SmallImages},
    Stage{"upscale-4x-threshold", {upscale(4), sharpen(4, 1600)}, Applies::SmallImages},
    // Foreshortened codes: stretching one axis brings finder patterns back to square.
    Stage{"stretch-y", {heighten(150)}, Applies::MediumImages},
    Stage{"stretch-x", {widen(150)}, Applies::MediumImages},
    Stage{"denoise-threshold", {median, sharpen(3, 1600)}},
    Stage{"inverted-mirrored", {invert, mirror}},
    Stage{"inverted-contrast", {invert, stretch}},
    // Strong perspective: ZXing wants its three finder patterns about the same size, a tilted
    // code has its far edge small. Undo a tilt towards each edge, mild then strong.
    Stage{"keystone-top", {keystone(0, 20)}, Applies::MediumImages},
    Stage{"keystone-right", {keystone(1, 20)}, Applies::MediumImages},
    Stage{"keystone-bottom", {keystone(2, 20)}, Applies::MediumImages},
    Stage{"keystone-left", {keystone(3, 20)}, Applies::MediumImages},
    Stage{"keystone-top-strong", {keystone(0, 35)}, Applies::MediumImages},
    Stage{"keystone-right-strong", {keystone(1, 35)}, Applies::MediumImages},
    Stage{"keystone-bottom-strong", {keystone(2, 35)}, Applies::MediumImages},
    Stage{"keystone-left-strong", {keystone(3, 35)}, Applies::MediumImages},
    // Codes too small for ZXing's own search in a big frame: overlapping crops, then the same
    // crops enlarged (slow: only reached when everything else failed).
    Stage{"tiles", {tiles}, Applies::LargeImages},
    Stage{"tiles-upscale", {tiles, upscale(2), sharpen(1, 100)}, Applies::LargeImages},
};

constexpr auto kStageNames = [] {
    std::array<std::string_view, kStages.size()> names{};
    for (std::size_t i = 0; i < kStages.size(); ++i)
        names[i] = kStages[i].name;
    return names;
}();

void readInto(GrayView image, std::vector<std::string>& out)
{
    const ZXing::ImageView view(image.data, image.width, image.height, ZXing::ImageFormat::Lum,
                                image.stride);
    const auto hints = ZXing::DecodeHints()
                           .setFormats(ZXing::BarcodeFormat::QRCode)
                           .setTryHarder(true)
                           .setTryRotate(false)     // QR detection is rotation invariant already
                           .setTryDownscale(false)  // the half-size stage does this once
                           .setBinarizer(ZXing::Binarizer::LocalAverage);
    for (const ZXing::Result& r : ZXing::ReadBarcodes(view, hints)) {
        if (!r.isValid() || r.format() != ZXing::BarcodeFormat::QRCode)
            continue;
        std::string text = r.text();
        if (std::find(out.begin(), out.end(), text) == out.end())
            out.push_back(std::move(text));
    }
}

// Overlapping square windows, each reduced to at most ~720 px, for small codes in big frames.

// Output-to-input homography for a code photographed with `edge` (0 top, 1 right, 2 bottom,
// 3 left) further away: the opposite edge is sampled `percent` wider, so the far edge comes out
// relatively larger and nothing of the input is cut off.
std::array<double, 9> keystoneMatrix(GrayView in, int edge, int percent)
{
    const double w = in.width;
    const double h = in.height;
    const double dx = w * percent / 200.0;
    const double dy = h * percent / 200.0;
    QPolygonF trapezoid;
    switch (edge) {
    case 0: trapezoid = QPolygonF({{0, 0}, {w, 0}, {w + dx, h}, {-dx, h}}); break;
    case 1: trapezoid = QPolygonF({{0, -dy}, {w, 0}, {w, h}, {0, h + dy}}); break;
    case 2: trapezoid = QPolygonF({{-dx, 0}, {w + dx, 0}, {w, h}, {0, h}}); break;
    default: trapezoid = QPolygonF({{0, 0}, {w, -dy}, {w, h + dy}, {0, h}}); break;
    }
    const QPolygonF rectangle({{0, 0}, {w, 0}, {w, h}, {0, h}});
    QTransform t;
    if (!QTransform::quadToQuad(rectangle, trapezoid, t))
        return {1, 0, 0, 0, 1, 0, 0, 0, 1};
    // QTransform maps row vectors: x' = m11 x + m21 y + m31, w' = m13 x + m23 y + m33.
    return {t.m11(), t.m21(), t.m31(), t.m12(), t.m22(), t.m32(), t.m13(), t.m23(), t.m33()};
}

GrayImage apply(Op op, GrayView in)
{
    switch (op.kind) {
    case OpKind::Keystone: return warped(in, keystoneMatrix(in, op.arg, op.amount));
    case OpKind::StretchX: return resized(in, in.width * op.arg / 100, in.height);
    case OpKind::StretchY: return resized(in, in.width, in.height * op.arg / 100);
    case OpKind::Invert: return inverted(in);
    case OpKind::Mirror: return mirrored(in);
    case OpKind::Stretch: return stretchedContrast(in);
    case OpKind::Median: return median3x3(in);
    case OpKind::Sharpen: return sharpened(in, op.arg, op.amount);
    case OpKind::Upscale: return upscaled(in, op.arg);
    case OpKind::Downscale: return downscaled(in, op.arg);
    case OpKind::None:
    case OpKind::Tiles: break;
    }
    return {};
}

bool applies(const Stage& stage, GrayView image)
{
    const int side = std::min(image.width, image.height);
    switch (stage.applies) {
    case Applies::Always: return true;
    case Applies::SmallImages: return std::max(image.width, image.height) <= kSmallSide;
    case Applies::MediumImages: return std::max(image.width, image.height) <= kMediumSide;
    case Applies::LargeImages: return side >= kLargeSide;
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

std::vector<std::string> runStage(GrayView image, const Stage& stage)
{
    if (!applies(stage, image))
        return {};
    const auto tilesAt =
        static_cast<std::size_t>(std::find_if(stage.ops.begin(), stage.ops.end(),
                                              [](Op op) { return op.kind == OpKind::Tiles; }) -
                                 stage.ops.begin());
    GrayImage work;
    const GrayView whole = applyAll(image, stage, 0, tilesAt, work);
    std::vector<std::string> found;
    if (tilesAt == stage.ops.size()) {
        readInto(whole, found);
        return found;
    }
    // Overlapping squares of 2/3 of the smaller side (3 x 3 of them on a 16:9 frame), each
    // given the ops after Tiles: small codes in big frames.
    const int side = std::min(whole.width, whole.height) * 2 / 3;
    if (side < 200)
        return found;
    const int stepX = std::max((whole.width - side) / 2, 1);
    const int stepY = std::max((whole.height - side) / 2, 1);
    for (int y = 0; y + side <= whole.height && found.empty(); y += stepY) {
        for (int x = 0; x + side <= whole.width && found.empty(); x += stepX) {
            GrayImage tileWork;
            const GrayView tile = applyAll(croppedView(whole, x, y, side, side), stage, tilesAt + 1,
                                           stage.ops.size(), tileWork);
            readInto(tile, found);
        }
    }
    return found;
}

otp::Error invalidImage(std::string message)
{
    return {otp::ErrorCode::QrInvalidImage, std::move(message)};
}

}  // namespace

std::span<const std::string_view> cascadeStages()
{
    return kStageNames;
}

std::size_t fastStageCount()
{
    return 5;  // half-size, plain, inverted, mirrored, contrast
}

otp::Result<ScanResult> scanQr(GrayView image, const ScanOptions& options)
{
    if (!image.valid())
        return invalidImage("image view is empty or its stride is smaller than its width");
    try {
        for (std::size_t i = 0; i < kStages.size(); ++i) {
            if (options.onlyStage && *options.onlyStage != i)
                continue;
            if (!applies(kStages[i], image))
                continue;
            ScanResult result{runStage(image, kStages[i]), kStages[i].name};
            if (!result.payloads.empty())
                return result;
            if (!options.cascade)
                break;
        }
        return ScanResult{};
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
