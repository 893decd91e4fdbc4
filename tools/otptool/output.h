#pragma once

#include <string_view>

#include "otp/error.h"

namespace otptool {

// Exit codes shared by every command.
enum ExitCode : int {
    kExitOk = 0,        // success
    kExitNo = 1,        // a "no" answer: verification failed, no QR code found
    kExitBadInput = 2,  // bad arguments or input; the reason is on stderr
};

// Prints "otptool: <message>" to stderr and returns kExitBadInput.
int fail(std::string_view message);
// Prints "otptool: <message> (<error.code name>)" to stderr and returns kExitBadInput.
int fail(const otp::Error& error);

// Prints a command's usage text to stdout and returns kExitOk.
int printUsage(std::string_view usage);

}  // namespace otptool
