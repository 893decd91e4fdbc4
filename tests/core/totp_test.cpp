// TOTP (RFC 6238): steps, codes and the token-screen state.
#include <cstdint>
#include <limits>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "otp/totp.h"

namespace {

using otp::Algorithm;
using otp::TotpGenerator;
using otp::TotpParameters;

std::vector<std::uint8_t> bytes(std::string_view text)
{
    return {text.begin(), text.end()};
}

// RFC 6238 Appendix B uses a seed of the hash's output length per algorithm (the reference
// code's seed, seed32 and seed64): "1234567890" repeated and cut to 20, 32 or 64 bytes.
std::vector<std::uint8_t> rfc6238Seed(Algorithm algorithm)
{
    std::string seed;
    while (seed.size() < 64)
        seed += "1234567890";
    switch (algorithm) {
    case Algorithm::Sha1: return bytes(std::string_view(seed).substr(0, 20));
    case Algorithm::Sha256: return bytes(std::string_view(seed).substr(0, 32));
    case Algorithm::Sha512: return bytes(std::string_view(seed).substr(0, 64));
    }
    return {};
}

struct Rfc6238Case {
    std::int64_t time;
    std::uint64_t step;  // the "Value of T (hex)" column
    Algorithm algorithm;
    const char* code;  // 8 digits, period 30, T0 = 0
};

// RFC 6238 Appendix B, all 18 rows.
const Rfc6238Case kRfc6238Cases[] = {
    {59, 0x1, Algorithm::Sha1, "94287082"},
    {59, 0x1, Algorithm::Sha256, "46119246"},
    {59, 0x1, Algorithm::Sha512, "90693936"},
    {1111111109, 0x23523EC, Algorithm::Sha1, "07081804"},
    {1111111109, 0x23523EC, Algorithm::Sha256, "68084774"},
    {1111111109, 0x23523EC, Algorithm::Sha512, "25091201"},
    {1111111111, 0x23523ED, Algorithm::Sha1, "14050471"},
    {1111111111, 0x23523ED, Algorithm::Sha256, "67062674"},
    {1111111111, 0x23523ED, Algorithm::Sha512, "99943326"},
    {1234567890, 0x273EF07, Algorithm::Sha1, "89005924"},
    {1234567890, 0x273EF07, Algorithm::Sha256, "91819424"},
    {1234567890, 0x273EF07, Algorithm::Sha512, "93441116"},
    {2000000000, 0x3F940AA, Algorithm::Sha1, "69279037"},
    {2000000000, 0x3F940AA, Algorithm::Sha256, "90698825"},
    {2000000000, 0x3F940AA, Algorithm::Sha512, "38618901"},
    {20000000000, 0x27BC86AA, Algorithm::Sha1, "65353130"},
    {20000000000, 0x27BC86AA, Algorithm::Sha256, "77737706"},
    {20000000000, 0x27BC86AA, Algorithm::Sha512, "47863826"},
};

class Rfc6238Test : public testing::TestWithParam<Rfc6238Case> {};

TEST_P(Rfc6238Test, MatchesAppendixB)
{
    const auto& c = GetParam();
    const std::string name = "RFC 6238 " + std::string(otp::algorithmName(c.algorithm)) + " at " +
                             std::to_string(c.time);
    auto generator =
        TotpGenerator::create(rfc6238Seed(c.algorithm), TotpParameters{c.algorithm, 8, 30, 0});
    ASSERT_TRUE(generator.ok()) << name << ": " << generator.error().message;

    auto step = generator->stepAt(c.time);
    ASSERT_TRUE(step.ok()) << name;
    EXPECT_EQ(*step, c.step) << name;

    auto code = generator->codeAt(c.time);
    ASSERT_TRUE(code.ok()) << name;
    EXPECT_EQ(*code, c.code) << name;

    auto state = generator->stateAt(c.time);
    ASSERT_TRUE(state.ok()) << name;
    EXPECT_EQ(state->step, c.step) << name;
    EXPECT_EQ(state->code, c.code) << name;

    // The 6-digit token shows the last six digits of the same value.
    auto sixDigits =
        TotpGenerator::create(rfc6238Seed(c.algorithm), TotpParameters{c.algorithm, 6, 30, 0});
    ASSERT_TRUE(sixDigits.ok());
    EXPECT_EQ(*sixDigits->codeAt(c.time), std::string(c.code).substr(2)) << name << ", 6 digits";
}

// Printed into the ctest name, e.g. ".../SHA256_at_1111111109".
void PrintTo(const Rfc6238Case& c, std::ostream* out)
{
    *out << otp::algorithmName(c.algorithm) << "_at_" << c.time;
}

INSTANTIATE_TEST_SUITE_P(AppendixB, Rfc6238Test, testing::ValuesIn(kRfc6238Cases));

const std::vector<std::uint8_t> kKey = bytes("12345678901234567890");

TEST(TotpGenerator, RejectsBadParameters)
{
    struct Case {
        TotpParameters parameters;
        std::vector<std::uint8_t> key;
        otp::ErrorCode expected;
        const char* what;
    };
    const Case cases[] = {
        {{Algorithm::Sha1, 6, 0, 0}, kKey, otp::ErrorCode::OtpBadPeriod, "period 0"},
        {{Algorithm::Sha1, 6, -30, 0}, kKey, otp::ErrorCode::OtpBadPeriod, "period -30"},
        {{Algorithm::Sha1, 5, 30, 0}, kKey, otp::ErrorCode::OtpBadDigits, "5 digits"},
        {{Algorithm::Sha256, 11, 30, 0}, kKey, otp::ErrorCode::OtpBadDigits, "11 digits"},
        {{Algorithm::Sha1, 6, 30, 0}, {}, otp::ErrorCode::OtpEmptyKey, "empty key"},
    };
    for (const auto& c : cases) {
        auto generator = TotpGenerator::create(c.key, c.parameters);
        ASSERT_FALSE(generator.ok()) << c.what;
        EXPECT_EQ(generator.error().code, c.expected)
            << c.what << ": " << generator.error().message;
    }
}

TEST(TotpGenerator, AcceptsAPeriodOfOneSecond)
{
    auto generator = TotpGenerator::create(kKey, TotpParameters{Algorithm::Sha1, 6, 1, 0});
    ASSERT_TRUE(generator.ok());
    EXPECT_EQ(*generator->stepAt(9), 9U);
    EXPECT_EQ(*generator->codeAt(9), "520489");  // RFC 4226 counter 9
    auto state = generator->stateAt(9);
    ASSERT_TRUE(state.ok());
    EXPECT_EQ(state->secondsRemaining, 1);
    EXPECT_EQ(state->nextCode, "403154");  // counter 10 (Python hmac)
}

TEST(TotpGenerator, TimeBeforeT0IsAnError)
{
    auto generator = TotpGenerator::create(kKey, TotpParameters{Algorithm::Sha1, 6, 30, 1000});
    ASSERT_TRUE(generator.ok());
    for (std::int64_t time : {std::int64_t{999}, std::int64_t{0}, std::int64_t{-5},
                              std::numeric_limits<std::int64_t>::min()}) {
        auto step = generator->stepAt(time);
        ASSERT_FALSE(step.ok()) << "time " << time;
        EXPECT_EQ(step.error().code, otp::ErrorCode::OtpTimeBeforeEpoch) << "time " << time;
        auto code = generator->codeAt(time);
        ASSERT_FALSE(code.ok()) << "time " << time;
        EXPECT_EQ(code.error().code, otp::ErrorCode::OtpTimeBeforeEpoch);
        auto state = generator->stateAt(time);
        ASSERT_FALSE(state.ok()) << "time " << time;
        EXPECT_EQ(state.error().code, otp::ErrorCode::OtpTimeBeforeEpoch);
    }
    EXPECT_EQ(*generator->stepAt(1000), 0U) << "T0 itself starts step 0";
    EXPECT_EQ(*generator->codeAt(1000), "755224");
    EXPECT_EQ(*generator->stepAt(1029), 0U);
    EXPECT_EQ(*generator->stepAt(1030), 1U);
}

TEST(TotpGenerator, StateAtPeriodBoundaries)
{
    auto generator = TotpGenerator::create(kKey, TotpParameters{Algorithm::Sha1, 6, 30, 0});
    ASSERT_TRUE(generator.ok());
    // RFC 4226 codes for counters 0..2, which are TOTP steps 0..2 here.
    struct Case {
        std::int64_t time;
        std::uint64_t step;
        int remaining;
        const char* code;
        const char* next;
    };
    const Case cases[] = {
        {0, 0, 30, "755224", "287082"}, {1, 0, 29, "755224", "287082"},
        {29, 0, 1, "755224", "287082"}, {30, 1, 30, "287082", "359152"},
        {59, 1, 1, "287082", "359152"}, {60, 2, 30, "359152", "969429"},
    };
    for (const auto& c : cases) {
        auto state = generator->stateAt(c.time);
        ASSERT_TRUE(state.ok()) << "time " << c.time;
        EXPECT_EQ(state->step, c.step) << "time " << c.time;
        EXPECT_EQ(state->secondsRemaining, c.remaining) << "time " << c.time;
        EXPECT_EQ(state->code, c.code) << "time " << c.time;
        EXPECT_EQ(state->nextCode, c.next) << "time " << c.time;
    }
}

TEST(TotpGenerator, NextCodeIsTheCodeWhenTheRemainingSecondsRunOut)
{
    for (int period : {1, 7, 30, 45, 60, 3600}) {
        for (std::int64_t t0 : {std::int64_t{0}, std::int64_t{17}, std::int64_t{-86400}}) {
            auto generator =
                TotpGenerator::create(kKey, TotpParameters{Algorithm::Sha256, 8, period, t0});
            ASSERT_TRUE(generator.ok());
            for (std::int64_t time = 1'700'000'000; time < 1'700'000'000 + 2 * period + 3; ++time) {
                auto state = generator->stateAt(time);
                ASSERT_TRUE(state.ok());
                const std::string where = "period " + std::to_string(period) + ", t0 " +
                                          std::to_string(t0) + ", time " + std::to_string(time);
                ASSERT_GE(state->secondsRemaining, 1) << where;
                ASSERT_LE(state->secondsRemaining, period) << where;
                ASSERT_EQ(state->code, *generator->codeAt(time)) << where;
                ASSERT_EQ(state->code, *generator->codeAt(time + state->secondsRemaining - 1))
                    << where << ": the code lasts until the last remaining second";
                ASSERT_EQ(state->nextCode, *generator->codeAt(time + state->secondsRemaining))
                    << where;
                ASSERT_EQ(state->code, generator->hotp().code(state->step)) << where;
            }
        }
    }
}

TEST(TotpGenerator, NegativeT0AndNegativeTimes)
{
    // Python: steps of 7 s from T0 = -1000; at -1 s, 999 s have passed: step 142, 2 s left.
    auto generator = TotpGenerator::create(kKey, TotpParameters{Algorithm::Sha1, 6, 7, -1000});
    ASSERT_TRUE(generator.ok());
    auto state = generator->stateAt(-1);
    ASSERT_TRUE(state.ok());
    EXPECT_EQ(state->step, 142U);
    EXPECT_EQ(state->secondsRemaining, 2);
    EXPECT_EQ(state->code, "117604");
    EXPECT_EQ(state->nextCode, "334243");
}

TEST(TotpGenerator, WholeInt64RangeWithoutOverflow)
{
    constexpr auto kMin = std::numeric_limits<std::int64_t>::min();
    constexpr auto kMax = std::numeric_limits<std::int64_t>::max();
    auto generator = TotpGenerator::create(kKey, TotpParameters{Algorithm::Sha1, 6, 1, kMin});
    ASSERT_TRUE(generator.ok());
    auto state = generator->stateAt(kMax);
    ASSERT_TRUE(state.ok());
    EXPECT_EQ(state->step, std::numeric_limits<std::uint64_t>::max());
    EXPECT_EQ(state->code, "094451");      // HOTP counter 2^64 - 1 (Python hmac, oathtool)
    EXPECT_EQ(state->nextCode, "755224");  // counter wraps to 0
    EXPECT_EQ(state->secondsRemaining, 1);

    auto longPeriod = TotpGenerator::create(
        kKey, TotpParameters{Algorithm::Sha1, 6, std::numeric_limits<int>::max(), kMin});
    ASSERT_TRUE(longPeriod.ok());
    auto far = longPeriod->stateAt(kMax);
    ASSERT_TRUE(far.ok());
    // (2^64 - 1) / (2^31 - 1) = 2^33 + 4 remainder 3, so 2^31 - 1 - 3 seconds remain.
    EXPECT_EQ(far->step, (std::uint64_t{1} << 33) + 4);
    EXPECT_EQ(far->secondsRemaining, std::numeric_limits<int>::max() - 3);
}

TEST(TotpGenerator, CopiesKeepParametersAndKey)
{
    std::optional<TotpGenerator> original =
        *TotpGenerator::create(kKey, TotpParameters{Algorithm::Sha1, 8, 30, 0});
    TotpGenerator copy = *original;
    original.reset();
    EXPECT_EQ(*copy.codeAt(59), "94287082");
    EXPECT_EQ(copy.parameters().period, 30);
    EXPECT_EQ(copy.parameters().digits, 8);
    TotpGenerator moved = std::move(copy);
    EXPECT_EQ(*moved.codeAt(59), "94287082");
}

TEST(SystemClock, ReturnsCurrentUnixTime)
{
    const otp::Clock clock = otp::systemClock();
    const std::int64_t now = clock();
    EXPECT_GT(now, 1'700'000'000) << "after November 2023";
    EXPECT_LT(now, 4'102'444'800) << "before 2100";
    EXPECT_LE(now, clock());
}

}  // namespace
