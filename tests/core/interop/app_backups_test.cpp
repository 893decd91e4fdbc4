#include <string>

#include <gtest/gtest.h>

#include "interop_test_util.h"
#include "otp/interop/app_backups.h"

using namespace interop_test;
using otp::interop::ImportFormat;

TEST(FreeOtpPlus, ReadsTheFixture)
{
    auto r = otp::interop::parseFreeOtpPlusJson(readFixture("freeotp_plus.json"));
    ASSERT_TRUE(r) << r.error().message;
    EXPECT_EQ(r->format, ImportFormat::FreeOtpPlus);
    ASSERT_EQ(r->tokens.size(), 2u);
    EXPECT_EQ(r->tokens[0], totp("Example Bank", "alice@example.com", "12345678901234567890"));
    // Negative numbers are Java's signed bytes.
    EXPECT_EQ(r->tokens[1],
              hotp("Counter Co", "carol", "Hello!\xde\xad\xbe\xef", 5, 8, otp::Algorithm::Sha512));
    ASSERT_EQ(r->unsupported.size(), 1u);
    EXPECT_EQ(r->unsupported[0].position, 3u);
    EXPECT_NE(r->unsupported[0].reason.find("MD5"), std::string::npos);
    EXPECT_EQ(r->unsupported[0].code, otp::ErrorCode::UriUnknownAlgorithm);
}

TEST(FreeOtpPlus, RejectsBadStructure)
{
    auto r = otp::interop::parseFreeOtpPlusJson(R"({"tokenOrder":[]})");
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, otp::ErrorCode::ImportBadStructure);
    auto bytes = otp::interop::parseFreeOtpPlusJson(
        R"({"tokens":[{"type":"TOTP","label":"x","secret":[1,2,300]}]})");
    ASSERT_TRUE(bytes);
    ASSERT_EQ(bytes->unsupported.size(), 1u);
    EXPECT_NE(bytes->unsupported[0].reason.find("byte values"), std::string::npos);
}

TEST(TwoFas, ReadsTheFixture)
{
    auto r = otp::interop::parseTwoFasJson(readFixture("twofas.2fas"));
    ASSERT_TRUE(r) << r.error().message;
    EXPECT_EQ(r->format, ImportFormat::TwoFas);
    ASSERT_EQ(r->tokens.size(), 3u);
    EXPECT_EQ(r->tokens[0], totp("Example Bank", "alice@example.com", "12345678901234567890"));
    EXPECT_EQ(r->tokens[2].codeFormat, otp::CodeFormat::Steam);  // "tokenType": "STEAM"
    EXPECT_EQ(r->tokens[2].account, "gamer");
    auto carol = hotp("Counter Co", "carol", "", 42, 6, otp::Algorithm::Sha256);
    carol.secret = base32("JBSWY3DPEHPK3PXP");
    EXPECT_EQ(r->tokens[1], carol);
    EXPECT_TRUE(r->unsupported.empty());
}

TEST(TwoFas, AMalformedEncryptedFieldIsAStructureError)
{
    auto r = otp::interop::parseTwoFasJson(
        R"({"services":[],"servicesEncrypted":"abc:def:ghi","schemaVersion":4})");
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, otp::ErrorCode::ImportBadStructure);
}

TEST(UriList, ReadsTheFixtureWithLineNumbers)
{
    const auto r = otp::interop::parseUriList(readFixture("uris.txt"));
    EXPECT_EQ(r.format, ImportFormat::UriList);
    ASSERT_EQ(r.tokens.size(), 3u);
    EXPECT_EQ(r.tokens[0].issuer, "Example Bank");
    EXPECT_EQ(r.tokens[1].counter, 5u);
    ASSERT_TRUE(r.tokens[2].serial.has_value());
    EXPECT_EQ(r.tokens[2].serial->compact(), "ABCD12345678");
    ASSERT_EQ(r.unsupported.size(), 1u);
    EXPECT_EQ(r.unsupported[0].position, 5u);
    EXPECT_NE(r.unsupported[0].reason.find("digits"), std::string::npos);
}

TEST(UriList, RoundTripsLosslessly)
{
    auto r = otp::interop::parseUriList(readFixture("uris.txt"));
    const otp::SecureString text = otp::interop::formatUriList(r.tokens);
    const auto back = otp::interop::parseUriList(text.view());
    EXPECT_TRUE(back.unsupported.empty());
    EXPECT_EQ(back.tokens, r.tokens);
}

TEST(FreeOtpPlus, AnIssuerWithAColonIsReportedClearly)
{
    auto r = otp::interop::parseFreeOtpPlusJson(
        R"({"tokens":[{"type":"TOTP","issuerExt":"A: B","label":"x","secret":[1,2,3,4,5,6,7,8,9,10]}]})");
    ASSERT_TRUE(r) << r.error().message;
    ASSERT_EQ(r->unsupported.size(), 1u);
    EXPECT_NE(r->unsupported[0].reason.find("containing ':'"), std::string::npos)
        << r->unsupported[0].reason;
}
