#include <string>

#include <gtest/gtest.h>

#include "interop_test_util.h"
#include "otp/interop/import.h"
#include "otp/interop/softtoken_backup.h"

using namespace interop_test;
using otp::interop::Duplicate;
using otp::interop::ImportFormat;

namespace {

constexpr otp::vault::ScryptParams kFastScrypt{4, 8, 1};

otp::vault::RandomSource counting()
{
    return [n = std::uint8_t{0}](std::span<std::uint8_t> out) mutable -> otp::Result<void> {
        for (auto& b : out)
            b = n++;
        return {};
    };
}

}  // namespace

TEST(Import, DetectsEveryFixtureByContent)
{
    const std::pair<const char*, ImportFormat> cases[] = {
        {"aegis_plain.json", ImportFormat::AegisPlain},
        {"aegis_encrypted.json", ImportFormat::AegisEncrypted},
        {"freeotp_plus.json", ImportFormat::FreeOtpPlus},
        {"twofas.2fas", ImportFormat::TwoFas},
        {"uris.txt", ImportFormat::UriList},
        {"ga_migration.txt", ImportFormat::GoogleMigration},
    };
    for (const auto& [file, format] : cases) {
        const auto detected = otp::interop::detectFormat(bytesOf(readFixture(file)));
        ASSERT_TRUE(detected.has_value()) << file;
        EXPECT_EQ(*detected, format) << file;
    }
}

TEST(Import, UnknownInputIsRefusedClearly)
{
    for (const std::string text : {"", "hello", "{\"x\":1}", "PK\x03\x04 zip"}) {
        auto r = otp::interop::importData(bytesOf(text), nullptr);
        ASSERT_FALSE(r) << text;
        EXPECT_EQ(r.error().code, otp::ErrorCode::ImportUnknownFormat) << text;
    }
    auto broken = otp::interop::importData(bytesOf("{\"tokens\": [1,"), nullptr);
    ASSERT_FALSE(broken);
    EXPECT_EQ(broken.error().code, otp::ErrorCode::ImportBadJson);
}

TEST(Import, SoftTokenBackupRoundTripsLosslessly)
{
    otp::vault::Vault vault;
    auto withSerial = totp("Bank", "alice", "12345678901234567890");
    withSerial.serial = otp::Serial::parse("ABCD12345678").value();
    withSerial.extraParameters = {{"image", "https://example.com/x.png"}};
    otp::vault::addToken(vault, withSerial, 100);
    otp::vault::addToken(vault, hotp("Shop", "bob", "abcdefghijkl", 17, 8), 200);
    const otp::SecureString passphrase("correct horse");
    auto bytes = otp::interop::writeSoftTokenBackup(vault, passphrase, kFastScrypt, counting());
    ASSERT_TRUE(bytes) << bytes.error().message;
    EXPECT_EQ(otp::interop::detectFormat(*bytes), ImportFormat::SoftTokenBackup);

    auto none = otp::interop::importData(*bytes, nullptr);
    ASSERT_FALSE(none);
    EXPECT_EQ(none.error().code, otp::ErrorCode::ImportPassphraseRequired);
    const otp::SecureString wrong("wrong horse");
    auto bad = otp::interop::importData(*bytes, &wrong);
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().code, otp::ErrorCode::ImportWrongPassphrase);

    auto r = otp::interop::importData(*bytes, &passphrase);
    ASSERT_TRUE(r) << r.error().message;
    EXPECT_EQ(r->format, ImportFormat::SoftTokenBackup);
    ASSERT_EQ(r->tokens.size(), 2u);
    EXPECT_EQ(r->tokens[0], withSerial);
    EXPECT_EQ(r->tokens[1], vault.tokens[1].uri);
}

TEST(Import, ATruncatedOrDamagedBackupIsRejected)
{
    otp::vault::Vault vault;
    otp::vault::addToken(vault, totp("Bank", "alice", "12345678901234567890"), 1);
    const otp::SecureString passphrase("pw");
    auto bytes = otp::interop::writeSoftTokenBackup(vault, passphrase, kFastScrypt, counting());
    ASSERT_TRUE(bytes);
    for (std::size_t n : {std::size_t{8}, std::size_t{40}, bytes->size() - 1}) {
        std::vector<std::uint8_t> cut(bytes->begin(), bytes->begin() + static_cast<long>(n));
        auto r = otp::interop::importData(cut, &passphrase);
        ASSERT_FALSE(r) << n;
        EXPECT_EQ(r.error().code, otp::ErrorCode::ImportBadStructure) << r.error().message;
    }
}

TEST(Import, DuplicatesAreFoundBySecretBySerialAndWithinTheFile)
{
    otp::vault::Vault vault;
    otp::vault::addToken(vault, totp("Bank", "alice", "12345678901234567890"), 1);
    auto issued = totp("Other", "x", "zzzzzzzzzzzzzzzzzzzz");
    issued.serial = otp::Serial::parse("WXYZ00000001").value();
    otp::vault::addToken(vault, issued, 1);

    otp::interop::ImportResult found;
    found.tokens = {
        totp("Bank (renamed)", "alice", "12345678901234567890"),  // same secret
        totp("New", "carol", "newnewnewnewnewnewne"),             // new
        totp("New again", "carol", "newnewnewnewnewnewne"),       // repeated in the file
        totp("Different secret", "y", "yyyyyyyyyyyyyyyyyyyy"),    // same serial, below
    };
    found.tokens[3].serial = otp::Serial::parse("WXYZ00000001").value();
    const auto plan = otp::interop::planImport(found, vault);
    ASSERT_EQ(plan.duplicates.size(), 4u);
    EXPECT_EQ(plan.duplicates[0], Duplicate::SameSecret);
    EXPECT_EQ(plan.duplicates[1], Duplicate::None);
    EXPECT_EQ(plan.duplicates[2], Duplicate::RepeatedInFile);
    EXPECT_EQ(plan.duplicates[3], Duplicate::SameSerial);
    EXPECT_EQ(plan.newCount(), 1u);
    EXPECT_EQ(plan.duplicateCount(), 3u);

    const auto merged = otp::interop::mergeImport(vault, plan, 500);
    ASSERT_EQ(merged.tokens.size(), 3u);
    EXPECT_EQ(merged.tokens[2].uri, found.tokens[1]);
    EXPECT_EQ(merged.tokens[2].created, 500);
    EXPECT_EQ(merged.tokens[0], vault.tokens[0]);
}

// One rule for the app and otptool: the secret is the credential, so the same secret saved as
// TOTP is the same token when it comes again as HOTP (a mistyped type), not a new one.
TEST(Import, TheSameSecretWithAnotherTypeIsTheSameToken)
{
    otp::vault::Vault vault;
    otp::vault::addToken(vault, totp("Bank", "alice", "12345678901234567890"), 1);
    auto asHotp = totp("Bank", "alice", "12345678901234567890");
    asHotp.type = otp::OtpType::Hotp;
    asHotp.serial = otp::Serial::parse("WXYZ00000002").value();  // not a serial match either

    otp::interop::ImportResult found;
    found.tokens = {asHotp};
    EXPECT_EQ(otp::interop::planImport(found, vault).duplicates.at(0), Duplicate::SameSecret);
    const auto one = otp::interop::findDuplicate(vault, asHotp);
    EXPECT_EQ(one.kind, Duplicate::SameSecret);
    EXPECT_EQ(one.index, 0);

    const auto other =
        otp::interop::findDuplicate(vault, totp("Other", "bob", "zzzzzzzzzzzzzzzzzzzz"));
    EXPECT_EQ(other.kind, Duplicate::None);
    EXPECT_EQ(other.index, -1);
}

// A SoftToken backup is checked like any other import: its payload holds whatever its writer
// put there (here: control characters, bidi overrides, an extra parameter named like a real
// one), so such tokens are reported as unsupported, not stored.
TEST(SoftTokenBackupImport, FieldsAreValidatedLikeAScannedCode)
{
    otp::vault::Vault vault;
    otp::vault::addToken(vault, totp("Bank", "alice", "12345678901234567890"), 1);
    otp::vault::addToken(vault, totp("Bank\x1b]0;PWNED\x07", "bob", "abcdefghijabcdefghij"), 2);
    otp::vault::addToken(vault,
                         totp("Bank",
                              "moc.\xE2\x80\xAE"
                              "knab",
                              "bcdefghijabcdefghija"),
                         3);
    auto withExtra = totp("Shop", "carol", "cdefghijabcdefghijab");
    withExtra.extraParameters.emplace_back("secret", "AAAA");
    otp::vault::addToken(vault, std::move(withExtra), 4);
    otp::vault::addToken(vault, totp("", "", "defghijabcdefghijabc"), 5);
    const otp::SecureString passphrase("backup passphrase");
    auto bytes = otp::interop::writeSoftTokenBackup(vault, passphrase, kFastScrypt, counting());
    ASSERT_TRUE(bytes);

    auto found = otp::interop::importData(*bytes, &passphrase);
    ASSERT_TRUE(found) << found.error().message;
    ASSERT_EQ(found->tokens.size(), 1u);
    EXPECT_EQ(found->tokens[0].account, "alice");
    ASSERT_EQ(found->unsupported.size(), 4u);
    EXPECT_EQ(found->unsupported[0].position, 2u);
    EXPECT_EQ(found->unsupported[0].code, otp::ErrorCode::UriInvalidText);
    EXPECT_EQ(found->unsupported[1].code, otp::ErrorCode::UriInvalidText);
    EXPECT_EQ(found->unsupported[2].code, otp::ErrorCode::UriDuplicateParameter);
    EXPECT_EQ(found->unsupported[3].code, otp::ErrorCode::UriMissingLabel);
}
