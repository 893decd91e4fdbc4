// Proton Authenticator exports. proton_plain.json follows the app's export (version 1, entries
// with content.uri, entry_type and name); proton_encrypted.json is it encrypted by
// apps/make_encrypted.py (argon2-cffi + cryptography's AES-GCM), so the round trip is: the
// same tokens and the same unsupported entries.

#include <string>

#include <gtest/gtest.h>

#include "interop_test_util.h"
#include "otp/interop/import.h"
#include "otp/interop/proton.h"

using namespace interop_test;
using otp::ErrorCode;
using otp::interop::ImportFormat;
using otp::interop::parseProtonJson;

namespace {

const otp::SecureString kPassword("test-password");

void expectFixtureContent(const otp::interop::ImportResult& r)
{
    ASSERT_EQ(r.tokens.size(), 3u);
    EXPECT_EQ(r.tokens[0].issuer, "Example Bank");
    EXPECT_EQ(r.tokens[0].account, "alice@example.com");
    EXPECT_EQ(r.tokens[0].secret, bytesOf("12345678901234567890"));
    EXPECT_EQ(r.tokens[1].algorithm, otp::Algorithm::Sha256);
    EXPECT_EQ(r.tokens[1].digits, 8);
    EXPECT_EQ(r.tokens[1].period, 60);
    // steam://SECRET: a Steam Guard token named by the entry's name.
    EXPECT_EQ(r.tokens[2].issuer, "Steam");
    EXPECT_EQ(r.tokens[2].account, "gamer");
    EXPECT_EQ(r.tokens[2].codeFormat, otp::CodeFormat::Steam);
    // Each entry that cannot be imported is listed with its position, name and reason.
    ASSERT_EQ(r.unsupported.size(), 2u);
    EXPECT_EQ(r.unsupported[0].position, 4u);
    EXPECT_EQ(r.unsupported[0].code, ErrorCode::UriUnknownAlgorithm);
    EXPECT_EQ(r.unsupported[0].label, "carol");
    EXPECT_EQ(r.unsupported[1].position, 5u);
    EXPECT_EQ(r.unsupported[1].code, ErrorCode::UriBadSecret) << r.unsupported[1].reason;
}

std::string encryptedWith(std::string_view key, std::string_view value)
{
    std::string text = readFixture("apps/proton_encrypted.json");
    const std::string quoted = "\"" + std::string(key) + "\": ";
    const auto start = text.find(quoted) + quoted.size();
    const auto end = text.find_first_of(",}", start);
    text.replace(start, end - start, value);
    return text;
}

}  // namespace

TEST(Proton, ReadsThePlainExport)
{
    const std::string text = readFixture("apps/proton_plain.json");
    EXPECT_EQ(otp::interop::detectFormat(bytesOf(text)), ImportFormat::ProtonPlain);
    auto r = parseProtonJson(text, nullptr);
    ASSERT_TRUE(r) << r.error().message;
    EXPECT_EQ(r->format, ImportFormat::ProtonPlain);
    expectFixtureContent(*r);
}

TEST(Proton, TheEncryptedExportGivesWhatThePlainOneGives)
{
    const std::string text = readFixture("apps/proton_encrypted.json");
    EXPECT_EQ(otp::interop::detectFormat(bytesOf(text)), ImportFormat::ProtonEncrypted);
    auto r = otp::interop::importData(bytesOf(text), &kPassword);
    ASSERT_TRUE(r) << r.error().message;
    EXPECT_EQ(r->format, ImportFormat::ProtonEncrypted);
    expectFixtureContent(*r);
    auto plain = parseProtonJson(readFixture("apps/proton_plain.json"), nullptr);
    EXPECT_EQ(r->tokens, plain->tokens);
    EXPECT_EQ(r->unsupported, plain->unsupported);
}

TEST(Proton, EncryptedNeedsTheRightPassword)
{
    const std::string text = readFixture("apps/proton_encrypted.json");
    auto none = parseProtonJson(text, nullptr);
    ASSERT_FALSE(none);
    EXPECT_EQ(none.error().code, ErrorCode::ImportPassphraseRequired);
    const otp::SecureString wrong("wrong-password");
    auto r = parseProtonJson(text, &wrong);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::ImportWrongPassphrase);
}

TEST(Proton, TruncatedContentAndUnknownVersionsHaveTheirOwnErrors)
{
    auto shortContent =
        parseProtonJson(encryptedWith("content", "\"AAAAAAAAAAAAAAAAAAAA\""), &kPassword);
    ASSERT_FALSE(shortContent);
    EXPECT_EQ(shortContent.error().code, ErrorCode::ImportTruncated);
    auto newer = parseProtonJson(encryptedWith("version", "2"), &kPassword);
    ASSERT_FALSE(newer);
    EXPECT_EQ(newer.error().code, ErrorCode::ImportUnsupportedFile);
    auto badSalt = parseProtonJson(encryptedWith("salt", "\"AAAA\""), &kPassword);
    ASSERT_FALSE(badSalt);
    EXPECT_EQ(badSalt.error().code, ErrorCode::ImportBadStructure);
    auto plainNewer = parseProtonJson(R"({"version":7,"entries":[]})", nullptr);
    ASSERT_FALSE(plainNewer);
    EXPECT_EQ(plainNewer.error().code, ErrorCode::ImportUnsupportedFile);
}

TEST(Proton, AnEntryWithoutContentIsListedNotFatal)
{
    auto r = parseProtonJson(
        R"({"version":1,"entries":[{"id":"x"},{"id":"y","content":{"uri":"otpauth://totp/A:b?secret=JBSWY3DPEHPK3PXP","entry_type":"Totp","name":"b"}},{"id":"z","content":{"uri":"otpauth://totp/A:c?secret=JBSWY3DPEHPK3PXP","entry_type":"Hotp","name":"c"}}]})",
        nullptr);
    ASSERT_TRUE(r) << r.error().message;
    ASSERT_EQ(r->tokens.size(), 1u);
    ASSERT_EQ(r->unsupported.size(), 2u);
    EXPECT_EQ(r->unsupported[0].position, 1u);
    EXPECT_EQ(r->unsupported[0].code, ErrorCode::ImportBadStructure);
    EXPECT_EQ(r->unsupported[1].code, ErrorCode::UriUnknownType);
}
