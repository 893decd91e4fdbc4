#include "finder_patterns.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>

namespace platform::qr::detail {

namespace {

constexpr int kWorkSide = 1920;       // larger images are searched on a box-downscaled copy
constexpr int kDarkMargin = 8;        // darker than the local mean by this much: ink
constexpr double kMinModulePx = 3.0;  // below this ZXing rarely decodes a photographed code
constexpr double kGlareShare = 0.02;  // share of clipped pixels over the symbol
constexpr int kClippedWhite = 250;
constexpr int kPaperMargin = 15;  // paper this much below clipping: the white is glare

// Dark (true) or light per pixel, against the mean of a window of ~1/16 of the smaller side.
std::vector<std::uint8_t> thresholded(GrayView in)
{
    const int w = in.width;
    const int h = in.height;
    std::vector<std::uint32_t> integral(static_cast<std::size_t>(w + 1) * (h + 1), 0);
    auto at = [&](int x, int y) -> std::uint32_t& {
        return integral[static_cast<std::size_t>(y) * (w + 1) + x];
    };
    for (int y = 0; y < h; ++y) {
        std::uint32_t rowSum = 0;
        const std::uint8_t* row = in.row(y);
        for (int x = 0; x < w; ++x) {
            rowSum += row[x];
            at(x + 1, y + 1) = at(x + 1, y) + rowSum;
        }
    }
    const int r = std::max(4, std::min(w, h) / 16);
    std::vector<std::uint8_t> dark(static_cast<std::size_t>(w) * h);
    for (int y = 0; y < h; ++y) {
        const int y0 = std::max(0, y - r);
        const int y1 = std::min(h, y + r + 1);
        const std::uint8_t* row = in.row(y);
        for (int x = 0; x < w; ++x) {
            const int x0 = std::max(0, x - r);
            const int x1 = std::min(w, x + r + 1);
            const std::uint32_t sum = at(x1, y1) - at(x0, y1) - at(x1, y0) + at(x0, y0);
            const auto count = static_cast<std::uint32_t>((x1 - x0) * (y1 - y0));
            dark[static_cast<std::size_t>(y) * w + x] =
                (row[x] + kDarkMargin) * count < sum ? 1 : 0;
        }
    }
    return dark;
}

// Whether five run lengths are about 1:1:3:1:1; `module` gets their module size.
bool finderRatios(const std::array<int, 5>& runs, double& module)
{
    const int total = runs[0] + runs[1] + runs[2] + runs[3] + runs[4];
    if (total < 7)
        return false;
    module = total / 7.0;
    const double tolerance = module * 0.7;
    return std::abs(runs[0] - module) < tolerance && std::abs(runs[1] - module) < tolerance &&
           std::abs(runs[2] - 3 * module) < 2 * tolerance &&
           std::abs(runs[3] - module) < tolerance && std::abs(runs[4] - module) < tolerance;
}

// The vertical 1:1:3:1:1 check through (x, y); the centre row of the dark core on success.
bool checkColumn(const std::vector<std::uint8_t>& dark, int w, int h, int x, int y,
                 double rowModule, double& centreY)
{
    auto isDark = [&](int yy) { return dark[static_cast<std::size_t>(yy) * w + x] != 0; };
    if (!isDark(y))
        return false;
    std::array<int, 5> runs{};
    int up = y;
    while (up > 0 && isDark(up - 1))
        --up;
    int down = y;
    while (down < h - 1 && isDark(down + 1))
        ++down;
    runs[2] = down - up + 1;
    // outwards: light then dark, above and below
    int yy = up - 1;
    for (int part = 1; part >= 0; --part) {
        const bool wantDark = part == 0;
        int n = 0;
        while (yy >= 0 && isDark(yy) == wantDark && n < 4 * rowModule + 2)
            ++n, --yy;
        runs[static_cast<std::size_t>(part)] = n;
    }
    yy = down + 1;
    for (int part = 3; part <= 4; ++part) {
        const bool wantDark = part == 4;
        int n = 0;
        while (yy < h && isDark(yy) == wantDark && n < 4 * rowModule + 2)
            ++n, ++yy;
        runs[static_cast<std::size_t>(part)] = n;
    }
    double module = 0;
    if (!finderRatios(runs, module) || module > 1.6 * rowModule || module < rowModule / 1.6)
        return false;
    centreY = (up + down) / 2.0;
    return true;
}

struct Cluster {
    double x = 0, y = 0, module = 0;
    int hits = 0;
};

}  // namespace

std::vector<FinderPattern> findFinderPatterns(GrayView image)
{
    const int factor =
        std::max(1, (std::max(image.width, image.height) + kWorkSide - 1) / kWorkSide);
    GrayImage small;
    GrayView view = image;
    if (factor > 1) {
        small = downscaled(image, factor);
        view = small.view();
    }
    const int w = view.width;
    const int h = view.height;
    if (w < 21 || h < 21)
        return {};
    const std::vector<std::uint8_t> dark = thresholded(view);
    std::vector<Cluster> clusters;
    for (int y = 0; y < h; ++y) {
        const std::uint8_t* row = dark.data() + static_cast<std::size_t>(y) * w;
        // run lengths of the row, with where each run starts
        std::vector<int> starts;
        for (int x = 0; x < w; ++x) {
            if (x == 0 || row[x] != row[x - 1])
                starts.push_back(x);
        }
        starts.push_back(w);
        for (std::size_t i = 0; i + 5 < starts.size(); ++i) {
            if (!row[starts[i]])
                continue;
            std::array<int, 5> runs{};
            for (std::size_t k = 0; k < 5; ++k)
                runs[k] = starts[i + k + 1] - starts[i + k];
            double module = 0;
            if (!finderRatios(runs, module))
                continue;
            const int cx = starts[i + 2] + runs[2] / 2;
            double cy = 0;
            if (!checkColumn(dark, w, h, cx, y, module, cy))
                continue;
            auto near = std::find_if(clusters.begin(), clusters.end(), [&](const Cluster& c) {
                return std::hypot(c.x - cx, c.y - cy) < 2 * c.module;
            });
            if (near == clusters.end()) {
                clusters.push_back({static_cast<double>(cx), cy, module, 1});
            } else {
                const double n = near->hits;
                near->x = (near->x * n + cx) / (n + 1);
                near->y = (near->y * n + cy) / (n + 1);
                near->module = (near->module * n + module) / (n + 1);
                ++near->hits;
            }
        }
    }
    std::vector<FinderPattern> found;
    for (const Cluster& c : clusters) {
        if (c.hits >= 2)
            found.push_back({c.x * factor, c.y * factor, c.module * factor});
    }
    return found;
}

ScanAdvice adviceForUnreadCode(GrayView image)
{
    const std::vector<FinderPattern> patterns = findFinderPatterns(image);
    // Two patterns of one symbol: about the same module size, 8 to 180 modules apart.
    const FinderPattern* a = nullptr;
    const FinderPattern* b = nullptr;
    for (std::size_t i = 0; i < patterns.size() && !a; ++i) {
        for (std::size_t j = i + 1; j < patterns.size(); ++j) {
            const FinderPattern& p = patterns[i];
            const FinderPattern& q = patterns[j];
            const double ratio = std::max(p.module, q.module) / std::min(p.module, q.module);
            const double apart = std::hypot(p.x - q.x, p.y - q.y) / ((p.module + q.module) / 2);
            if (ratio < 1.6 && apart > 8 && apart < 180) {
                a = &p;
                b = &q;
                break;
            }
        }
    }
    if (!a)
        return ScanAdvice::None;
    const double module = (a->module + b->module) / 2;
    if (module < kMinModulePx)
        return ScanAdvice::MoveCloser;

    // The square the two patterns span, for the glare test.
    const double side = std::hypot(a->x - b->x, a->y - b->y) + 7 * module;
    const int left =
        std::clamp(static_cast<int>(std::min(a->x, b->x) - 4 * module), 0, image.width - 1);
    const int top =
        std::clamp(static_cast<int>(std::min(a->y, b->y) - 4 * module), 0, image.height - 1);
    const int right = std::clamp(static_cast<int>(left + side), left + 1, image.width);
    const int bottom = std::clamp(static_cast<int>(top + side), top + 1, image.height);
    // Glare is clipped white where the paper or screen around it is darker: an image whose
    // white is 255 everywhere (a screenshot) has no glare however much of it is clipped.
    std::array<long, 256> histogram{};
    long total = 0;
    for (int y = top; y < bottom; y += 2) {
        const std::uint8_t* row = image.row(y);
        for (int x = left; x < right; x += 2, ++total)
            ++histogram[row[x]];
    }
    long clipped = 0;
    for (int v = kClippedWhite; v < 256; ++v)
        clipped += histogram[static_cast<std::size_t>(v)];
    long below = 0;
    int paper = 0;  // the 60th percentile: the light modules outside the glare
    while (paper < 255 && (below += histogram[static_cast<std::size_t>(paper)]) < total * 3 / 5)
        ++paper;
    if (total > 0 && static_cast<double>(clipped) > kGlareShare * static_cast<double>(total) &&
        paper < kClippedWhite - kPaperMargin)
        return ScanAdvice::AvoidGlare;
    return ScanAdvice::HoldStill;
}

}  // namespace platform::qr::detail
