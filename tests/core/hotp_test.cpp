// HOTP (RFC 4226): the pre-keyed HotpGenerator and the one-shot EVP_MAC hotpCode.
#include <cstdint>
#include <limits>
#include <optional>
#include <ostream>
#include <random>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "otp/hotp.h"

namespace {

using otp::Algorithm;
using otp::HotpGenerator;

std::vector<std::uint8_t> bytes(std::string_view text)
{
    return {text.begin(), text.end()};
}

const std::vector<std::uint8_t> kRfc4226Secret = bytes("12345678901234567890");

// RFC 4226 Appendix D: HMAC-SHA1 of counters 0..9 under "12345678901234567890", given there
// as the 31-bit truncated value (in decimal) and the 6-digit HOTP value. The 7- to 10-digit
// codes below are that value mod 10^digits, zero-padded: the 10-digit code is the whole
// truncated value.
struct Rfc4226Case {
    std::uint64_t counter;
    std::uint32_t truncated;
    const char* hotp6;
};

const Rfc4226Case kRfc4226Cases[] = {
    {0, 1284755224, "755224"}, {1, 1094287082, "287082"}, {2, 137359152, "359152"},
    {3, 1726969429, "969429"}, {4, 1640338314, "338314"}, {5, 868254676, "254676"},
    {6, 1918287922, "287922"}, {7, 82162583, "162583"},   {8, 673399871, "399871"},
    {9, 645520489, "520489"},
};

std::string expectedCode(std::uint32_t truncated, int digits)
{
    std::string all = std::to_string(truncated);
    all.insert(0, 10 - all.size(), '0');  // the 10-digit form
    return all.substr(10 - static_cast<std::size_t>(digits));
}

class Rfc4226Test : public testing::TestWithParam<Rfc4226Case> {};

TEST_P(Rfc4226Test, SixDigitsMatchAppendixD)
{
    const auto& c = GetParam();
    auto generator = HotpGenerator::create(kRfc4226Secret, Algorithm::Sha1, 6);
    ASSERT_TRUE(generator.ok()) << generator.error().message;
    EXPECT_EQ(generator->code(c.counter), c.hotp6) << "RFC 4226 counter " << c.counter;

    auto fresh = otp::hotpCode(kRfc4226Secret, Algorithm::Sha1, 6, c.counter);
    ASSERT_TRUE(fresh.ok()) << fresh.error().message;
    EXPECT_EQ(*fresh, c.hotp6) << "RFC 4226 counter " << c.counter << " (EVP_MAC)";
}

TEST_P(Rfc4226Test, AllLengthsAreTheTruncatedValueModPowerOfTen)
{
    const auto& c = GetParam();
    for (int digits = otp::kMinDigits; digits <= otp::kMaxDigits; ++digits) {
        auto generator = HotpGenerator::create(kRfc4226Secret, Algorithm::Sha1, digits);
        ASSERT_TRUE(generator.ok());
        const std::string expected = expectedCode(c.truncated, digits);
        EXPECT_EQ(generator->code(c.counter), expected)
            << "RFC 4226 counter " << c.counter << ", " << digits << " digits";
        auto fresh = otp::hotpCode(kRfc4226Secret, Algorithm::Sha1, digits, c.counter);
        ASSERT_TRUE(fresh.ok());
        EXPECT_EQ(*fresh, expected)
            << "RFC 4226 counter " << c.counter << ", " << digits << " digits (EVP_MAC)";
    }
}

// Printed into the test name: ctest lists the cases as ".../counter_3" (gtest_discover_tests
// turns the printed parameter into the name; a name generator would keep gtest's raw comment).
void PrintTo(const Rfc4226Case& c, std::ostream* out)
{
    *out << "counter_" << c.counter;
}

INSTANTIATE_TEST_SUITE_P(AppendixD, Rfc4226Test, testing::ValuesIn(kRfc4226Cases));

TEST(HotpGenerator, TenDigitCodesKeepLeadingZeros)
{
    auto generator = HotpGenerator::create(kRfc4226Secret, Algorithm::Sha1, 10);
    ASSERT_TRUE(generator.ok());
    EXPECT_EQ(generator->code(2), "0137359152");
    EXPECT_EQ(generator->code(7), "0082162583");
}

TEST(HotpGenerator, RejectsDigitsOutsideSixToTen)
{
    for (int digits : {-1, 0, 5, 11, 12}) {
        auto generator = HotpGenerator::create(kRfc4226Secret, Algorithm::Sha1, digits);
        ASSERT_FALSE(generator.ok()) << digits << " digits";
        EXPECT_EQ(generator.error().code, otp::ErrorCode::OtpBadDigits) << digits << " digits";
        EXPECT_NE(generator.error().message.find(std::to_string(digits)), std::string::npos)
            << "the message names the value: " << generator.error().message;

        auto fresh = otp::hotpCode(kRfc4226Secret, Algorithm::Sha1, digits, 0);
        ASSERT_FALSE(fresh.ok()) << digits << " digits (EVP_MAC)";
        EXPECT_EQ(fresh.error().code, otp::ErrorCode::OtpBadDigits);
    }
}

TEST(HotpGenerator, RejectsEmptyKey)
{
    const std::vector<std::uint8_t> empty;
    for (Algorithm algorithm : {Algorithm::Sha1, Algorithm::Sha256, Algorithm::Sha512}) {
        auto generator = HotpGenerator::create(empty, algorithm, 6);
        ASSERT_FALSE(generator.ok());
        EXPECT_EQ(generator.error().code, otp::ErrorCode::OtpEmptyKey);
        auto fresh = otp::hotpCode(empty, algorithm, 6, 0);
        ASSERT_FALSE(fresh.ok());
        EXPECT_EQ(fresh.error().code, otp::ErrorCode::OtpEmptyKey);
    }
}

TEST(HotpGenerator, ErrorCodesHaveStableNames)
{
    EXPECT_EQ(otp::errorCodeName(otp::ErrorCode::OtpBadDigits), "otp.bad_digits");
    EXPECT_EQ(otp::errorCodeName(otp::ErrorCode::OtpEmptyKey), "otp.empty_key");
    EXPECT_EQ(otp::errorCodeName(otp::ErrorCode::OtpCryptoFailure), "otp.crypto_failure");
}

TEST(HotpGenerator, ReportsItsParameters)
{
    auto generator = HotpGenerator::create(kRfc4226Secret, Algorithm::Sha512, 8);
    ASSERT_TRUE(generator.ok());
    EXPECT_EQ(generator->algorithm(), Algorithm::Sha512);
    EXPECT_EQ(generator->digits(), 8);
}

// Counters are the full 8-byte big-endian moving factor. Expected values computed
// independently with Python's hmac module (and agree with oathtool for SHA-1).
TEST(HotpGenerator, CountersNearTwoToTheSixtyFour)
{
    struct Case {
        Algorithm algorithm;
        std::uint64_t counter;
        const char* code;
    };
    constexpr auto kMax = std::numeric_limits<std::uint64_t>::max();
    const Case cases[] = {
        {Algorithm::Sha1, kMax, "1663094451"},   {Algorithm::Sha1, kMax - 1, "1289488204"},
        {Algorithm::Sha256, kMax, "0027790413"}, {Algorithm::Sha256, kMax - 1, "2132588895"},
        {Algorithm::Sha512, kMax, "1111381515"}, {Algorithm::Sha512, kMax - 1, "2011889916"},
    };
    for (const auto& c : cases) {
        auto generator = HotpGenerator::create(kRfc4226Secret, c.algorithm, 10);
        ASSERT_TRUE(generator.ok());
        EXPECT_EQ(generator->code(c.counter), c.code)
            << otp::algorithmName(c.algorithm) << " counter " << c.counter;
        EXPECT_EQ(*otp::hotpCode(kRfc4226Secret, c.algorithm, 10, c.counter), c.code)
            << otp::algorithmName(c.algorithm) << " counter " << c.counter << " (EVP_MAC)";
    }
}

// The pre-keyed path must agree with a fresh HMAC for every key length: shorter than the
// block, exactly one block (64 / 128 bytes) and longer (hashed first, RFC 2104 §2).
TEST(HotpGenerator, PreKeyedEqualsFreshEvpMacForRandomKeys)
{
    std::mt19937_64 random(4226);
    std::uniform_int_distribution<int> byte(0, 255);
    std::uniform_int_distribution<int> digitsDistribution(otp::kMinDigits, otp::kMaxDigits);
    int compared = 0;
    for (Algorithm algorithm : {Algorithm::Sha1, Algorithm::Sha256, Algorithm::Sha512}) {
        for (std::size_t length : {1, 10, 20, 32, 63, 64, 65, 100, 127, 128, 129, 300}) {
            std::vector<std::uint8_t> key(length);
            for (auto& b : key)
                b = static_cast<std::uint8_t>(byte(random));
            const int digits = digitsDistribution(random);
            auto generator = HotpGenerator::create(key, algorithm, digits);
            ASSERT_TRUE(generator.ok());
            for (int i = 0; i < 20; ++i) {
                const std::uint64_t counter = i < 10 ? static_cast<std::uint64_t>(i) : random();
                auto fresh = otp::hotpCode(key, algorithm, digits, counter);
                ASSERT_TRUE(fresh.ok());
                ASSERT_EQ(generator->code(counter), *fresh)
                    << otp::algorithmName(algorithm) << ", key of " << length << " bytes, "
                    << digits << " digits, counter " << counter;
                ++compared;
            }
        }
    }
    EXPECT_EQ(compared, 3 * 12 * 20);
}

TEST(HotpGenerator, CopiesAreIndependentOfTheOriginal)
{
    const std::string expected = "755224";
    std::optional<HotpGenerator> original =
        *HotpGenerator::create(kRfc4226Secret, Algorithm::Sha1, 6);
    HotpGenerator copy(*original);
    original.reset();  // the copy must own its own state
    EXPECT_EQ(copy.code(0), expected);

    auto other = HotpGenerator::create(bytes("another key"), Algorithm::Sha256, 8);
    ASSERT_TRUE(other.ok());
    const std::string otherCode = other->code(0);
    HotpGenerator assigned = *other;
    assigned = copy;
    EXPECT_EQ(assigned.code(0), expected);
    EXPECT_EQ(assigned.algorithm(), Algorithm::Sha1);
    EXPECT_EQ(assigned.digits(), 6);
    EXPECT_EQ(other->code(0), otherCode) << "assigning from a copy must not touch the source";

    const HotpGenerator& self = assigned;
    assigned = self;
    EXPECT_EQ(assigned.code(0), expected);
}

TEST(HotpGenerator, MovesTransferTheKey)
{
    auto created = HotpGenerator::create(kRfc4226Secret, Algorithm::Sha1, 6);
    ASSERT_TRUE(created.ok());
    HotpGenerator moved(std::move(created).value());
    EXPECT_EQ(moved.code(1), "287082");

    auto other = HotpGenerator::create(bytes("another key"), Algorithm::Sha512, 10);
    ASSERT_TRUE(other.ok());
    HotpGenerator target = std::move(other).value();
    target = std::move(moved);
    EXPECT_EQ(target.code(1), "287082");
    EXPECT_EQ(target.digits(), 6);

    moved = target;  // a moved-from generator can be assigned to again
    EXPECT_EQ(moved.code(9), "520489");
}

}  // namespace
