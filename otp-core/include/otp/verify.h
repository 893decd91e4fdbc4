#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "otp/hotp.h"
#include "otp/totp.h"

namespace otp {

// Code comparison is constant-time in the code's characters; a code of the wrong length
// (not generator.digits()) or with anything but '0'..'9' never matches (for Steam generators:
// anything but kSteamAlphabet, which is matched in either case). The generators are
// pre-keyed, so each candidate costs two hash compressions.

// Searches counters counter .. counter + lookAhead (clamped at 2^64 - 1), in order. Returns the
// offset from `counter` of the first match, or nullopt; the caller stores
// counter + offset + 1 as the next counter. Time grows with lookAhead: keep it small (RFC 4226
// §7.2 suggests a look-ahead window of a few dozen).
std::optional<std::uint64_t> verifyHotp(const HotpGenerator& generator, std::string_view given,
                                        std::uint64_t counter, std::uint64_t lookAhead);

// Searches steps stepAt(unixTime) - window .. + window, nearest first (0, -1, +1, -2, ...).
// Returns the matched step offset (negative: an earlier step, i.e. the client's clock is
// behind), or nullopt, also for a time before T0. A negative window counts as 0. Steps below 0
// or above 2^64 - 1 are skipped.
std::optional<std::int64_t> verifyTotp(const TotpGenerator& generator, std::string_view given,
                                       std::int64_t unixTime, int window);

// HOTP resynchronisation (RFC 4226 §7.4): finds a counter c in counter .. counter + lookAhead
// with code(c) == first and code(c + 1) == second. Returns the counter to store next
// (c + 2, one past the second code), or nullopt.
std::optional<std::uint64_t> resyncHotp(const HotpGenerator& generator, std::string_view first,
                                        std::string_view second, std::uint64_t counter,
                                        std::uint64_t lookAhead);

}  // namespace otp
