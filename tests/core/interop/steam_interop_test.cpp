// Steam Guard tokens through the other apps' formats: each marks them its own way (Aegis
// "type": "steam", 2FAS "tokenType": "STEAM", FreeOTP+ a TOTP whose issuer is "Steam"), and
// the exports keep them where the format can say so.
#include <string>

#include <gtest/gtest.h>

#include "interop_test_util.h"
#include "otp/interop/aegis.h"
#include "otp/interop/app_backups.h"
#include "otp/interop/ga_migration.h"
#include "otp/uri_generators.h"

using namespace interop_test;

namespace {

// KeePassXC's Steam vector: this secret gives FR8RV at 1511200518.
constexpr std::string_view kSecret = "63BEDWCQZKTQWPESARIERL5DTTQFCJTK";
constexpr std::int64_t kAt = 1511200518;

std::string codeOf(const otp::KeyUri& uri)
{
    auto generator = otp::totpGeneratorFor(uri);
    EXPECT_TRUE(generator.ok());
    if (!generator.ok())
        return {};
    return generator->codeAt(kAt).value();
}

otp::KeyUri steamToken()
{
    otp::KeyUri uri = totp("Steam", "gamer", "");
    uri.secret = base32(kSecret);
    uri.codeFormat = otp::CodeFormat::Steam;
    uri.digits = otp::kSteamCodeLength;
    return uri;
}

otp::vault::RandomSource zeros()
{
    return [](std::span<std::uint8_t> out) -> otp::Result<void> {
        std::fill(out.begin(), out.end(), std::uint8_t{0});
        return {};
    };
}

}  // namespace

TEST(SteamInterop, AegisFixtureEntryGivesSteamCodes)
{
    auto r = otp::interop::parseAegisJson(readFixture("aegis_plain.json"), nullptr);
    ASSERT_TRUE(r) << r.error().message;
    ASSERT_GE(r->tokens.size(), 4u);
    EXPECT_EQ(r->tokens[3], steamToken());
    EXPECT_EQ(codeOf(r->tokens[3]), "FR8RV");
}

TEST(SteamInterop, TwoFasFixtureEntryGivesSteamCodes)
{
    auto r = otp::interop::parseTwoFasJson(readFixture("twofas.2fas"));
    ASSERT_TRUE(r) << r.error().message;
    ASSERT_EQ(r->tokens.size(), 3u);
    EXPECT_EQ(r->tokens[2], steamToken());
    EXPECT_EQ(codeOf(r->tokens[2]), "FR8RV");
}

TEST(SteamInterop, FreeOtpPlusMarksSteamByItsIssuer)
{
    // FreeOTP+ writes Steam tokens as TOTP with issuerExt "Steam" (and shows Steam's characters
    // for them); the secret is kSecret as Java signed bytes.
    const std::string json =
        R"({"tokenOrder":["Steam:gamer","Steamy:x"],"tokens":[)"
        R"({"algo":"SHA1","counter":0,"digits":5,"issuerExt":"Steam","label":"gamer","period":30,)"
        R"("secret":[-10,-62,65,-40,80,-54,-89,11,60,-110,4,80,72,-81,-93,-100,-32,81,38,106],)"
        R"("type":"TOTP"},)"
        R"({"algo":"SHA1","counter":0,"digits":6,"issuerExt":"Steamy","label":"x","period":30,)"
        R"("secret":[1,2,3,4,5,6,7,8,9,10],"type":"TOTP"}]})";
    auto r = otp::interop::parseFreeOtpPlusJson(json);
    ASSERT_TRUE(r) << r.error().message;
    ASSERT_EQ(r->tokens.size(), 2u);
    EXPECT_EQ(r->tokens[0], steamToken());
    EXPECT_EQ(codeOf(r->tokens[0]), "FR8RV");
    EXPECT_EQ(r->tokens[1].codeFormat, otp::CodeFormat::Decimal);
}

TEST(SteamInterop, AegisExportWritesTheSteamTypeAndReadsBack)
{
    const std::vector<otp::KeyUri> tokens{steamToken()};
    auto json = otp::interop::formatAegisPlainJson(tokens, zeros());
    ASSERT_TRUE(json.ok());
    EXPECT_NE(json->view().find(R"("type":"steam")"), std::string_view::npos) << json->view();
    EXPECT_NE(json->view().find(R"("digits":5)"), std::string_view::npos) << json->view();
    auto back = otp::interop::parseAegisJson(json->view(), nullptr);
    ASSERT_TRUE(back) << back.error().message;
    ASSERT_EQ(back->tokens.size(), 1u);
    EXPECT_EQ(back->tokens[0], steamToken());
}

TEST(SteamInterop, UriListKeepsTheEncoder)
{
    const otp::SecureString list = otp::interop::formatUriList({steamToken()});
    EXPECT_NE(list.view().find("encoder=steam"), std::string_view::npos) << list.view();
    const auto back = otp::interop::parseUriList(list.view());
    ASSERT_EQ(back.tokens.size(), 1u);
    EXPECT_EQ(back.tokens[0], steamToken());
}

TEST(SteamInterop, GoogleAuthenticatorExportLeavesSteamOutWithAReason)
{
    const std::vector<otp::KeyUri> tokens{totp("Bank", "alice", "12345678901234567890"),
                                          steamToken()};
    const auto exported = otp::interop::formatGaMigration(tokens, 7);
    ASSERT_EQ(exported.uris.size(), 1u);
    ASSERT_EQ(exported.skipped.size(), 1u);
    EXPECT_EQ(exported.skipped[0].position, 2u);
    EXPECT_EQ(exported.skipped[0].label, "Steam: gamer");
    EXPECT_NE(exported.skipped[0].reason.find("Steam"), std::string::npos);
    EXPECT_EQ(exported.skipped[0].code, otp::ErrorCode::UriUnknownType);
}
