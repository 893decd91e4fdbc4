#include <algorithm>
#include <cctype>
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "otp/base32.h"

namespace {

using otp::base32Decode;
using otp::base32Encode;
using otp::ErrorCode;

std::string asString(const otp::SecureBytes& bytes)
{
    return {bytes.begin(), bytes.end()};
}

std::span<const std::uint8_t> bytesOf(std::string_view text)
{
    return {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()};
}

// RFC 4648 §10, with the padding our encoder leaves out.
struct Rfc4648Vector {
    std::string_view plain;
    std::string_view padded;
    std::string_view unpadded;
};

class Rfc4648Test : public testing::TestWithParam<Rfc4648Vector> {};

TEST_P(Rfc4648Test, EncodesWithoutPadding)
{
    const auto& v = GetParam();
    EXPECT_EQ(base32Encode(bytesOf(v.plain)).view(), v.unpadded) << "BASE32(\"" << v.plain << "\")";
}

TEST_P(Rfc4648Test, DecodesPaddedAndUnpadded)
{
    const auto& v = GetParam();
    for (const std::string_view text : {v.padded, v.unpadded}) {
        const auto decoded = base32Decode(text);
        ASSERT_TRUE(decoded.ok()) << text << ": " << decoded.error().message;
        EXPECT_EQ(asString(*decoded), v.plain) << text;
    }
}

INSTANTIATE_TEST_SUITE_P(
    Base32, Rfc4648Test,
    testing::Values(Rfc4648Vector{"", "", ""}, Rfc4648Vector{"f", "MY======", "MY"},
                    Rfc4648Vector{"fo", "MZXQ====", "MZXQ"},
                    Rfc4648Vector{"foo", "MZXW6===", "MZXW6"},
                    Rfc4648Vector{"foob", "MZXW6YQ=", "MZXW6YQ"},
                    Rfc4648Vector{"fooba", "MZXW6YTB", "MZXW6YTB"},
                    Rfc4648Vector{"foobar", "MZXW6YTBOI======", "MZXW6YTBOI"}));

TEST(Base32Decode, EmptyAndSeparatorsOnlyDecodeToNothing)
{
    for (const std::string_view text : {"", " ", "- -", "========", "\t\r\n"}) {
        const auto decoded = base32Decode(text);
        ASSERT_TRUE(decoded.ok()) << '"' << text << "\": " << decoded.error().message;
        EXPECT_TRUE(decoded->empty()) << text;
    }
}

TEST(Base32Decode, IsLiberalAboutCaseSeparatorsAndPadding)
{
    for (const std::string_view text :
         {"MZXW6YTBOI", "mzxw6ytboi", "MzXw6YtBoI", "MZXW 6YTB OI", "mzxw-6ytb-oi", " MZXW6YTBOI ",
          "MZXW6YTBOI=", "MZXW6YTBOI======", "MZXW6YTBOI==========", "MZXW\t6YTB\nOI",
          "MZXW6YTBOI= ="}) {
        const auto decoded = base32Decode(text);
        ASSERT_TRUE(decoded.ok()) << '"' << text << "\": " << decoded.error().message;
        EXPECT_EQ(asString(*decoded), "foobar") << text;
    }
}

TEST(Base32Decode, GoogleAuthenticatorExampleSecret)
{
    const auto decoded = base32Decode("JBSWY3DPEHPK3PXP");
    ASSERT_TRUE(decoded.ok());
    EXPECT_EQ(asString(*decoded), "Hello!\xde\xad\xbe\xef");
}

struct InvalidCharacterCase {
    std::string_view text;
    std::string_view expectedMessage;
};

class Base32InvalidCharacterTest : public testing::TestWithParam<InvalidCharacterCase> {};

TEST_P(Base32InvalidCharacterTest, NamesCharacterAndPosition)
{
    const auto& c = GetParam();
    const auto decoded = base32Decode(c.text);
    ASSERT_FALSE(decoded.ok()) << c.text;
    EXPECT_EQ(decoded.error().code, ErrorCode::Base32InvalidCharacter) << c.text;
    EXPECT_EQ(decoded.error().message, c.expectedMessage) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    Base32, Base32InvalidCharacterTest,
    testing::Values(
        // 0, 1, 8 and 9 are not in the alphabet (people mistake them for O, I, B and g).
        InvalidCharacterCase{"MZXW0YTB", "invalid base32 character '0' at position 5"},
        InvalidCharacterCase{"1ZXW6YTB", "invalid base32 character '1' at position 1"},
        InvalidCharacterCase{"MZXW6YT8", "invalid base32 character '8' at position 8"},
        InvalidCharacterCase{"MZ XW 9", "invalid base32 character '9' at position 7"},
        // Positions count separators, so they point into what the user typed.
        InvalidCharacterCase{"MZXW-6YTB-O!", "invalid base32 character '!' at position 12"},
        InvalidCharacterCase{"MZXW6===A", "invalid base32 character 'A' at position 9"},
        InvalidCharacterCase{"MZ=XW6", "invalid base32 character 'X' at position 4"},
        InvalidCharacterCase{"MZ_XW", "invalid base32 character '_' at position 3"},
        InvalidCharacterCase{"MZ\xc3\xa9", "invalid base32 character byte 0xC3 at position 3"},
        InvalidCharacterCase{std::string_view("MZ\0X", 4),
                             "invalid base32 character byte 0x00 at position 3"}));

TEST(Base32Decode, RejectsLengthsNoEncoderProduces)
{
    // A final group of 1, 3 or 6 symbols leaves 5, 7 or 6 spare bits.
    for (const std::string_view text : {"M", "MZX", "MZXW6Y", "MZXW6YTBO", "MZXW6YTBOIM",
                                        "MZXW6YTBOIMZXW", "M=======", "m z x"}) {
        const auto decoded = base32Decode(text);
        ASSERT_FALSE(decoded.ok()) << text;
        EXPECT_EQ(decoded.error().code, ErrorCode::Base32InvalidLength) << text;
    }
    const auto decoded = base32Decode("MZXW6YTBO");
    ASSERT_FALSE(decoded.ok());
    EXPECT_EQ(decoded.error().message,
              "invalid base32 length: 9 symbols leave a final group of 1, which no encoder "
              "produces (a final group has 2, 4, 5, 7 or 8)");
}

TEST(Base32Decode, InvalidCharacterIsReportedBeforeLength)
{
    const auto decoded = base32Decode("M!");
    ASSERT_FALSE(decoded.ok());
    EXPECT_EQ(decoded.error().code, ErrorCode::Base32InvalidCharacter);
}

TEST(Base32Decode, IgnoresNonZeroSpareBits)
{
    // "MZ" is 'f' with zero spare bits; "M3" carries the same 8 bits and two set spare bits.
    const auto decoded = base32Decode("M3");
    ASSERT_TRUE(decoded.ok());
    EXPECT_EQ(asString(*decoded), "f");
}

TEST(Base32Encode, UsesOnlyTheUpperCaseAlphabet)
{
    std::vector<std::uint8_t> all(256);
    for (std::size_t i = 0; i < all.size(); ++i)
        all[i] = static_cast<std::uint8_t>(i);
    const auto encoded = base32Encode(all);
    EXPECT_EQ(encoded.view().find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),
              std::string_view::npos);
    EXPECT_EQ(encoded.size(), (256 * 8 + 4) / 5);
}

TEST(Base32, RandomBytesOfEveryLengthRoundTrip)
{
    std::mt19937 random(4648);  // fixed seed: reproducible
    std::uniform_int_distribution<int> byte(0, 255);
    for (std::size_t length = 0; length <= 64; ++length) {
        for (int trial = 0; trial < 20; ++trial) {
            std::vector<std::uint8_t> bytes(length);
            for (auto& b : bytes)
                b = static_cast<std::uint8_t>(byte(random));
            const auto encoded = base32Encode(bytes);
            EXPECT_EQ(encoded.size(), (length * 8 + 4) / 5) << "length " << length;
            const auto decoded = base32Decode(encoded.view());
            ASSERT_TRUE(decoded.ok()) << "length " << length << ": " << decoded.error().message;
            EXPECT_TRUE(std::equal(decoded->begin(), decoded->end(), bytes.begin(), bytes.end()))
                << "length " << length << ", trial " << trial;

            // Lower case with a space every four symbols decodes the same.
            std::string typed;
            for (std::size_t i = 0; i < encoded.size(); ++i) {
                if (i > 0 && i % 4 == 0)
                    typed.push_back(' ');
                typed.push_back(static_cast<char>(std::tolower(encoded.view()[i])));
            }
            const auto fromTyped = base32Decode(typed);
            ASSERT_TRUE(fromTyped.ok()) << typed;
            EXPECT_EQ(*fromTyped, *decoded) << typed;
        }
    }
}

}  // namespace
