#pragma once

#include <span>
#include <string>

namespace otptool {

// Each command receives the words after its name and returns an ExitCode (output.h).
using CommandArgs = std::span<const std::string>;

int runCode(CommandArgs args);
int runUri(CommandArgs args);
int runSerial(CommandArgs args);
int runVerify(CommandArgs args);
// vault (issue 3)
int runVault(CommandArgs args);
// qr (issue 4)
int runQr(CommandArgs args);
// import / export (issue 6)
int runImport(CommandArgs args);
int runExport(CommandArgs args);
// automatic backups
int runBackup(CommandArgs args);

}  // namespace otptool
