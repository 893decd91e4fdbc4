// Ente Auth exports. ente_plain.txt follows Ente's plain export (otpauth:// links carrying its
// codeDisplay field); ente_encrypted.json is it encrypted by apps/make_encrypted.py
// (argon2-cffi's Argon2id, PyNaCl's secretstream), so the round trip is: the same tokens.

#include <string>

#include <gtest/gtest.h>

#include "interop_test_util.h"
#include "otp/interop/app_backups.h"
#include "otp/interop/ente.h"
#include "otp/interop/import.h"
#include "otp/interop/import_limits.h"

using namespace interop_test;
using otp::ErrorCode;
using otp::interop::ImportFormat;
using otp::interop::parseEnteEncrypted;

namespace {

const otp::SecureString kPassword("test-password");

std::string encryptedWith(std::string_view key, std::string_view value)
{
    std::string text = readFixture("apps/ente_encrypted.json");
    const std::string quoted = "\"" + std::string(key) + "\": ";
    const auto start = text.find(quoted) + quoted.size();
    const auto end = text.find_first_of(",\n}", start);
    text.replace(start, end - start, value);
    return text;
}

}  // namespace

TEST(Ente, ThePlainExportIsRecognisedAndRead)
{
    const std::string text = readFixture("apps/ente_plain.txt");
    EXPECT_EQ(otp::interop::detectFormat(bytesOf(text)), ImportFormat::EntePlain);
    auto r = otp::interop::importData(bytesOf(text), nullptr);
    ASSERT_TRUE(r) << r.error().message;
    EXPECT_EQ(r->format, ImportFormat::EntePlain);
    ASSERT_EQ(r->tokens.size(), 3u);
    EXPECT_EQ(r->tokens[0].account, "alice@example.com");
    EXPECT_EQ(r->tokens[0].secret, bytesOf("12345678901234567890"));
    EXPECT_EQ(r->tokens[1].type, otp::OtpType::Hotp);
    EXPECT_EQ(r->tokens[1].counter, 42u);
    EXPECT_EQ(r->tokens[2].codeFormat, otp::CodeFormat::Steam);
    ASSERT_EQ(r->unsupported.size(), 1u);
    EXPECT_EQ(r->unsupported[0].position, 4u);
    EXPECT_EQ(r->unsupported[0].code, ErrorCode::UriUnknownAlgorithm);
}

TEST(Ente, TheEncryptedExportGivesWhatThePlainOneGives)
{
    const std::string text = readFixture("apps/ente_encrypted.json");
    EXPECT_EQ(otp::interop::detectFormat(bytesOf(text)), ImportFormat::EnteEncrypted);
    auto r = parseEnteEncrypted(text, &kPassword);
    ASSERT_TRUE(r) << r.error().message;
    EXPECT_EQ(r->format, ImportFormat::EnteEncrypted);
    const auto plain = otp::interop::parseUriList(readFixture("apps/ente_plain.txt"));
    EXPECT_EQ(r->tokens, plain.tokens);
    EXPECT_EQ(r->unsupported, plain.unsupported);
    EXPECT_EQ(r->tokens.size(), 3u);
}

TEST(Ente, EncryptedNeedsTheRightPassword)
{
    const std::string text = readFixture("apps/ente_encrypted.json");
    auto none = parseEnteEncrypted(text, nullptr);
    ASSERT_FALSE(none);
    EXPECT_EQ(none.error().code, ErrorCode::ImportPassphraseRequired);
    const otp::SecureString wrong("test-passwore");
    auto r = parseEnteEncrypted(text, &wrong);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::ImportWrongPassphrase);
}

// Ente derives its key at 256 MiB and 16 passes: accepted. More memory, or more passes at
// that memory, is refused before any derivation (the test would take minutes otherwise).
TEST(Ente, HostileArgon2ParametersAreRefusedBeforeDerivation)
{
    struct Case {
        const char* memLimit;
        const char* opsLimit;
    };
    for (const Case c : {Case{"268435457", "1"}, Case{"268435456", "17"},
                         Case{"8192", "9000000000"}, Case{"1099511627776", "1"}}) {
        std::string text = encryptedWith("memLimit", c.memLimit);
        const auto ops = text.find("\"opsLimit\": ") + 12;
        text.replace(ops, text.find_first_of(",\n", ops) - ops, c.opsLimit);
        auto r = parseEnteEncrypted(text, &kPassword);
        ASSERT_FALSE(r) << c.memLimit;
        EXPECT_EQ(r.error().code, ErrorCode::ImportKdfTooCostly) << c.memLimit << " " << c.opsLimit;
    }
    auto tooSmall = parseEnteEncrypted(encryptedWith("memLimit", "1024"), &kPassword);
    ASSERT_FALSE(tooSmall);
    EXPECT_EQ(tooSmall.error().code, ErrorCode::ImportBadStructure);
}

TEST(Ente, TruncatedDataAndUnknownVersionsHaveTheirOwnErrors)
{
    auto cut =
        parseEnteEncrypted(encryptedWith("encryptedData", "\"AAAAAAAAAAAAAAAA\""), &kPassword);
    ASSERT_FALSE(cut);
    EXPECT_EQ(cut.error().code, ErrorCode::ImportTruncated);
    auto newer = parseEnteEncrypted(encryptedWith("version", "2"), &kPassword);
    ASSERT_FALSE(newer);
    EXPECT_EQ(newer.error().code, ErrorCode::ImportUnsupportedFile);
    auto badNonce = parseEnteEncrypted(encryptedWith("encryptionNonce", "\"AAAA\""), &kPassword);
    ASSERT_FALSE(badNonce);
    EXPECT_EQ(badNonce.error().code, ErrorCode::ImportBadStructure);
}
