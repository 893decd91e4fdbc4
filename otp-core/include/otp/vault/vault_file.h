#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "otp/result.h"
#include "otp/secure_bytes.h"
#include "otp/vault/vault.h"
#include "otp/vault/vault_crypto.h"

// The encrypted vault file (docs/vault.md "File layout"): pure functions from bytes to values and
// back. No I/O: platform::VaultStore reads and writes the bytes durably.
namespace otp::vault {

inline constexpr std::uint16_t kFormatVersion = 1;

// The largest vault file that is written or read (docs/vault.md "Size limit"). One bound for
// both, so a save can never produce a file that the next load calls damaged.
inline constexpr std::size_t kMaxVaultFileSize = 64u << 20;

enum class SlotType : std::uint8_t { Keystore = 1, Passphrase = 2 };

// One key slot as stored: its type and body (KDF parameters, nonce, wrapped master key).
// Slots of unknown types are kept and written back unchanged.
struct KeySlot {
    std::uint8_t type = 0;
    std::vector<std::uint8_t> body;

    bool operator==(const KeySlot&) const = default;
};

// The keys of an open vault: the master key and the slots that wrap it. Saving reuses the
// slots as they are, so no passphrase or keystore access is needed to save.
struct VaultKeys {
    SecureBytes masterKey;
    std::vector<KeySlot> slots;

    bool hasSlot(SlotType type) const;
};

// A fresh random master key and no slots. Error VaultCrypto if randomness fails.
Result<VaultKeys> newVaultKeys(const RandomSource& random);

// Adds or replaces the keystore slot: the master key wrapped under `wrappingKey` (32 bytes).
// Error VaultCrypto.
Result<void> setKeystoreSlot(VaultKeys& keys, std::span<const std::uint8_t> wrappingKey,
                             const RandomSource& random);

// Adds or replaces the passphrase slot (scrypt with `params` and a fresh salt). Error VaultCrypto.
Result<void> setPassphraseSlot(VaultKeys& keys, const SecureString& passphrase,
                               const ScryptParams& params, const RandomSource& random);

void removeSlot(VaultKeys& keys, SlotType type);

// A vault file split into its parts and checked for integrity, not yet decrypted.
struct VaultFile {
    std::uint16_t version = 0;
    std::vector<KeySlot> slots;
    std::vector<std::uint8_t> header;  // bytes [0, H): the payload's AAD
    std::array<std::uint8_t, kNonceSize> nonce{};
    std::vector<std::uint8_t> sealed;  // ciphertext ‖ tag

    bool hasSlot(SlotType type) const;
    std::optional<ScryptParams> passphraseParams() const;
};

// Errors: VaultDamaged (bad magic, checksum, lengths, flags, slot structure or KDF bounds; the
// message says which), VaultNewerVersion (version > kFormatVersion; the file is intact).
Result<VaultFile> parseVaultFile(std::span<const std::uint8_t> bytes);

// Errors: VaultNoSuchSlot (no passphrase slot), VaultWrongPassphrase, VaultCrypto.
Result<VaultKeys> unlockWithPassphrase(const VaultFile& file, const SecureString& passphrase);

// Errors: VaultNoSuchSlot (no keystore slot), VaultKeystoreKeyMismatch (the key does not open
// the slot), VaultCrypto.
Result<VaultKeys> unlockWithKeystoreKey(const VaultFile& file,
                                        std::span<const std::uint8_t> wrappingKey);

// Errors: VaultDamaged (GCM tag or payload structure), VaultCrypto.
Result<Vault> decryptVault(const VaultFile& file, const VaultKeys& keys);

// The complete file for `vault`, sealed under keys.masterKey with a fresh nonce.
// Errors: VaultCrypto (randomness, OpenSSL, or no slot: a vault nobody could open is refused),
// VaultTooLarge (the file would exceed kMaxVaultFileSize).
Result<std::vector<std::uint8_t>> encodeVaultFile(const Vault& vault, const VaultKeys& keys,
                                                  const RandomSource& random);

}  // namespace otp::vault
