#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QObject>
#include <QString>
#include <QTimer>

#include "otp/pin_lock.h"
#include "otp/result.h"
#include "platform/clipboard_guard.h"

class QSettings;

namespace platform {

// Fingerprint / face unlock, behind an interface. Biometrics are a convenience on top of the PIN,
// never a replacement: the PIN always works, and the OS may drop enrolments at any time.
class BiometricAuthenticator {
public:
    virtual ~BiometricAuthenticator() = default;

    // Whether a sensor exists and the user enrolled in it.
    virtual bool isAvailable() const = 0;
    // Asks the OS to check the user, showing `reason`; calls `done` once, on the GUI thread.
    // Errors: BiometricUnavailable, BiometricFailed (cancelled, too many tries, refused).
    virtual void authenticate(const QString& reason,
                              std::function<void(otp::Result<void>)> done) = 0;
};

// No biometrics: what desktop has. Android (BiometricPrompt) and iOS (LocalAuthentication) have
// their own back ends in platform/src/android and platform/src/ios (docs/protections.md).
class UnavailableBiometricAuthenticator final : public BiometricAuthenticator {
public:
    bool isAvailable() const override { return false; }
    void authenticate(const QString& reason, std::function<void(otp::Result<void>)> done) override;
};

std::unique_ptr<BiometricAuthenticator> makeSystemBiometricAuthenticator();

// The optional app lock: a PIN (and biometrics where available) at start and after the app spent
// `relockMinutes` in the background. Wrong PINs are rate-limited with growing delays
// (otp::pinDelayMsAfterFailures).
//
// Persistence: QSettings group "appLock" holds the scrypt hash of the PIN with its salt and
// parameters, the failure counter and the lockout end, the relock delay and the biometric switch.
// None of that is a seed or a code; the hash is only as strong as a 4..16 digit PIN under scrypt,
// so the lock keeps a casual finder of an unlocked phone out, while the vault encryption protects
// the seeds. With no QSettings the state lives in memory (tests).
//
// QML: while `locked`, show only the lock page (PIN pad, `remainingLockoutSeconds`, a biometric
// button when `biometricAvailable && biometricEnabled`), never a code or a serial.
class AppLock : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool enabled READ isEnabled NOTIFY enabledChanged)
    Q_PROPERTY(bool locked READ isLocked NOTIFY lockedChanged)
    Q_PROPERTY(
        int relockMinutes READ relockMinutes WRITE setRelockMinutes NOTIFY relockMinutesChanged)
    Q_PROPERTY(bool biometricAvailable READ isBiometricAvailable CONSTANT)
    Q_PROPERTY(bool biometricEnabled READ isBiometricEnabled WRITE setBiometricEnabled NOTIFY
                   biometricEnabledChanged)
    Q_PROPERTY(int failures READ failures NOTIFY attemptsChanged)
    Q_PROPERTY(int remainingLockoutSeconds READ remainingLockoutSeconds NOTIFY attemptsChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY attemptsChanged)

public:
    struct Options {
        QSettings* settings = nullptr;                      // not owned; nullptr: in memory only
        std::unique_ptr<BiometricAuthenticator> biometric;  // nullptr: the system's
        MsClock clock;          // empty: a monotonic clock (waits and relock ignore the wall clock)
        otp::PinKdfParams kdf;  // tests use cheaper parameters
    };

    // Reads the stored state. If a PIN is set, the app starts locked.
    explicit AppLock(Options options, QObject* parent = nullptr);
    explicit AppLock(QObject* parent = nullptr) : AppLock(Options{}, parent) {}
    ~AppLock() override;

    bool isEnabled() const { return m_pin.hasPin(); }
    bool isLocked() const { return m_locked; }
    int relockMinutes() const { return m_relockMinutes; }
    // 0..1440; 0 = whenever the app leaves the foreground. With a PIN set, only a shorter delay
    // is accepted here (a longer one needs setRelockMinutesWithPin).
    void setRelockMinutes(int minutes);
    // Any delay, after checking the PIN (same rate limit as unlocking). False: see lastError.
    Q_INVOKABLE bool setRelockMinutesWithPin(int minutes, const QString& pin);
    bool isBiometricAvailable() const;
    bool isBiometricEnabled() const { return m_biometricEnabled; }
    // With a PIN set, only turning biometrics off is accepted here; on needs the PIN.
    void setBiometricEnabled(bool on);
    Q_INVOKABLE bool setBiometricEnabledWithPin(bool on, const QString& pin);
    int failures() const { return static_cast<int>(m_pin.attempts().failures); }
    // Seconds until a PIN is accepted again; attemptsChanged fires every second while it counts
    // down, so QML can bind to it.
    int remainingLockoutSeconds() const;
    // Name of the last error (otp::errorCodeName, e.g. "pin.wrong"); empty after a success.
    QString lastError() const { return m_lastError; }

    // Unlocks with the PIN. False on failure; lastError says why ("pin.wrong", "pin.locked_out").
    Q_INVOKABLE bool unlockWithPin(const QString& pin);
    // Asks for biometrics; `locked` turns false on success. Does nothing unless enabled+available.
    Q_INVOKABLE void unlockWithBiometric(const QString& reason);
    // Sets or changes the PIN. With a PIN set, `currentPin` must be right (same rate limit as
    // unlocking). False on failure, see lastError ("pin.invalid", "pin.wrong", ...).
    Q_INVOKABLE bool setPin(const QString& currentPin, const QString& newPin);
    // Turns the lock off (checks `currentPin` the same way).
    Q_INVOKABLE bool disable(const QString& currentPin);
    // Checks the PIN without locking or unlocking (for actions that need it again while the
    // app is unlocked, e.g. exporting seeds). True when no PIN is set. Same rate limit and
    // failure counter as unlocking; lastError says why on failure.
    Q_INVOKABLE bool verifyPin(const QString& pin);
    // Locks now (if enabled).
    Q_INVOKABLE void lockNow();

    // Feeds an application state; connected to QGuiApplication, public for tests.
    void setApplicationState(Qt::ApplicationState state);

Q_SIGNALS:
    void enabledChanged();
    void lockedChanged();
    void relockMinutesChanged();
    void biometricEnabledChanged();
    void attemptsChanged();
    void unlockFailed(const QString& error);

private:
    bool checkCurrentPin(const QString& pin);
    bool fail(const otp::Error& error);
    void setLocked(bool locked);
    void saveRecord();
    void saveAttempts(const otp::PinAttempts& attempts);
    void storeRelockMinutes(int minutes);
    void storeBiometricEnabled(bool on);
    void updateCountdown();

    QSettings* m_settings;
    std::unique_ptr<BiometricAuthenticator> m_biometric;
    MsClock m_clock;
    otp::PinKdfParams m_kdf;
    otp::PinLock m_pin;
    bool m_locked = false;
    int m_relockMinutes = 1;
    bool m_biometricEnabled = false;
    std::optional<qint64> m_backgroundSinceMs;
    QString m_lastError;
    QTimer m_countdown;
    int m_shownSeconds = 0;
};

}  // namespace platform
