// Real phone photos (tests/platform/qr/photos, ZXing-C++'s samples, Apache-2.0: see NOTICE there)
// decode to their exact text; four of them are ones plain ZXing 1.4 misses.
#include <QFile>

#include <gtest/gtest.h>

#include "platform/qr/image_input.h"

namespace {

struct Photo {
    const char* name;
    bool plainZxingReadsIt;
};

std::string expectedText(const QString& base)
{
    QFile file(base + QStringLiteral(".txt"));
    return file.open(QIODevice::ReadOnly) ? file.readAll().toStdString() : std::string();
}

class RealPhoto : public testing::TestWithParam<Photo> {};

TEST_P(RealPhoto, DecodesTheExactText)
{
    const QString base = QStringLiteral(SOFTTOKEN_QR_PHOTOS "/") + QLatin1String(GetParam().name);
    const std::string expected = expectedText(base);
    ASSERT_FALSE(expected.empty());
    auto image = platform::qr::loadImageFile(base + QStringLiteral(".webp"));
    ASSERT_TRUE(image) << image.error().message;  // needs Qt's WebP plugin

    auto ours = platform::qr::scanImage(*image);
    ASSERT_TRUE(ours) << ours.error().message;
    EXPECT_EQ(ours->payloads, std::vector<std::string>{expected});

    const QImage gray = platform::qr::toGrayscale(*image);
    auto plain = platform::qr::scanQrZxingDefaults(platform::qr::grayView(gray));
    ASSERT_TRUE(plain);
    const bool plainRead = std::find(plain->payloads.begin(), plain->payloads.end(), expected) !=
                           plain->payloads.end();
    EXPECT_EQ(plainRead, GetParam().plainZxingReadsIt);
}

INSTANTIATE_TEST_SUITE_P(Photos, RealPhoto,
                         testing::Values(Photo{"closeup-1-1", true}, Photo{"lit-5-05", true},
                                         Photo{"dots-2-258", false}, Photo{"tilted-2-22", false},
                                         Photo{"textured-2-12", false},
                                         Photo{"pixelated-2-1132", false}),
                         [](const testing::TestParamInfo<Photo>& info) {
                             std::string name = info.param.name;
                             std::replace(name.begin(), name.end(), '-', '_');
                             return name;
                         });

}  // namespace
