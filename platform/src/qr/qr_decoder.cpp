#include "platform/qr/qr_decoder.h"

#include <algorithm>
#include <array>
#include <exception>
#include <initializer_list>

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
    Blur,
    Sharpen,
    Upscale,
    Downscale,
    Tiles
};

struct Op {
    OpKind kind = OpKind::None;
    int radius = 0;  // Blur/Sharpen radius, Upscale/Downscale factor
    int amount = 0;  // Sharpen amount in percent
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
    ZXing::Binarizer binarizer = ZXing::Binarizer::LocalAverage;
    // ZXing's own image pyramid is off: the half-size stage does that job once.
    bool tryDownscale = false;
    bool tryHarder = true;
};

constexpr Op invert{OpKind::Invert};
constexpr Op mirror{OpKind::Mirror};
constexpr Op stretch{OpKind::Stretch};
constexpr Op median{OpKind::Median};
constexpr Op blur(int r)
{
    return {OpKind::Blur, r};
}
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
    // Codes too small for ZXing's own search in a big frame: overlapping crops.
    Stage{"tiles", {tiles}, Applies::LargeImages},
};

constexpr auto kStageNames = [] {
    std::array<std::string_view, kStages.size()> names{};
    for (std::size_t i = 0; i < kStages.size(); ++i)
        names[i] = kStages[i].name;
    return names;
}();

void readInto(GrayView image, const Stage& stage, std::vector<std::string>& out)
{
    const ZXing::ImageView view(image.data, image.width, image.height, ZXing::ImageFormat::Lum,
                                image.stride);
    const auto hints = ZXing::DecodeHints()
                           .setFormats(ZXing::BarcodeFormat::QRCode)
                           .setTryHarder(stage.tryHarder)
                           .setTryRotate(false)  // QR detection is rotation invariant already
                           .setTryDownscale(stage.tryDownscale)
                           .setBinarizer(stage.binarizer);
    for (const ZXing::Result& r : ZXing::ReadBarcodes(view, hints)) {
        if (!r.isValid() || r.format() != ZXing::BarcodeFormat::QRCode)
            continue;
        std::string text = r.text();
        if (std::find(out.begin(), out.end(), text) == out.end())
            out.push_back(std::move(text));
    }
}

// Overlapping square windows, each reduced to at most ~720 px, for small codes in big frames.
void readTiles(GrayView image, const Stage& stage, std::vector<std::string>& out)
{
    const int side = std::min(image.width, image.height) * 2 / 3;
    if (side < 200)
        return;
    const int stepX = std::max((image.width - side) / 2, 1);
    const int stepY = std::max((image.height - side) / 2, 1);
    for (int y = 0; y + side <= image.height && out.empty(); y += stepY) {
        for (int x = 0; x + side <= image.width && out.empty(); x += stepX)
            readInto(croppedView(image, x, y, side, side), stage, out);
    }
}

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
    case OpKind::Keystone: return warped(in, keystoneMatrix(in, op.radius, op.amount));
    case OpKind::StretchX: return resized(in, in.width * op.radius / 100, in.height);
    case OpKind::StretchY: return resized(in, in.width, in.height * op.radius / 100);
    case OpKind::Invert: return inverted(in);
    case OpKind::Mirror: return mirrored(in);
    case OpKind::Stretch: return stretchedContrast(in);
    case OpKind::Median: return median3x3(in);
    case OpKind::Blur: return boxBlur(in, op.radius);
    case OpKind::Sharpen: return sharpened(in, op.radius, op.amount);
    case OpKind::Upscale: return upscaled(in, op.radius);
    case OpKind::Downscale: return downscaled(in, op.radius);
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

std::vector<std::string> runStage(GrayView image, const Stage& stage)
{
    if (!applies(stage, image))
        return {};
    GrayImage work;
    GrayView current = image;
    bool cropTiles = false;
    for (Op op : stage.ops) {
        if (op.kind == OpKind::None)
            continue;
        if (op.kind == OpKind::Tiles) {
            cropTiles = true;
            continue;
        }
        work = apply(op, current);
        current = work.view();
    }
    std::vector<std::string> found;
    if (cropTiles)
        readTiles(current, stage, found);
    else
        readInto(current, stage, found);
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
