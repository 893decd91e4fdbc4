#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "qr_test_util.h"

// Cross-checks against independent implementations: zbar reads what our writer makes, and our
// decoder reads what libqrencode makes. Skipped when the Debian tools are not installed.
namespace {

QString tool(const char* name)
{
    return QStandardPaths::findExecutable(QString::fromLatin1(name));
}

TEST(QrCrossCheck, ZbarReadsOurWriter)
{
    const QString zbarimg = tool("zbarimg");
    if (zbarimg.isEmpty())
        GTEST_SKIP() << "zbarimg (zbar-tools) not installed";
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("ours.png"));
    ASSERT_TRUE(qrtest::written(qrtest::kUri, 4).save(path));

    QProcess zbar;
    zbar.start(zbarimg, {QStringLiteral("--quiet"), QStringLiteral("--raw"), path});
    ASSERT_TRUE(zbar.waitForFinished(30000));
    EXPECT_EQ(zbar.exitCode(), 0) << zbar.readAllStandardError().toStdString();
    EXPECT_EQ(zbar.readAllStandardOutput().trimmed().toStdString(), qrtest::kUri);
}

TEST(QrCrossCheck, WeReadQrencode)
{
    const QString qrencode = tool("qrencode");
    if (qrencode.isEmpty())
        GTEST_SKIP() << "qrencode not installed";
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("qrencode.png"));
    for (const char* level : {"L", "H"}) {
        QProcess encode;
        encode.start(qrencode, {QStringLiteral("-l"), QString::fromLatin1(level),
                                QStringLiteral("-s"), QStringLiteral("3"), QStringLiteral("-o"),
                                path, QString::fromStdString(qrtest::kUri)});
        ASSERT_TRUE(encode.waitForFinished(30000));
        ASSERT_EQ(encode.exitCode(), 0) << encode.readAllStandardError().toStdString();
        auto result = platform::qr::scanImageFile(path);
        ASSERT_TRUE(result) << level;
        EXPECT_EQ(result->payloads, std::vector<std::string>{qrtest::kUri}) << level;
    }
}

}  // namespace
