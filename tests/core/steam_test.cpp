// Steam Guard tokens: the code alphabet, the URI forms that mark them, verification.
//
// Vectors: KeePassXC's tests/TestTotp.cpp (FR8RV, 9P3VP; also used by Authenticator Pro's
// SteamOtpTest), and codes computed independently with /usr/bin/python3 (hmac, hashlib) by
// steam_code() in tests/core/crosscheck/pyotp_codes.py, which crosscheck_test also runs on 1000
// random cases.
#include <gtest/gtest.h>

#include "otp/base32.h"
#include "otp/key_uri.h"
#include "otp/uri_generators.h"
#include "otp/verify.h"

namespace {

using otp::CodeFormat;

otp::KeyUri mustParse(std::string_view text)
{
    auto parsed = otp::parseKeyUri(text);
    EXPECT_TRUE(parsed.ok()) << text << ": " << (parsed.ok() ? "" : parsed.error().message);
    return parsed.ok() ? std::move(parsed).value() : otp::KeyUri{};
}

std::string codeAt(std::string_view uriText, std::int64_t at)
{
    const otp::KeyUri uri = mustParse(uriText);
    auto generator = otp::totpGeneratorFor(uri);
    EXPECT_TRUE(generator.ok()) << uriText;
    if (!generator.ok())
        return {};
    auto code = generator->codeAt(at);
    return code.ok() ? *code : std::string{};
}

struct Vector {
    const char* secret;
    std::int64_t at;
    const char* code;
};

class SteamVectorTest : public testing::TestWithParam<Vector> {};

TEST_P(SteamVectorTest, CodeMatchesTheReference)
{
    const Vector& v = GetParam();
    const std::string uri =
        "otpauth://totp/Steam:me?secret=" + std::string(v.secret) + "&issuer=Steam&encoder=steam";
    EXPECT_EQ(codeAt(uri, v.at), v.code) << v.secret << " @" << v.at;
}

INSTANTIATE_TEST_SUITE_P(References, SteamVectorTest,
                         testing::Values(
                             // KeePassXC
                             Vector{"63BEDWCQZKTQWPESARIERL5DTTQFCJTK", 1511200518, "FR8RV"},
                             Vector{"63BEDWCQZKTQWPESARIERL5DTTQFCJTK", 1511200714, "9P3VP"},
                             // python3 + hmac (pyotp_codes.py steam_code)
                             Vector{"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", 0, "GG5F5"},
                             Vector{"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", 59, "PV9M4"},
                             Vector{"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", 1111111109, "PY4YB"},
                             Vector{"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", 1234567890, "VHHQY"},
                             Vector{"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", 2000000000, "9N776"},
                             Vector{"JBSWY3DPEHPK3PXP", 0, "VH8YJ"},
                             Vector{"JBSWY3DPEHPK3PXP", 59, "2YXGV"},
                             Vector{"JBSWY3DPEHPK3PXP", 1234567890, "K8G5W"}));

TEST(Steam, CodeIsFiveAlphabetCharactersLeastSignificantFirst)
{
    EXPECT_EQ(otp::steamCode(0), "22222");
    EXPECT_EQ(otp::steamCode(1), "32222");
    EXPECT_EQ(otp::steamCode(25), "Y2222");
    EXPECT_EQ(otp::steamCode(26), "23222");
    // 2^31 - 1 = 0x7fffffff: only its lowest 26^5 part shows.
    EXPECT_EQ(otp::steamCode(0x7fffffffU), otp::steamCode(0x7fffffffU % 11'881'376U));
}

TEST(Steam, EveryUriFormMarksASteamToken)
{
    for (const char* text :
         {"otpauth://totp/Steam:me?secret=JBSWY3DPEHPK3PXP&encoder=steam",
          "otpauth://totp/Steam:me?secret=JBSWY3DPEHPK3PXP&ENCODER=Steam",
          // Aegis: otpauth://steam/ with digits=5 and period/algorithm spelled out.
          "otpauth://steam/Steam:me?period=30&digits=5&algorithm=SHA1&secret=JBSWY3DPEHPK3PXP"
          "&issuer=Steam",
          // digits of another value are ignored: Steam codes always have 5 characters.
          "otpauth://totp/Example:alice?secret=JBSWY3DPEHPK3PXP&issuer=Example&digits=8"
          "&encoder=steam",
          "otpauth://STEAM/me?secret=JBSWY3DPEHPK3PXP"}) {
        const otp::KeyUri uri = mustParse(text);
        EXPECT_EQ(uri.codeFormat, CodeFormat::Steam) << text;
        EXPECT_EQ(uri.type, otp::OtpType::Totp) << text;
        EXPECT_EQ(uri.digits, otp::kSteamCodeLength) << text;
        EXPECT_TRUE(uri.extraParameters.empty()) << text;
        EXPECT_EQ(codeAt(text, 59), "2YXGV") << text;
    }
}

TEST(Steam, OtherEncodersAndHotpKeepTheParameterAsBefore)
{
    const otp::KeyUri other = mustParse("otpauth://totp/a?secret=JBSWY3DPEHPK3PXP&encoder=yandex");
    EXPECT_EQ(other.codeFormat, CodeFormat::Decimal);
    ASSERT_EQ(other.extraParameters.size(), 1u);
    EXPECT_EQ(other.extraParameters[0].first, "encoder");
    const otp::KeyUri hotp =
        mustParse("otpauth://hotp/a?secret=JBSWY3DPEHPK3PXP&counter=1&encoder=steam");
    EXPECT_EQ(hotp.codeFormat, CodeFormat::Decimal);
    EXPECT_EQ(hotp.extraParameters.size(), 1u);
    // A repeated encoder was accepted as extras before; it still is.
    const otp::KeyUri twice =
        mustParse("otpauth://totp/a?secret=JBSWY3DPEHPK3PXP&encoder=steam&encoder=steam");
    EXPECT_EQ(twice.codeFormat, CodeFormat::Steam);
    // digits=5 is still refused for decimal tokens.
    auto five = otp::parseKeyUri("otpauth://totp/a?secret=JBSWY3DPEHPK3PXP&digits=5");
    ASSERT_FALSE(five.ok());
    EXPECT_EQ(five.error().code, otp::ErrorCode::UriBadDigits);
}

TEST(Steam, FormatWritesTheEncoderAndRoundTrips)
{
    const otp::KeyUri uri =
        mustParse("otpauth://steam/Steam:me?digits=5&secret=JBSWY3DPEHPK3PXP&issuer=Steam");
    const otp::SecureString text = otp::formatKeyUri(uri);
    EXPECT_EQ(text.view(),
              "otpauth://totp/Steam:me?secret=JBSWY3DPEHPK3PXP&issuer=Steam&encoder=steam");
    EXPECT_EQ(mustParse(text.view()), uri);
}

TEST(Steam, VerifyAcceptsEitherCaseAndRefusesOtherCharacters)
{
    const otp::KeyUri uri =
        mustParse("otpauth://totp/Steam:me?secret=63BEDWCQZKTQWPESARIERL5DTTQFCJTK&encoder=steam");
    auto generator = otp::totpGeneratorFor(uri);
    ASSERT_TRUE(generator.ok());
    EXPECT_EQ(otp::verifyTotp(*generator, "FR8RV", 1511200518, 0), 0);
    EXPECT_EQ(otp::verifyTotp(*generator, "fr8rv", 1511200518, 0), 0);
    EXPECT_EQ(otp::verifyTotp(*generator, "FR8RV", 1511200518 + 30, 1), -1);
    EXPECT_EQ(otp::verifyTotp(*generator, "FR8R", 1511200518, 1), std::nullopt);
    EXPECT_EQ(otp::verifyTotp(*generator, "FR8RA", 1511200518, 1), std::nullopt);  // A: not Steam's
    EXPECT_EQ(otp::verifyTotp(*generator, "12345", 1511200518, 1), std::nullopt);
}

TEST(Steam, GeneratorNeedsFiveCharacters)
{
    const auto key = otp::base32Decode("JBSWY3DPEHPK3PXP");
    ASSERT_TRUE(key.ok());
    auto six = otp::HotpGenerator::create(*key, otp::Algorithm::Sha1, 6, CodeFormat::Steam);
    ASSERT_FALSE(six.ok());
    EXPECT_EQ(six.error().code, otp::ErrorCode::OtpBadDigits);
    auto five = otp::HotpGenerator::create(*key, otp::Algorithm::Sha1, 5, CodeFormat::Steam);
    ASSERT_TRUE(five.ok());
    EXPECT_EQ(five->format(), CodeFormat::Steam);
    EXPECT_EQ(five->code(1).size(), 5u);
}

}  // namespace
