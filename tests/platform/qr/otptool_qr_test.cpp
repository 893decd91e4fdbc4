#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "qr_test_util.h"

// `otptool qr encode|decode` as testers and scripts use it: output format and exit codes.
namespace {

struct ToolRun {
    int exitCode = -1;
    std::string out;
};

ToolRun otptool(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(SOFTTOKEN_OTPTOOL), args);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitCode(), p.readAllStandardOutput().toStdString()};
}

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

}  // namespace
