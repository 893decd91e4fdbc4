#pragma once

#include <memory>

#include <QObject>
#include <QSettings>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include "platform/app_lock.h"

// The app lock as the pages see it (`app.lock`): wraps platform::AppLock (PIN hash in the
// settings file, growing delays, relock after time in the background) and turns its state into
// translated sentences for the lock screen and the Settings page. Owned by AppController.
//
// While `locked`, Main.qml shows only LockPage: no code, serial or menu is reachable.
// Other pages that need the PIN again (exporting seeds) call verifyPin() when `enabled`.
class LockController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by AppController")
    Q_PROPERTY(bool enabled READ isEnabled NOTIFY enabledChanged)
    Q_PROPERTY(bool locked READ isLocked NOTIFY lockedChanged)
    Q_PROPERTY(
        int relockMinutes READ relockMinutes WRITE setRelockMinutes NOTIFY relockMinutesChanged)
    // True only where the OS has a sensor with an enrolment (Android, iOS back ends).
    Q_PROPERTY(bool biometricAvailable READ isBiometricAvailable NOTIFY enabledChanged)
    Q_PROPERTY(bool biometricEnabled READ isBiometricEnabled WRITE setBiometricEnabled NOTIFY
                   biometricEnabledChanged)
    Q_PROPERTY(int remainingLockoutSeconds READ remainingLockoutSeconds NOTIFY attemptsChanged)
    // "Try again in 30 s" while a delay runs (counts down), else "".
    Q_PROPERTY(QString countdownText READ countdownText NOTIFY attemptsChanged)
    // Why the last PIN was refused, translated ("Wrong PIN. 2 attempts left …"), else "".
    Q_PROPERTY(QString errorText READ errorText NOTIFY attemptsChanged)

public:
    static constexpr int kMinPinDigits = 4;  // platform/otp accept 4..16 digits

    explicit LockController(QObject* parent = nullptr);
    ~LockController() override;

    // Reads (and from now on writes) the lock in the INI file `iniPath` (AppSettings' file, so
    // each --data-dir profile has its own PIN). With a PIN set, the app is locked afterwards.
    // `options` lets tests inject a clock, biometrics and cheap scrypt; its `settings` is
    // ignored. An empty path keeps the state in memory.
    void open(const QString& iniPath, platform::AppLock::Options options = {});
    platform::AppLock* appLock() { return m_lock.get(); }

    bool isEnabled() const { return m_lock->isEnabled(); }
    bool isLocked() const { return m_lock->isLocked(); }
    int relockMinutes() const { return m_lock->relockMinutes(); }
    void setRelockMinutes(int minutes) { m_lock->setRelockMinutes(minutes); }
    bool isBiometricAvailable() const { return m_lock->isBiometricAvailable(); }
    bool isBiometricEnabled() const { return m_lock->isBiometricEnabled(); }
    void setBiometricEnabled(bool on) { m_lock->setBiometricEnabled(on); }
    int remainingLockoutSeconds() const { return m_lock->remainingLockoutSeconds(); }
    QString countdownText() const;
    QString errorText() const;

    // The lock screen: true and `locked` false if the PIN is right.
    Q_INVOKABLE bool unlock(const QString& pin);
    Q_INVOKABLE void unlockWithBiometric();
    // Settings. Each returns "" on success or a translated sentence saying what is wrong.
    // New PIN: at least 4 digits, typed twice. With a PIN set, `currentPin` must be right.
    Q_INVOKABLE QString setPin(const QString& currentPin, const QString& newPin,
                               const QString& repeat);
    Q_INVOKABLE QString removePin(const QString& currentPin);
    // Loosening the lock needs the PIN: a longer relock delay, or biometrics on. Setting the
    // properties directly only tightens it. needsPinFor*(): whether the change needs the PIN.
    Q_INVOKABLE bool needsPinForRelock(int minutes) const
    {
        return isEnabled() && minutes > relockMinutes();
    }
    Q_INVOKABLE bool needsPinForBiometric(bool on) const { return isEnabled() && on; }
    Q_INVOKABLE QString setRelockMinutesWithPin(int minutes, const QString& pin);
    Q_INVOKABLE QString setBiometricEnabledWithPin(bool on, const QString& pin);
    // For actions that need the PIN again while unlocked (export of seeds): true when no PIN is
    // set or `pin` is right; false otherwise, with errorText/countdownText saying why. Counts
    // towards the same delays as the lock screen. Does not lock or unlock.
    Q_INVOKABLE bool verifyPin(const QString& pin);
    Q_INVOKABLE void lockNow() { m_lock->lockNow(); }

    // Feeds an application state (normally from QGuiApplication); public for tests.
    void setApplicationState(Qt::ApplicationState state) { m_lock->setApplicationState(state); }

Q_SIGNALS:
    void enabledChanged();
    void lockedChanged();
    void relockMinutesChanged();
    void biometricEnabledChanged();
    void attemptsChanged();

private:
    void replace(std::unique_ptr<platform::AppLock> lock);
    // "" for a success, else errorText() and the countdown.
    QString refusal(const otp::Result<void>& result) const;

    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<platform::AppLock> m_lock;
};
