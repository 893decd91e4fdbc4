#include <QDir>
#include <QFile>
#include <QMimeData>

#include <gtest/gtest.h>

#include "platform/error_code.h"
#include "platform/qr/gray_image.h"
#include "qr_test_util.h"

namespace {

using qrtest::decode;
using qrtest::kUri;
using qrtest::written;
using Payloads = std::vector<std::string>;

TEST(QrWriter, WritesAGrayscaleImageWithQuietZoneThatDecodes)
{
    const QImage image = written(kUri, 3);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.format(), QImage::Format_Grayscale8);
    EXPECT_EQ(image.width() % 3, 0);
    EXPECT_EQ(qGray(image.pixel(0, 0)), 255);        // quiet zone
    EXPECT_EQ(qGray(image.pixel(4 * 3, 4 * 3)), 0);  // finder pattern corner
    EXPECT_EQ(decode(image, false), Payloads{kUri});
}

TEST(QrWriter, RejectsTextTooLongForAQrCode)
{
    const auto image = platform::qr::writeQr(std::string(8000, 'x'));
    ASSERT_FALSE(image);
    EXPECT_EQ(image.error().code, platform::ErrorCode::QrEncodeFailed);
}

TEST(QrWriter, RejectsBadScale)
{
    platform::qr::QrWriteOptions options;
    options.scale = 0;
    EXPECT_FALSE(platform::qr::writeQr("x", options));
}

struct Distortion {
    const char* name;
    QImage (*apply)(const QImage&);
    bool plainZxingReadsIt;  // whether one plain ZXing read (no cascade) is expected to work
};

class Distorted : public testing::TestWithParam<Distortion> {};

TEST_P(Distorted, CascadeReadsExactPayload)
{
    const Distortion& d = GetParam();
    const QImage image = d.apply(written());
    EXPECT_EQ(decode(image), Payloads{kUri}) << d.name;
    if (!d.plainZxingReadsIt) {
        // Shows the cascade stage is what makes the difference (the test would pass trivially
        // if plain ZXing read these).
        EXPECT_EQ(decode(image, false), Payloads{}) << d.name;
    }
}

INSTANTIATE_TEST_SUITE_P(
    Writer, Distorted,
    testing::Values(
        Distortion{"rotated 33 degrees", [](const QImage& i) { return qrtest::rotated(i, 33); },
                   true},
        Distortion{"rotated 180 degrees", [](const QImage& i) { return qrtest::rotated(i, 180); },
                   true},
        Distortion{"tilted 30 percent", [](const QImage& i) { return qrtest::tilted(i, 0.3); },
                   true},
        Distortion{"inverted", [](const QImage& i) { return qrtest::inverted(i); }, false},
        Distortion{"mirrored", [](const QImage& i) { return qrtest::mirrored(i); }, true},
        Distortion{"inverted and mirrored",
                   [](const QImage& i) { return qrtest::mirrored(qrtest::inverted(i)); }, false},
        Distortion{"noisy", [](const QImage& i) { return qrtest::noisy(i, 35, 0.06); }, true},
        Distortion{"low contrast", [](const QImage& i) { return qrtest::lowContrast(i, 90, 24); },
                   false},
        Distortion{"scaled to 1.5 px per module",
                   [](const QImage& i) { return qrtest::scaled(i, 1.5 / 4); }, true},
        Distortion{"scaled up 3x", [](const QImage& i) { return qrtest::scaled(i, 3); }, true},
        Distortion{"small code in a 1280x720 frame",
                   [](const QImage& i) {
                       return qrtest::embedded(qrtest::scaled(i, 0.6), 1280, 720, 900, 400);
                   },
                   true}),
    [](const testing::TestParamInfo<Distortion>& info) {
        std::string name = info.param.name;
        std::replace_if(
            name.begin(), name.end(), [](char c) { return !std::isalnum(c); }, '_');
        return name;
    });

TEST(QrDecoder, BlankImageHasNoCode)
{
    QImage blank(320, 240, QImage::Format_Grayscale8);
    blank.fill(200);
    auto result = platform::qr::scanImage(blank);
    ASSERT_TRUE(result);
    EXPECT_TRUE(result->payloads.empty());
    EXPECT_TRUE(result->stage.empty());
}

TEST(QrDecoder, InvalidViewIsAnErrorNotAnException)
{
    const std::uint8_t pixel = 0;
    auto result = platform::qr::scanQr({&pixel, 10, 10, 5});  // stride < width
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, platform::ErrorCode::QrInvalidImage);
    EXPECT_FALSE(platform::qr::scanQr({}));
    EXPECT_FALSE(platform::qr::scanQrZxingDefaults({}));
}

TEST(QrDecoder, TinyImagesDoNotThrow)
{
    for (int side : {1, 2, 3, 7}) {
        QImage tiny(side, side, QImage::Format_Grayscale8);
        tiny.fill(0);
        auto result = platform::qr::scanImage(tiny);
        EXPECT_TRUE(!result || result->payloads.empty()) << side;
    }
}

TEST(QrDecoder, ReadsTwoCodesInOneImage)
{
    const std::string second = "otpauth://hotp/Bank:bob?secret=GEZDGNBVGY3TQOJQ&counter=5";
    const QImage a = written(kUri, 3);
    const QImage b = written(second, 3);
    QImage both(a.width() + b.width(), std::max(a.height(), b.height()), QImage::Format_Grayscale8);
    both.fill(255);
    for (int y = 0; y < a.height(); ++y)
        std::copy_n(a.constScanLine(y), a.width(), both.scanLine(y));
    for (int y = 0; y < b.height(); ++y)
        std::copy_n(b.constScanLine(y), b.width(), both.scanLine(y) + a.width());
    Payloads found = decode(both);
    std::sort(found.begin(), found.end());
    Payloads expected{kUri, second};
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(found, expected);
}

TEST(QrDecoder, StrideLargerThanWidthIsHonoured)
{
    const QImage image = written(kUri, 3);
    const int stride = image.width() + 13;
    std::vector<std::uint8_t> padded(static_cast<std::size_t>(stride * image.height()), 77);
    for (int y = 0; y < image.height(); ++y)
        std::copy_n(image.constScanLine(y), image.width(), padded.data() + y * stride);
    auto result = platform::qr::scanQr({padded.data(), image.width(), image.height(), stride});
    ASSERT_TRUE(result);
    EXPECT_EQ(result->payloads, Payloads{kUri});
}

TEST(ImageOps, InvertMirrorAndResizeAreExact)
{
    const std::uint8_t px[] = {0, 10, 20, 30, 40, 50};
    const platform::qr::GrayView view{px, 3, 2, 3};
    const auto inv = platform::qr::inverted(view);
    EXPECT_EQ(inv.row(1)[2], 205);
    const auto mir = platform::qr::mirrored(view);
    EXPECT_EQ(mir.row(0)[0], 20);
    EXPECT_EQ(mir.row(1)[2], 30);
    const auto up = platform::qr::upscaled(view, 2);
    EXPECT_EQ(up.width(), 6);
    EXPECT_EQ(up.height(), 4);
    EXPECT_EQ(up.row(0)[0], 0);
    EXPECT_EQ(up.row(3)[5], 50);
    const auto down = platform::qr::downscaled(view, 2);
    EXPECT_EQ(down.width(), 1);
    EXPECT_EQ(down.row(0)[0], (0 + 10 + 30 + 40 + 2) / 4);
    const std::uint8_t salt[] = {10, 10, 10, 10, 255, 10, 10, 10, 10};
    EXPECT_EQ(platform::qr::median3x3({salt, 3, 3, 3}).row(1)[1], 10);
}

TEST(ImageOps, DarkenedKeepsBlackAndWhiteAndDarkensGreys)
{
    const std::uint8_t px[] = {0, 128, 230, 255};
    const auto dark = platform::qr::darkened({px, 4, 1, 4}, 4);
    EXPECT_EQ(dark.row(0)[0], 0);
    EXPECT_EQ(dark.row(0)[1], 16);   // 255 * (128 / 255)^4
    EXPECT_EQ(dark.row(0)[2], 169);  // a halo's lifted ink is dark again
    EXPECT_EQ(dark.row(0)[3], 255);
}

TEST(ImageOps, IdentityWarpKeepsPixelsAndOutsideIsFill)
{
    const std::uint8_t px[] = {0, 10, 20, 30, 40, 50, 60, 70, 80};
    const platform::qr::GrayView view{px, 3, 3, 3};
    const auto same = platform::qr::warped(view, {1, 0, 0, 0, 1, 0, 0, 0, 1});
    EXPECT_EQ(same.row(1)[1], 40);
    const auto shifted = platform::qr::warped(view, {1, 0, 10, 0, 1, 0, 0, 0, 1}, 255);
    EXPECT_EQ(shifted.row(1)[1], 255);
}

TEST(ImageInput, PngFileRoundTrip)
{
    const QString path = QDir::temp().filePath(QStringLiteral("softtoken_qr_roundtrip.png"));
    ASSERT_TRUE(written().save(path));
    auto result = platform::qr::scanImageFile(path);
    ASSERT_TRUE(result);
    EXPECT_EQ(result->payloads, Payloads{kUri});
    QFile::remove(path);
}

TEST(ImageInput, JpegFileRoundTrip)
{
    const QString path = QDir::temp().filePath(QStringLiteral("softtoken_qr_roundtrip.jpg"));
    ASSERT_TRUE(written().save(path, "JPEG", 30)) << "Qt JPEG plugin missing";
    auto result = platform::qr::scanImageFile(path);
    ASSERT_TRUE(result);
    EXPECT_EQ(result->payloads, Payloads{kUri});
    QFile::remove(path);
}

TEST(ImageInput, MissingOrBadFileIsUnreadable)
{
    auto missing = platform::qr::scanImageFile(QStringLiteral("/nonexistent/qr.png"));
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, platform::ErrorCode::QrImageUnreadable);
    const QString path = QDir::temp().filePath(QStringLiteral("softtoken_not_an_image.png"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("not a png");
    f.close();
    auto bad = platform::qr::scanImageFile(path);
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().code, platform::ErrorCode::QrImageUnreadable);
    QFile::remove(path);
}

TEST(Clipboard, ImageWithCode)
{
    QMimeData data;
    data.setImageData(qrtest::inverted(written()));
    auto payloads = platform::qr::payloadsFromMimeData(&data);
    ASSERT_TRUE(payloads) << payloads.error().message;
    EXPECT_EQ(*payloads, Payloads{kUri});
}

TEST(Clipboard, OtpauthText)
{
    QMimeData data;
    data.setText(QStringLiteral("  ") + QString::fromStdString(kUri) + QStringLiteral("\n"));
    auto payloads = platform::qr::payloadsFromMimeData(&data);
    ASSERT_TRUE(payloads);
    EXPECT_EQ(*payloads, Payloads{kUri});
}

TEST(Clipboard, OtherTextIsRefusedWithAReason)
{
    QMimeData data;
    data.setText(QStringLiteral("https://bank.example/"));
    auto payloads = platform::qr::payloadsFromMimeData(&data);
    ASSERT_FALSE(payloads);
    EXPECT_EQ(payloads.error().code, platform::ErrorCode::QrNoCode);
    EXPECT_NE(payloads.error().message.find("otpauth"), std::string::npos);
}

TEST(Clipboard, ImageWithoutCode)
{
    QImage blank(100, 100, QImage::Format_RGB32);
    blank.fill(Qt::white);
    QMimeData data;
    data.setImageData(blank);
    auto payloads = platform::qr::payloadsFromMimeData(&data);
    ASSERT_FALSE(payloads);
    EXPECT_EQ(payloads.error().code, platform::ErrorCode::QrNoCode);
}

}  // namespace
