#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "otp/key_uri.h"
#include "otp/result.h"

namespace otptool {

// Parses the URI argument of a command. "-" reads the URI from standard input (first line),
// which keeps the secret out of the process list and shell history.
otp::Result<otp::KeyUri> keyUriFromArgument(std::string_view argument);

class Args;

// The --at option as Unix seconds, or the system clock's now when it is absent.
// nullopt after printing why when it is malformed.
std::optional<std::int64_t> timeOption(const Args& args);

// For HOTP tokens, which have no time: prints why --at does not apply and returns
// kExitBadInput if it was given, otherwise nullopt.
std::optional<int> rejectTimeOptionForHotp(const Args& args);

// Parses a whole decimal number in [min, max]; nullopt for anything else.
std::optional<std::int64_t> parseInteger(std::string_view text, std::int64_t min, std::int64_t max);

}  // namespace otptool
