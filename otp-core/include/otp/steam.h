#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace otp {

// How a token turns its HOTP value into the characters the user types.
enum class CodeFormat {
    Decimal,  // RFC 4226: value mod 10^digits, zero-padded
    Steam,    // Steam Guard: 5 characters of kSteamAlphabet
};

// Steam Guard codes (as Valve's mobile authenticator computes them, and Aegis, KeePassXC and
// FreeOTP+ after it): TOTP with SHA-1 and 30 s steps; the 31-bit dynamic truncation value is
// written least significant first in base 26 over this alphabet (digits and consonants that
// cannot be confused or spell words), 5 characters.
inline constexpr std::string_view kSteamAlphabet = "23456789BCDFGHJKMNPQRTVWXY";
inline constexpr int kSteamCodeLength = 5;

// The 5-character code of a dynamic truncation value (RFC 4226 §5.3, 0..2^31-1).
std::string steamCode(std::uint32_t truncated);

// The code as Steam shows it (upper case), if it can be a Steam code: 5 characters of the
// alphabet in either case. nullopt otherwise. Length and alphabet are public facts.
std::optional<std::string> normalizedSteamCode(std::string_view code);

// "steam" / "decimal": the spelling otptool and the Key URI `encoder` parameter use.
std::string_view codeFormatName(CodeFormat format);

}  // namespace otp
