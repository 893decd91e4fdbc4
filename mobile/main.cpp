#include <cstdio>

#include <QGuiApplication>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

#include "app_setup.h"
#include "command_line.h"

Q_IMPORT_QML_PLUGIN(SoftTokenPlugin)

namespace {

// --screenshot: once the first frame is on screen and animations have settled, save the
// window and quit. Used by the README's pictures and by screenshot tests.
void saveScreenshotWhenSettled(QQmlApplicationEngine& engine, const QString& path, int delayMs)
{
    auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().value(0));
    if (window == nullptr)
        return;
    QObject::connect(
        window, &QQuickWindow::frameSwapped, window,
        [window, path, delayMs] {
            QTimer::singleShot(delayMs, window, [window, path] {
                const bool saved = window->grabWindow().save(path);
                if (!saved)
                    std::fprintf(stderr, "softtoken: cannot write %s\n", qPrintable(path));
                QCoreApplication::exit(saved ? 0 : 1);
            });
        },
        Qt::SingleShotConnection);
}

}  // namespace

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("SoftToken"));
    QGuiApplication::setOrganizationName(QStringLiteral("SoftToken"));
    QGuiApplication::setApplicationVersion(QStringLiteral(SOFTTOKEN_VERSION));
    QQuickStyle::setStyle(QStringLiteral("Material"));

    auto options = parseCommandLine(app);
    if (!options) {
        std::fprintf(stderr, "softtoken: %s\n", qPrintable(options.error()));
        return 2;
    }

    RunningApp running;
    if (!startApp(running, *options))
        return 1;
    if (!options->screenshot.isEmpty())
        saveScreenshotWhenSettled(running.engine, options->screenshot, options->screenshotDelayMs);
    return QGuiApplication::exec();
}
