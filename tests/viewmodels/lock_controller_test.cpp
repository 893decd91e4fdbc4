#include <functional>
#include <memory>

#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "error_text.h"
#include "lock_controller.h"
#include "platform/error_code.h"

namespace {

constexpr otp::PinKdfParams kFast{1024, 8, 1};

class LockControllerTest : public ::testing::Test {
protected:
    platform::AppLock::Options options()
    {
        platform::AppLock::Options o;
        o.clock = [this] { return nowMs; };
        o.kdf = kFast;
        return o;
    }
    QString ini() const { return dir.filePath(QStringLiteral("settings.ini")); }
    // A fresh controller on the same profile: what a restart of the app does.
    std::unique_ptr<LockController> restart()
    {
        auto lock = std::make_unique<LockController>();
        lock->open(ini(), options());
        return lock;
    }

    QTemporaryDir dir;
    qint64 nowMs = 1'700'000'000'000;
};

TEST_F(LockControllerTest, NoPinNoLock)
{
    auto lock = restart();
    EXPECT_FALSE(lock->isEnabled());
    EXPECT_FALSE(lock->isLocked());
    lock->lockNow();
    EXPECT_FALSE(lock->isLocked());
    EXPECT_TRUE(lock->verifyPin(QString()));  // export: nothing to ask for without a PIN
}

TEST_F(LockControllerTest, LocksAtStartWhenAPinIsSet)
{
    {
        auto lock = restart();
        EXPECT_EQ(lock->setPin(QString(), QStringLiteral("4826"), QStringLiteral("4826")),
                  QString());
        EXPECT_TRUE(lock->isEnabled());
        EXPECT_FALSE(lock->isLocked());  // setting a PIN does not lock the user out
    }
    auto lock = restart();
    EXPECT_TRUE(lock->isEnabled());
    EXPECT_TRUE(lock->isLocked());
    QSignalSpy lockedChanged(lock.get(), &LockController::lockedChanged);
    EXPECT_FALSE(lock->unlock(QStringLiteral("0000")));
    EXPECT_TRUE(lock->isLocked());
    EXPECT_TRUE(lock->unlock(QStringLiteral("4826")));
    EXPECT_FALSE(lock->isLocked());
    EXPECT_EQ(lockedChanged.count(), 1);
    EXPECT_EQ(lock->errorText(), QString());

    // The hash, not the PIN, is in the profile's settings file.
    QFile file(ini());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    EXPECT_TRUE(text.contains("pinHash"));
    EXPECT_FALSE(text.contains("4826"));
}

TEST_F(LockControllerTest, NewPinRules)
{
    auto lock = restart();
    EXPECT_EQ(lock->setPin({}, QStringLiteral("123"), QStringLiteral("123")),
              QStringLiteral("A PIN has 4 to 16 digits."));
    EXPECT_EQ(lock->setPin({}, QStringLiteral("12a4"), QStringLiteral("12a4")),
              QStringLiteral("A PIN has 4 to 16 digits."));
    EXPECT_EQ(lock->setPin({}, QStringLiteral("1234"), QStringLiteral("1243")),
              QStringLiteral("The two PINs are not the same."));
    EXPECT_FALSE(lock->isEnabled());
}

TEST_F(LockControllerTest, ChangeAndRemoveNeedTheCurrentPin)
{
    auto lock = restart();
    ASSERT_EQ(lock->setPin({}, QStringLiteral("1111"), QStringLiteral("1111")), QString());
    const QString refused =
        lock->setPin(QStringLiteral("9999"), QStringLiteral("2222"), QStringLiteral("2222"));
    EXPECT_TRUE(refused.startsWith(QStringLiteral("Wrong PIN."))) << refused.toStdString();
    EXPECT_FALSE(lock->removePin(QStringLiteral("9999")).isEmpty());
    EXPECT_TRUE(lock->isEnabled());
    EXPECT_EQ(lock->setPin(QStringLiteral("1111"), QStringLiteral("2222"), QStringLiteral("2222")),
              QString());
    lock->lockNow();
    EXPECT_FALSE(lock->unlock(QStringLiteral("1111")));
    EXPECT_TRUE(lock->unlock(QStringLiteral("2222")));
    EXPECT_EQ(lock->removePin(QStringLiteral("2222")), QString());
    EXPECT_FALSE(lock->isEnabled());
    EXPECT_FALSE(restart()->isLocked());
}

TEST_F(LockControllerTest, WrongPinsMakeTheDelayGrowWithACountdown)
{
    auto lock = restart();
    ASSERT_EQ(lock->setPin({}, QStringLiteral("4826"), QStringLiteral("4826")), QString());
    lock->lockNow();

    EXPECT_FALSE(lock->unlock(QStringLiteral("0001")));
    // (No translator here: the English plural forms come from softtoken_en.ts in the app.)
    EXPECT_TRUE(lock->errorText().startsWith(QStringLiteral("Wrong PIN. 3 more attempt")))
        << lock->errorText().toStdString();
    EXPECT_EQ(lock->countdownText(), QString());
    EXPECT_FALSE(lock->unlock(QStringLiteral("0002")));
    EXPECT_TRUE(lock->errorText().startsWith(QStringLiteral("Wrong PIN. 2 more attempt")));
    EXPECT_FALSE(lock->unlock(QStringLiteral("0003")));
    EXPECT_TRUE(lock->errorText().startsWith(QStringLiteral("Wrong PIN. 1 more attempt")));
    EXPECT_EQ(lock->remainingLockoutSeconds(), 0);

    EXPECT_FALSE(lock->unlock(QStringLiteral("0004")));
    EXPECT_EQ(lock->remainingLockoutSeconds(), 30);
    EXPECT_EQ(lock->countdownText(), QStringLiteral("Try again in 30 s"));
    EXPECT_EQ(lock->errorText(), QStringLiteral("Wrong PIN."));

    // The countdown runs with the clock; even the right PIN waits.
    nowMs += 12'000;
    EXPECT_EQ(lock->countdownText(), QStringLiteral("Try again in 18 s"));
    EXPECT_FALSE(lock->unlock(QStringLiteral("4826")));
    EXPECT_TRUE(lock->isLocked());

    nowMs += 18'000;
    EXPECT_EQ(lock->countdownText(), QString());
    EXPECT_FALSE(lock->unlock(QStringLiteral("0005")));
    EXPECT_EQ(lock->remainingLockoutSeconds(), 60);  // doubled
    EXPECT_EQ(lock->countdownText(), QStringLiteral("Try again in 1 min 0 s"));

    // A restart does not reset the wait.
    lock.reset();
    lock = restart();
    EXPECT_EQ(lock->remainingLockoutSeconds(), 60);
    EXPECT_EQ(lock->errorText(), QStringLiteral("Too many wrong PINs."));

    nowMs += 60'000;
    EXPECT_TRUE(lock->unlock(QStringLiteral("4826")));
    EXPECT_FALSE(lock->isLocked());
    EXPECT_EQ(lock->errorText(), QString());
}

TEST_F(LockControllerTest, BackgroundTimeoutLocksAgain)
{
    auto lock = restart();
    ASSERT_EQ(lock->setPin({}, QStringLiteral("4826"), QStringLiteral("4826")), QString());
    ASSERT_EQ(lock->setRelockMinutesWithPin(5, QStringLiteral("4826")), QString());

    lock->setApplicationState(Qt::ApplicationSuspended);
    nowMs += 4 * 60'000;
    lock->setApplicationState(Qt::ApplicationActive);
    EXPECT_FALSE(lock->isLocked());  // back within 5 minutes

    lock->setApplicationState(Qt::ApplicationInactive);
    nowMs += 5 * 60'000;
    lock->setApplicationState(Qt::ApplicationActive);
    EXPECT_TRUE(lock->isLocked());
    EXPECT_TRUE(lock->unlock(QStringLiteral("4826")));

    lock->setRelockMinutes(0);  // "Immediately"
    lock->setApplicationState(Qt::ApplicationInactive);
    EXPECT_TRUE(lock->isLocked());
    EXPECT_EQ(restart()->relockMinutes(), 0);  // kept in the profile
}

TEST_F(LockControllerTest, VerifyPinForExportDoesNotUnlockAndCountsFailures)
{
    auto lock = restart();
    ASSERT_EQ(lock->setPin({}, QStringLiteral("4826"), QStringLiteral("4826")), QString());
    EXPECT_FALSE(lock->isLocked());
    EXPECT_FALSE(lock->verifyPin(QStringLiteral("1111")));
    EXPECT_FALSE(lock->errorText().isEmpty());
    EXPECT_FALSE(lock->isLocked());
    EXPECT_TRUE(lock->verifyPin(QStringLiteral("4826")));
    EXPECT_EQ(lock->errorText(), QString());

    for (int i = 0; i < 4; ++i)
        EXPECT_FALSE(lock->verifyPin(QStringLiteral("1111")));
    EXPECT_EQ(lock->remainingLockoutSeconds(), 30);  // the same rate limit as the lock screen
    EXPECT_FALSE(lock->verifyPin(QStringLiteral("4826")));

    lock->lockNow();
    EXPECT_FALSE(lock->verifyPin(QStringLiteral("4826")));  // still waiting
    EXPECT_TRUE(lock->isLocked());
}

// A sensor that refuses, as when the user cancels the system dialog.
class RefusingBiometric final : public platform::BiometricAuthenticator {
public:
    bool isAvailable() const override { return true; }
    void authenticate(const QString&, std::function<void(otp::Result<void>)> done) override
    {
        done(otp::Error{platform::ErrorCode::BiometricFailed, "cancelled"});
    }
};

// A platform error reaches the lock screen as its code, and the view model translates it.
TEST_F(LockControllerTest, ARefusedBiometricCheckIsTranslatedFromItsCode)
{
    LockController lock;
    platform::AppLock::Options o = options();
    o.biometric = std::make_unique<RefusingBiometric>();
    lock.open(ini(), std::move(o));
    ASSERT_EQ(lock.setPin(QString(), QStringLiteral("2468"), QStringLiteral("2468")), QString());
    ASSERT_EQ(lock.setBiometricEnabledWithPin(true, QStringLiteral("2468")), QString());
    lock.lockNow();
    QSignalSpy attempts(&lock, &LockController::attemptsChanged);
    lock.unlockWithBiometric();
    EXPECT_TRUE(lock.isLocked());
    EXPECT_GE(attempts.count(), 1);
    ASSERT_TRUE(lock.appLock()->lastError());
    EXPECT_EQ(lock.appLock()->lastError()->code, platform::ErrorCode::BiometricFailed);
    EXPECT_EQ(lock.errorText(), ErrorText::forCode(platform::ErrorCode::BiometricFailed));
    EXPECT_TRUE(lock.unlock(QStringLiteral("2468")));  // the PIN always works
    EXPECT_EQ(lock.errorText(), QString());
}

}  // namespace
