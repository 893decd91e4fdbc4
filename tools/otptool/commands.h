#pragma once

#include <span>
#include <string>

namespace otptool {

// Each command receives the words after its name and returns an ExitCode (output.h).
using CommandArgs = std::span<const std::string>;

int runCode(CommandArgs argv);
int runUri(CommandArgs argv);
int runSerial(CommandArgs argv);
int runVerify(CommandArgs argv);
// the encrypted vault, read and changed in place
int runVault(CommandArgs args);
// QR images: decode, encode, benchmark
int runQr(CommandArgs argv);
// other apps' exports and SoftToken backups
int runImport(CommandArgs argv);
int runExport(CommandArgs argv);
// automatic backups
int runBackup(CommandArgs argv);

}  // namespace otptool
