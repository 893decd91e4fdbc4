#include <QGuiApplication>

#include <gtest/gtest.h>

// A QGuiApplication for the clipboard and fonts, offscreen unless told otherwise (test
// discovery runs the binary without the tests' environment).
int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
