#include <cstdint>
#include <vector>

#include <gtest/gtest.h>

#include "otp/pin_lock.h"

namespace {

// Cheap scrypt so the tests stay fast; the default parameters are tested once.
constexpr otp::PinKdfParams kFast{1024, 8, 1};

struct FakeClock {
    std::int64_t nowMs = 1'700'000'000'000;
    otp::MsClock function()
    {
        return [this] { return nowMs; };
    }
};

TEST(PinHash, RoundTripAndWrongPin)
{
    auto record = otp::hashPin("2468", kFast);
    ASSERT_TRUE(record.ok()) << record.error().message;
    EXPECT_EQ(record->salt.size(), 16u);
    EXPECT_EQ(record->hash.size(), 32u);
    EXPECT_EQ(record->params, kFast);

    auto right = otp::verifyPin(*record, "2468");
    ASSERT_TRUE(right.ok());
    EXPECT_TRUE(*right);
    for (const char* wrong : {"2469", "24680", "0000", ""}) {
        auto result = otp::verifyPin(*record, wrong);
        ASSERT_TRUE(result.ok()) << wrong;
        EXPECT_FALSE(*result) << wrong;
    }
}

TEST(PinHash, SaltsDiffer)
{
    auto a = otp::hashPin("123456", kFast);
    auto b = otp::hashPin("123456", kFast);
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_NE(a->salt, b->salt);
    EXPECT_NE(a->hash, b->hash);
}

TEST(PinHash, KnownScryptVector)
{
    // RFC 7914 §12 vector 2 uses N=1024, r=8, p=16 and a 64-byte key; ours is the same KDF with
    // a 32-byte output, so the first 32 bytes must match.
    otp::PinRecord record;
    const std::string salt = "NaCl";
    record.salt.assign(salt.begin(), salt.end());
    record.params = {1024, 8, 16};
    record.hash = {0xfd, 0xba, 0xbe, 0x1c, 0x9d, 0x34, 0x72, 0x00, 0x78, 0x56, 0xe7,
                   0x19, 0x0d, 0x01, 0xe9, 0xfe, 0x7c, 0x6a, 0xd7, 0xcb, 0xc8, 0x23,
                   0x78, 0x30, 0xe7, 0x73, 0x76, 0x63, 0x4b, 0x37, 0x31, 0x62};
    auto match = otp::verifyPin(record, "password");
    ASSERT_TRUE(match.ok()) << match.error().message;
    EXPECT_TRUE(*match);
}

TEST(PinHash, DefaultParametersWork)
{
    auto record = otp::hashPin("9876");
    ASSERT_TRUE(record.ok()) << record.error().message;
    EXPECT_EQ(record->params.n, 32768u);
    auto match = otp::verifyPin(*record, "9876");
    ASSERT_TRUE(match.ok()) << match.error().message;
    EXPECT_TRUE(*match);
}

TEST(PinHash, RejectsBadPins)
{
    for (const char* bad : {"", "123", "12345678901234567", "12a4", "12 34", "１２３４"}) {
        auto record = otp::hashPin(bad, kFast);
        ASSERT_FALSE(record.ok()) << bad;
        EXPECT_EQ(record.error().code, otp::ErrorCode::PinInvalid) << bad;
    }
    EXPECT_TRUE(otp::validatePin("0000").ok());
    EXPECT_TRUE(otp::validatePin("1234567890123456").ok());
}

TEST(PinHash, DamagedRecordsAndBadParameters)
{
    auto record = otp::hashPin("1234", kFast);
    ASSERT_TRUE(record.ok());
    otp::PinRecord noSalt = *record;
    noSalt.salt.clear();
    otp::PinRecord shortHash = *record;
    shortHash.hash.pop_back();
    otp::PinRecord badN = *record;
    badN.params.n = 1000;  // not a power of two
    for (const auto& damaged : {noSalt, shortHash, badN}) {
        auto result = otp::verifyPin(damaged, "1234");
        ASSERT_FALSE(result.ok());
        EXPECT_EQ(result.error().code, otp::ErrorCode::PinStateDamaged);
    }
    auto huge = otp::hashPin("1234", {std::uint64_t{1} << 22, 8, 1});
    ASSERT_FALSE(huge.ok());
    EXPECT_EQ(huge.error().code, otp::ErrorCode::PinCrypto);
}

TEST(PinDelay, GrowsAndIsCapped)
{
    const std::vector<std::int64_t> expected = {0,         0,         0,        0,       30'000,
                                                60'000,    120'000,   240'000,  480'000, 960'000,
                                                1'920'000, 3'600'000, 3'600'000};
    for (std::uint32_t failures = 0; failures < expected.size(); ++failures)
        EXPECT_EQ(otp::pinDelayMsAfterFailures(failures), expected[failures])
            << failures << " failures";
    EXPECT_EQ(otp::pinDelayMsAfterFailures(4'000'000'000u), 3'600'000);
}

TEST(PinLock, UnlockResetsCounter)
{
    FakeClock clock;
    std::vector<otp::PinAttempts> persisted;
    otp::PinLock lock(std::nullopt, {}, clock.function(),
                      [&](const otp::PinAttempts& a) { persisted.push_back(a); });
    EXPECT_EQ(lock.unlock("1234").error().code, otp::ErrorCode::PinNotSet);
    ASSERT_TRUE(lock.setPin("1234", kFast).ok());
    EXPECT_TRUE(lock.hasPin());

    auto wrong = lock.unlock("4321");
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, otp::ErrorCode::PinWrong);
    EXPECT_EQ(lock.attempts().failures, 1u);
    ASSERT_FALSE(persisted.empty());
    EXPECT_EQ(persisted.back().failures, 1u);

    EXPECT_TRUE(lock.unlock("1234").ok());
    EXPECT_EQ(lock.attempts(), otp::PinAttempts{});
    EXPECT_EQ(persisted.back(), otp::PinAttempts{});
}

TEST(PinLock, RateLimitsWithGrowingDelays)
{
    FakeClock clock;
    otp::PinLock lock(std::nullopt, {}, clock.function());
    ASSERT_TRUE(lock.setPin("135790", kFast).ok());

    for (int i = 1; i <= 3; ++i) {
        EXPECT_EQ(lock.unlock("000000").error().code, otp::ErrorCode::PinWrong) << i;
        EXPECT_EQ(lock.remainingLockoutMs(), 0) << i;
    }
    EXPECT_EQ(lock.unlock("000000").error().code, otp::ErrorCode::PinWrong);
    EXPECT_EQ(lock.remainingLockoutMs(), 30'000);

    // Locked out: even the right PIN is refused and nothing is counted.
    auto refused = lock.unlock("135790");
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, otp::ErrorCode::PinLockedOut);
    EXPECT_NE(refused.error().message.find("30 s"), std::string::npos) << refused.error().message;
    EXPECT_EQ(lock.attempts().failures, 4u);

    clock.nowMs += 29'999;
    EXPECT_EQ(lock.unlock("135790").error().code, otp::ErrorCode::PinLockedOut);
    clock.nowMs += 1;
    EXPECT_EQ(lock.unlock("000000").error().code, otp::ErrorCode::PinWrong);
    EXPECT_EQ(lock.remainingLockoutMs(), 60'000);
    clock.nowMs += 60'000;
    EXPECT_TRUE(lock.unlock("135790").ok());
    EXPECT_EQ(lock.remainingLockoutMs(), 0);
}

TEST(PinLock, StateSurvivesRestart)
{
    FakeClock clock;
    otp::PinAttempts stored;
    std::optional<otp::PinRecord> record;
    {
        otp::PinLock lock(std::nullopt, {}, clock.function(),
                          [&](const otp::PinAttempts& a) { stored = a; });
        ASSERT_TRUE(lock.setPin("2580", kFast).ok());
        record = lock.record();
        for (int i = 0; i < 5; ++i)
            (void)lock.unlock("1111");
    }
    EXPECT_EQ(stored.failures, 4u);  // the fifth was refused while locked out
    otp::PinLock reopened(record, stored, clock.function());
    EXPECT_EQ(reopened.unlock("2580").error().code, otp::ErrorCode::PinLockedOut);
    EXPECT_EQ(reopened.remainingLockoutMs(), 30'000);
}

TEST(PinLock, ClockSetBackDoesNotLockForever)
{
    FakeClock clock;
    otp::PinAttempts attempts{4, 30'000};
    otp::PinLock lock(otp::hashPin("1234", kFast).value(), attempts, clock.function());
    clock.nowMs -= 10LL * 24 * 3600 * 1000;  // a clock that runs backwards by ten days
    EXPECT_EQ(lock.remainingLockoutMs(), 30'000);
    // A stored wait longer than the failures earned (an edited settings file) is capped.
    otp::PinLock edited(otp::hashPin("1234", kFast).value(), {4, 99'999'999'999}, clock.function());
    EXPECT_EQ(edited.remainingLockoutMs(), 30'000);
}

// The wait is a duration on a monotonic clock: whatever the wall clock says at the next start
// (moved forward by a day here), a restart resumes the wait instead of ending it.
TEST(PinLock, AWaitSurvivesARestartWithTheClockMovedForward)
{
    FakeClock clock;
    otp::PinAttempts stored;
    const auto record = otp::hashPin("2580", kFast).value();
    {
        otp::PinLock lock(record, {}, clock.function(),
                          [&](const otp::PinAttempts& a) { stored = a; });
        for (int i = 0; i < 4; ++i)
            (void)lock.unlock("1111");
        EXPECT_EQ(lock.remainingLockoutMs(), 30'000);
        clock.nowMs += 10'000;
        EXPECT_EQ(lock.attemptsNow(), (otp::PinAttempts{4, 20'000}));
        stored = lock.attemptsNow();  // what AppLock saves when the app leaves or quits
    }
    clock.nowMs += 24LL * 3600 * 1000;  // the date moved forward while the app was not running
    otp::PinLock reopened(record, stored, clock.function());
    EXPECT_EQ(reopened.remainingLockoutMs(), 20'000);
    EXPECT_EQ(reopened.unlock("2580").error().code, otp::ErrorCode::PinLockedOut);
    clock.nowMs += 20'000;
    EXPECT_TRUE(reopened.unlock("2580").ok());
}

TEST(PinLock, ErrorNames)
{
    EXPECT_EQ(otp::errorCodeName(otp::ErrorCode::PinLockedOut), "pin.locked_out");
    EXPECT_EQ(static_cast<int>(otp::ErrorCode::PinInvalid), 800);
}

}  // namespace
