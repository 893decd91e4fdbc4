#include "percent_encoding.h"

#include <string>

#include "otp/display_text.h"

namespace otp::detail {

namespace {

constexpr int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

constexpr bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '.' || c == '_' || c == '~';
}

template <typename Out>
std::optional<std::size_t> decodeInto(std::string_view text, PlusMeans plus, Out& out)
{
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '%') {
            const int high = i + 1 < text.size() ? hexValue(text[i + 1]) : -1;
            const int low = i + 2 < text.size() ? hexValue(text[i + 2]) : -1;
            if (high < 0 || low < 0)
                return i;
            out.push_back(static_cast<char>(high * 16 + low));
            i += 2;
        } else if (c == '+' && plus == PlusMeans::Space) {
            out.push_back(' ');
        } else {
            out.push_back(c);
        }
    }
    return std::nullopt;
}

char lowerAscii(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

}  // namespace

std::optional<std::size_t> percentDecode(std::string_view text, PlusMeans plus, SecureString& out)
{
    return decodeInto(text, plus, out);
}

std::optional<std::size_t> percentDecode(std::string_view text, PlusMeans plus, std::string& out)
{
    return decodeInto(text, plus, out);
}

void percentEncode(std::string_view text, SecureString& out)
{
    constexpr std::string_view hex = "0123456789ABCDEF";
    for (const char c : text) {
        if (isUnreserved(c)) {
            out.push_back(c);
        } else {
            const auto byte = static_cast<unsigned char>(c);
            out.push_back('%');
            out.push_back(hex[byte >> 4]);
            out.push_back(hex[byte & 0x0f]);
        }
    }
}

bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (lowerAscii(a[i]) != lowerAscii(b[i]))
            return false;
    }
    return true;
}

std::string_view trim(std::string_view text, std::string_view characters)
{
    const std::size_t first = text.find_first_not_of(characters);
    if (first == std::string_view::npos)
        return {};
    return text.substr(first, text.find_last_not_of(characters) - first + 1);
}

// Strict UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF.
bool isUtf8(std::string_view text)
{
    std::size_t i = 0;
    while (i < text.size()) {
        const auto lead = static_cast<unsigned char>(text[i]);
        std::size_t length = 0;
        unsigned char min = 0x80;  // bounds for the second byte
        unsigned char max = 0xBF;
        if (lead < 0x80) {
            ++i;
            continue;
        }
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            min = lead == 0xE0 ? 0xA0 : 0x80;
            max = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            min = lead == 0xF0 ? 0x90 : 0x80;
            max = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            return false;
        }
        if (text.size() - i < length)
            return false;
        for (std::size_t k = 1; k < length; ++k) {
            const auto byte = static_cast<unsigned char>(text[i + k]);
            if (byte < (k == 1 ? min : 0x80) || byte > (k == 1 ? max : 0xBF))
                return false;
        }
        i += length;
    }
    return true;
}

bool isPrintableText(std::string_view text)
{
    return isDisplayText(text);
}

// A value for an error message: quoted, cut at 64 bytes, with control characters (and any
// byte, if the text is not UTF-8) escaped.
std::string shown(std::string_view text)
{
    constexpr std::size_t kMaxShown = 64;
    const bool utf8 = isUtf8(text);
    std::size_t end = text.size();
    if (end > kMaxShown) {
        end = kMaxShown;
        while (utf8 && end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
            --end;
    }
    std::string out = "\"";
    out += escapeControls(text.substr(0, end));
    out += end < text.size() ? "...\"" : "\"";
    return out;
}

}  // namespace otp::detail
