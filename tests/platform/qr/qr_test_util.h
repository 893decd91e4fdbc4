#pragma once

#include <algorithm>
#include <random>
#include <string>
#include <utility>

#include <QImage>
#include <QPainter>
#include <QPolygonF>
#include <QTransform>

#include "platform/qr/image_input.h"
#include "platform/qr/qr_writer.h"

namespace qrtest {

inline const std::string kUri =
    "otpauth://totp/Example-Bank:alice.smith@example.com?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
    "&issuer=Example-Bank&algorithm=SHA256&digits=8&period=30";

inline QImage written(const std::string& text = kUri, int scale = 4)
{
    platform::qr::QrWriteOptions options;
    options.scale = scale;
    auto image = platform::qr::writeQr(text, options);
    return image ? *image : QImage();
}

// The decoded payloads of `image`, or "ERROR: ..." as the only element.
inline std::vector<std::string> decode(const QImage& image, bool cascade = true)
{
    platform::qr::ScanOptions options;
    options.cascade = cascade;
    auto result = platform::qr::scanImage(image, options);
    if (!result)
        return {"ERROR: " + result.error().message};
    return result->payloads;
}

inline QImage rotated(const QImage& image, double degrees)
{
    QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    QImage out = rgb.transformed(QTransform().rotate(degrees), Qt::SmoothTransformation);
    // transformed() leaves the corners transparent: lay the result on white paper.
    QImage canvas(out.size(), QImage::Format_RGB32);
    canvas.fill(Qt::white);
    QPainter painter(&canvas);
    painter.drawImage(0, 0, out);
    painter.end();
    return canvas;
}

// The code seen tilted: its top edge `shrink` (0..1) shorter than its bottom edge.
inline QImage tilted(const QImage& image, double shrink)
{
    const double w = image.width();
    const double h = image.height();
    const double d = w * shrink / 2;
    QTransform t;
    QTransform::quadToQuad(QPolygonF({{0, 0}, {w, 0}, {w, h}, {0, h}}),
                           QPolygonF({{d, 0}, {w - d, 0}, {w, h}, {0, h}}), t);
    QImage out =
        image.convertToFormat(QImage::Format_ARGB32).transformed(t, Qt::SmoothTransformation);
    QImage canvas(out.width() + 40, out.height() + 40, QImage::Format_RGB32);
    canvas.fill(Qt::white);
    QPainter painter(&canvas);
    painter.drawImage(20, 20, out);
    painter.end();
    return canvas;
}

inline QImage inverted(const QImage& image)
{
    QImage out = image.convertToFormat(QImage::Format_Grayscale8);
    out.invertPixels();
    return out;
}

inline QImage mirrored(const QImage& image)
{
    return image.mirrored(true, false);
}

// Gaussian noise (sigma) plus salt and pepper (fraction), deterministic.
inline QImage noisy(const QImage& image, double sigma, double saltPepper, unsigned seed = 1)
{
    QImage out = image.convertToFormat(QImage::Format_Grayscale8);
    std::mt19937 rng(seed);
    std::normal_distribution<double> gauss(0.0, sigma);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    for (int y = 0; y < out.height(); ++y) {
        uchar* line = out.scanLine(y);
        for (int x = 0; x < out.width(); ++x) {
            const double u = uniform(rng);
            double v = line[x] + gauss(rng);
            if (u < saltPepper / 2)
                v = 0;
            else if (u > 1 - saltPepper / 2)
                v = 255;
            line[x] = static_cast<uchar>(std::clamp(v, 0.0, 255.0));
        }
    }
    return out;
}

// Dark and light squeezed into [dark, dark + delta].
inline QImage lowContrast(const QImage& image, int dark, int delta)
{
    QImage out = image.convertToFormat(QImage::Format_Grayscale8);
    for (int y = 0; y < out.height(); ++y) {
        uchar* line = out.scanLine(y);
        for (int x = 0; x < out.width(); ++x)
            line[x] = static_cast<uchar>(dark + line[x] * delta / 255);
    }
    return out;
}

inline QImage scaled(const QImage& image, double factor)
{
    return image.scaled(qRound(image.width() * factor), qRound(image.height() * factor),
                        Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

// `code` pasted at (x, y) into a width x height mid-gray frame with some clutter.
inline QImage embedded(const QImage& code, int width, int height, int x, int y)
{
    QImage frame(width, height, QImage::Format_Grayscale8);
    std::mt19937 rng(7);
    std::uniform_int_distribution<int> value(60, 200);
    for (int row = 0; row < height; ++row) {
        uchar* line = frame.scanLine(row);
        for (int col = 0; col < width; ++col)
            line[col] = static_cast<uchar>(((col / 40 + row / 40) % 2) ? 120 : value(rng));
    }
    const QImage gray = code.convertToFormat(QImage::Format_Grayscale8);
    for (int row = 0; row < gray.height(); ++row)
        std::copy_n(gray.constScanLine(row), gray.width(), frame.scanLine(y + row) + x);
    return frame;
}

// The code as a camera sees it on a monitor: every image pixel a 3x3 cell of screen pixels with
// a dark grid between them, photographed slightly rotated at `scale` without anti-aliasing
// (the camera's sensor samples the grid: moire).
inline QImage onScreen(const QImage& image, double scale, double degrees)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    QImage screen(gray.width() * 3, gray.height() * 3, QImage::Format_Grayscale8);
    for (int y = 0; y < screen.height(); ++y) {
        uchar* line = screen.scanLine(y);
        const uchar* src = gray.constScanLine(y / 3);
        for (int x = 0; x < screen.width(); ++x) {
            const int lit = 40 + src[x / 3] * 200 / 255;  // a panel's black is not black
            line[x] = static_cast<uchar>((x % 3 == 2 || y % 3 == 2) ? lit * 2 / 5 : lit);
        }
    }
    const QImage shot = screen.transformed(QTransform().rotate(degrees).scale(scale, scale),
                                           Qt::FastTransformation);
    QImage canvas(shot.width() + 80, shot.height() + 80, QImage::Format_Grayscale8);
    canvas.fill(30);  // the monitor's bezel
    QPainter painter(&canvas);
    painter.drawImage(40, 40, shot.convertToFormat(QImage::Format_ARGB32));
    painter.end();
    return canvas;
}

// `image` with a rectangle of noise over the middle `fraction` of its side: the finder
// patterns stay, the data does not decode.
inline QImage damaged(const QImage& image, double fraction)
{
    QImage out = image.convertToFormat(QImage::Format_Grayscale8);
    std::mt19937 rng(3);
    std::uniform_int_distribution<int> value(0, 1);
    const int side = static_cast<int>(out.width() * fraction);
    const int x0 = (out.width() - side) / 2;
    const int y0 = (out.height() - side) / 2;
    for (int y = y0; y < y0 + side; ++y) {
        uchar* line = out.scanLine(y);
        for (int x = x0; x < x0 + side; ++x)
            line[x] = value(rng) ? 255 : 0;
    }
    return out;
}

}  // namespace qrtest
