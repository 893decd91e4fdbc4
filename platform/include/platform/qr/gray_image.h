#pragma once

#include <array>
#include <cstdint>
#include <vector>

namespace platform::qr {

// A non-owning view of an 8-bit grayscale image (0 = black). `stride` is the distance in bytes
// between the starts of two rows (>= width). A camera frame's Y plane is such a view.
struct GrayView {
    const std::uint8_t* data = nullptr;
    int width = 0;
    int height = 0;
    int stride = 0;

    // True when the view can be read: non-null data, positive size, stride >= width.
    bool valid() const { return data && width > 0 && height > 0 && stride >= width; }
    const std::uint8_t* row(int y) const { return data + static_cast<long>(y) * stride; }
};

// An owning, tightly packed grayscale image (stride == width).
class GrayImage {
public:
    GrayImage() = default;
    GrayImage(int width, int height, std::uint8_t fill = 0);

    int width() const { return m_width; }
    int height() const { return m_height; }
    bool empty() const { return m_pixels.empty(); }
    std::uint8_t* row(int y) { return m_pixels.data() + static_cast<long>(y) * m_width; }
    const std::uint8_t* row(int y) const
    {
        return m_pixels.data() + static_cast<long>(y) * m_width;
    }
    GrayView view() const { return {m_pixels.data(), m_width, m_height, m_width}; }

private:
    int m_width = 0;
    int m_height = 0;
    std::vector<std::uint8_t> m_pixels;
};

// Image operations used by the decoder's retry cascade. Each returns a new image and leaves the
// input alone; all take a valid view (see GrayView::valid()).

// 255 - v: turns light-on-dark codes into dark-on-light ones.
GrayImage inverted(GrayView in);
// Left-right flip: codes seen through a mirror or printed on the back of glass.
GrayImage mirrored(GrayView in);
// Linear stretch that maps the `clipFraction` darkest pixels to 0 and the brightest to 255.
GrayImage stretchedContrast(GrayView in, double clipFraction = 0.01);
// v' = 255 (v / 255)^power (power 2..8): darkens every grey but the brightest, so modules in
// a reflection's halo (dark ones lifted to light grey next to clipped white) come back.
GrayImage darkened(GrayView in, int power);
// 3x3 median: removes salt-and-pepper noise while keeping module edges.
GrayImage median3x3(GrayView in);
// Average over a (2 * radius + 1)^2 square (radius 1..16; edges replicated): smooths noise.
GrayImage boxBlur(GrayView in, int radius);
// Unsharp mask: original + amount% * (original - boxBlur(radius)). Undoes some optical blur
// when the radius is about the blur's.
GrayImage sharpened(GrayView in, int radius, int amountPercent);
// Bilinear resampling to width x height (each 1..16384); may change the aspect ratio.
GrayImage resized(GrayView in, int width, int height);
// Bilinear enlargement by an integer factor (2..4): gives tiny codes enough pixels per module.
GrayImage upscaled(GrayView in, int factor);
// Projective warp: output pixel (x, y) samples the input bilinearly at
// ((a x + b y + c) / (g x + h y + i), (d x + e y + f) / (g x + h y + i)) with
// m = {a, b, c, d, e, f, g, h, i}; outside the input it is `fill`.
GrayImage warped(GrayView in, const std::array<double, 9>& m, std::uint8_t fill = 255);
// Box-filter reduction by an integer factor (2..32): averages noise away, shrinks large images.
GrayImage downscaled(GrayView in, int factor);
// The median length in pixels of the dark and light runs along every third row (each row split
// at the middle of its range; flat rows skipped); 0 when there are none. On a QR code it is
// about the module size, so the decoder tells 1-2 px modules from blurred 5 px ones.
int medianRunLength(GrayView in);
// A sub-rectangle of `in`, clamped to it; zero-copy.
GrayView croppedView(GrayView in, int x, int y, int width, int height);

}  // namespace platform::qr
