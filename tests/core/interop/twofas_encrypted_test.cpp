// Password-protected 2FAS backups. twofas_encrypted.2fas is twofas.2fas's services encrypted by
// apps/make_encrypted.py (hashlib PBKDF2-SHA256 + cryptography's AES-GCM), so the round trip
// is: the same tokens as the plain backup.

#include <string>

#include <gtest/gtest.h>

#include "interop_test_util.h"
#include "otp/interop/app_backups.h"
#include "otp/interop/import.h"

using namespace interop_test;
using otp::ErrorCode;
using otp::interop::ImportFormat;
using otp::interop::parseTwoFasJson;

namespace {

const otp::SecureString kPassword("test-password");

std::string encryptedFixture()
{
    return readFixture("apps/twofas_encrypted.2fas");
}

// The fixture with "servicesEncrypted" replaced.
std::string withServices(std::string_view field)
{
    std::string text = encryptedFixture();
    const auto start = text.find("\"servicesEncrypted\": \"") + 22;
    const auto end = text.find('"', start);
    text.replace(start, end - start, field);
    return text;
}

std::string servicesField()
{
    const std::string text = encryptedFixture();
    const auto start = text.find("\"servicesEncrypted\": \"") + 22;
    return text.substr(start, text.find('"', start) - start);
}

}  // namespace

TEST(TwoFasEncrypted, GivesTheTokensOfThePlainBackup)
{
    const std::string text = encryptedFixture();
    EXPECT_EQ(otp::interop::detectFormat(bytesOf(text)), ImportFormat::TwoFasEncrypted);
    EXPECT_TRUE(otp::interop::needsPassphrase(ImportFormat::TwoFasEncrypted));
    auto encrypted = parseTwoFasJson(text, &kPassword);
    ASSERT_TRUE(encrypted) << encrypted.error().message;
    EXPECT_EQ(encrypted->format, ImportFormat::TwoFasEncrypted);
    auto plain = parseTwoFasJson(readFixture("twofas.2fas"));
    ASSERT_TRUE(plain);
    ASSERT_EQ(encrypted->tokens.size(), 3u);
    EXPECT_EQ(encrypted->tokens, plain->tokens);
    EXPECT_EQ(encrypted->tokens[0].secret, bytesOf("12345678901234567890"));
    EXPECT_EQ(encrypted->tokens[2].codeFormat, otp::CodeFormat::Steam);
}

TEST(TwoFasEncrypted, AsksForThePasswordThenRefusesAWrongOne)
{
    auto none = parseTwoFasJson(encryptedFixture(), nullptr);
    ASSERT_FALSE(none);
    EXPECT_EQ(none.error().code, ErrorCode::ImportPassphraseRequired);
    const otp::SecureString wrong("Test-password");
    auto r = parseTwoFasJson(encryptedFixture(), &wrong);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::ImportWrongPassphrase);
}

TEST(TwoFasEncrypted, ACutShortCiphertextIsTruncated)
{
    const std::string field = servicesField();
    // Keep 8 bytes of ciphertext (12 base64 characters): fewer than the GCM tag.
    const std::string shortField = "AAAAAAAAAAAA" + field.substr(field.find(':'));
    auto r = parseTwoFasJson(withServices(shortField), &kPassword);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::ImportTruncated);
    // A longer cut is caught by the tag: it reads as a wrong password or a changed file.
    const std::string cut = field.substr(0, 40) + field.substr(field.find(':'));
    auto changed = parseTwoFasJson(withServices(cut), &kPassword);
    ASSERT_FALSE(changed);
    EXPECT_EQ(changed.error().code, ErrorCode::ImportWrongPassphrase);
}

TEST(TwoFasEncrypted, AFieldWithoutThreePartsIsAStructureError)
{
    // The last: three parts, but a 3-byte IV.
    for (const char* field : {"abc", "YWJj:YWJj", "YWJj:YWJj:YWJj:YWJj", "YWJj:YWJj:YWJj"}) {
        auto r = parseTwoFasJson(withServices(field), &kPassword);
        ASSERT_FALSE(r) << field;
        EXPECT_EQ(r.error().code, ErrorCode::ImportBadStructure) << field;
    }
    // An empty field is what a backup without a password holds: its (empty) services are read.
    auto plain = parseTwoFasJson(withServices(""), &kPassword);
    ASSERT_TRUE(plain);
    EXPECT_EQ(plain->format, ImportFormat::TwoFas);
    EXPECT_TRUE(plain->tokens.empty());
}
