// What the decoder does beyond one plain ZXing read: several codes in one image, big photos,
// screens, and advice when a code is in view but does not decode.
#include <algorithm>
#include <cmath>

#include <QPainter>

#include <gtest/gtest.h>

#include "platform/qr/image_input.h"
#include "platform/qr/qr_writer.h"
#include "qr_test_util.h"

namespace {

using platform::qr::ScanAdvice;
using qrtest::kUri;
using qrtest::written;
using Payloads = std::vector<std::string>;

const std::string kHotp = "otpauth://hotp/Bank:bob?secret=GEZDGNBVGY3TQOJQ&counter=5";

// A Google Authenticator export page carries ten accounts: a QR code of version 20 and more.
std::string exportOfTenAccounts()
{
    std::string data;
    for (int i = 0; data.size() < 900; ++i)
        data +=
            "CjcKFEhlbGxvId6tvu8AAQIDBAUGBwgJEhNFeGFtcGxlOmFsaWNlQGdvb2dsZRoHRXhhbXBsZSABKAEwAg";
    return "otpauth-migration://offline?data=" + data.substr(0, 900);
}

otp::Result<platform::qr::ScanResult> scan(const QImage& image)
{
    return platform::qr::scanImage(image);
}

Payloads sorted(Payloads p)
{
    std::sort(p.begin(), p.end());
    return p;
}

TEST(Cascade, ReturnsEveryCodeOfAScreenshot)
{
    const std::string exported = exportOfTenAccounts();
    const QImage codes[] = {written(kUri, 4), written(kHotp, 4), written(exported, 4)};
    QImage page(1600, 900, QImage::Format_Grayscale8);
    page.fill(255);
    QPainter painter(&page);
    int x = 20;
    for (const QImage& code : codes) {
        painter.drawImage(x, 40, code);
        x += code.width() + 40;
    }
    painter.end();
    auto result = scan(page);
    ASSERT_TRUE(result) << result.error().message;
    EXPECT_EQ(sorted(result->payloads), sorted({kUri, kHotp, exported}));
    EXPECT_EQ(result->stage, "zxing");  // one plain read finds them all
}

TEST(Cascade, ReadsATwelveMegapixelCloseUp)
{
    // Modules of ~50 px, edges blurred by the smooth enlargement, on a grey desk.
    const QImage code = written(kUri, 1);
    const QImage big = code.scaled(2900, 2900, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QImage photo(4000, 3000, QImage::Format_Grayscale8);
    photo.fill(150);
    QPainter painter(&photo);
    painter.drawImage(500, 50, big);
    painter.end();
    auto result = scan(photo);
    ASSERT_TRUE(result) << result.error().message;
    EXPECT_EQ(result->payloads, Payloads{kUri});
}

TEST(Cascade, ReadsACodePhotographedOnAMonitor)
{
    const QImage shot = qrtest::onScreen(written(kUri, 4), 0.55, 4);
    auto result = scan(shot);
    ASSERT_TRUE(result) << result.error().message;
    EXPECT_EQ(result->payloads, Payloads{kUri});
}

TEST(Cascade, ReadsACodeInAReflectionsHalo)
{
    // Paper at 225, ink at 35, low error correction; a reflection clips the centre to white and
    // lifts the ink around it to light grey, which plain ZXing's binarizer takes for paper.
    const std::string uri = "otpauth://totp/Bank:alice@example.com?secret="
                            "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Bank";
    auto code = platform::qr::writeQr(uri, {6, 4, platform::qr::QrErrorCorrection::Low});
    ASSERT_TRUE(code);
    QImage photo = code->convertToFormat(QImage::Format_Grayscale8);
    const double radius = photo.width() * 0.2;
    for (int y = 0; y < photo.height(); ++y) {
        uchar* line = photo.scanLine(y);
        for (int x = 0; x < photo.width(); ++x) {
            const double v = line[x] > 127 ? 225 : 35;
            const double d = std::hypot(x - photo.width() / 2.0, y - photo.height() / 2.0);
            const double lift = std::clamp(1.6 * (1 - d / radius), 0.0, 1.0);
            line[x] = static_cast<uchar>(std::lround(v + (255 - v) * lift));
        }
    }
    auto plain = platform::qr::scanQrZxingDefaults(platform::qr::grayView(photo));
    ASSERT_TRUE(plain);
    EXPECT_TRUE(plain->payloads.empty());
    auto result = scan(photo);
    ASSERT_TRUE(result) << result.error().message;
    EXPECT_EQ(result->payloads, Payloads{uri});
}

TEST(Cascade, NeverReadsLessThanPlainZxing)
{
    // The plain read comes first: whatever ZXing's defaults read, the cascade returns too.
    const QImage images[] = {written(kUri, 3), qrtest::rotated(written(kUri, 3), 20),
                             qrtest::onScreen(written(kUri, 4), 0.55, 4)};
    for (const QImage& image : images) {
        const QImage gray = platform::qr::toGrayscale(image);
        auto plain = platform::qr::scanQrZxingDefaults(platform::qr::grayView(gray));
        auto ours = scan(image);
        ASSERT_TRUE(plain && ours);
        for (const std::string& p : plain->payloads)
            EXPECT_NE(std::find(ours->payloads.begin(), ours->payloads.end(), p),
                      ours->payloads.end());
    }
}

TEST(ScanAdvice, UndecodableCodeInViewSaysHoldStill)
{
    auto result = scan(qrtest::damaged(written(kUri, 6), 0.5));
    ASSERT_TRUE(result) << result.error().message;
    EXPECT_TRUE(result->payloads.empty());
    EXPECT_EQ(result->advice, ScanAdvice::HoldStill);
}

TEST(ScanAdvice, SmallUndecodableCodeSaysMoveCloser)
{
    const QImage frame =
        qrtest::embedded(qrtest::damaged(written(kUri, 2), 0.5), 1920, 1080, 800, 400);
    auto result = scan(frame);
    ASSERT_TRUE(result) << result.error().message;
    EXPECT_TRUE(result->payloads.empty());
    EXPECT_EQ(result->advice, ScanAdvice::MoveCloser);
}

TEST(ScanAdvice, ClippedHighlightOnGreyPaperSaysAvoidGlare)
{
    // Paper at 200, ink at 30, and a reflection that clips to white over a third of the code.
    QImage photo = written(kUri, 6).convertToFormat(QImage::Format_Grayscale8);
    for (int y = 0; y < photo.height(); ++y) {
        uchar* line = photo.scanLine(y);
        for (int x = 0; x < photo.width(); ++x)
            line[x] = line[x] > 127 ? 200 : 30;
    }
    QPainter painter(&photo);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::white);
    const int r = photo.width() / 4;
    painter.drawEllipse(QPoint(photo.width() / 2, photo.height() / 2), r, r);
    painter.end();
    auto result = scan(photo);
    ASSERT_TRUE(result) << result.error().message;
    EXPECT_TRUE(result->payloads.empty());
    EXPECT_EQ(result->advice, ScanAdvice::AvoidGlare);
}

TEST(ScanAdvice, NothingCodeLikeGivesNoAdvice)
{
    QImage blank(640, 480, QImage::Format_Grayscale8);
    blank.fill(180);
    auto result = scan(qrtest::noisy(blank, 20, 0.01));
    ASSERT_TRUE(result);
    EXPECT_EQ(result->advice, ScanAdvice::None);
}

}  // namespace
