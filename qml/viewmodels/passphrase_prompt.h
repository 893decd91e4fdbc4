#pragma once

#include <functional>
#include <memory>

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include "otp/result.h"
#include "platform/token_repository.h"
#include "platform/vault_session.h"

// The in-app passphrase screen's view model: creates a vault with a passphrase slot when no OS
// keystore answers, or unlocks a vault that has only a passphrase slot. The typed passphrase
// arrives in submit() as a QString (a QML TextField cannot do otherwise); it is copied into an
// otp::SecureString at once and never kept in a QString member, a setting or a log. The vault
// work (scrypt ~0.4 s, file I/O) runs on a worker thread with `busy` true; nothing is written
// before submit() and nothing at all on cancel().
class PassphrasePrompt : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by AppController")
    Q_PROPERTY(Mode mode READ mode NOTIFY modeChanged)
    Q_PROPERTY(bool active READ active NOTIFY modeChanged)
    Q_PROPERTY(QString detail READ detail NOTIFY modeChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(int minimumLength READ minimumLength CONSTANT)
    // The screen the user cancelled (Create or Unlock), so the home screen can offer it again;
    // Hidden while the screen shows, after success, and before anything was cancelled.
    Q_PROPERTY(Mode cancelledMode READ cancelledMode NOTIFY modeChanged)

public:
    enum Mode { Hidden, Create, Unlock };
    Q_ENUM(Mode)

    static constexpr int kMinimumLength = 8;

    explicit PassphrasePrompt(QObject* parent = nullptr);
    ~PassphrasePrompt() override;

    // Where the vault lives and how new passphrase slots are made (tests use cheap scrypt).
    void setVault(QString dataDirectory, platform::VaultSession::Options options);
    bool hasVault() const { return !m_dataDirectory.isEmpty(); }
    const QString& dataDirectory() const { return m_dataDirectory; }
    // Shows the screen. `detail`: the keystore's own message (create mode), "" otherwise.
    void begin(Mode mode, const QString& detail = {});
    // Called on this thread with the opened vault after a successful submit().
    void setOnOpened(std::function<void(std::shared_ptr<platform::TokenRepository>)> onOpened)
    {
        m_onOpened = std::move(onOpened);
    }

    Mode mode() const { return m_mode; }
    bool active() const { return m_mode != Hidden; }
    QString detail() const { return m_detail; }
    QString error() const { return m_error; }
    bool busy() const { return m_busy; }
    int minimumLength() const { return kMinimumLength; }
    Mode cancelledMode() const { return m_cancelledMode; }

    // Create mode: `passphrase` and `repeat` must match and be at least minimumLength
    // characters; unlock mode ignores `repeat`. Returns false (and sets `error`) if refused at
    // once; true if the vault work started (the result arrives as opened() or `error`).
    Q_INVOKABLE bool submit(const QString& passphrase, const QString& repeat = {});
    // Closes the screen; writes nothing. reopen() shows it again as it was.
    Q_INVOKABLE void cancel();
    Q_INVOKABLE void reopen();

Q_SIGNALS:
    void modeChanged();
    void errorChanged();
    void busyChanged();
    void opened();
    void cancelled();

private:
    void setError(const QString& error);
    void setBusy(bool busy);
    void finish(otp::Result<std::shared_ptr<platform::TokenRepository>> result);

    QString m_dataDirectory;
    platform::VaultSession::Options m_options;
    Mode m_mode = Hidden;
    Mode m_cancelledMode = Hidden;
    QString m_cancelledDetail;
    QString m_detail;
    QString m_error;
    bool m_busy = false;
    std::function<void(std::shared_ptr<platform::TokenRepository>)> m_onOpened;
};
