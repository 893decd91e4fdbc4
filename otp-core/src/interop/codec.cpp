#include "codec.h"

namespace otp::interop::detail {

namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
constexpr char kHex[] = "0123456789abcdef";

int base64Value(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+')
        return 62;
    if (c == '/')
        return 63;
    return -1;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

}  // namespace

std::optional<SecureBytes> base64Decode(std::string_view text)
{
    std::size_t padding = 0;
    if (text.size() % 4 == 0 && text.ends_with("=="))
        padding = 2;
    else if (text.size() % 4 == 0 && text.ends_with('='))
        padding = 1;
    const std::string_view body = text.substr(0, text.size() - padding);
    if (body.size() % 4 == 1)
        return std::nullopt;
    SecureBytes out;
    out.reserve(body.size() * 3 / 4);
    std::uint32_t acc = 0;
    int bits = 0;
    for (const char c : body) {
        const int v = base64Value(c);
        if (v < 0)
            return std::nullopt;
        acc = (acc << 6) | static_cast<std::uint32_t>(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.push_back(static_cast<std::uint8_t>((acc >> bits) & 0xFFu));
        }
    }
    // The unused low bits of the last symbol must be zero (a canonical encoding).
    if (bits > 0 && (acc & ((1u << bits) - 1u)) != 0)
        return std::nullopt;
    acc = 0;
    return out;
}

SecureString base64Encode(std::span<const std::uint8_t> bytes)
{
    SecureString out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    std::size_t i = 0;
    for (; i + 3 <= bytes.size(); i += 3) {
        const std::uint32_t v =
            (std::uint32_t{bytes[i]} << 16) | (std::uint32_t{bytes[i + 1]} << 8) | bytes[i + 2];
        out.push_back(kAlphabet[(v >> 18) & 63u]);
        out.push_back(kAlphabet[(v >> 12) & 63u]);
        out.push_back(kAlphabet[(v >> 6) & 63u]);
        out.push_back(kAlphabet[v & 63u]);
    }
    const std::size_t rest = bytes.size() - i;
    if (rest == 1) {
        const std::uint32_t v = std::uint32_t{bytes[i]} << 16;
        out.push_back(kAlphabet[(v >> 18) & 63u]);
        out.push_back(kAlphabet[(v >> 12) & 63u]);
        out.append("==");
    } else if (rest == 2) {
        const std::uint32_t v =
            (std::uint32_t{bytes[i]} << 16) | (std::uint32_t{bytes[i + 1]} << 8);
        out.push_back(kAlphabet[(v >> 18) & 63u]);
        out.push_back(kAlphabet[(v >> 12) & 63u]);
        out.push_back(kAlphabet[(v >> 6) & 63u]);
        out.push_back('=');
    }
    return out;
}

std::optional<SecureBytes> hexDecode(std::string_view text)
{
    if (text.size() % 2 != 0)
        return std::nullopt;
    SecureBytes out;
    out.reserve(text.size() / 2);
    for (std::size_t i = 0; i < text.size(); i += 2) {
        const int hi = hexValue(text[i]);
        const int lo = hexValue(text[i + 1]);
        if (hi < 0 || lo < 0)
            return std::nullopt;
        out.push_back(static_cast<std::uint8_t>(hi * 16 + lo));
    }
    return out;
}

SecureString hexEncode(std::span<const std::uint8_t> bytes)
{
    SecureString out;
    out.reserve(bytes.size() * 2);
    for (const std::uint8_t b : bytes) {
        out.push_back(kHex[b >> 4]);
        out.push_back(kHex[b & 0x0F]);
    }
    return out;
}

}  // namespace otp::interop::detail
