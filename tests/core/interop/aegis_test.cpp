#include <string>

#include <gtest/gtest.h>

#include "interop_test_util.h"
#include "otp/interop/aegis.h"
#include "otp/interop/import.h"

using namespace interop_test;
using otp::interop::formatAegisPlainJson;
using otp::interop::ImportFormat;
using otp::interop::parseAegisJson;

namespace {

// The tokens aegis_plain.json (and the encrypted fixture made from it) must give.
void expectFixtureContent(const otp::interop::ImportResult& r)
{
    ASSERT_EQ(r.tokens.size(), 4u);
    const auto& alice = r.tokens[0];
    EXPECT_EQ(alice.issuer, "Example Bank");
    EXPECT_EQ(alice.account, "alice@example.com");
    EXPECT_EQ(alice.secret, bytesOf("12345678901234567890"));
    EXPECT_EQ(alice.type, otp::OtpType::Totp);
    const auto& bob = r.tokens[1];
    EXPECT_EQ(bob.issuer, "ショップ");
    EXPECT_EQ(bob.algorithm, otp::Algorithm::Sha256);
    EXPECT_EQ(bob.digits, 8);
    EXPECT_EQ(bob.period, 60);
    EXPECT_EQ(bob.secret, bytesOf("12345678901234567890123456789012"));
    const auto& carol = r.tokens[2];
    EXPECT_EQ(carol.type, otp::OtpType::Hotp);
    EXPECT_EQ(carol.counter, 5u);
    EXPECT_EQ(carol.digits, 7);
    EXPECT_EQ(carol.algorithm, otp::Algorithm::Sha512);
    // Aegis' "steam" type: a Steam Guard token (its codes: steam_interop_test.cpp).
    const auto& gamer = r.tokens[3];
    EXPECT_EQ(gamer.issuer, "Steam");
    EXPECT_EQ(gamer.account, "gamer");
    EXPECT_EQ(gamer.codeFormat, otp::CodeFormat::Steam);
    EXPECT_EQ(gamer.digits, otp::kSteamCodeLength);
    ASSERT_EQ(r.unsupported.size(), 1u);
    EXPECT_EQ(r.unsupported[0].position, 5u);
    EXPECT_NE(r.unsupported[0].reason.find("secret"), std::string::npos) << r.unsupported[0].reason;
}

otp::vault::RandomSource counting()
{
    return [n = std::uint8_t{0}](std::span<std::uint8_t> out) mutable -> otp::Result<void> {
        for (auto& b : out)
            b = n++;
        return {};
    };
}

}  // namespace

TEST(Aegis, ReadsThePlainFixture)
{
    auto r = parseAegisJson(readFixture("aegis_plain.json"), nullptr);
    ASSERT_TRUE(r) << r.error().message;
    EXPECT_EQ(r->format, ImportFormat::AegisPlain);
    expectFixtureContent(*r);
}

// aegis_encrypted.json was encrypted by make_fixtures.py (hashlib.scrypt + cryptography's AESGCM).
TEST(Aegis, DecryptsTheIndependentlyEncryptedFixture)
{
    const std::string text = readFixture("aegis_encrypted.json");
    EXPECT_TRUE(otp::interop::isEncryptedAegis(text));
    const otp::SecureString password("test-password");
    auto r = parseAegisJson(text, &password);
    ASSERT_TRUE(r) << r.error().message;
    EXPECT_EQ(r->format, ImportFormat::AegisEncrypted);
    expectFixtureContent(*r);
}

TEST(Aegis, EncryptedNeedsTheRightPassword)
{
    const std::string text = readFixture("aegis_encrypted.json");
    auto none = parseAegisJson(text, nullptr);
    ASSERT_FALSE(none);
    EXPECT_EQ(none.error().code, otp::ErrorCode::ImportPassphraseRequired);
    const otp::SecureString wrong("test-passworD");
    auto bad = parseAegisJson(text, &wrong);
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().code, otp::ErrorCode::ImportWrongPassphrase);
}

TEST(Aegis, AChangedEncryptedDbIsReportedAsChangedNotAsAWrongPassword)
{
    std::string text = readFixture("aegis_encrypted.json");
    const auto db = text.find("\"db\": \"");
    ASSERT_NE(db, std::string::npos);
    char& c = text[db + 8];
    c = c == 'A' ? 'B' : 'A';
    const otp::SecureString password("test-password");
    auto r = parseAegisJson(text, &password);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, otp::ErrorCode::ImportBadStructure);
    EXPECT_NE(r.error().message.find("changed"), std::string::npos) << r.error().message;
}

TEST(Aegis, PlainExportRoundTrips)
{
    std::vector<otp::KeyUri> tokens = {
        totp("Example Bank", "alice@example.com", "12345678901234567890"),
        totp("引用\"符\"", "back\\slash", "abcdefghij", 8, 45, otp::Algorithm::Sha512),
        hotp("Counter", "", "0123456789", 99, 10, otp::Algorithm::Sha256),
    };
    auto text = formatAegisPlainJson(tokens, counting());
    ASSERT_TRUE(text) << text.error().message;
    EXPECT_NE(text->view().find("\"uuid\":\"00010203-0405-4607-8809-0a0b0c0d0e0f\""),
              std::string::npos)
        << text->view();
    auto back = parseAegisJson(text->view(), nullptr);
    ASSERT_TRUE(back) << back.error().message;
    EXPECT_TRUE(back->unsupported.empty());
    ASSERT_EQ(back->tokens.size(), tokens.size());
    for (std::size_t i = 0; i < tokens.size(); ++i)
        EXPECT_EQ(back->tokens[i], tokens[i]) << i;
}

TEST(Aegis, RejectsWrongStructureAndVersionsClearly)
{
    struct Case {
        std::string text;
        otp::ErrorCode code;
        std::string messagePart;
    };
    const std::vector<Case> cases = {
        {"[]", otp::ErrorCode::ImportBadStructure, "top level"},
        {R"({"version":1})", otp::ErrorCode::ImportBadStructure, "needs"},
        {R"({"version":2,"header":{"slots":null,"params":null},"db":{"version":1,"entries":[]}})",
         otp::ErrorCode::ImportUnsupportedFile, "version 2"},
        {R"({"version":1,"header":{"slots":null,"params":null},"db":{"version":9,"entries":[]}})",
         otp::ErrorCode::ImportUnsupportedFile, "db version 9"},
        {R"({"version":1,"header":{"slots":null,"params":null},"db":{"version":1}})",
         otp::ErrorCode::ImportBadStructure, "entries"},
        {R"({"version":1,"header":{"slots":[],"params":{"nonce":"00","tag":"00"}},"db":"AAAA"})",
         otp::ErrorCode::ImportBadStructure, "nonce"},
        {R"({"version":1,"header":{"slots":[{"type":2}],"params":{"nonce":"000000000000000000000000","tag":"00000000000000000000000000000000"}},"db":"AAAA"})",
         otp::ErrorCode::ImportUnsupportedFile, "no password slot"},
        {R"({"version":1,"header":{"slots":null,"params":null},"db":{"version":1,"entries":[)",
         otp::ErrorCode::ImportBadJson, "end of input"},
    };
    for (const auto& c : cases) {
        auto r = parseAegisJson(c.text, nullptr);
        ASSERT_FALSE(r) << c.text;
        EXPECT_EQ(r.error().code, c.code) << c.text << " -> " << r.error().message;
        EXPECT_NE(r.error().message.find(c.messagePart), std::string::npos)
            << c.text << " -> " << r.error().message;
    }
}

TEST(Aegis, HostileScryptParametersAreRefusedBeforeDerivation)
{
    std::string text = readFixture("aegis_encrypted.json");
    const auto n = text.find("\"n\": 32768");
    ASSERT_NE(n, std::string::npos);
    text.replace(n, 10, "\"n\": 4294967296");
    const otp::SecureString password("test-password");
    auto r = parseAegisJson(text, &password);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, otp::ErrorCode::ImportKdfTooCostly) << r.error().message;
}

TEST(Aegis, EveryTruncationOfThePlainFixtureIsRejected)
{
    const std::string text = readFixture("aegis_plain.json");
    const auto end = text.find_last_of('}');
    for (std::size_t n = 0; n < end; n += 7) {
        auto r = parseAegisJson(text.substr(0, n), nullptr);
        EXPECT_FALSE(r) << "prefix of " << n << " bytes";
    }
}
