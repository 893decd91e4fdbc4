#include "lock_controller.h"

#include <utility>

#include "error_text.h"
#include "otp/error.h"

namespace {

// How many more wrong PINs cost no wait (the first few are free, then delays start).
int freeAttemptsLeft(int failures)
{
    int left = 0;
    while (left < 100 &&
           otp::pinDelayMsAfterFailures(static_cast<std::uint32_t>(failures + left + 1)) == 0)
        ++left;
    return left;
}

bool allDigits(const QString& pin)
{
    for (const QChar c : pin)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}

}  // namespace

LockController::LockController(QObject* parent) : QObject(parent)
{
    replace(std::make_unique<platform::AppLock>());
}

LockController::~LockController() = default;

void LockController::open(const QString& iniPath, platform::AppLock::Options options)
{
    std::unique_ptr<QSettings> settings;
    if (!iniPath.isEmpty())
        settings = std::make_unique<QSettings>(iniPath, QSettings::IniFormat);
    options.settings = settings.get();
    auto lock = std::make_unique<platform::AppLock>(std::move(options));
    // The old lock goes before its settings: it may still write to them.
    replace(std::move(lock));
    m_settings = std::move(settings);
}

void LockController::replace(std::unique_ptr<platform::AppLock> lock)
{
    const bool wasLocked = m_lock && m_lock->isLocked();
    m_lock = std::move(lock);
    platform::AppLock* l = m_lock.get();
    connect(l, &platform::AppLock::enabledChanged, this, &LockController::enabledChanged);
    connect(l, &platform::AppLock::lockedChanged, this, &LockController::lockedChanged);
    connect(l, &platform::AppLock::relockMinutesChanged, this,
            &LockController::relockMinutesChanged);
    connect(l, &platform::AppLock::biometricEnabledChanged, this,
            &LockController::biometricEnabledChanged);
    connect(l, &platform::AppLock::attemptsChanged, this, &LockController::attemptsChanged);
    Q_EMIT enabledChanged();
    Q_EMIT relockMinutesChanged();
    Q_EMIT biometricEnabledChanged();
    Q_EMIT attemptsChanged();
    if (wasLocked != m_lock->isLocked())
        Q_EMIT lockedChanged();
}

QString LockController::countdownText() const
{
    const int seconds = remainingLockoutSeconds();
    if (seconds <= 0)
        return {};
    if (seconds < 60)
        return tr("Try again in %1 s").arg(seconds);
    return tr("Try again in %1 min %2 s").arg(seconds / 60).arg(seconds % 60);
}

QString LockController::errorText() const
{
    const std::optional<otp::Error>& error = m_lock->lastError();
    const bool waiting = remainingLockoutSeconds() > 0;
    if (!error)
        return waiting ? tr("Too many wrong PINs.") : QString();
    if (error->code == otp::ErrorCode::PinWrong) {
        if (waiting)
            return tr("Wrong PIN.");
        // Attempts the user can still make before a wrong one starts a wait.
        const int left = freeAttemptsLeft(m_lock->failures()) + 1;
        return tr("Wrong PIN. %n more attempt(s) before a waiting time.", nullptr, left);
    }
    if (error->code == otp::ErrorCode::PinLockedOut)
        return tr("Too many wrong PINs.");
    return ErrorText::forError(*error);
}

bool LockController::unlock(const QString& pin)
{
    return m_lock->unlockWithPin(pin).ok();
}

void LockController::unlockWithBiometric()
{
    m_lock->unlockWithBiometric(tr("Unlock SoftToken"));
}

QString LockController::setPin(const QString& currentPin, const QString& newPin,
                               const QString& repeat)
{
    if (newPin.size() < kMinPinDigits || newPin.size() > 16 || !allDigits(newPin))
        return tr("A PIN has 4 to 16 digits.");
    if (newPin != repeat)
        return tr("The two PINs are not the same.");
    return refusal(m_lock->setPin(currentPin, newPin));
}

QString LockController::setRelockMinutesWithPin(int minutes, const QString& pin)
{
    return refusal(m_lock->setRelockMinutesWithPin(minutes, pin));
}

QString LockController::setBiometricEnabledWithPin(bool on, const QString& pin)
{
    return refusal(m_lock->setBiometricEnabledWithPin(on, pin));
}

QString LockController::removePin(const QString& currentPin)
{
    return refusal(m_lock->disable(currentPin));
}

bool LockController::verifyPin(const QString& pin)
{
    return m_lock->verifyPin(pin).ok();
}

QString LockController::refusal(const otp::Result<void>& result) const
{
    if (result)
        return {};
    // errorText() reads the same error back from the lock (lastError), with the attempts left.
    const QString countdown = countdownText();
    QString error = errorText();
    if (countdown.isEmpty())
        return error;
    return error + QLatin1Char(' ') + countdown;
}
