#include "app_setup.h"

#include <cstdio>

#include <QDir>
#include <QQuickWindow>

#include "platform/data_location.h"
#include "stores.h"

RunningApp::~RunningApp()
{
    // Windows first, so no binding runs against a half-destroyed controller.
    const auto roots = engine.rootObjects();
    for (QObject* root : roots)
        delete root;
}

bool startApp(RunningApp& app, const CommandLineOptions& options)
{
    const QString dataDir = platform::dataDirectory(options.dataDir);
    QDir().mkpath(dataDir);

    AppController& controller = app.controller;
    if (options.fakeTime)
        controller.clock()->setFakeTime(*options.fakeTime);
    if (options.timeOffset != 0)
        controller.clock()->setOffset(options.timeOffset);
    controller.settings()->openFile(QDir(dataDir).filePath(QStringLiteral("settings.ini")));
    // The app lock keeps its PIN hash in the same profile file, so it locks at start if set.
    controller.lock()->open(controller.settings()->fileName());
    if (options.registrationMode)
        controller.settings()->setRegistrationMode(true);
    controller.setVirtualCamera(options.virtualCamera);
    if (!options.language.isEmpty())
        controller.setLanguageOverride(options.language);

    if (options.demo) {
        auto store = openTokenStore(options, dataDir);
        if (store)
            controller.setStore(std::move(store).value());
        else
            controller.setStartupError(store.error());
    } else {
        // The vault: key derivation and the keystore take long enough to need a worker thread.
        // Without --passphrase-file, the app asks for a passphrase if no keystore answers.
        if (options.passphraseFile.isEmpty())
            controller.setPassphraseFallback(dataDir);
        controller.openStoreAsync([options, dataDir] { return openTokenStore(options, dataDir); });
    }

    controller.setEngine(&app.engine);
    app.engine.setInitialProperties({{QStringLiteral("app"), QVariant::fromValue(&controller)},
                                     {QStringLiteral("startScreen"), options.screen}});
    app.engine.load(QUrl(QStringLiteral("qrc:/SoftToken/Main.qml")));
    if (app.engine.rootObjects().isEmpty())
        return false;
    if (options.screen == QLatin1String("confirm")) {
        if (const QString error = controller.offerPayload(demoSetupUri()); !error.isEmpty())
            std::fprintf(stderr, "softtoken: %s\n", qPrintable(error));
    }
    return true;
}
