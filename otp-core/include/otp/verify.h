#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "otp/hotp.h"
#include "otp/totp.h"

namespace otp {

// Code comparison is constant-time in the code's characters; a code of the wrong length
// or with non-digits never matches.

// Searches counters counter .. counter + lookAhead. Returns the offset from `counter`
// of the first match, or nullopt.
std::optional<std::uint64_t> verifyHotp(const HotpGenerator& generator, std::string_view code,
                                        std::uint64_t counter, std::uint64_t lookAhead);

// Searches steps stepAt(unixTime) - window .. + window, nearest first. Returns the matched
// step offset (negative: an earlier step), or nullopt.
std::optional<std::int64_t> verifyTotp(const TotpGenerator& generator, std::string_view code,
                                       std::int64_t unixTime, int window);

// HOTP resynchronisation (RFC 4226 §7.4): finds two consecutive codes within
// counter .. counter + lookAhead. Returns the counter to store next (one past the second
// code), or nullopt.
std::optional<std::uint64_t> resyncHotp(const HotpGenerator& generator, std::string_view first,
                                        std::string_view second, std::uint64_t counter,
                                        std::uint64_t lookAhead);

}  // namespace otp
