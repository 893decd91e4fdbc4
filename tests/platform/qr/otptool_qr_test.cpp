#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "../../support/otptool_run.h"  // shared by the otptool tests
#include "qr_test_util.h"

// `otptool qr encode|decode` as testers and scripts use it: output format and exit codes.
namespace {

using testsupport::otptool;
using testsupport::ToolRun;

TEST(OtptoolQr, EncodeThenDecode)
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("code.png"));
    const QString uri = QString::fromStdString(qrtest::kUri);
    EXPECT_EQ(otptool({QStringLiteral("qr"), QStringLiteral("encode"), uri, QStringLiteral("-o"),
                       png, QStringLiteral("--scale"), QStringLiteral("3")})
                  .exitCode,
              0);
    const ToolRun decoded = otptool({QStringLiteral("qr"), QStringLiteral("decode"), png});
    EXPECT_EQ(decoded.exitCode, 0);
    EXPECT_EQ(decoded.out, png.toStdString() + "\t" + qrtest::kUri + "\n");
}

TEST(OtptoolQr, ExitCodesForNoCodeAndUnreadableFiles)
{
    QTemporaryDir dir;
    const QString code = dir.filePath(QStringLiteral("code.png"));
    const QString blank = dir.filePath(QStringLiteral("blank.png"));
    ASSERT_TRUE(qrtest::written().save(code));
    QImage white(120, 120, QImage::Format_Grayscale8);
    white.fill(255);
    ASSERT_TRUE(white.save(blank));
    const QString missing = dir.filePath(QStringLiteral("missing.png"));

    const ToolRun noCode = otptool({QStringLiteral("qr"), QStringLiteral("decode"), code, blank});
    EXPECT_EQ(noCode.exitCode, 1);
    EXPECT_NE(noCode.out.find(blank.toStdString() + "\tERROR: no QR code found\n"),
              std::string::npos)
        << noCode.out;
    EXPECT_NE(noCode.out.find(code.toStdString() + "\t" + qrtest::kUri + "\n"), std::string::npos);

    const ToolRun unreadable =
        otptool({QStringLiteral("qr"), QStringLiteral("decode"), blank, missing});
    EXPECT_EQ(unreadable.exitCode, 2);
    EXPECT_NE(unreadable.out.find(missing.toStdString() + "\tERROR: "), std::string::npos);
}

// A folder of photos with NAME.txt beside each (ZXing's sample layout): both decoders, the
// rows and the count of images plain ZXing read and ours did not.
TEST(OtptoolQr, BenchReadsAPhotoFolder)
{
    const ToolRun bench = otptool(
        {QStringLiteral("qr"), QStringLiteral("bench"), QStringLiteral(SOFTTOKEN_QR_PHOTOS)});
    EXPECT_EQ(bench.exitCode, 0) << bench.out;
    EXPECT_NE(bench.out.find("single-line"), std::string::npos) << bench.out;
    EXPECT_NE(bench.out.find("ALL               6 |    6 100.0%     0"), std::string::npos)
        << bench.out;
    EXPECT_NE(bench.out.find("images plain ZXing read and ours did not: 0"), std::string::npos);
}

}  // namespace
