// Any flipped or missing byte is detected and reported as damage; a forger who recomputes the
// checksum is still stopped by GCM.

#include <string>

#include <gtest/gtest.h>

#include "otp/vault/vault_file.h"
#include "vault_test_util.h"

namespace {

using namespace otp::vault;
using otp::ErrorCode;
using vaulttest::countingRandom;
using vaulttest::kFastScrypt;

const otp::SecureBytes kWrappingKey(32, 0x11);
const otp::SecureString kPassphrase("pw");

struct Sample {
    std::vector<std::uint8_t> bytes;
    std::size_t headerSize;
};

Sample smallVault()
{
    auto random = countingRandom();
    auto keys = newVaultKeys(random);
    EXPECT_TRUE(setKeystoreSlot(*keys, kWrappingKey, random).ok());
    EXPECT_TRUE(setPassphraseSlot(*keys, kPassphrase, kFastScrypt, random).ok());
    Vault v;
    addToken(v, vaulttest::sampleUri("Bank", "a", 3), 1);
    auto bytes = encodeVaultFile(v, *keys, random);
    auto file = parseVaultFile(*bytes);
    return {*bytes, file->header.size()};
}

// Parses and, if that passes, opens with the keystore key and decrypts.
otp::Result<Vault> load(const std::vector<std::uint8_t>& bytes)
{
    auto file = parseVaultFile(bytes);
    if (!file)
        return file.error();
    auto keys = unlockWithKeystoreKey(*file, kWrappingKey);
    if (!keys)
        return keys.error();
    return decryptVault(*file, *keys);
}

TEST(VaultDamage, EverySingleByteFlipIsDamage)
{
    const Sample sample = smallVault();
    ASSERT_TRUE(load(sample.bytes).ok());
    int checked = 0;
    for (std::size_t i = 0; i < sample.bytes.size(); ++i) {
        for (std::uint8_t mask : {0x01, 0x80, 0xff}) {
            auto damaged = sample.bytes;
            damaged[i] ^= mask;
            auto result = load(damaged);
            ASSERT_FALSE(result.ok()) << "flip at " << i << " mask " << int(mask);
            EXPECT_EQ(result.error().code, ErrorCode::VaultDamaged)
                << "flip at " << i << ": " << result.error().message;
            ++checked;
        }
    }
    EXPECT_EQ(checked, int(sample.bytes.size() * 3));
}

TEST(VaultDamage, EveryTruncationIsDamage)
{
    const Sample sample = smallVault();
    for (std::size_t size = 0; size < sample.bytes.size(); ++size) {
        std::vector<std::uint8_t> cut(sample.bytes.begin(),
                                      sample.bytes.begin() + static_cast<std::ptrdiff_t>(size));
        auto result = load(cut);
        ASSERT_FALSE(result.ok()) << "size " << size;
        EXPECT_EQ(result.error().code, ErrorCode::VaultDamaged) << "size " << size;
    }
}

TEST(VaultDamage, MissingOrExtraBytesInsideAreDamage)
{
    const Sample sample = smallVault();
    for (std::size_t i = 0; i < sample.bytes.size(); ++i) {
        auto missing = sample.bytes;
        missing.erase(missing.begin() + static_cast<std::ptrdiff_t>(i));
        EXPECT_EQ(load(missing).error().code, ErrorCode::VaultDamaged)
            << "byte " << i << " removed";
    }
    auto longer = sample.bytes;
    longer.push_back(0);
    EXPECT_EQ(load(longer).error().code, ErrorCode::VaultDamaged);
}

TEST(VaultDamage, ForgedChecksumIsStillCaughtByGcm)
{
    // Past the checksum, flips in the payload, its nonce or the header are GCM failures.
    const Sample sample = smallVault();
    const std::size_t body = sample.bytes.size() - 32;
    for (std::size_t i = sample.headerSize - 16; i < body; ++i) {
        auto forged = sample.bytes;
        forged[i] ^= 0x01;
        vaulttest::fixChecksum(forged);
        auto result = load(forged);
        ASSERT_FALSE(result.ok()) << "byte " << i;
        EXPECT_TRUE(result.error().code == ErrorCode::VaultDamaged ||
                    result.error().code == ErrorCode::VaultKeystoreKeyMismatch)
            << "byte " << i << ": " << result.error().message;
    }
}

TEST(VaultDamage, MagicIsCheckedFirst)
{
    std::vector<std::uint8_t> notAVault = {'{', '"', 'a', '"', '}'};
    auto result = parseVaultFile(notAVault);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::VaultDamaged);
    EXPECT_NE(result.error().message.find("magic"), std::string::npos);
}

}  // namespace
