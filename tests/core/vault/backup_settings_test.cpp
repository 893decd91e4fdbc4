// The automatic-backup settings inside the vault payload: round trip through the payload codec,
// removal, the checks on a malformed field, and that backups and exports never carry them.

#include <gtest/gtest.h>

#include "otp/interop/softtoken_backup.h"
#include "otp/vault/backup_settings.h"
#include "otp/vault/vault.h"
#include "otp/vault/vault_file.h"

namespace {

using otp::ErrorCode;
using otp::vault::BackupSettings;
using otp::vault::kBackupSettingsTag;
using otp::vault::Vault;

BackupSettings sample()
{
    BackupSettings s;
    s.folder = "/home/taro/バックアップ";
    s.keep = 7;
    s.passphrase = otp::SecureString("correct horse");
    return s;
}

Vault withToken()
{
    Vault v;
    otp::KeyUri uri;
    uri.issuer = "Bank";
    uri.secret = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    otp::vault::addToken(v, uri, 1700000000);
    return v;
}

TEST(BackupSettings, RoundTripThroughThePayloadAndRemoval)
{
    Vault v = withToken();
    EXPECT_FALSE(otp::vault::backupSettings(v)->has_value()) << "off by default";
    otp::vault::setBackupSettings(v, sample());
    otp::vault::setBackupSettings(v, sample());  // replaces, never two fields
    ASSERT_EQ(v.unknownFields.size(), 1u);

    auto decoded = otp::vault::decodePayload(otp::vault::encodePayload(v));
    ASSERT_TRUE(decoded.ok()) << decoded.error().message;
    auto settings = otp::vault::backupSettings(*decoded);
    ASSERT_TRUE(settings.ok());
    ASSERT_TRUE(settings->has_value());
    EXPECT_EQ(**settings, sample());

    otp::vault::setBackupSettings(v, std::nullopt);
    EXPECT_TRUE(v.unknownFields.empty());
    EXPECT_EQ(v, withToken());
}

TEST(BackupSettings, OtherVaultFieldsStayAndOnlyTheSettingsLeaveABackup)
{
    Vault v = withToken();
    v.unknownFields.push_back({0x0777, otp::SecureBytes{9, 9}});  // a newer app's field
    otp::vault::setBackupSettings(v, sample());
    const Vault stripped = otp::vault::withoutBackupSettings(v);
    ASSERT_EQ(stripped.unknownFields.size(), 1u);
    EXPECT_EQ(stripped.unknownFields[0].tag, 0x0777);
    EXPECT_EQ(stripped.tokens, v.tokens);

    const otp::SecureString pass("export pass");
    auto bytes = otp::interop::writeSoftTokenBackup(v, pass, {4, 1, 1});
    ASSERT_TRUE(bytes.ok());
    auto file = otp::vault::parseVaultFile(*bytes);
    ASSERT_TRUE(file.ok());
    auto keys = otp::vault::unlockWithPassphrase(*file, pass);
    ASSERT_TRUE(keys.ok());
    auto inside = otp::vault::decryptVault(*file, *keys);
    ASSERT_TRUE(inside.ok());
    EXPECT_FALSE(otp::vault::backupSettings(*inside)->has_value())
        << "the backup passphrase and this device's folder stay home";
    EXPECT_EQ(inside->unknownFields.size(), 1u);
}

TEST(BackupSettings, AMalformedFieldIsDamage)
{
    // folder "d" (0x0001), keep (0x0002, 4 bytes), passphrase "p" (0x0003), unknown 0x0009
    const std::initializer_list<std::uint8_t> folder = {0, 1, 0, 0, 0, 1, 'd'};
    struct Case {
        const char* what;
        std::vector<std::uint8_t> bytes;
        bool ok;
    };
    auto cat = [](std::initializer_list<std::initializer_list<std::uint8_t>> parts) {
        std::vector<std::uint8_t> out;
        for (auto p : parts)
            out.insert(out.end(), p.begin(), p.end());
        return out;
    };
    const std::initializer_list<std::uint8_t> pass = {0, 3, 0, 0, 0, 1, 'p'};
    const Case cases[] = {
        {"folder and passphrase", cat({folder, pass}), true},
        {"an unknown sub-field is ignored", cat({folder, pass, {0, 9, 0, 0, 0, 1, 'x'}}), true},
        {"keep 3", cat({folder, {0, 2, 0, 0, 0, 4, 0, 0, 0, 3}, pass}), true},
        {"keep 0", cat({folder, {0, 2, 0, 0, 0, 4, 0, 0, 0, 0}, pass}), false},
        {"keep 1001", cat({folder, {0, 2, 0, 0, 0, 4, 0, 0, 3, 0xE9}, pass}), false},
        {"keep in 2 bytes", cat({folder, {0, 2, 0, 0, 0, 2, 0, 3}, pass}), false},
        {"no passphrase", cat({folder}), false},
        {"no folder", cat({pass}), false},
        {"empty passphrase", cat({folder, {0, 3, 0, 0, 0, 0}}), false},
        {"two folders", cat({folder, folder, pass}), false},
        {"truncated", cat({folder, {0, 3, 0, 0, 0, 9, 'p'}}), false},
    };
    for (const Case& c : cases) {
        Vault v;
        v.unknownFields.push_back(
            {kBackupSettingsTag, otp::SecureBytes(c.bytes.begin(), c.bytes.end())});
        auto settings = otp::vault::backupSettings(v);
        EXPECT_EQ(settings.ok(), c.ok) << c.what;
        if (!settings) {
            EXPECT_EQ(settings.error().code, ErrorCode::VaultDamaged) << c.what;
        }
    }
}

}  // namespace
