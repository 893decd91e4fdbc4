#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include <QString>

#include "otp/error.h"
#include "otp/result.h"

// What the UI and `otptool backup list` show about the automatic backups: the last backup, and
// what went wrong at the last attempt. Kept in the data directory as "backup-status" (plain
// text, 0600, no secret: times, a file name, a token count, an English error message), so the
// app sees what otptool did and the other way round.
namespace platform {

struct BackupStatus {
    std::optional<std::int64_t> lastBackupMs;  // when the newest backup written from here was made
    std::string lastBackupName;
    std::size_t lastBackupTokens = 0;
    std::optional<std::int64_t> lastAttemptMs;
    std::optional<otp::Error> lastError;    // why the last attempt failed; nullopt if it worked
    std::optional<otp::Error> lastWarning;  // the last attempt worked, but pruning failed

    bool operator==(const BackupStatus&) const = default;
};

// The recorded status; an empty status if none was recorded yet. Unreadable lines are skipped
// (the status is a convenience; the backups themselves are the truth).
BackupStatus readBackupStatus(const QString& dataDirectory);

// Replaces the recorded status atomically. Error BackupIo.
otp::Result<void> writeBackupStatus(const QString& dataDirectory, const BackupStatus& status);

}  // namespace platform
