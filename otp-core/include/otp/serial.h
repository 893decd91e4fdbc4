#pragma once

#include <compare>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "otp/result.h"

namespace otp {

// A token's serial number: 4 letters A-Z and 8 digits, e.g. ABCD12345678.
// The bank asks for it when the user registers the token.
class Serial {
public:
    // Accepts lower case, spaces and hyphens ("abcd-1234-5678") and normalises.
    // Error SerialBadFormat names what is wrong. Does not require a valid check digit:
    // banks may issue serials of their own.
    static Result<Serial> parse(std::string_view text);

    // The serial of a token provisioned without one: derived from the secret alone, so the
    // same QR code gives the same serial on every device. The last digit is a Luhn check
    // digit over the seven digits before it. Specified in docs/serial.md.
    static Serial deriveFromSecret(std::span<const std::uint8_t> secret);

    const std::string& compact() const { return m_compact; }  // "ABCD12345678"
    std::string display() const;                               // "ABCD 1234 5678"

    auto operator<=>(const Serial&) const = default;

private:
    explicit Serial(std::string compact) : m_compact(std::move(compact)) {}
    std::string m_compact;
};

// Luhn (mod 10) check digit for a string of decimal digits.
char luhnCheckDigit(std::string_view digits);
bool luhnValid(std::string_view digitsWithCheck);

}  // namespace otp
