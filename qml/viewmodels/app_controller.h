#pragma once

#include <functional>
#include <memory>

#include <QObject>
#include <QQmlEngine>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include "add_token_flow.h"
#include "app_clock.h"
#include "app_settings.h"
#include "camera_access.h"
#include "clock_check_controller.h"
#include "export_flow.h"
#include "import_flow.h"
#include "language.h"
#include "lock_controller.h"
#include "navigation.h"
#include "passphrase_prompt.h"
#include "platform/screen_security.h"
#include "secure_clipboard.h"
#include "token_filter_model.h"
#include "token_list_model.h"

// The root of the app's view models: owns them and wires them together, and opens the token
// store. Main.qml receives it (`required property AppController app`) and hands each page the
// narrow view models it uses (Navigation). main.cpp configures it from the command line; tests
// create one in QML with an in-memory store and the system clock.
class AppController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(TokenListModel* tokens READ tokens CONSTANT)
    Q_PROPERTY(AppClock* clock READ clock CONSTANT)
    Q_PROPERTY(AppSettings* settings READ settings CONSTANT)
    Q_PROPERTY(SecureClipboard* clipboard READ clipboard CONSTANT)
    Q_PROPERTY(PassphrasePrompt* passphrase READ passphrase CONSTANT)
    Q_PROPERTY(LockController* lock READ lock CONSTANT)
    Q_PROPERTY(ClockCheckController* clockCheck READ clockCheck CONSTANT)
    Q_PROPERTY(CameraAccess* camera READ camera CONSTANT)
    Q_PROPERTY(Navigation* navigation READ navigation CONSTANT)
    Q_PROPERTY(Language* language READ language CONSTANT)
    Q_PROPERTY(AddTokenFlow* addToken READ addToken CONSTANT)
    Q_PROPERTY(ImportFlow* importFlow READ importFlow CONSTANT)
    Q_PROPERTY(ExportFlow* exportFlow READ exportFlow CONSTANT)
    // True while the app is not in front (phones) or hidden/minimised (desktop): Main.qml then
    // covers codes and serials (app-switcher thumbnails, docs/protections.md).
    Q_PROPERTY(bool obscured READ obscured NOTIFY obscuredChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString version READ version CONSTANT)
    Q_PROPERTY(QString startupError READ startupError NOTIFY startupErrorChanged)
    Q_PROPERTY(QString virtualCamera READ virtualCamera CONSTANT)

public:
    explicit AppController(QObject* parent = nullptr);
    ~AppController() override;

    // --- configuration from main.cpp (C++ only) ---
    // The token repository to show and change (an open vault, or an in-memory one).
    void setStore(std::shared_ptr<platform::TokenRepository> store);
    // Opens the token repository on a worker thread (vault: file I/O, scrypt ~0.5 s, keystore),
    // with `loading` and `busy` true meanwhile; then setStore() or setStartupError() on this
    // thread, and storeReady().
    using StoreOpener = std::function<otp::Result<std::shared_ptr<platform::TokenRepository>>()>;
    void openStoreAsync(StoreOpener open);
    // The vault in `dataDirectory` may be created or unlocked with a passphrase typed in the
    // app: when openStoreAsync() fails because no keystore answers (VaultKeystoreUnavailable)
    // or the vault has only a passphrase slot (VaultPassphraseRequired), the passphrase screen
    // opens (create mode if there is no vault yet, else unlock mode). Not for --passphrase-file.
    void setPassphraseFallback(QString dataDirectory, platform::VaultSession::Options options = {});
    // A problem opening the tokens, shown once the window is up.
    void setStartupError(const otp::Error& error);
    void setEngine(QQmlEngine* engine) { m_language.setEngine(engine); }
    // --virtual-camera: the scan page plays this file instead of opening a camera.
    void setVirtualCamera(const QString& path) { m_virtualCamera = path; }
    QString virtualCamera() const { return m_virtualCamera; }

    TokenListModel* tokens() { return &m_tokens; }
    AppClock* clock() { return &m_clock; }
    AppSettings* settings() { return &m_settings; }
    SecureClipboard* clipboard() { return &m_clipboard; }
    PassphrasePrompt* passphrase() { return &m_passphrase; }
    LockController* lock() { return &m_lock; }
    ClockCheckController* clockCheck() { return &m_clockCheck; }
    CameraAccess* camera() { return &m_camera; }
    Navigation* navigation() { return &m_navigation; }
    Language* language() { return &m_language; }
    AddTokenFlow* addToken() { return &m_addToken; }
    ImportFlow* importFlow() { return &m_importFlow; }
    ExportFlow* exportFlow() { return &m_exportFlow; }
    platform::PrivacyShield* privacyShield() { return &m_privacy; }
    bool obscured() const { return m_privacy.isObscured(); }
    // The main window, so the privacy cover also goes up when it is minimised (desktop).
    Q_INVOKABLE void watchWindow(QObject* window);
    bool busy() const { return m_loading || m_addToken.busy(); }
    bool loading() const { return m_loading; }
    QString version() const;
    QString startupError() const { return m_startupError; }

Q_SIGNALS:
    void busyChanged();
    void loadingChanged();
    void storeReady();
    void obscuredChanged();
    void startupErrorChanged();

private:
    void wireNavigation();
    void updateHome();
    void setLoading(bool loading);
    void offerPassphrase(const otp::Error& error);
    void dropSecrets();

    AppClock m_clock;
    AppSettings m_settings;
    Language m_language{this};
    Navigation m_navigation;
    TokenListModel m_tokens;
    SecureClipboard m_clipboard;
    PassphrasePrompt m_passphrase;
    LockController m_lock;
    ClockCheckController m_clockCheck;
    CameraAccess m_camera;
    platform::PrivacyShield m_privacy;
    ImportFlow m_importFlow;
    ExportFlow m_exportFlow;
    AddTokenFlow m_addToken;
    StoreOpener m_opener;           // how the vault was opened, to reopen it after an unlock
    bool m_secretsDropped = false;  // locked: the vault is closed until the next unlock
    QString m_startupError;
    QString m_virtualCamera;
    bool m_loading = false;
    bool m_storeFailed = false;
};
