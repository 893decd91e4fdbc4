// GoogleTest main with a QGuiApplication: QClipboard and application states need one; the
// offscreen platform (QT_QPA_PLATFORM=offscreen) has a working in-process clipboard.

#include <QGuiApplication>

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))  // also for gtest_discover_tests' listing
        qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("softtoken-protections-test"));
    return RUN_ALL_TESTS();
}
