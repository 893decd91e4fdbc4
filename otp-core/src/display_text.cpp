#include "otp/display_text.h"

#include <cstdint>
#include <optional>

namespace otp {

namespace {

// The code point starting at text[i] and its length in bytes; nullopt if the bytes there are
// not well-formed UTF-8 (overlong forms, surrogates and values above U+10FFFF included).
struct CodePoint {
    char32_t value;
    std::size_t length;
};

std::optional<CodePoint> decodeAt(std::string_view text, std::size_t i)
{
    const auto lead = static_cast<unsigned char>(text[i]);
    if (lead < 0x80)
        return CodePoint{lead, 1};
    std::size_t length = 0;
    char32_t value = 0;
    unsigned char min = 0x80;  // bounds for the second byte
    unsigned char max = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        value = lead & 0x1F;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        value = lead & 0x0F;
        min = lead == 0xE0 ? 0xA0 : 0x80;
        max = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        value = lead & 0x07;
        min = lead == 0xF0 ? 0x90 : 0x80;
        max = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
        return std::nullopt;
    }
    if (text.size() - i < length)
        return std::nullopt;
    for (std::size_t k = 1; k < length; ++k) {
        const auto byte = static_cast<unsigned char>(text[i + k]);
        if (byte < (k == 1 ? min : 0x80) || byte > (k == 1 ? max : 0xBF))
            return std::nullopt;
        value = (value << 6) | (byte & 0x3F);
    }
    return CodePoint{value, length};
}

bool isRefused(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x061C || c == 0x200E || c == 0x200F ||
           (c >= 0x2028 && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

void appendHex(std::string& out, std::uint32_t value, int digits)
{
    constexpr std::string_view hex = "0123456789ABCDEF";
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
        out += hex[(value >> shift) & 0xF];
}

}  // namespace

bool isDisplayText(std::string_view text)
{
    for (std::size_t i = 0; i < text.size();) {
        const auto c = decodeAt(text, i);
        if (!c || isRefused(c->value))
            return false;
        i += c->length;
    }
    return true;
}

std::string escapeControls(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const auto c = decodeAt(text, i);
        if (!c) {
            out += "\\x";
            appendHex(out, static_cast<unsigned char>(text[i]), 2);
            ++i;
            continue;
        }
        if (c->value < 0x20 || c->value == 0x7F) {
            out += "\\x";
            appendHex(out, c->value, 2);
        } else if (isRefused(c->value)) {
            out += "\\u{";
            appendHex(out, c->value, 4);
            out += '}';
        } else {
            out.append(text.substr(i, c->length));
        }
        i += c->length;
    }
    return out;
}

}  // namespace otp
