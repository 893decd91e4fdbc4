#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QObject>
#include <QString>
#include <QTimer>

#include "otp/clock.h"
#include "otp/pin_lock.h"
#include "otp/result.h"
#include "platform/error_code.h"

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
// A service: the signals say what changed, the UI's LockController turns it into pages and
// translated sentences. While `isLocked()`, the app shows nothing but the lock screen.
class AppLock : public QObject {
    Q_OBJECT

public:
    struct Options {
        QSettings* settings = nullptr;                      // not owned; nullptr: in memory only
        std::unique_ptr<BiometricAuthenticator> biometric;  // nullptr: the system's
        otp::MsClock clock;     // empty: a monotonic clock (waits and relock ignore the wall clock)
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
    // is accepted here (a longer one needs setRelockMinutesWithPin); a refused change emits
    // relockMinutesChanged anyway, so a bound control snaps back.
    void setRelockMinutes(int minutes);
    // Any delay, after checking the PIN (same rate limit and errors as verifyPin).
    otp::Result<void> setRelockMinutesWithPin(int minutes, const QString& pin);
    bool isBiometricAvailable() const;
    bool isBiometricEnabled() const { return m_biometricEnabled; }
    // With a PIN set, only turning biometrics off is accepted here; on needs the PIN.
    void setBiometricEnabled(bool on);
    otp::Result<void> setBiometricEnabledWithPin(bool on, const QString& pin);
    int failures() const { return static_cast<int>(m_pin.attempts().failures); }
    // Seconds until a PIN is accepted again; attemptsChanged fires every second while it counts
    // down.
    int remainingLockoutSeconds() const;
    // Why the last check failed (PinWrong, PinLockedOut, BiometricFailed, ...); std::nullopt
    // after a success. Kept for the asynchronous biometric answer, which returns nothing.
    const std::optional<otp::Error>& lastError() const { return m_lastError; }

    // Unlocks with the PIN. Errors: PinWrong, PinLockedOut, PinCrypto, PinStateDamaged.
    otp::Result<void> unlockWithPin(const QString& pin);
    // Asks for biometrics; unlocks on success, else sets lastError (BiometricUnavailable,
    // BiometricFailed) and emits attemptsChanged. Does nothing unless enabled and available.
    void unlockWithBiometric(const QString& reason);
    // Sets or changes the PIN. With a PIN set, `currentPin` must be right (same rate limit as
    // unlocking). Errors: PinInvalid, and those of unlockWithPin.
    otp::Result<void> setPin(const QString& currentPin, const QString& newPin);
    // Turns the lock off (checks `currentPin` the same way).
    otp::Result<void> disable(const QString& currentPin);
    // Checks the PIN without locking or unlocking (for actions that need it again while the
    // app is unlocked, e.g. exporting seeds). Succeeds when no PIN is set. Same rate limit,
    // failure counter and errors as unlocking.
    otp::Result<void> verifyPin(const QString& pin);
    // Locks now (if enabled).
    void lockNow();

    // Feeds an application state; connected to QGuiApplication, public for tests.
    void setApplicationState(Qt::ApplicationState state);

Q_SIGNALS:
    void enabledChanged();
    void lockedChanged();
    void relockMinutesChanged();
    void biometricEnabledChanged();
    void attemptsChanged();  // failures, remainingLockoutSeconds or lastError

private:
    otp::Result<void> checkCurrentPin(const QString& pin);
    otp::Result<void> fail(const otp::Error& error);
    void succeed();
    void setLocked(bool locked);
    void saveRecord();
    void saveAttempts(const otp::PinAttempts& attempts);
    void storeRelockMinutes(int minutes);
    void storeBiometricEnabled(bool on);
    void updateCountdown();

    QSettings* m_settings;
    std::unique_ptr<BiometricAuthenticator> m_biometric;
    otp::MsClock m_clock;
    otp::PinKdfParams m_kdf;
    otp::PinLock m_pin;
    bool m_locked = false;
    int m_relockMinutes = 1;
    bool m_biometricEnabled = false;
    std::optional<qint64> m_backgroundSinceMs;
    std::optional<otp::Error> m_lastError;
    QTimer m_countdown;
    int m_shownSeconds = 0;
};

}  // namespace platform
