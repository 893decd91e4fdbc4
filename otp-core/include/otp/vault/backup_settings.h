#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "otp/result.h"
#include "otp/secure_bytes.h"
#include "otp/vault/vault.h"

// Where and how the automatic backups are written (docs/backups.md). Kept inside the vault
// payload, so the backup passphrase is encrypted like the seeds and the app and otptool share
// one configuration. Stored as vault-level field 0x0002; an app that does not know it keeps it.
namespace otp::vault {

inline constexpr std::uint16_t kBackupSettingsTag = 0x0002;
inline constexpr std::uint32_t kDefaultBackupKeep = 10;
inline constexpr std::uint32_t kMaxBackupKeep = 1000;

struct BackupSettings {
    // Where the backups go: a directory path on desktop; on Android/iOS the platform's folder
    // reference (a Storage Access Framework tree URI, an iOS bookmark) once those exist.
    std::string folder;
    std::uint32_t keep = kDefaultBackupKeep;  // the newest `keep` backups stay, 1..kMaxBackupKeep
    SecureString passphrase;                  // opens the backups (never the vault's key)

    bool operator==(const BackupSettings&) const = default;
};

// The vault's backup settings; nullopt when backups are off. Error VaultDamaged if the field is
// malformed (a buggy or newer writer).
Result<std::optional<BackupSettings>> backupSettings(const Vault& vault);

// Stores `settings` in `vault` (replacing earlier ones), or removes them with nullopt.
void setBackupSettings(Vault& vault, const std::optional<BackupSettings>& settings);

// `vault` without its backup settings: what a backup or an export holds, so the backup
// passphrase and this device's folder never travel inside a backup.
Vault withoutBackupSettings(Vault vault);

}  // namespace otp::vault
