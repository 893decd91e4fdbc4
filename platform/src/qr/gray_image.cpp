#include "platform/qr/gray_image.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <utility>

namespace platform::qr {

namespace {

std::uint8_t clampByte(int v)
{
    return static_cast<std::uint8_t>(std::clamp(v, 0, 255));
}

std::uint8_t median3(std::uint8_t a, std::uint8_t b, std::uint8_t c)
{
    return std::max(std::min(a, b), std::min(std::max(a, b), c));
}

}  // namespace

GrayImage::GrayImage(int width, int height, std::uint8_t fill)
    : m_width(width), m_height(height),
      m_pixels(static_cast<std::size_t>(width) * static_cast<std::size_t>(height), fill)
{}

GrayImage inverted(GrayView in)
{
    GrayImage out(in.width, in.height);
    for (int y = 0; y < in.height; ++y) {
        const std::uint8_t* src = in.row(y);
        std::uint8_t* dst = out.row(y);
        for (int x = 0; x < in.width; ++x)
            dst[x] = static_cast<std::uint8_t>(255 - src[x]);
    }
    return out;
}

GrayImage mirrored(GrayView in)
{
    GrayImage out(in.width, in.height);
    for (int y = 0; y < in.height; ++y)
        std::reverse_copy(in.row(y), in.row(y) + in.width, out.row(y));
    return out;
}

GrayImage darkened(GrayView in, int power)
{
    power = std::clamp(power, 1, 8);
    std::array<std::uint8_t, 256> lut{};
    for (int v = 0; v < 256; ++v)
        lut[v] = clampByte(static_cast<int>(std::lround(255.0 * std::pow(v / 255.0, power))));
    GrayImage out(in.width, in.height);
    for (int y = 0; y < in.height; ++y) {
        const std::uint8_t* src = in.row(y);
        std::uint8_t* dst = out.row(y);
        for (int x = 0; x < in.width; ++x)
            dst[x] = lut[src[x]];
    }
    return out;
}

GrayImage stretchedContrast(GrayView in, double clipFraction)
{
    std::array<long, 256> histogram{};
    for (int y = 0; y < in.height; ++y) {
        const std::uint8_t* src = in.row(y);
        for (int x = 0; x < in.width; ++x)
            ++histogram[src[x]];
    }
    const long total = static_cast<long>(in.width) * in.height;
    const long clip = static_cast<long>(static_cast<double>(total) * clipFraction);
    int lo = 0;
    for (long seen = 0; lo < 255 && (seen += histogram[lo]) <= clip;)
        ++lo;
    int hi = 255;
    for (long seen = 0; hi > 0 && (seen += histogram[hi]) <= clip;)
        --hi;
    std::array<std::uint8_t, 256> lut{};
    const int range = std::max(hi - lo, 1);
    for (int v = 0; v < 256; ++v)
        lut[v] = clampByte((v - lo) * 255 / range);

    GrayImage out(in.width, in.height);
    for (int y = 0; y < in.height; ++y) {
        const std::uint8_t* src = in.row(y);
        std::uint8_t* dst = out.row(y);
        for (int x = 0; x < in.width; ++x)
            dst[x] = lut[src[x]];
    }
    return out;
}

GrayImage median3x3(GrayView in)
{
    // Median of 9 = med3(max of column minima, med3 of column medians, min of column maxima),
    // with each column of three sorted once per row.
    GrayImage out(in.width, in.height);
    const auto n = static_cast<std::size_t>(in.width);
    std::vector<std::uint8_t> lo(n), mid(n), hi(n);
    for (int y = 0; y < in.height; ++y) {
        const std::uint8_t* a = in.row(std::max(y - 1, 0));
        const std::uint8_t* b = in.row(y);
        const std::uint8_t* c = in.row(std::min(y + 1, in.height - 1));
        for (std::size_t x = 0; x < n; ++x) {
            const std::uint8_t l = std::min(a[x], b[x]);
            const std::uint8_t h = std::max(a[x], b[x]);
            lo[x] = std::min(l, c[x]);
            hi[x] = std::max(h, c[x]);
            mid[x] = std::max(l, std::min(h, c[x]));
        }
        std::uint8_t* dst = out.row(y);
        for (std::size_t x = 0; x < n; ++x) {
            const std::size_t xl = x ? x - 1 : 0;
            const std::size_t xr = std::min(x + 1, n - 1);
            const std::uint8_t maxLo = std::max({lo[xl], lo[x], lo[xr]});
            const std::uint8_t minHi = std::min({hi[xl], hi[x], hi[xr]});
            const std::uint8_t medMid = median3(mid[xl], mid[x], mid[xr]);
            dst[x] = median3(maxLo, medMid, minHi);
        }
    }
    return out;
}

GrayImage boxBlur(GrayView in, int radius)
{
    // Separable running sums: cost independent of the radius.
    radius = std::clamp(radius, 1, 16);
    const int w = in.width;
    const int h = in.height;
    std::vector<int> horizontal(static_cast<std::size_t>(w) * static_cast<std::size_t>(h));
    for (int y = 0; y < h; ++y) {
        const std::uint8_t* src = in.row(y);
        int* dst = horizontal.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(w);
        int sum = 0;
        for (int k = -radius; k <= radius; ++k)
            sum += src[std::clamp(k, 0, w - 1)];
        for (int x = 0; x < w; ++x) {
            dst[x] = sum;
            sum += src[std::min(x + radius + 1, w - 1)] - src[std::max(x - radius, 0)];
        }
    }
    GrayImage out(w, h);
    const int area = (2 * radius + 1) * (2 * radius + 1);
    std::vector<int> sums(static_cast<std::size_t>(w), 0);
    auto rowOf = [&](int y) {
        return horizontal.data() +
               static_cast<std::size_t>(std::clamp(y, 0, h - 1)) * static_cast<std::size_t>(w);
    };
    for (int k = -radius; k <= radius; ++k) {
        const int* r = rowOf(k);
        for (int x = 0; x < w; ++x)
            sums[static_cast<std::size_t>(x)] += r[x];
    }
    for (int y = 0; y < h; ++y) {
        std::uint8_t* dst = out.row(y);
        const int* add = rowOf(y + radius + 1);
        const int* sub = rowOf(y - radius);
        for (int x = 0; x < w; ++x) {
            int& s = sums[static_cast<std::size_t>(x)];
            dst[x] = static_cast<std::uint8_t>((s + area / 2) / area);
            s += add[x] - sub[x];
        }
    }
    return out;
}

GrayImage sharpened(GrayView in, int radius, int amountPercent)
{
    const GrayImage blurred = boxBlur(in, radius);
    GrayImage out(in.width, in.height);
    for (int y = 0; y < in.height; ++y) {
        const std::uint8_t* src = in.row(y);
        const std::uint8_t* low = blurred.row(y);
        std::uint8_t* dst = out.row(y);
        for (int x = 0; x < in.width; ++x)
            dst[x] = clampByte(src[x] + (src[x] - low[x]) * amountPercent / 100);
    }
    return out;
}

GrayImage resized(GrayView in, int width, int height)
{
    width = std::clamp(width, 1, 16384);
    height = std::clamp(height, 1, 16384);
    GrayImage out(width, height);
    // Bilinear, sampling at pixel centres, in 16.16 fixed point.
    auto sourceCoordinates = [](int outSize, int inSize) {
        std::vector<std::pair<int, int>> coords(static_cast<std::size_t>(outSize));
        const long step = (static_cast<long>(inSize) << 16) / outSize;
        for (int i = 0; i < outSize; ++i) {
            const long pos = std::max(0L, (2 * i + 1) * step / 2 - (1L << 15));
            const int i0 = std::min(static_cast<int>(pos >> 16), inSize - 1);
            coords[static_cast<std::size_t>(i)] = {i0, static_cast<int>((pos >> 8) & 0xff)};
        }
        return coords;
    };
    const auto xs = sourceCoordinates(width, in.width);
    const auto ys = sourceCoordinates(height, in.height);
    std::vector<int> blended(static_cast<std::size_t>(in.width));
    for (int y = 0; y < height; ++y) {
        const auto [y0, fy] = ys[static_cast<std::size_t>(y)];
        const std::uint8_t* r0 = in.row(y0);
        const std::uint8_t* r1 = in.row(std::min(y0 + 1, in.height - 1));
        for (int x = 0; x < in.width; ++x)
            blended[static_cast<std::size_t>(x)] = r0[x] * (256 - fy) + r1[x] * fy;
        std::uint8_t* dst = out.row(y);
        for (int x = 0; x < width; ++x) {
            const auto [x0, fx] = xs[static_cast<std::size_t>(x)];
            const int x1 = std::min(x0 + 1, in.width - 1);
            const int v = blended[static_cast<std::size_t>(x0)] * (256 - fx) +
                          blended[static_cast<std::size_t>(x1)] * fx;
            dst[x] = static_cast<std::uint8_t>((v + (1 << 15)) >> 16);
        }
    }
    return out;
}

GrayImage upscaled(GrayView in, int factor)
{
    factor = std::clamp(factor, 1, 8);
    return resized(in, in.width * factor, in.height * factor);
}

GrayImage warped(GrayView in, const std::array<double, 9>& m, std::uint8_t fill)
{
    GrayImage out(in.width, in.height, fill);
    for (int y = 0; y < in.height; ++y) {
        std::uint8_t* dst = out.row(y);
        const double cy = y + 0.5;
        for (int x = 0; x < in.width; ++x) {
            const double cx = x + 0.5;
            const double w = m[6] * cx + m[7] * cy + m[8];
            if (w <= 1e-9)
                continue;
            const double sx = (m[0] * cx + m[1] * cy + m[2]) / w - 0.5;
            const double sy = (m[3] * cx + m[4] * cy + m[5]) / w - 0.5;
            if (!(sx >= 0 && sy >= 0 && sx < in.width - 1 && sy < in.height - 1))
                continue;
            const int x0 = static_cast<int>(sx);
            const int y0 = static_cast<int>(sy);
            const int fx = static_cast<int>((sx - x0) * 256);
            const int fy = static_cast<int>((sy - y0) * 256);
            const std::uint8_t* r0 = in.row(y0) + x0;
            const std::uint8_t* r1 = in.row(y0 + 1) + x0;
            const int top = r0[0] * (256 - fx) + r0[1] * fx;
            const int bottom = r1[0] * (256 - fx) + r1[1] * fx;
            dst[x] = static_cast<std::uint8_t>((top * (256 - fy) + bottom * fy + (1 << 15)) >> 16);
        }
    }
    return out;
}

GrayImage downscaled(GrayView in, int factor)
{
    factor = std::clamp(factor, 1, 32);
    const int w = std::max(in.width / factor, 1);
    const int h = std::max(in.height / factor, 1);
    GrayImage out(w, h);
    if (factor == 2 && in.width >= 2 && in.height >= 2) {
        // The camera path's first step: keep it a tight loop.
        for (int y = 0; y < h; ++y) {
            const std::uint8_t* a = in.row(2 * y);
            const std::uint8_t* b = in.row(2 * y + 1);
            std::uint8_t* dst = out.row(y);
            for (std::ptrdiff_t x = 0; x < w; ++x)
                dst[x] = static_cast<std::uint8_t>(
                    (a[2 * x] + a[2 * x + 1] + b[2 * x] + b[2 * x + 1] + 2) >> 2);
        }
        return out;
    }
    const int n = factor * factor;
    std::vector<int> sums(static_cast<std::size_t>(w));
    for (int y = 0; y < h; ++y) {
        std::fill(sums.begin(), sums.end(), 0);
        for (int dy = 0; dy < factor && y * factor + dy < in.height; ++dy) {
            const std::uint8_t* src = in.row(y * factor + dy);
            for (int x = 0; x < w; ++x)
                for (int dx = 0; dx < factor && x * factor + dx < in.width; ++dx)
                    sums[static_cast<std::size_t>(x)] += src[x * factor + dx];
        }
        std::uint8_t* dst = out.row(y);
        for (int x = 0; x < w; ++x)
            dst[x] = static_cast<std::uint8_t>((sums[static_cast<std::size_t>(x)] + n / 2) / n);
    }
    return out;
}

GrayView croppedView(GrayView in, int x, int y, int width, int height)
{
    x = std::clamp(x, 0, in.width);
    y = std::clamp(y, 0, in.height);
    width = std::clamp(width, 0, in.width - x);
    height = std::clamp(height, 0, in.height - y);
    return {in.row(y) + x, width, height, in.stride};
}

int medianRunLength(GrayView in)
{
    constexpr int kRowStep = 3;
    constexpr int kMinRange = 40;  // flat rows say nothing about modules
    constexpr int kMinTransitions = 6;
    std::vector<int> runs;
    std::vector<int> changes;
    for (int y = 0; y < in.height; y += kRowStep) {
        const std::uint8_t* row = in.row(y);
        const auto [lo, hi] = std::minmax_element(row, row + in.width);
        if (*hi - *lo < kMinRange)
            continue;
        const int threshold = (*hi + *lo) / 2;
        changes.clear();
        for (int x = 1; x < in.width; ++x) {
            if ((row[x] > threshold) != (row[x - 1] > threshold))
                changes.push_back(x);
        }
        if (static_cast<int>(changes.size()) < kMinTransitions)
            continue;
        for (std::size_t i = 1; i < changes.size(); ++i)
            runs.push_back(changes[i] - changes[i - 1]);
    }
    if (runs.empty())
        return 0;
    auto middle = runs.begin() + static_cast<long>(runs.size() / 2);
    std::nth_element(runs.begin(), middle, runs.end());
    return *middle;
}

}  // namespace platform::qr
