#include "app_setup.h"

#include <cstdio>

#include <QDir>
#include <QGuiApplication>
#include <QQuickGraphicsConfiguration>
#include <QQuickWindow>

#include "local_only_network.h"
#include "otp/interop/import.h"
#include "platform/data_location.h"
#include "platform/process_hardening.h"
#include "stores.h"

namespace {

// --screen import-preview: a small list of links with a duplicate of the first --demo token
// (same secret) and an entry that cannot be imported, through the real import path.
void showDemoImportPreview(AppController& controller)
{
    static constexpr std::string_view list =
        "otpauth://totp/SoftToken%20Demo:demo%40example.com?secret="
        "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=SoftToken%20Demo\n"
        "otpauth://totp/Sample%20Credit:hanako?secret=MFRGGZDFMZTWQ2LK&issuer=Sample%20Credit\n"
        "otpauth://hotp/Example%20Mail:taro?secret=ORSXG5DJNZTQ&issuer=Example%20Mail&counter=3\n"
        "otpauth://totp/Old%20Portal:taro?secret=NBSWY3DP&issuer=Old%20Portal&algorithm=MD5\n";
    const std::span bytes(reinterpret_cast<const std::uint8_t*>(list.data()), list.size());
    auto found = otp::interop::importData(bytes, nullptr);
    if (found)
        controller.importFlow()->showPreview(std::move(found).value());
    else
        std::fprintf(stderr, "softtoken: %s\n", found.error().message.c_str());
}

}  // namespace

void chooseRendering()
{
    // Text as native glyphs (a plain texture) rather than distance fields, whose shader is
    // most of what redrawing the token screen costs once a second where the GPU is software
    // (docs/ui.md, Performance). The app scales no text, so nothing is lost.
    QQuickWindow::setTextRenderType(QQuickWindow::NativeTextRendering);

    // Desktop Linux: render on the GUI thread (Qt's "basic" loop). The screens redraw once a
    // second and animate only briefly, so a render thread buys nothing here, while choosing it
    // costs, before the first frame, a throw-away GL context (xcb's check whether the driver
    // can render on a thread) and the render thread's own context: ~9 ms of ~125 under Xvfb
    // with llvmpipe (docs/ui.md, Performance). Wayland (Linux phones; desktop sessions too)
    // keeps Qt's threaded loop, as Android and iOS do: its plugin makes no throw-away context
    // (so there is nothing to save before the first frame), and on a phone the render thread
    // keeps animations off the GUI thread. tests/e2e/wayland.sh runs it under weston. A
    // tester's own QSG_RENDER_LOOP wins.
    if (QGuiApplication::platformName() == QLatin1String("xcb") &&
        !qEnvironmentVariableIsSet("QSG_RENDER_LOOP")) {
        qputenv("QSG_RENDER_LOOP", "basic");
        // Read by that check only; with no render thread its answer is not used.
        qputenv("QT_OPENGL_NO_SANITY_CHECK", "1");
    }
}

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
    const QString settingsFile = QDir(dataDir).filePath(QStringLiteral("settings.ini"));
    // 0700 and 0600 now, not only once the vault is saved: settings.ini holds the PIN verifier.
    platform::restrictProfile(dataDir, settingsFile);

    AppController& controller = app.controller;
    if (options.fakeTime)
        controller.clock()->setFakeTime(*options.fakeTime);
    if (options.timeOffset != 0)
        controller.clock()->setOffset(options.timeOffset);
    controller.settings()->openFile(settingsFile);
    // The app lock keeps its PIN hash in the same profile file, so it locks at start if set.
    controller.lock()->open(controller.settings()->fileName());
    if (options.registrationMode)
        controller.settings()->setRegistrationMode(true);
    controller.setVirtualCamera(options.virtualCamera);
    if (!options.language.isEmpty())
        controller.language()->setOverride(options.language);

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

    // Before any QML: names from QR codes and imports must never make the app fetch a URL.
    installLocalOnlyNetwork(app.engine);
    controller.setEngine(&app.engine);
    app.engine.setInitialProperties({{QStringLiteral("app"), QVariant::fromValue(&controller)},
                                     {QStringLiteral("startScreen"), options.screen}});
    app.engine.load(QUrl(QStringLiteral("qrc:/SoftToken/Main.qml")));
    auto* window = qobject_cast<QQuickWindow*>(app.engine.rootObjects().value(0));
    if (window == nullptr)
        return false;
    // No depth buffer: the scene graph then draws everything in one blended back-to-front pass
    // instead of an opaque pass plus a blended one. A software GPU (llvmpipe) compiles each
    // pass's pipeline before the first frame, and the app's screens are too small for the
    // opaque pass's overdraw savings to matter (docs/ui.md, Performance). In time although the
    // window is already shown: the scene graph reads it in its first sync, which needs the
    // event loop. (Not by hiding the window until now: a hidden window raises the privacy cover.)
    QQuickGraphicsConfiguration graphics = window->graphicsConfiguration();
    graphics.setDepthBufferFor2D(false);
    window->setGraphicsConfiguration(graphics);
    if (options.screen == QLatin1String("import-preview"))
        showDemoImportPreview(controller);
    if (options.screen == QLatin1String("confirm")) {
        if (const QString error = controller.addToken()->offerPayload(demoSetupUri());
            !error.isEmpty())
            std::fprintf(stderr, "softtoken: %s\n", qPrintable(error));
    }
    return true;
}
