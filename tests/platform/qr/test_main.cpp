#include <QGuiApplication>

#include <gtest/gtest.h>

// Qt Multimedia opens a PulseAudio context for the media player and never frees it before exit
// (a system library, not our code); LeakSanitizer reads this hook in sanitizer builds.
extern "C" const char* __lsan_default_suppressions()
{
    return "leak:libpulse.so\n";
}

// The QR tests need a GUI application: the virtual camera's video player and QVideoSink.
int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArrayLiteral("offscreen")
                                                                    : qgetenv("QT_QPA_PLATFORM"));
    QGuiApplication app(argc, argv);
    testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
