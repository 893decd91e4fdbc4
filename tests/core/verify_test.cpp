// Verification windows and HOTP resynchronisation.
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "otp/verify.h"

namespace {

using otp::Algorithm;
using otp::HotpGenerator;
using otp::TotpGenerator;
using otp::TotpParameters;

constexpr auto kMaxCounter = std::numeric_limits<std::uint64_t>::max();

const std::vector<std::uint8_t> kKey = {'1', '2', '3', '4', '5', '6', '7', '8', '9', '0',
                                        '1', '2', '3', '4', '5', '6', '7', '8', '9', '0'};

HotpGenerator rfcHotp(int digits = 6)
{
    return *HotpGenerator::create(kKey, Algorithm::Sha1, digits);
}

// RFC 4226 Appendix D codes for counters 0..9 (all distinct, so no accidental matches).
const char* const kRfcCodes[] = {"755224", "287082", "359152", "969429", "338314",
                                 "254676", "287922", "162583", "399871", "520489"};

TEST(VerifyHotp, FindsTheOffsetWithinTheLookAhead)
{
    const HotpGenerator generator = rfcHotp();
    for (std::uint64_t counter = 0; counter < 10; ++counter) {
        EXPECT_EQ(verifyHotp(generator, kRfcCodes[counter], 0, 9), counter)
            << "code of counter " << counter;
    }
    EXPECT_EQ(verifyHotp(generator, "254676", 3, 2), 2U) << "counter 5 from 3";
    EXPECT_EQ(verifyHotp(generator, "254676", 5, 0), 0U) << "look-ahead 0 checks one counter";
}

TEST(VerifyHotp, MissesOutsideTheLookAhead)
{
    const HotpGenerator generator = rfcHotp();
    EXPECT_EQ(verifyHotp(generator, "254676", 0, 4), std::nullopt) << "counter 5 is beyond 0+4";
    EXPECT_EQ(verifyHotp(generator, "254676", 6, 3), std::nullopt) << "HOTP never looks back";
    EXPECT_EQ(verifyHotp(generator, "000000", 0, 9), std::nullopt);
}

TEST(VerifyHotp, RejectsMalformedCodes)
{
    const HotpGenerator generator = rfcHotp();
    const std::vector<std::string_view> malformed = {"",
                                                     "75522",
                                                     "7552240",
                                                     "0755224",
                                                     "75522a",
                                                     "75522 ",
                                                     " 55224",
                                                     "+55224",
                                                     "-55224",
                                                     "755 224",
                                                     "７55224",
                                                     std::string_view("755\0"
                                                                      "224",
                                                                      7),
                                                     std::string_view("75522\0", 6)};
    for (std::string_view code : malformed) {
        EXPECT_EQ(verifyHotp(generator, code, 0, 9), std::nullopt)
            << "'" << std::string(code) << "' must not match";
    }
    EXPECT_EQ(verifyHotp(rfcHotp(8), "755224", 0, 9), std::nullopt)
        << "a 6-digit code against an 8-digit token";
    EXPECT_EQ(verifyHotp(rfcHotp(8), "84755224", 0, 9), 0U);
}

TEST(VerifyHotp, StopsAtTheLastCounter)
{
    const HotpGenerator generator = rfcHotp(10);
    // 1663094451 is the code of counter 2^64 - 1; the window must not wrap to counter 0.
    EXPECT_EQ(verifyHotp(generator, "1663094451", kMaxCounter - 1, 1000), 1U);
    EXPECT_EQ(verifyHotp(generator, "1284755224", kMaxCounter - 1, 1000), std::nullopt)
        << "counter 0's code is not reachable from the end";
    EXPECT_EQ(verifyHotp(generator, "1663094451", kMaxCounter, kMaxCounter), 0U);
}

TotpGenerator rfcTotp()
{
    return *TotpGenerator::create(kKey, TotpParameters{Algorithm::Sha1, 6, 30, 0});
}

// With period 30 and T0 0, time 30*s + 15 is in the middle of step s, whose code is HOTP(s).
constexpr std::int64_t middleOfStep(std::int64_t step)
{
    return 30 * step + 15;
}

TEST(VerifyTotp, HitsAtPlusAndMinusWindow)
{
    const TotpGenerator generator = rfcTotp();
    const std::int64_t now = middleOfStep(5);
    for (std::int64_t step = 0; step < 10; ++step) {
        const std::int64_t offset = step - 5;
        const int window = static_cast<int>(offset < 0 ? -offset : offset);
        EXPECT_EQ(verifyTotp(generator, kRfcCodes[step], now, window), offset)
            << "step " << step << " with window " << window;
        if (window > 0) {
            EXPECT_EQ(verifyTotp(generator, kRfcCodes[step], now, window - 1), std::nullopt)
                << "step " << step << " with window " << window - 1;
        }
    }
}

TEST(VerifyTotp, WindowZeroAndNegativeWindowAcceptOnlyTheCurrentStep)
{
    const TotpGenerator generator = rfcTotp();
    EXPECT_EQ(verifyTotp(generator, "969429", middleOfStep(3), 0), 0);
    EXPECT_EQ(verifyTotp(generator, "969429", middleOfStep(3), -4), 0);
    EXPECT_EQ(verifyTotp(generator, "359152", middleOfStep(3), -4), std::nullopt);
    EXPECT_EQ(verifyTotp(generator, "338314", middleOfStep(3), 0), std::nullopt);
}

TEST(VerifyTotp, UsesTheStepAtTheBoundary)
{
    const TotpGenerator generator = rfcTotp();
    EXPECT_EQ(verifyTotp(generator, "287082", 59, 0), 0) << "59 s is the end of step 1";
    EXPECT_EQ(verifyTotp(generator, "287082", 60, 0), std::nullopt);
    EXPECT_EQ(verifyTotp(generator, "287082", 60, 1), -1);
}

TEST(VerifyTotp, SkipsStepsBeforeZeroAndTimesBeforeT0)
{
    const TotpGenerator generator = rfcTotp();
    EXPECT_EQ(verifyTotp(generator, "755224", middleOfStep(1), 5), -1);
    EXPECT_EQ(verifyTotp(generator, "359152", middleOfStep(0), 5), 2);
    EXPECT_EQ(verifyTotp(generator, "755224", -1, 5), std::nullopt) << "before T0";

    auto shifted = TotpGenerator::create(kKey, TotpParameters{Algorithm::Sha1, 6, 30, 1000});
    ASSERT_TRUE(shifted.ok());
    EXPECT_EQ(verifyTotp(*shifted, "755224", 999, 3), std::nullopt) << "before T0";
    EXPECT_EQ(verifyTotp(*shifted, "755224", 1000, 0), 0);
}

TEST(VerifyTotp, RejectsMalformedCodes)
{
    const TotpGenerator generator = rfcTotp();
    for (std::string_view code : {"", "75522", "7552240", "75522x", "75 224", "755224\n"}) {
        EXPECT_EQ(verifyTotp(generator, code, middleOfStep(0), 3), std::nullopt)
            << "'" << std::string(code) << "' must not match";
    }
}

TEST(ResyncHotp, FindsTwoConsecutiveCodes)
{
    const HotpGenerator generator = rfcHotp();
    // Codes of counters 6 and 7: store 8 next.
    EXPECT_EQ(resyncHotp(generator, "287922", "162583", 0, 9), 8U);
    EXPECT_EQ(resyncHotp(generator, "287922", "162583", 6, 0), 8U)
        << "first code exactly at the counter";
    EXPECT_EQ(resyncHotp(generator, "287922", "162583", 0, 6), 8U)
        << "first code at the last counter of the look-ahead; the second follows it";
}

TEST(ResyncHotp, RejectsNonConsecutiveOrOutOfRangeCodes)
{
    const HotpGenerator generator = rfcHotp();
    EXPECT_EQ(resyncHotp(generator, "162583", "287922", 0, 9), std::nullopt) << "wrong order";
    EXPECT_EQ(resyncHotp(generator, "287922", "399871", 0, 9), std::nullopt) << "6 then 8";
    EXPECT_EQ(resyncHotp(generator, "287922", "287922", 0, 9), std::nullopt) << "same code twice";
    EXPECT_EQ(resyncHotp(generator, "287922", "162583", 0, 5), std::nullopt) << "6 is beyond 0+5";
    EXPECT_EQ(resyncHotp(generator, "287922", "162583", 7, 9), std::nullopt) << "behind";
    EXPECT_EQ(resyncHotp(generator, "28792", "162583", 0, 9), std::nullopt) << "malformed first";
    EXPECT_EQ(resyncHotp(generator, "287922", "16258x", 0, 9), std::nullopt) << "malformed second";
}

TEST(ResyncHotp, StaysWithinSixtyFourBits)
{
    const HotpGenerator generator = rfcHotp(10);
    // Codes of counters 2^64 - 2 and 2^64 - 1 (Python hmac): the next counter is 2^64 - 1 + 1,
    // which does not exist, so resync must refuse rather than wrap to 0.
    EXPECT_EQ(resyncHotp(generator, "1289488204", "1663094451", kMaxCounter - 2, 10), std::nullopt);
    EXPECT_EQ(resyncHotp(generator, "1289488204", "1663094451", kMaxCounter - 1, 10), std::nullopt);
    EXPECT_EQ(resyncHotp(generator, "1289488204", "1663094451", kMaxCounter, kMaxCounter),
              std::nullopt);
    // Counters 2^64 - 3 and 2^64 - 2: the next counter, 2^64 - 1, is the last one there is.
    EXPECT_EQ(resyncHotp(generator, "1576851516", "1289488204", kMaxCounter - 10, 100),
              kMaxCounter);
}

}  // namespace
