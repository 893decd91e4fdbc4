#include <cstdio>
#include <memory>

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

#include "app_controller.h"
#include "command_line.h"
#include "platform/data_location.h"
#include "stores.h"

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

    const QString dataDir = platform::dataDirectory(options->dataDir);
    QDir().mkpath(dataDir);

    AppController controller;
    if (options->fakeTime)
        controller.clock()->setFakeTime(*options->fakeTime);
    if (options->timeOffset != 0)
        controller.clock()->setOffset(options->timeOffset);
    controller.settings()->openFile(QDir(dataDir).filePath(QStringLiteral("settings.ini")));
    if (options->registrationMode)
        controller.settings()->setRegistrationMode(true);
    if (!options->language.isEmpty())
        controller.setLanguageOverride(options->language);

    auto store = openTokenStore(*options, dataDir);
    if (store)
        controller.setStore(std::move(store).value());
    else
        controller.setStartupError(store.error());

    QQmlApplicationEngine engine;
    controller.setEngine(&engine);
    engine.setInitialProperties({{QStringLiteral("app"), QVariant::fromValue(&controller)},
                                 {QStringLiteral("startScreen"), options->screen}});
    engine.load(QUrl(QStringLiteral("qrc:/SoftToken/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    if (options->screen == QLatin1String("confirm")) {
        if (const QString error = controller.offerPayload(demoSetupUri()); !error.isEmpty())
            std::fprintf(stderr, "softtoken: %s\n", qPrintable(error));
    }
    if (!options->screenshot.isEmpty())
        saveScreenshotWhenSettled(engine, options->screenshot, options->screenshotDelayMs);
    return QGuiApplication::exec();
}
