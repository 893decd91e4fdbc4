#pragma once

#include <optional>
#include <string>

#include <QString>

#include "otp/secure_bytes.h"

// Options shared by the commands that open the vault (vault, import, export).
namespace otptool {

class Args;

// The passphrase in `path`, without one trailing newline (LF or CRLF). nullopt after printing
// why (unreadable or empty file).
std::optional<otp::SecureString> readPassphraseFile(const std::string& path);

// The data directory from --data-dir, or the app's own location (sets the application and
// organisation names the app uses). nullopt after printing why (an empty --data-dir).
std::optional<QString> dataDirectoryOption(const Args& args);

}  // namespace otptool
