// Image import reads only what a photo or screenshot of a QR code needs: PNG, JPEG, WebP, GIF,
// BMP, up to 40 megapixels, checked from the file's content and header before decoding.

#include <cstdint>
#include <string>

#include <QBuffer>
#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QMimeData>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "platform/error_code.h"
#include "platform/qr/image_input.h"
#include "platform/qr/image_limits.h"
#include "platform/qr/qr_writer.h"

namespace {

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

std::uint32_t crc32(const QByteArray& data)
{
    std::uint32_t crc = 0xFFFFFFFFu;
    for (const char c : data) {
        crc ^= static_cast<std::uint8_t>(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

QByteArray bigEndian(std::uint32_t v)
{
    QByteArray out(4, '\0');
    for (int i = 0; i < 4; ++i)
        out[i] = static_cast<char>((v >> (24 - 8 * i)) & 0xFF);
    return out;
}

// A PNG whose header claims width x height; its pixel data is a few bytes (a decompression
// bomb would look like this to the header check).
QByteArray pngClaiming(std::uint32_t width, std::uint32_t height)
{
    QByteArray ihdr = QByteArrayLiteral("IHDR") + bigEndian(width) + bigEndian(height) +
                      QByteArray("\x08\x00\x00\x00\x00", 5);
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    png += bigEndian(13) + ihdr + bigEndian(crc32(ihdr));
    const QByteArray idat =
        QByteArrayLiteral("IDAT") + QByteArray("\x78\x9c\x03\x00\x00\x00\x00\x01", 8);
    png += bigEndian(8) + idat + bigEndian(crc32(idat));
    const QByteArray iend = QByteArrayLiteral("IEND");
    png += bigEndian(0) + iend + bigEndian(crc32(iend));
    return png;
}

TEST(ImageLimits, SvgIsNotRead)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("code.png"));  // the name says PNG
    writeBytes(path, "<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'>"
                     "<rect width='10' height='10'/></svg>");
    auto loaded = platform::qr::loadImageFile(path);
    ASSERT_FALSE(loaded);
    EXPECT_EQ(loaded.error().code, platform::ErrorCode::QrImageUnreadable);
}

TEST(ImageLimits, HugeImagesAreRefusedFromTheHeader)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bomb.png"));
    writeBytes(path, pngClaiming(20000, 20000));
    QElapsedTimer timer;
    timer.start();
    auto loaded = platform::qr::loadImageFile(path);
    ASSERT_FALSE(loaded);
    EXPECT_NE(loaded.error().message.find("megapixels"), std::string::npos)
        << loaded.error().message;
    EXPECT_LT(timer.elapsed(), 1000);
    EXPECT_FALSE(platform::qr::checkImageSize(QSize(8000, 5001)));
    EXPECT_TRUE(platform::qr::checkImageSize(QSize(8000, 5000)));
}

TEST(ImageLimits, ClipboardImagesAreLimitedToo)
{
    QMimeData data;
    data.setImageData(QImage(7000, 6000, QImage::Format_Grayscale8));
    auto payloads = platform::qr::payloadsFromMimeData(&data);
    ASSERT_FALSE(payloads);
    EXPECT_NE(payloads.error().message.find("megapixels"), std::string::npos);
}

TEST(ImageLimits, PngAndJpegQrCodesStillScan)
{
    const std::string uri = "otpauth://totp/Bank:alice?secret=JBSWY3DPEHPK3PXP&issuer=Bank";
    auto image = platform::qr::writeQr(uri);
    ASSERT_TRUE(image);
    QTemporaryDir dir;
    for (const char* format : {"PNG", "JPEG", "BMP"}) {
        const QString path =
            dir.filePath(QStringLiteral("code.") + QLatin1String(format).toString().toLower());
        ASSERT_TRUE(image->save(path, format, 95));
        auto scan = platform::qr::scanImageFile(path);
        ASSERT_TRUE(scan) << format << ": " << scan.error().message;
        ASSERT_EQ(scan->payloads.size(), 1u) << format;
        EXPECT_EQ(scan->payloads[0], uri);
    }
}

}  // namespace
