// The encrypted container: round trips, slots, version refusal, damage vs wrong key.

#include <string>

#include <gtest/gtest.h>

#include "otp/vault/vault_file.h"
#include "vault_test_util.h"

namespace {

using namespace otp::vault;
using otp::ErrorCode;
using vaulttest::countingRandom;
using vaulttest::fixChecksum;
using vaulttest::kFastScrypt;
using vaulttest::sampleVault;

const otp::SecureBytes kWrappingKey(32, 0x5a);
const otp::SecureString kPassphrase("correct horse battery staple");

VaultKeys keysWithBothSlots(const RandomSource& random)
{
    auto keys = newVaultKeys(random);
    EXPECT_TRUE(keys.ok());
    EXPECT_TRUE(setKeystoreSlot(*keys, kWrappingKey, random).ok());
    EXPECT_TRUE(setPassphraseSlot(*keys, kPassphrase, kFastScrypt, random).ok());
    return std::move(keys).value();
}

std::vector<std::uint8_t> sampleFile()
{
    auto random = countingRandom();
    VaultKeys keys = keysWithBothSlots(random);
    auto bytes = encodeVaultFile(sampleVault(), keys, random);
    EXPECT_TRUE(bytes.ok());
    return std::move(bytes).value();
}

TEST(VaultFile, RoundTripsThroughEitherSlot)
{
    const auto bytes = sampleFile();
    auto file = parseVaultFile(bytes);
    ASSERT_TRUE(file.ok()) << file.error().message;
    EXPECT_EQ(file->version, kFormatVersion);
    EXPECT_TRUE(file->hasSlot(SlotType::Keystore));
    EXPECT_TRUE(file->hasSlot(SlotType::Passphrase));
    EXPECT_EQ(file->passphraseParams(), kFastScrypt);

    auto byKeystore = unlockWithKeystoreKey(*file, kWrappingKey);
    ASSERT_TRUE(byKeystore.ok()) << byKeystore.error().message;
    auto byPassphrase = unlockWithPassphrase(*file, kPassphrase);
    ASSERT_TRUE(byPassphrase.ok()) << byPassphrase.error().message;
    EXPECT_EQ(byKeystore->masterKey, byPassphrase->masterKey);

    auto vault = decryptVault(*file, *byPassphrase);
    ASSERT_TRUE(vault.ok()) << vault.error().message;
    EXPECT_EQ(*vault, sampleVault());

    // Saving again with the loaded keys reproduces a file that opens the same way.
    auto again = encodeVaultFile(*vault, *byPassphrase, systemRandom());
    ASSERT_TRUE(again.ok());
    auto file2 = parseVaultFile(*again);
    ASSERT_TRUE(file2.ok());
    EXPECT_EQ(file2->slots, file->slots);
    EXPECT_EQ(*decryptVault(*file2, *unlockWithKeystoreKey(*file2, kWrappingKey)), sampleVault());
}

TEST(VaultFile, EachSaveUsesAFreshNonce)
{
    auto random = systemRandom();
    VaultKeys keys = keysWithBothSlots(random);
    auto a = parseVaultFile(*encodeVaultFile(sampleVault(), keys, random));
    auto b = parseVaultFile(*encodeVaultFile(sampleVault(), keys, random));
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_NE(a->nonce, b->nonce);
    EXPECT_NE(a->sealed, b->sealed);
}

TEST(VaultFile, WrongPassphraseIsNotDamage)
{
    auto file = parseVaultFile(sampleFile());
    ASSERT_TRUE(file.ok());
    auto keys = unlockWithPassphrase(*file, otp::SecureString("correct horse battery stapler"));
    ASSERT_FALSE(keys.ok());
    EXPECT_EQ(keys.error().code, ErrorCode::VaultWrongPassphrase);
}

TEST(VaultFile, WrongKeystoreKeyIsAMismatch)
{
    auto file = parseVaultFile(sampleFile());
    ASSERT_TRUE(file.ok());
    auto keys = unlockWithKeystoreKey(*file, otp::SecureBytes(32, 0x5b));
    ASSERT_FALSE(keys.ok());
    EXPECT_EQ(keys.error().code, ErrorCode::VaultKeystoreKeyMismatch);
    EXPECT_EQ(unlockWithKeystoreKey(*file, otp::SecureBytes(16, 0x5a)).error().code,
              ErrorCode::VaultKeystoreKeyMismatch);
}

TEST(VaultFile, MissingSlotIsReported)
{
    auto random = countingRandom();
    auto keys = newVaultKeys(random);
    ASSERT_TRUE(setKeystoreSlot(*keys, kWrappingKey, random).ok());
    auto file = parseVaultFile(*encodeVaultFile(sampleVault(), *keys, random));
    ASSERT_TRUE(file.ok());
    EXPECT_EQ(unlockWithPassphrase(*file, kPassphrase).error().code, ErrorCode::VaultNoSuchSlot);
}

TEST(VaultFile, ChangingThePassphraseKeepsTheMasterKey)
{
    auto random = countingRandom();
    VaultKeys keys = keysWithBothSlots(random);
    const otp::SecureString newPassphrase("new one");
    ASSERT_TRUE(setPassphraseSlot(keys, newPassphrase, kFastScrypt, random).ok());
    EXPECT_EQ(keys.slots.size(), 2u) << "replaced, not added";
    auto file = parseVaultFile(*encodeVaultFile(sampleVault(), keys, random));
    ASSERT_TRUE(file.ok());
    EXPECT_EQ(unlockWithPassphrase(*file, kPassphrase).error().code,
              ErrorCode::VaultWrongPassphrase);
    EXPECT_TRUE(unlockWithPassphrase(*file, newPassphrase).ok());
    EXPECT_TRUE(unlockWithKeystoreKey(*file, kWrappingKey).ok());
}

TEST(VaultFile, NewerVersionIsRefusedNotDamaged)
{
    auto bytes = sampleFile();
    bytes[9] = 2;  // version 2, written by a future app: the checksum is right
    fixChecksum(bytes);
    auto file = parseVaultFile(bytes);
    ASSERT_FALSE(file.ok());
    EXPECT_EQ(file.error().code, ErrorCode::VaultNewerVersion);
    EXPECT_NE(file.error().message.find("version 2"), std::string::npos) << file.error().message;
}

TEST(VaultFile, UnknownSlotTypesAreKept)
{
    auto random = countingRandom();
    VaultKeys keys = keysWithBothSlots(random);
    keys.slots.push_back(KeySlot{0x33, {1, 2, 3, 4, 5}});
    auto file = parseVaultFile(*encodeVaultFile(sampleVault(), keys, random));
    ASSERT_TRUE(file.ok()) << file.error().message;
    auto opened = unlockWithKeystoreKey(*file, kWrappingKey);
    ASSERT_TRUE(opened.ok());
    ASSERT_EQ(opened->slots.size(), 3u);
    EXPECT_EQ(opened->slots[2], (KeySlot{0x33, {1, 2, 3, 4, 5}}));
}

TEST(VaultFile, RefusesToWriteWithoutASlotOrRandomness)
{
    auto random = countingRandom();
    auto keys = newVaultKeys(random);
    EXPECT_EQ(encodeVaultFile(sampleVault(), *keys, random).error().code, ErrorCode::VaultCrypto);
    ASSERT_TRUE(setKeystoreSlot(*keys, kWrappingKey, random).ok());
    EXPECT_EQ(encodeVaultFile(sampleVault(), *keys, vaulttest::failingRandom()).error().code,
              ErrorCode::VaultCrypto);
    EXPECT_FALSE(newVaultKeys(vaulttest::failingRandom()).ok());
}

TEST(VaultFile, ScryptBoundsAreEnforced)
{
    EXPECT_TRUE(scryptParamsAcceptable(kDefaultScrypt));
    EXPECT_FALSE(scryptParamsAcceptable({23, 8, 1}));
    EXPECT_FALSE(scryptParamsAcceptable({22, 8, 2}));  // 8 GiB
    EXPECT_FALSE(scryptParamsAcceptable({10, 0, 1}));
    EXPECT_FALSE(deriveScryptKey(kPassphrase, std::vector<std::uint8_t>(32), {0, 1, 1}).ok());
}

TEST(VaultFile, ScryptMatchesRfc7914)
{
    // RFC 7914 §12, second vector: "password" / "NaCl", N=1024, r=8, p=16 (first 32 bytes).
    const std::string salt = "NaCl";
    auto key = deriveScryptKey(otp::SecureString("password"),
                               {reinterpret_cast<const std::uint8_t*>(salt.data()), salt.size()},
                               {10, 8, 16});
    ASSERT_TRUE(key.ok()) << key.error().message;
    const std::uint8_t expected[] = {0xfd, 0xba, 0xbe, 0x1c, 0x9d, 0x34, 0x72, 0x00,
                                     0x78, 0x56, 0xe7, 0x19, 0x0d, 0x01, 0xe9, 0xfe,
                                     0x7c, 0x6a, 0xd7, 0xcb, 0xc8, 0x23, 0x78, 0x30,
                                     0xe7, 0x73, 0x76, 0x63, 0x4b, 0x37, 0x31, 0x62};
    EXPECT_EQ(*key, otp::SecureBytes(std::begin(expected), std::end(expected)));
}

}  // namespace
