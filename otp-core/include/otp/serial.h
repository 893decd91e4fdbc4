#pragma once

#include <compare>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>

#include "otp/result.h"

namespace otp {

// A token's serial number: 4 letters A-Z and 8 digits, e.g. ABCD12345678.
// The bank asks for it when the user registers the token.
class Serial {
public:
    // Accepts lower case, spaces and hyphens anywhere ("abcd-1234-5678") and normalises to
    // upper case without separators. Anything else (including full-width or other non-ASCII
    // characters: normalise those in the UI first) fails with SerialBadFormat, whose message
    // names what is wrong. Does not require a valid check digit: banks may issue their own.
    static Result<Serial> parse(std::string_view text);

    // The serial of a token provisioned without one: derived from the secret alone, so the
    // same QR code gives the same serial on every device. The last digit is a Luhn check
    // digit over the seven digits before it. Specified, with test vectors, in docs/serial.md.
    // Never fails for any input (an empty secret too); terminates only if OpenSSL cannot
    // compute SHA-256 at all (throws std::bad_alloc when out of memory).
    static Serial deriveFromSecret(std::span<const std::uint8_t> secret);

    const std::string& compact() const { return m_compact; }  // "ABCD12345678"
    std::string display() const;                              // "ABCD 1234 5678"

    auto operator<=>(const Serial&) const = default;

private:
    explicit Serial(std::string compact) : m_compact(std::move(compact)) {}
    std::string m_compact;
};

// Luhn (mod 10, ISO/IEC 7812-1 Annex B) check digit, '0'..'9', to append to `digits`.
// Returns '\0' if `digits` is empty or holds anything but 0-9.
char luhnCheckDigit(std::string_view digits);
// True if the last digit is the Luhn check digit of the ones before it. False for fewer than
// two characters or any non-digit.
bool luhnValid(std::string_view digitsWithCheck);

}  // namespace otp
