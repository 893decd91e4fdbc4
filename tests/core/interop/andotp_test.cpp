// andOTP backups. andotp.json follows andOTP's otp_accounts.json; andotp.json.aes is it
// encrypted by apps/make_encrypted.py (hashlib PBKDF2-SHA1 + cryptography's AES-GCM, the
// iterations/salt/IV header andOTP writes), so the round trip is: the same tokens.

#include <string>

#include <gtest/gtest.h>

#include "interop_test_util.h"
#include "otp/interop/andotp.h"
#include "otp/interop/import.h"
#include "otp/interop/import_limits.h"

using namespace interop_test;
using otp::ErrorCode;
using otp::interop::ImportFormat;

namespace {

const otp::SecureString kPassword("test-password");

otp::SecureBytes encryptedFixture()
{
    return bytesOf(readFixture("apps/andotp.json.aes"));
}

void setIterations(otp::SecureBytes& bytes, std::uint32_t n)
{
    bytes[0] = static_cast<std::uint8_t>(n >> 24);
    bytes[1] = static_cast<std::uint8_t>(n >> 16);
    bytes[2] = static_cast<std::uint8_t>(n >> 8);
    bytes[3] = static_cast<std::uint8_t>(n);
}

}  // namespace

TEST(AndOtp, ReadsThePlainBackup)
{
    const std::string text = readFixture("apps/andotp.json");
    EXPECT_EQ(otp::interop::detectFormat(bytesOf(text)), ImportFormat::AndOtpPlain);
    auto r = otp::interop::parseAndOtpJson(text);
    ASSERT_TRUE(r) << r.error().message;
    ASSERT_EQ(r->tokens.size(), 4u);
    EXPECT_EQ(r->tokens[0].issuer, "Example Bank");
    EXPECT_EQ(r->tokens[0].secret, bytesOf("12345678901234567890"));
    EXPECT_EQ(r->tokens[1].type, otp::OtpType::Hotp);
    EXPECT_EQ(r->tokens[1].counter, 42u);
    EXPECT_EQ(r->tokens[1].algorithm, otp::Algorithm::Sha256);
    EXPECT_EQ(r->tokens[2].codeFormat, otp::CodeFormat::Steam);
    // Old versions: no issuer, "Issuer:account" in the label.
    EXPECT_EQ(r->tokens[3].issuer, "Old Mail");
    EXPECT_EQ(r->tokens[3].account, "bob");
    ASSERT_EQ(r->unsupported.size(), 1u);
    EXPECT_EQ(r->unsupported[0].position, 5u);
    EXPECT_EQ(r->unsupported[0].code, ErrorCode::UriUnknownType);
    EXPECT_EQ(r->unsupported[0].label, "Legacy: motp-user");
}

TEST(AndOtp, TheEncryptedBackupGivesWhatThePlainOneGives)
{
    const auto bytes = encryptedFixture();
    EXPECT_EQ(otp::interop::detectFormat(bytes), ImportFormat::AndOtpEncrypted);
    auto r = otp::interop::importData(bytes, &kPassword);
    ASSERT_TRUE(r) << r.error().message;
    EXPECT_EQ(r->format, ImportFormat::AndOtpEncrypted);
    auto plain = otp::interop::parseAndOtpJson(readFixture("apps/andotp.json"));
    EXPECT_EQ(r->tokens, plain->tokens);
    EXPECT_EQ(r->unsupported, plain->unsupported);
}

TEST(AndOtp, EncryptedNeedsTheRightPassword)
{
    auto none = otp::interop::parseAndOtpEncrypted(encryptedFixture(), nullptr);
    ASSERT_FALSE(none);
    EXPECT_EQ(none.error().code, ErrorCode::ImportPassphraseRequired);
    const otp::SecureString wrong("test-password ");
    auto r = otp::interop::parseAndOtpEncrypted(encryptedFixture(), &wrong);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::ImportWrongPassphrase);
}

TEST(AndOtp, TruncatedFilesAndHostileIterationCountsHaveTheirOwnErrors)
{
    auto bytes = encryptedFixture();
    const otp::SecureBytes header(bytes.begin(), bytes.begin() + 40);
    auto cut = otp::interop::parseAndOtpEncrypted(header, &kPassword);
    ASSERT_FALSE(cut);
    EXPECT_EQ(cut.error().code, ErrorCode::ImportTruncated);
    // Cut inside the ciphertext: the tag no longer matches.
    const otp::SecureBytes half(bytes.begin(), bytes.begin() + static_cast<long>(bytes.size() / 2));
    auto changed = otp::interop::parseAndOtpEncrypted(half, &kPassword);
    ASSERT_FALSE(changed);
    EXPECT_EQ(changed.error().code, ErrorCode::ImportWrongPassphrase);

    setIterations(bytes, otp::interop::kMaxPbkdf2Iterations + 1);
    auto costly = otp::interop::parseAndOtpEncrypted(bytes, &kPassword);
    ASSERT_FALSE(costly);
    EXPECT_EQ(costly.error().code, ErrorCode::ImportKdfTooCostly);
    setIterations(bytes, 0xFFFFFFFFu);
    auto huge = otp::interop::parseAndOtpEncrypted(bytes, &kPassword);
    ASSERT_FALSE(huge);
    EXPECT_EQ(huge.error().code, ErrorCode::ImportKdfTooCostly);
    setIterations(bytes, 0);
    auto zero = otp::interop::parseAndOtpEncrypted(bytes, &kPassword);
    ASSERT_FALSE(zero);
    EXPECT_EQ(zero.error().code, ErrorCode::ImportBadStructure);
}
