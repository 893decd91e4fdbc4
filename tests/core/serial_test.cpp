#include <random>
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "otp/base32.h"
#include "otp/serial.h"

namespace {

using otp::ErrorCode;
using otp::Serial;

TEST(SerialParse, NormalisesCaseSpacesAndHyphens)
{
    for (const std::string_view text :
         {"ABCD12345678", "abcd12345678", "abcd-1234-5678", "ABCD 1234 5678", " AbCd-1234 5678 ",
          "a-b-c-d-1-2-3-4-5-6-7-8", "ABCD--12345678"}) {
        const auto serial = Serial::parse(text);
        ASSERT_TRUE(serial.ok()) << text << ": " << serial.error().message;
        EXPECT_EQ(serial->compact(), "ABCD12345678") << text;
        EXPECT_EQ(serial->display(), "ABCD 1234 5678") << text;
    }
}

TEST(SerialParse, DoesNotRequireALuhnCheckDigit)
{
    // Banks may issue serials of their own: 1234567 has check digit 4, not 8.
    const auto serial = Serial::parse("ZZZZ12345678");
    ASSERT_TRUE(serial.ok());
    EXPECT_FALSE(otp::luhnValid("12345678"));
}

TEST(SerialParse, DisplayParsesBackEqual)
{
    const auto serial = Serial::parse("wxyz-0000-0001");
    ASSERT_TRUE(serial.ok());
    const auto again = Serial::parse(serial->display());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(*again, *serial);
}

struct BadSerial {
    std::string_view text;
    std::string_view messagePart;  // the message must contain this
};

class SerialRejectTest : public testing::TestWithParam<BadSerial> {};

TEST_P(SerialRejectTest, FailsWithSerialBadFormat)
{
    const auto& c = GetParam();
    const auto serial = Serial::parse(c.text);
    ASSERT_FALSE(serial.ok()) << c.text;
    EXPECT_EQ(serial.error().code, ErrorCode::SerialBadFormat) << c.text;
    EXPECT_NE(serial.error().message.find(c.messagePart), std::string::npos)
        << c.text << ": " << serial.error().message;
}

INSTANTIATE_TEST_SUITE_P(
    Serial, SerialRejectTest,
    testing::Values(BadSerial{"", "got 0"}, BadSerial{"ABC12345678", "got 11"},  // 3 letters
                    BadSerial{"ABC123456789", "must start with 4 letters"},  // 3 letters, 9 digits
                    BadSerial{"ABCD123456789", "got 13"},                    // 9 digits
                    BadSerial{"ABCDE2345678", "must end with 8 digits"},     // 5 letters
                    BadSerial{"ABCD1234567O", "must end with 8 digits"},     // O for 0
                    BadSerial{"ABCD 12x4 5678", "must end with 8 digits"},
                    BadSerial{"AB1D12345678", "must start with 4 letters"},
                    BadSerial{"ABCD_12345678", "invalid character '_' at position 5"},
                    BadSerial{"ABCD.1234.5678", "invalid character '.' at position 5"},
                    // Non-ASCII: full-width digits, an accented letter, the ideographic space.
                    BadSerial{"ABCD\xef\xbc\x91"
                              "2345678",
                              "invalid character byte 239 at position 5"},
                    BadSerial{"\xc3\x89"
                              "BCD12345678",
                              "at position 1"},
                    BadSerial{"ABCD\xe3\x80\x80"
                              "12345678",
                              "at position 5"},
                    BadSerial{"ABCD\t12345678", "invalid character byte 9 at position 5"}));

TEST(Luhn, KnownVectors)
{
    EXPECT_EQ(otp::luhnCheckDigit("7992739871"), '3');  // the classic example
    EXPECT_EQ(otp::luhnCheckDigit("0"), '0');
    EXPECT_EQ(otp::luhnCheckDigit("1"), '8');
    EXPECT_EQ(otp::luhnCheckDigit("1234567"), '4');
    EXPECT_EQ(otp::luhnCheckDigit("0000000"), '0');
    EXPECT_EQ(otp::luhnCheckDigit("2266427"), '0');
    EXPECT_EQ(otp::luhnCheckDigit("8267643"), '8');
    EXPECT_EQ(otp::luhnCheckDigit("453201511283036"), '6');  // a test card number
    EXPECT_TRUE(otp::luhnValid("79927398713"));
    EXPECT_TRUE(otp::luhnValid("4532015112830366"));
    EXPECT_FALSE(otp::luhnValid("79927398710"));
    EXPECT_FALSE(otp::luhnValid("79927398714"));
}

TEST(Luhn, RejectsNonDigitsAndShortInput)
{
    EXPECT_EQ(otp::luhnCheckDigit(""), '\0');
    EXPECT_EQ(otp::luhnCheckDigit("12a4"), '\0');
    EXPECT_FALSE(otp::luhnValid(""));
    EXPECT_FALSE(otp::luhnValid("0"));
    EXPECT_FALSE(otp::luhnValid("7992739871x"));
    EXPECT_FALSE(otp::luhnValid("x0"));
}

TEST(Luhn, CatchesEverySingleDigitError)
{
    const std::string valid = "79927398713";
    for (std::size_t i = 0; i < valid.size(); ++i) {
        for (char d = '0'; d <= '9'; ++d) {
            if (d == valid[i])
                continue;
            std::string typo = valid;
            typo[i] = d;
            EXPECT_FALSE(otp::luhnValid(typo)) << typo;
        }
    }
}

TEST(Luhn, CatchesAdjacentSwapsExceptZeroNine)
{
    for (int a = 0; a <= 9; ++a) {
        for (int b = 0; b <= 9; ++b) {
            if (a == b)
                continue;
            std::string digits = "1234567";
            digits[2] = static_cast<char>('0' + a);
            digits[3] = static_cast<char>('0' + b);
            const std::string valid = digits + otp::luhnCheckDigit(digits);
            std::string swapped = valid;
            std::swap(swapped[2], swapped[3]);
            const bool zeroNine = (a == 0 && b == 9) || (a == 9 && b == 0);
            EXPECT_EQ(otp::luhnValid(swapped), zeroNine) << valid << " -> " << swapped;
        }
    }
}

// docs/serial.md: computed independently with /usr/bin/python3 (hashlib), not with this code.
struct DerivationVector {
    std::string_view secretBase32;
    std::string_view serial;
};

class SerialDerivationTest : public testing::TestWithParam<DerivationVector> {};

TEST_P(SerialDerivationTest, MatchesDocumentedVector)
{
    const auto& v = GetParam();
    const auto secret = otp::base32Decode(v.secretBase32);
    ASSERT_TRUE(secret.ok());
    EXPECT_EQ(Serial::deriveFromSecret(*secret).compact(), v.serial) << v.secretBase32;
}

INSTANTIATE_TEST_SUITE_P(
    Serial, SerialDerivationTest,
    testing::Values(
        // RFC 6238 SHA-1 seed "12345678901234567890"
        DerivationVector{"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", "TUCE22664270"},
        // Google Authenticator's example, "Hello!" DE AD BE EF
        DerivationVector{"JBSWY3DPEHPK3PXP", "XRAD82676438"},
        // "1234567890" x4 + "12" (42 bytes)
        DerivationVector{"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZA",
                         "IIJD80978869"},
        DerivationVector{"", "LQYZ35169119"}));

TEST(SerialDerivation, IsDeterministicAndLuhnValid)
{
    std::mt19937 random(12);  // fixed seed: reproducible
    std::uniform_int_distribution<int> byte(0, 255);
    std::uniform_int_distribution<std::size_t> length(0, 64);
    for (int trial = 0; trial < 2000; ++trial) {
        std::vector<std::uint8_t> secret(length(random));
        for (auto& b : secret)
            b = static_cast<std::uint8_t>(byte(random));
        const Serial serial = Serial::deriveFromSecret(secret);
        EXPECT_EQ(Serial::deriveFromSecret(secret), serial);
        const std::string& compact = serial.compact();
        ASSERT_EQ(compact.size(), 12u);
        EXPECT_EQ(compact.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ"), 4u) << compact;
        EXPECT_EQ(compact.find_first_not_of("0123456789", 4), std::string::npos) << compact;
        EXPECT_TRUE(otp::luhnValid(compact.substr(4))) << compact;
        // A derived serial is a serial: it parses back to itself.
        const auto parsed = Serial::parse(serial.display());
        ASSERT_TRUE(parsed.ok());
        EXPECT_EQ(*parsed, serial);
    }
}

TEST(SerialDerivation, DependsOnEveryByte)
{
    std::vector<std::uint8_t> secret(20, 0x42);
    const Serial base = Serial::deriveFromSecret(secret);
    for (std::size_t i = 0; i < secret.size(); ++i) {
        auto changed = secret;
        changed[i] ^= 0x01;
        EXPECT_NE(Serial::deriveFromSecret(changed), base) << "byte " << i;
    }
    secret.push_back(0);  // a trailing zero byte is a different secret
    EXPECT_NE(Serial::deriveFromSecret(secret), base);
}

}  // namespace
