#pragma once

#include <optional>
#include <string>

#include <QString>

#include "otp/secure_bytes.h"

namespace platform {
class AutoBackup;
class VaultSession;
}  // namespace platform

// Options shared by the commands that open the vault (vault, import, export).
namespace otptool {

class Args;

// The passphrase in `path`, without one trailing newline (LF or CRLF). nullopt after printing
// why (unreadable or empty file).
std::optional<otp::SecureString> readPassphraseFile(const std::string& path);

// The data directory from --data-dir, or the app's own location (sets the application and
// organisation names the app uses). nullopt after printing why (an empty --data-dir).
std::optional<QString> dataDirectoryOption(const Args& args);

// Every successful save of `session` writes an automatic backup at once if the vault has backups
// on (docs/backups.md), and says so on stderr: "backed up to PATH", or a warning with the reason
// (the vault change itself is saved either way).
void backUpAfterEverySave(platform::VaultSession& session, platform::AutoBackup& backup);

}  // namespace otptool
