#pragma once

#include <memory>
#include <string>

#include <QString>

#include "command_line.h"
#include "otp/result.h"
#include "platform/token_repository.h"

// A token setup URI for the confirmation-sheet screenshot (a secret: tests and demos only).
std::string demoSetupUri();

// The token repository the command line asks for: --demo in-memory demo tokens; otherwise the
// vault in `dataDir`, unlocked with --passphrase-file or the OS keystore (created when missing).
otp::Result<std::shared_ptr<platform::TokenRepository>>
openTokenStore(const CommandLineOptions& options, const QString& dataDir);
