#include "platform/app_lock.h"

#include <algorithm>
#include <utility>

#include <QByteArray>
#include <QGuiApplication>
#include <QPointer>
#include <QSettings>
#include <QTimer>

namespace platform {

namespace {

// QSettings keys, group "appLock". Documented in docs/protections.md.
constexpr auto kSalt = "appLock/pinSalt";
constexpr auto kHash = "appLock/pinHash";
constexpr auto kN = "appLock/scryptN";
constexpr auto kR = "appLock/scryptR";
constexpr auto kP = "appLock/scryptP";
constexpr auto kFailures = "appLock/failures";
constexpr auto kWait = "appLock/waitMs";
constexpr auto kLegacyLockedUntil = "appLock/lockedUntilMs";  // a wall-clock time, before 2026-12
constexpr auto kRelock = "appLock/relockMinutes";
constexpr auto kBiometric = "appLock/biometric";

QString key(const char* name)
{
    return QString::fromLatin1(name);
}

std::optional<otp::PinRecord> loadRecord(const QSettings* s)
{
    if (!s || !s->contains(key(kHash)))
        return std::nullopt;
    const QByteArray salt = QByteArray::fromBase64(s->value(key(kSalt)).toByteArray());
    const QByteArray hash = QByteArray::fromBase64(s->value(key(kHash)).toByteArray());
    otp::PinRecord record;
    record.salt.assign(salt.begin(), salt.end());
    record.hash.assign(hash.begin(), hash.end());
    record.params.n = s->value(key(kN)).toULongLong();
    record.params.r = s->value(key(kR)).toUInt();
    record.params.p = s->value(key(kP)).toUInt();
    // A damaged record stays a record: verifyPin reports PinStateDamaged, the lock stays on.
    return record;
}

otp::PinAttempts loadAttempts(const QSettings* s)
{
    otp::PinAttempts attempts;
    if (s) {
        attempts.failures = s->value(key(kFailures), 0).toUInt();
        if (s->contains(key(kWait)))
            attempts.waitMs = s->value(key(kWait), 0).toLongLong();
        else if (s->value(key(kLegacyLockedUntil), 0).toLongLong() > 0)
            attempts.waitMs = otp::pinDelayMsAfterFailures(attempts.failures);  // the full wait
    }
    return attempts;
}

// The PIN as UTF-8 bytes, wiped afterwards. The QString the UI passes cannot be wiped; keep its
// life short in the UI (clear the field after the call).
struct PinBytes {
    explicit PinBytes(const QString& pin) : bytes(pin.toUtf8()) {}
    ~PinBytes() { bytes.fill('\0'); }
    PinBytes(const PinBytes&) = delete;
    PinBytes& operator=(const PinBytes&) = delete;
    std::string_view view() const { return {bytes.constData(), static_cast<size_t>(bytes.size())}; }
    QByteArray bytes;
};

}  // namespace

void UnavailableBiometricAuthenticator::authenticate(const QString&,
                                                     std::function<void(otp::Result<void>)> done)
{
    // Asynchronous like a real sensor, so callers cannot rely on a synchronous answer.
    QTimer::singleShot(0, QCoreApplication::instance(), [done = std::move(done)] {
        done(otp::Error{ErrorCode::BiometricUnavailable,
                        "biometric authentication is not available on this platform"});
    });
}

// makeSystemBiometricAuthenticator() is per platform: src/android/biometric_android.cpp,
// src/ios/biometric_ios.mm, src/protections_default.cpp (desktop).

AppLock::AppLock(Options options, QObject* parent)
    : QObject(parent), m_settings(options.settings),
      m_biometric(options.biometric ? std::move(options.biometric)
                                    : makeSystemBiometricAuthenticator()),
      m_clock(options.clock ? std::move(options.clock) : otp::steadyClockMs()), m_kdf(options.kdf),
      m_pin(loadRecord(m_settings), loadAttempts(m_settings), m_clock,
            [this](const otp::PinAttempts& attempts) { saveAttempts(attempts); })
{
    if (m_settings) {
        m_relockMinutes = std::clamp(m_settings->value(key(kRelock), 1).toInt(), 0, 1440);
        m_biometricEnabled = m_settings->value(key(kBiometric), false).toBool();
    }
    m_locked = m_pin.hasPin();
    m_countdown.setSingleShot(true);
    m_countdown.setTimerType(Qt::PreciseTimer);
    connect(&m_countdown, &QTimer::timeout, this, [this] {
        // Notify only when the number shown changes (a timer may fire a little early).
        if (remainingLockoutSeconds() != m_shownSeconds)
            Q_EMIT attemptsChanged();
        else
            updateCountdown();
    });
    connect(this, &AppLock::attemptsChanged, this, &AppLock::updateCountdown);
    updateCountdown();
    if (auto* app = qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        connect(app, &QGuiApplication::applicationStateChanged, this,
                &AppLock::setApplicationState);
}

// A clean exit keeps what is left of a wait; a killed app repeats the wait saved at the failure.
AppLock::~AppLock()
{
    if (m_pin.remainingLockoutMs() > 0)
        saveAttempts(m_pin.attemptsNow());
}

void AppLock::setRelockMinutes(int minutes)
{
    minutes = std::clamp(minutes, 0, 1440);
    if (minutes == m_relockMinutes)
        return;
    // Someone with the app briefly unlocked must not be able to loosen the lock for later.
    if (m_pin.hasPin() && minutes > m_relockMinutes) {
        Q_EMIT relockMinutesChanged();  // a bound control snaps back
        return;
    }
    storeRelockMinutes(minutes);
}

otp::Result<void> AppLock::setRelockMinutesWithPin(int minutes, const QString& pin)
{
    if (auto verified = verifyPin(pin); !verified)
        return verified;
    storeRelockMinutes(std::clamp(minutes, 0, 1440));
    return {};
}

otp::Result<void> AppLock::setBiometricEnabledWithPin(bool on, const QString& pin)
{
    if (auto verified = verifyPin(pin); !verified)
        return verified;
    storeBiometricEnabled(on);
    return {};
}

void AppLock::storeRelockMinutes(int minutes)
{
    if (minutes == m_relockMinutes)
        return;
    m_relockMinutes = minutes;
    if (m_settings)
        m_settings->setValue(key(kRelock), minutes);
    Q_EMIT relockMinutesChanged();
}

bool AppLock::isBiometricAvailable() const
{
    return m_biometric->isAvailable();
}

void AppLock::setBiometricEnabled(bool on)
{
    if (on == m_biometricEnabled)
        return;
    if (m_pin.hasPin() && on) {  // a second way in: needs the PIN (setBiometricEnabledWithPin)
        Q_EMIT biometricEnabledChanged();
        return;
    }
    storeBiometricEnabled(on);
}

void AppLock::storeBiometricEnabled(bool on)
{
    if (on == m_biometricEnabled)
        return;
    m_biometricEnabled = on;
    if (m_settings)
        m_settings->setValue(key(kBiometric), on);
    Q_EMIT biometricEnabledChanged();
}

int AppLock::remainingLockoutSeconds() const
{
    return static_cast<int>((m_pin.remainingLockoutMs() + 999) / 1000);
}

otp::Result<void> AppLock::unlockWithPin(const QString& pin)
{
    if (!m_locked)
        return {};
    if (auto checked = checkCurrentPin(pin); !checked)
        return checked;
    succeed();
    setLocked(false);
    return {};
}

void AppLock::unlockWithBiometric(const QString& reason)
{
    if (!m_locked || !m_biometricEnabled || !m_biometric->isAvailable())
        return;
    QPointer<AppLock> self(this);
    m_biometric->authenticate(reason, [self](const otp::Result<void>& result) {
        if (!self)
            return;
        if (!result) {
            (void)self->fail(result.error());
            return;
        }
        self->succeed();
        self->setLocked(false);
    });
}

otp::Result<void> AppLock::setPin(const QString& currentPin, const QString& newPin)
{
    const bool wasEnabled = m_pin.hasPin();
    if (wasEnabled) {
        if (auto checked = checkCurrentPin(currentPin); !checked)
            return checked;
    }
    const PinBytes bytes(newPin);
    if (auto result = m_pin.setPin(bytes.view(), m_kdf); !result)
        return fail(result.error());
    saveRecord();
    succeed();
    if (!wasEnabled)
        Q_EMIT enabledChanged();
    return {};
}

otp::Result<void> AppLock::disable(const QString& currentPin)
{
    if (!m_pin.hasPin())
        return {};
    if (auto checked = checkCurrentPin(currentPin); !checked)
        return checked;
    m_pin.clearPin();
    saveRecord();
    setBiometricEnabled(false);
    succeed();
    Q_EMIT enabledChanged();
    setLocked(false);
    return {};
}

otp::Result<void> AppLock::verifyPin(const QString& pin)
{
    if (!m_pin.hasPin())
        return {};
    if (auto checked = checkCurrentPin(pin); !checked)
        return checked;
    succeed();
    return {};
}

void AppLock::lockNow()
{
    if (m_pin.hasPin())
        setLocked(true);
}

void AppLock::setApplicationState(Qt::ApplicationState state)
{
    if (state != Qt::ApplicationActive) {
        if (!m_backgroundSinceMs)
            m_backgroundSinceMs = m_clock();
        if (m_pin.remainingLockoutMs() > 0)
            saveAttempts(m_pin.attemptsNow());  // the OS may end a background app at any time
        if (m_relockMinutes == 0)
            lockNow();
        return;
    }
    if (!m_backgroundSinceMs)
        return;
    const qint64 away = m_clock() - *m_backgroundSinceMs;
    m_backgroundSinceMs.reset();
    // A clock that went backwards is treated as "long enough": it fails closed.
    if (away < 0 || away >= qint64{m_relockMinutes} * 60'000)
        lockNow();
    Q_EMIT attemptsChanged();  // the lockout countdown may have moved on
}

otp::Result<void> AppLock::checkCurrentPin(const QString& pin)
{
    const PinBytes bytes(pin);
    if (auto result = m_pin.unlock(bytes.view()); !result)
        return fail(result.error());
    return {};
}

otp::Result<void> AppLock::fail(const otp::Error& error)
{
    m_lastError = error;
    Q_EMIT attemptsChanged();
    return error;
}

void AppLock::succeed()
{
    m_lastError.reset();
    Q_EMIT attemptsChanged();
}

void AppLock::setLocked(bool locked)
{
    if (locked == m_locked)
        return;
    m_locked = locked;
    Q_EMIT lockedChanged();
}

void AppLock::saveRecord()
{
    if (!m_settings)
        return;
    if (const auto& record = m_pin.record()) {
        const auto bytes = [](const std::vector<std::uint8_t>& v) {
            return QByteArray(reinterpret_cast<const char*>(v.data()),
                              static_cast<qsizetype>(v.size()))
                .toBase64();
        };
        m_settings->setValue(key(kSalt), bytes(record->salt));
        m_settings->setValue(key(kHash), bytes(record->hash));
        m_settings->setValue(key(kN), static_cast<qulonglong>(record->params.n));
        m_settings->setValue(key(kR), record->params.r);
        m_settings->setValue(key(kP), record->params.p);
    } else {
        for (const char* name : {kSalt, kHash, kN, kR, kP})
            m_settings->remove(key(name));
    }
    m_settings->sync();
}

void AppLock::updateCountdown()
{
    // Fire when the shown number of seconds changes next, the last time when it reaches 0.
    const qint64 remaining = m_pin.remainingLockoutMs();
    m_shownSeconds = remainingLockoutSeconds();
    if (remaining > 0)
        m_countdown.start(static_cast<int>((remaining - 1) % 1000 + 1));
    else
        m_countdown.stop();
}

void AppLock::saveAttempts(const otp::PinAttempts& attempts)
{
    if (!m_settings)
        return;
    m_settings->setValue(key(kFailures), attempts.failures);
    m_settings->setValue(key(kWait), static_cast<qlonglong>(attempts.waitMs));
    m_settings->remove(key(kLegacyLockedUntil));
    m_settings->sync();  // before the PIN is checked: killing the app must not undo an attempt
}

}  // namespace platform
