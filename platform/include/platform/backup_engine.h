#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "otp/result.h"
#include "otp/secure_bytes.h"
#include "otp/vault/vault.h"
#include "otp/vault/vault_crypto.h"
#include "platform/backup_folder.h"

// Writing, listing, pruning and checking the automatic backups in a BackupFolder
// (docs/backups.md). Each backup is a SoftToken backup file (docs/interop.md): it opens with the
// backup passphrase alone, on any device, with `otptool import` or the app's import.
// No state and no Qt event loop: the callers (platform::AutoBackup, otptool) decide when.
namespace platform::backup {

// "softtoken-backup-20261204-213000-123.stbackup": UTC time to the millisecond, so names sort
// by time and say when they were made.
std::string fileName(std::int64_t unixMs);
// The time in a backup file name; nullopt for any other name (other files are never touched).
std::optional<std::int64_t> timeOfName(std::string_view name);

struct BackupFile {
    std::string name;
    std::int64_t unixMs = 0;  // from the name
};

// The folder's backups, newest first. Temp files and other files are left out.
otp::Result<std::vector<BackupFile>> listBackups(const BackupFolder& folder);

struct WriteOptions {
    // Slot cost of each backup. Tests lower it; the default is what a new device expects.
    otp::vault::ScryptParams scrypt = otp::vault::kDefaultScrypt;
    otp::vault::RandomSource random = otp::vault::systemRandom();
    std::function<std::int64_t()> nowMs;  // default: the system clock
};

struct Written {
    BackupFile file;
    std::size_t tokens = 0;
    std::size_t bytes = 0;
    std::vector<std::string> pruned;         // older backups removed after it
    std::optional<otp::Error> pruneProblem;  // a removal that failed (the new backup is fine)
};

// Writes `vault` (without its backup settings) as a new backup and then removes all but the
// newest `keep` backups (keep >= 1). The order makes a partial backup harmless:
//  1. the file is encrypted in memory and created through a temp file, fsync, rename, fsync of
//     the folder (BackupFolder::create), under a name later than every backup already there
//     (even if the clock went back), so it never replaces one;
//  2. it is read back and its checksum verified;
//  3. only then are older backups pruned, and only files named like backups (and the temp
//     files of earlier failed attempts, ".NAME.tmp").
// On any error before 3 nothing in the folder changed except that a stale temp file may be
// gone. Errors: the folder's (BackupFolderMissing, BackupFolderReadOnly, BackupDiskFull,
// BackupIo), VaultCrypto, VaultTooLarge.
otp::Result<Written> writeBackup(BackupFolder& folder, const otp::vault::Vault& vault,
                                 const otp::SecureString& passphrase, std::uint32_t keep,
                                 const WriteOptions& options = {});

struct Verified {
    BackupFile file;
    std::size_t tokens = 0;
};

// Opens the newest backup with `passphrase` and compares its tokens (every field, order
// included) with `vault`'s. Errors: BackupNone, BackupUnreadable (damaged, or the passphrase
// does not open it), BackupMismatch (the message says how they differ), the folder's errors.
otp::Result<Verified> verifyNewest(const BackupFolder& folder, const otp::vault::Vault& vault,
                                   const otp::SecureString& passphrase);

// The vault inside one backup file (for verify and tests). Error BackupUnreadable.
otp::Result<otp::vault::Vault> openBackup(std::span<const std::uint8_t> bytes,
                                          const otp::SecureString& passphrase);

}  // namespace platform::backup
