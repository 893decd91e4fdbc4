#include <cstdio>
#include <memory>

#include <QDateTime>
#include <QGuiApplication>
#include <QQuickWindow>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

#include "app_setup.h"
#include "command_line.h"
#include "platform/data_location.h"
#include "platform/process_hardening.h"
#include "platform/screen_security.h"
#include "screenshot_file.h"

Q_IMPORT_QML_PLUGIN(SoftTokenPlugin)

namespace {

// --screenshot: once the tokens are open and the first frame is on screen, wait for
// animations to settle, save the window and quit. Used by the README's pictures and by the
// screenshot tests.
void saveScreenshotWhenSettled(RunningApp& app, const QString& path, const QString& dataDir,
                               int delayMs)
{
    auto* window = qobject_cast<QQuickWindow*>(app.engine.rootObjects().value(0));
    if (window == nullptr)
        return;
    auto shoot = [window, path, dataDir, delayMs] {
        QObject::connect(
            window, &QQuickWindow::frameSwapped, window,
            [window, path, dataDir, delayMs] {
                QTimer::singleShot(delayMs, window, [window, path, dataDir] {
                    const auto saved = saveScreenshot(window->grabWindow(), path, dataDir);
                    if (!saved)
                        std::fprintf(stderr, "softtoken: %s\n", saved.error().message.c_str());
                    QCoreApplication::exit(saved ? 0 : 1);
                });
            },
            Qt::SingleShotConnection);
        window->update();
    };
    if (app.controller.loading())
        QObject::connect(&app.controller, &AppController::storeReady, window, shoot,
                         Qt::SingleShotConnection);
    else
        shoot();
}

// --print-first-code-time: the wall-clock time of the first frame that shows a code, for
// tests/e2e/perf/perf.sh.
void printFirstCodeTime(RunningApp& app)
{
    auto* window = qobject_cast<QQuickWindow*>(app.engine.rootObjects().value(0));
    if (window == nullptr)
        return;
    // frameSwapped comes from the render thread and is queued here, so several calls may be
    // pending at once: print only the first.
    auto printed = std::make_shared<bool>(false);
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [&app, printed] {
        if (*printed || app.controller.loading() || app.controller.tokens()->count() == 0)
            return;
        *printed = true;
        std::printf("first-code-ms %lld\n",
                    static_cast<long long>(QDateTime::currentMSecsSinceEpoch()));
        std::fflush(stdout);
    });
}

}  // namespace

int main(int argc, char* argv[])
{
    // Before anything holds a secret: no core dumps, no ptrace by the same user, umask 077.
    platform::hardenProcess();
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("SoftToken"));
    QGuiApplication::setOrganizationName(QStringLiteral("SoftToken"));
    QGuiApplication::setApplicationVersion(QStringLiteral(SOFTTOKEN_VERSION));
    // Material for pages, menus and dialogs. Through the environment rather than QQuickStyle, so
    // the executable does not link Qt Quick Controls: it loads with the first page, not before
    // the first code (docs/ui.md, Performance).
    qputenv("QT_QUICK_CONTROLS_STYLE", "Material");
    chooseRendering();
    // Android: FLAG_SECURE before the first window, so no screenshot, recording or recent-apps
    // thumbnail shows a code. Elsewhere a no-op; the privacy cover (Main.qml) does what it can.
    platform::applySecureWindowFlag();

    auto options = parseCommandLine(app);
    if (!options) {
        std::fprintf(stderr, "softtoken: %s\n", qPrintable(options.error()));
        return 2;
    }

    RunningApp running;
    if (!startApp(running, *options))
        return 1;
    if (options->printFirstCodeTime)
        printFirstCodeTime(running);
    if (!options->screenshot.isEmpty())
        saveScreenshotWhenSettled(running, options->screenshot,
                                  platform::dataDirectory(options->dataDir),
                                  options->screenshotDelayMs);
    return QGuiApplication::exec();
}
