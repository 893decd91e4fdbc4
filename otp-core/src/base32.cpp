#include "otp/base32.h"

#include <array>
#include <cstddef>
#include <string>

namespace otp {

namespace {

constexpr std::string_view kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";  // RFC 4648 §6

// 0..31, or -1 for a character outside the alphabet. Lower case is accepted: people type it.
constexpr int symbolValue(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a';
    if (c >= '2' && c <= '7')
        return c - '2' + 26;
    return -1;
}

// Separators people put between groups when they copy a secret by hand or from a web page.
constexpr bool isSeparator(char c)
{
    return c == ' ' || c == '-' || c == '\t' || c == '\r' || c == '\n';
}

std::string describeCharacter(char c)
{
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x20 && byte < 0x7f)
        return std::string{'\'', c, '\''};
    constexpr std::string_view hex = "0123456789ABCDEF";
    return std::string{"byte 0x"} + hex[byte >> 4] + hex[byte & 0x0f];
}

Error invalidCharacter(char c, std::size_t index)
{
    return Error{ErrorCode::Base32InvalidCharacter, "invalid base32 character " +
                                                        describeCharacter(c) + " at position " +
                                                        std::to_string(index + 1)};
}

}  // namespace

Result<SecureBytes> base32Decode(std::string_view text)
{
    SecureBytes out;
    out.reserve(text.size() * 5 / 8 + 1);

    std::uint32_t buffer = 0;  // at most 12 pending bits between iterations
    int bits = 0;
    std::size_t symbols = 0;
    bool padding = false;

    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (isSeparator(c))
            continue;
        if (c == '=') {
            // Padding is optional and its amount is not checked: only what precedes it counts.
            padding = true;
            continue;
        }
        const int value = symbolValue(c);
        if (value < 0 || padding)  // nothing but padding and separators may follow padding
            return invalidCharacter(c, i);
        buffer = (buffer << 5) | static_cast<std::uint32_t>(value);
        bits += 5;
        ++symbols;
        if (bits >= 8) {
            bits -= 8;
            out.push_back(static_cast<std::uint8_t>(buffer >> bits));
            buffer &= (1u << bits) - 1;
        }
    }

    // RFC 4648 §6: a final quantum has 8, 7, 5, 4 or 2 symbols. 1, 3 or 6 symbols would leave
    // 5, 7 or 6 bits over, which no encoder produces. Non-zero leftover bits in a valid final
    // quantum are ignored (RFC 4648 §3.5 lets decoders choose), so typos there still decode.
    const std::size_t remainder = symbols % 8;
    if (remainder == 1 || remainder == 3 || remainder == 6) {
        return Error{ErrorCode::Base32InvalidLength,
                     "invalid base32 length: " + std::to_string(symbols) +
                         " symbols leave a final group of " + std::to_string(remainder) +
                         ", which no encoder produces (a final group has 2, 4, 5, 7 or 8)"};
    }
    return out;
}

SecureString base32Encode(std::span<const std::uint8_t> bytes)
{
    SecureString out;
    out.reserve((bytes.size() * 8 + 4) / 5);
    std::uint32_t buffer = 0;
    int bits = 0;
    for (const std::uint8_t byte : bytes) {
        buffer = (buffer << 8) | byte;
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            out.push_back(kAlphabet[(buffer >> bits) & 0x1f]);
        }
        buffer &= (1u << bits) - 1;
    }
    if (bits > 0)
        out.push_back(kAlphabet[(buffer << (5 - bits)) & 0x1f]);
    return out;
}

}  // namespace otp
