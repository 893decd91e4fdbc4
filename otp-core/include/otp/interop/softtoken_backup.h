#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "otp/interop/import_result.h"
#include "otp/result.h"
#include "otp/secure_bytes.h"
#include "otp/vault/vault.h"
#include "otp/vault/vault_crypto.h"

// The encrypted SoftToken backup: a vault file (docs/vault.md) whose only key slot is a
// passphrase slot, so it opens on any device with the passphrase alone. Lossless.
namespace otp::interop {

// The backup file's bytes for `vault` (tokens, order, serials, unknown fields; not the
// automatic-backup settings, otp/vault/backup_settings.h), under a fresh
// master key wrapped by `passphrase` with scrypt `params`. Error VaultCrypto.
Result<std::vector<std::uint8_t>>
writeSoftTokenBackup(const vault::Vault& vault, const SecureString& passphrase,
                     const vault::ScryptParams& params = vault::kDefaultScrypt,
                     const vault::RandomSource& random = vault::systemRandom());

// True if `bytes` start like a SoftToken vault file.
bool looksLikeSoftTokenBackup(std::span<const std::uint8_t> bytes);

// The tokens of a backup (or of a vault file with a passphrase slot), in display order.
// Errors: ImportPassphraseRequired (null passphrase), ImportWrongPassphrase, ImportBadStructure
// (damaged: the vault error's message), ImportUnsupportedFile (a newer format version, or no
// passphrase slot), VaultCrypto.
Result<ImportResult> readSoftTokenBackup(std::span<const std::uint8_t> bytes,
                                         const SecureString* passphrase);

}  // namespace otp::interop
