#pragma once

#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QString>
#include <QTranslator>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include "app_clock.h"
#include "app_settings.h"
#include "camera_access.h"
#include "clock_check_controller.h"
#include "export_flow.h"
#include "import_flow.h"
#include "lock_controller.h"
#include "passphrase_prompt.h"
#include "pending_token.h"
#include "platform/screen_security.h"
#include "scan_target.h"
#include "secure_clipboard.h"
#include "token_filter_model.h"
#include "token_list_model.h"

// The root view model that Main.qml receives (`required property AppController app`): owns the
// token list, clock, settings, clipboard and the add-a-token flow. main.cpp configures it from
// the command line; tests create one in QML with an in-memory store and the system clock.
class AppController : public QObject, public ScanTarget {
    Q_OBJECT
    Q_INTERFACES(ScanTarget)
    QML_ELEMENT
    Q_PROPERTY(TokenListModel* tokens READ tokens CONSTANT)
    Q_PROPERTY(AppClock* clock READ clock CONSTANT)
    Q_PROPERTY(AppSettings* settings READ settings CONSTANT)
    Q_PROPERTY(PendingToken* pending READ pending CONSTANT)
    Q_PROPERTY(SecureClipboard* clipboard READ clipboard CONSTANT)
    Q_PROPERTY(PassphrasePrompt* passphrase READ passphrase CONSTANT)
    Q_PROPERTY(LockController* lock READ lock CONSTANT)
    Q_PROPERTY(ClockCheckController* clockCheck READ clockCheck CONSTANT)
    Q_PROPERTY(CameraAccess* camera READ camera CONSTANT)
    // True while the app is not in front (phones) or hidden/minimised (desktop): Main.qml then
    // covers codes and serials (app-switcher thumbnails, docs/protections.md).
    Q_PROPERTY(bool obscured READ obscured NOTIFY obscuredChanged)
    Q_PROPERTY(ImportFlow* importFlow READ importFlow CONSTANT)
    Q_PROPERTY(ExportFlow* exportFlow READ exportFlow CONSTANT)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString language READ language NOTIFY languageChanged)
    Q_PROPERTY(QString fontFamily READ fontFamily NOTIFY languageChanged)
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
    void setEngine(QQmlEngine* engine) { m_engine = engine; }
    // --lang: wins over the saved setting until the user picks a language in Settings.
    void setLanguageOverride(const QString& language);
    // --virtual-camera: the scan page plays this file instead of opening a camera.
    void setVirtualCamera(const QString& path) { m_virtualCamera = path; }
    QString virtualCamera() const { return m_virtualCamera; }
    // Offers a scanned payload (QR text) for confirmation. "" or a translated error.
    QString offerPayload(std::string_view payload) override;
    // Offers every code read from one image or the clipboard (offerImageCodes()).
    QString offerCodes(std::span<const std::string> codes);
    bool collectingBatch() const override { return m_importFlow.collectingBatch(); }

    TokenListModel* tokens() { return &m_tokens; }
    AppClock* clock() { return &m_clock; }
    AppSettings* settings() { return &m_settings; }
    PendingToken* pending() { return &m_pending; }
    SecureClipboard* clipboard() { return &m_clipboard; }
    PassphrasePrompt* passphrase() { return &m_passphrase; }
    LockController* lock() { return &m_lock; }
    ClockCheckController* clockCheck() { return &m_clockCheck; }
    CameraAccess* camera() { return &m_camera; }
    platform::PrivacyShield* privacyShield() { return &m_privacy; }
    bool obscured() const { return m_privacy.isObscured(); }
    // The main window, so the privacy cover also goes up when it is minimised (desktop).
    Q_INVOKABLE void watchWindow(QObject* window);
    ImportFlow* importFlow() { return &m_importFlow; }
    ExportFlow* exportFlow() { return &m_exportFlow; }
    bool busy() const { return m_busy; }
    bool loading() const { return m_loading; }
    QString language() const { return m_language; }  // effective: "ja" or "en"
    QString fontFamily() const;
    QString version() const;
    QString startupError() const { return m_startupError; }

    // Checks typed token details and, if they are fine, makes them the pending token.
    // `secret` is base32. Returns "" or a translated error naming the field.
    Q_INVOKABLE QString offerManual(const QString& issuer, const QString& account,
                                    const QString& secret, bool hotp, const QString& algorithm,
                                    int digits, int period, qulonglong counter,
                                    const QString& serial);
    // Reads QR codes from an image file in the background (busy meanwhile); the result arrives
    // as pendingReady() or errorOccurred().
    Q_INVOKABLE void importImage(const QUrl& file);
    // A QR image or otpauth:// text on the clipboard. "" or a translated error.
    Q_INVOKABLE QString pasteFromClipboard();

    enum ConfirmAction { AddNew, ReplaceDuplicate };
    Q_ENUM(ConfirmAction)
    // Saves the pending token. Returns "" or a translated error.
    Q_INVOKABLE QString confirmPending(ConfirmAction action = AddNew);
    Q_INVOKABLE void discardPending()
    {
        m_pending.clear();
        Q_EMIT pendingDiscarded();
    }

Q_SIGNALS:
    void busyChanged();
    void loadingChanged();
    void storeReady();
    void languageChanged();
    void obscuredChanged();
    void startupErrorChanged();
    void pendingReady();
    void pendingDiscarded();  // the confirmation sheet was cancelled
    void errorOccurred(const QString& message);
    void tokenAdded(qulonglong id);

private:
    QString offerUri(otp::KeyUri uri);
    void applyLanguage();
    void applyFontFamily();
    void setBusy(bool busy);
    void offerPassphrase(const otp::Error& error);
    void dropSecrets();

    AppClock m_clock;
    AppSettings m_settings;
    TokenListModel m_tokens;
    PendingToken m_pending;
    SecureClipboard m_clipboard;
    PassphrasePrompt m_passphrase;
    LockController m_lock;
    ClockCheckController m_clockCheck;
    CameraAccess m_camera;
    platform::PrivacyShield m_privacy;
    ImportFlow m_importFlow;
    ExportFlow m_exportFlow;
    StoreOpener m_opener;           // how the vault was opened, to reopen it after an unlock
    bool m_secretsDropped = false;  // locked: the vault is closed until the next unlock
    QPointer<QQmlEngine> m_engine;
    QTranslator m_translator;
    QString m_languageOverride;
    QString m_language = QStringLiteral("en");
    QString m_startupError;
    QString m_virtualCamera;
    bool m_busy = false;
    bool m_loading = false;
    bool m_storeFailed = false;
};
