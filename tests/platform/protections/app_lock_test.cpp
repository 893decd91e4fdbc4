#include <algorithm>
#include <optional>
#include <vector>

#include <QDateTime>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include "platform/app_lock.h"
#include "platform/error_code.h"

namespace {

constexpr otp::PinKdfParams kFast{1024, 8, 1};

struct FakeClock {
    qint64 nowMs = 1'700'000'000'000;
    otp::MsClock function()
    {
        return [this] { return nowMs; };
    }
};

// The code of the lock's last error; std::nullopt after a success.
std::optional<otp::ErrorCode> lastCode(const platform::AppLock& lock)
{
    if (!lock.lastError())
        return std::nullopt;
    return lock.lastError()->code;
}

class FakeBiometric final : public platform::BiometricAuthenticator {
public:
    bool isAvailable() const override { return true; }
    void authenticate(const QString&, std::function<void(otp::Result<void>)> done) override
    {
        ++asked;
        if (succeed)
            done(otp::Result<void>{});
        else
            done(otp::Error{platform::ErrorCode::BiometricFailed, "cancelled"});
    }
    bool succeed = true;
    int asked = 0;
};

class AppLockTest : public ::testing::Test {
protected:
    std::unique_ptr<platform::AppLock>
    open(std::unique_ptr<platform::BiometricAuthenticator> bio = nullptr)
    {
        platform::AppLock::Options options;
        options.settings = &settings;
        options.biometric = std::move(bio);
        options.clock = clock.function();
        options.kdf = kFast;
        return std::make_unique<platform::AppLock>(std::move(options));
    }

    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    FakeClock clock;
};

TEST_F(AppLockTest, OffUntilAPinIsSet)
{
    auto lock = open();
    EXPECT_FALSE(lock->isEnabled());
    EXPECT_FALSE(lock->isLocked());
    lock->lockNow();
    EXPECT_FALSE(lock->isLocked());
    EXPECT_FALSE(lock->setPin(QString(), QStringLiteral("12")));
    EXPECT_EQ(lastCode(*lock), otp::ErrorCode::PinInvalid);
    EXPECT_FALSE(lock->isEnabled());
}

TEST_F(AppLockTest, EachCallReturnsTheErrorItKeepsAsLastError)
{
    auto lock = open();
    ASSERT_TRUE(lock->setPin(QString(), QStringLiteral("4826")));
    const otp::Result<void> wrong = lock->verifyPin(QStringLiteral("1111"));
    ASSERT_FALSE(wrong);
    EXPECT_EQ(wrong.error().code, otp::ErrorCode::PinWrong);
    ASSERT_TRUE(lock->lastError());
    EXPECT_EQ(*lock->lastError(), wrong.error());
    EXPECT_TRUE(lock->verifyPin(QStringLiteral("4826")));
    EXPECT_FALSE(lock->lastError());
}

TEST_F(AppLockTest, LockAndUnlock)
{
    auto lock = open();
    QSignalSpy lockedChanged(lock.get(), &platform::AppLock::lockedChanged);
    ASSERT_TRUE(lock->setPin(QString(), QStringLiteral("4826")));
    EXPECT_TRUE(lock->isEnabled());
    EXPECT_FALSE(lock->isLocked());  // setting a PIN does not lock the user out

    lock->lockNow();
    EXPECT_TRUE(lock->isLocked());
    EXPECT_FALSE(lock->unlockWithPin(QStringLiteral("4825")));
    EXPECT_EQ(lastCode(*lock), otp::ErrorCode::PinWrong);
    EXPECT_EQ(lock->failures(), 1);
    EXPECT_TRUE(lock->isLocked());
    EXPECT_TRUE(lock->unlockWithPin(QStringLiteral("4826")));
    EXPECT_FALSE(lock->isLocked());
    EXPECT_EQ(lock->failures(), 0);
    EXPECT_FALSE(lock->lastError());
    EXPECT_EQ(lockedChanged.count(), 2);
}

TEST_F(AppLockTest, StartsLockedAndNeverStoresThePin)
{
    {
        auto lock = open();
        ASSERT_TRUE(lock->setPin(QString(), QStringLiteral("97531")));
    }
    settings.sync();
    for (const QString& key : settings.allKeys())
        EXPECT_NE(settings.value(key).toString(), QStringLiteral("97531")) << key.toStdString();
    EXPECT_TRUE(settings.contains(QStringLiteral("appLock/pinHash")));

    auto reopened = open();
    EXPECT_TRUE(reopened->isEnabled());
    EXPECT_TRUE(reopened->isLocked());
    EXPECT_TRUE(reopened->unlockWithPin(QStringLiteral("97531")));
}

TEST_F(AppLockTest, RateLimitSurvivesARestart)
{
    auto lock = open();
    ASSERT_TRUE(lock->setPin(QString(), QStringLiteral("1357")));
    lock->lockNow();
    for (int i = 0; i < 4; ++i)
        EXPECT_FALSE(lock->unlockWithPin(QStringLiteral("0000")));
    EXPECT_EQ(lock->remainingLockoutSeconds(), 30);
    EXPECT_FALSE(lock->unlockWithPin(QStringLiteral("1357")));
    EXPECT_EQ(lastCode(*lock), otp::ErrorCode::PinLockedOut);

    lock.reset();  // the app is killed and restarted to get around the wait
    auto reopened = open();
    EXPECT_TRUE(reopened->isLocked());
    EXPECT_EQ(reopened->failures(), 4);
    clock.nowMs += 10'000;
    EXPECT_EQ(reopened->remainingLockoutSeconds(), 20);
    EXPECT_FALSE(reopened->unlockWithPin(QStringLiteral("1357")));
    EXPECT_EQ(lastCode(*reopened), otp::ErrorCode::PinLockedOut);

    clock.nowMs += 20'000;
    EXPECT_FALSE(reopened->unlockWithPin(QStringLiteral("9999")));
    EXPECT_EQ(reopened->remainingLockoutSeconds(), 60);  // the delay doubled
    clock.nowMs += 60'000;
    EXPECT_TRUE(reopened->unlockWithPin(QStringLiteral("1357")));
    EXPECT_EQ(settings.value(QStringLiteral("appLock/failures")).toInt(), 0);
}

// Someone with the app briefly unlocked cannot loosen the lock for later without the PIN;
// tightening it needs none.
TEST_F(AppLockTest, WeakeningTheLockNeedsThePin)
{
    auto lock = open();
    ASSERT_TRUE(lock->setPin(QString(), QStringLiteral("2468")));
    QSignalSpy snapBack(lock.get(), &platform::AppLock::relockMinutesChanged);
    lock->setRelockMinutes(1440);
    EXPECT_EQ(lock->relockMinutes(), 1);
    EXPECT_EQ(snapBack.count(), 1);
    lock->setBiometricEnabled(true);
    EXPECT_FALSE(lock->isBiometricEnabled());
    EXPECT_FALSE(lock->setRelockMinutesWithPin(1440, QStringLiteral("0000")));
    EXPECT_EQ(lastCode(*lock), otp::ErrorCode::PinWrong);
    EXPECT_EQ(lock->relockMinutes(), 1);
    EXPECT_TRUE(lock->setRelockMinutesWithPin(1440, QStringLiteral("2468")));
    EXPECT_EQ(lock->relockMinutes(), 1440);
    lock->setRelockMinutes(0);  // stricter: no PIN needed
    EXPECT_EQ(lock->relockMinutes(), 0);
    EXPECT_TRUE(lock->setBiometricEnabledWithPin(true, QStringLiteral("2468")));
    lock->setBiometricEnabled(false);
    EXPECT_FALSE(lock->isBiometricEnabled());
}

TEST_F(AppLockTest, RelocksAfterMinutesInTheBackground)
{
    auto lock = open();
    ASSERT_TRUE(lock->setPin(QString(), QStringLiteral("2468")));
    ASSERT_TRUE(lock->setRelockMinutesWithPin(2, QStringLiteral("2468")));

    lock->setApplicationState(Qt::ApplicationSuspended);
    clock.nowMs += 119'000;
    lock->setApplicationState(Qt::ApplicationActive);
    EXPECT_FALSE(lock->isLocked());

    lock->setApplicationState(Qt::ApplicationInactive);
    lock->setApplicationState(Qt::ApplicationSuspended);  // the first state change counts
    clock.nowMs += 120'000;
    lock->setApplicationState(Qt::ApplicationActive);
    EXPECT_TRUE(lock->isLocked());
    EXPECT_TRUE(lock->unlockWithPin(QStringLiteral("2468")));

    // A clock set back while away fails closed.
    lock->setApplicationState(Qt::ApplicationHidden);
    clock.nowMs -= 3'600'000;
    lock->setApplicationState(Qt::ApplicationActive);
    EXPECT_TRUE(lock->isLocked());
}

TEST_F(AppLockTest, ZeroMinutesLocksOnLeavingTheForeground)
{
    auto lock = open();
    ASSERT_TRUE(lock->setPin(QString(), QStringLiteral("2468")));
    lock->setRelockMinutes(0);
    lock->setApplicationState(Qt::ApplicationInactive);
    EXPECT_TRUE(lock->isLocked());
    EXPECT_EQ(settings.value(QStringLiteral("appLock/relockMinutes")).toInt(), 0);
}

TEST_F(AppLockTest, ChangingAndDisablingNeedTheCurrentPin)
{
    auto lock = open();
    ASSERT_TRUE(lock->setPin(QString(), QStringLiteral("1111")));
    EXPECT_FALSE(lock->setPin(QStringLiteral("2222"), QStringLiteral("3333")));
    EXPECT_EQ(lastCode(*lock), otp::ErrorCode::PinWrong);
    EXPECT_TRUE(lock->setPin(QStringLiteral("1111"), QStringLiteral("3333")));
    EXPECT_FALSE(lock->disable(QStringLiteral("1111")));
    EXPECT_TRUE(lock->isEnabled());
    EXPECT_TRUE(lock->disable(QStringLiteral("3333")));
    EXPECT_FALSE(lock->isEnabled());
    EXPECT_FALSE(settings.contains(QStringLiteral("appLock/pinHash")));
    auto reopened = open();
    EXPECT_FALSE(reopened->isLocked());
}

TEST_F(AppLockTest, BiometricsWhereAvailable)
{
    auto unavailable = open();
    EXPECT_FALSE(unavailable->isBiometricAvailable());  // desktop: none

    auto bio = std::make_unique<FakeBiometric>();
    FakeBiometric* fake = bio.get();
    auto lock = open(std::move(bio));
    ASSERT_TRUE(lock->setPin(QString(), QStringLiteral("5555")));
    lock->lockNow();
    lock->unlockWithBiometric(QStringLiteral("Unlock SoftToken"));
    EXPECT_EQ(fake->asked, 0);  // not switched on
    ASSERT_TRUE(lock->setBiometricEnabledWithPin(true, QStringLiteral("5555")));
    fake->succeed = false;
    lock->unlockWithBiometric(QStringLiteral("Unlock SoftToken"));
    EXPECT_TRUE(lock->isLocked());
    EXPECT_EQ(lastCode(*lock), platform::ErrorCode::BiometricFailed);
    fake->succeed = true;
    lock->unlockWithBiometric(QStringLiteral("Unlock SoftToken"));
    EXPECT_FALSE(lock->isLocked());
    EXPECT_EQ(fake->asked, 2);
}

TEST(AppLockCountdown, TicksWhileLockedOut)
{
    // Real time here: the countdown is what QML binds to.
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("appLock/failures"), 4);
    settings.setValue(QStringLiteral("appLock/waitMs"), 2'500);
    platform::AppLock::Options options;
    options.settings = &settings;
    options.kdf = kFast;
    platform::AppLock lock(std::move(options));
    std::vector<int> shown;  // what a QML binding would show after each notification
    QObject::connect(&lock, &platform::AppLock::attemptsChanged,
                     [&] { shown.push_back(lock.remainingLockoutSeconds()); });
    EXPECT_EQ(lock.remainingLockoutSeconds(), 3);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !shown.empty() && shown.back() == 0; }, 6000));
    // Normally {2, 1, 0}; on a loaded machine a late timer may skip a second, never repeat one.
    EXPECT_TRUE(std::is_sorted(shown.rbegin(), shown.rend()) &&
                std::adjacent_find(shown.begin(), shown.end()) == shown.end())
        << "countdown went 3 -> " << ::testing::PrintToString(shown);
    EXPECT_LE(shown.size(), 3u);
    const std::size_t ticks = shown.size();
    QTest::qWait(1200);
    EXPECT_EQ(shown.size(), ticks);  // stopped once the wait is over
}

// A wait saved by an older version as a wall-clock end time is not trusted: whatever the clock
// says, the full delay for the failures applies once, on the monotonic clock.
TEST(AppLockPersistence, ALegacyWallClockLockoutIsServedInFull)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("appLock/pinHash"), QStringLiteral("AAAA"));
    settings.setValue(QStringLiteral("appLock/failures"), 5);
    settings.setValue(QStringLiteral("appLock/lockedUntilMs"), 1);  // long past, by the wall clock
    platform::AppLock::Options options;
    options.settings = &settings;
    options.kdf = kFast;
    platform::AppLock lock(std::move(options));
    EXPECT_EQ(lock.remainingLockoutSeconds(), 60);
}

// Leaving the foreground saves what is left of a wait, so the OS ending the app in the
// background neither ends nor repeats it; the wall clock plays no part.
TEST(AppLockPersistence, TheRemainingWaitIsSavedWhenTheAppLeaves)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    qint64 nowMs = 5'000'000;
    auto options = [&] {
        platform::AppLock::Options o;
        o.settings = &settings;
        o.kdf = kFast;
        o.clock = [&] { return nowMs; };
        return o;
    };
    {
        platform::AppLock lock(options());
        ASSERT_TRUE(lock.setPin({}, QStringLiteral("2580")));
        for (int i = 0; i < 4; ++i)
            EXPECT_FALSE(lock.verifyPin(QStringLiteral("1111")));
        EXPECT_EQ(lock.remainingLockoutSeconds(), 30);
        nowMs += 12'000;
        lock.setApplicationState(Qt::ApplicationSuspended);
        EXPECT_EQ(settings.value(QStringLiteral("appLock/waitMs")).toLongLong(), 18'000);
    }
    nowMs = 1;  // a new process: its monotonic clock starts anywhere
    platform::AppLock again(options());
    EXPECT_EQ(again.remainingLockoutSeconds(), 18);
    EXPECT_FALSE(again.unlockWithPin(QStringLiteral("2580")));
    EXPECT_EQ(lastCode(again), otp::ErrorCode::PinLockedOut);
}

TEST(UnavailableBiometric, AnswersAsynchronouslyWithAnError)
{
    platform::UnavailableBiometricAuthenticator bio;
    std::optional<otp::ErrorCode> code;
    bio.authenticate(QStringLiteral("x"), [&](otp::Result<void> r) {
        code = r.ok() ? std::nullopt : std::optional(r.error().code);
    });
    EXPECT_FALSE(code.has_value());
    QCoreApplication::processEvents();
    ASSERT_TRUE(code.has_value());
    EXPECT_EQ(*code, platform::ErrorCode::BiometricUnavailable);
}

}  // namespace
