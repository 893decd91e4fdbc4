#pragma once

// Internal: RFC 3986 percent-encoding and text checks for the Key URI parser and formatter.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "otp/secure_bytes.h"

namespace otp::detail {

enum class PlusMeans {
    Plus,   // a path segment (the label): '+' is itself, as in "alice+bank@example.com"
    Space,  // a query value: many issuers' URL libraries write spaces as '+'
};

// Decodes %XX escapes (either case of hex digit) and appends the bytes to `out`. Bytes that
// should have been escaped but were not (spaces, non-ASCII) are taken as they are.
// Returns the 0-based offset in `text` of the first malformed escape ('%' not followed by two
// hex digits), in which case `out` holds a partial result; nullopt on success.
std::optional<std::size_t> percentDecode(std::string_view text, PlusMeans plus, SecureString& out);
std::optional<std::size_t> percentDecode(std::string_view text, PlusMeans plus, std::string& out);

// Escapes every byte except RFC 3986 unreserved characters (A-Z a-z 0-9 - . _ ~), so the result
// reads the same whichever way a reader treats '+' (written %2B) and spaces (written %20).
void percentEncode(std::string_view text, SecureString& out);

// Text helpers for the Key URI's fields and its error messages.

bool equalsIgnoreCase(std::string_view a, std::string_view b);  // ASCII letters only
std::string_view trim(std::string_view text, std::string_view characters);
// Strict UTF-8 (RFC 3629): no overlong forms, surrogates or code points above U+10FFFF.
bool isUtf8(std::string_view text);
// What an issuer or account name may hold: otp::isDisplayText (otp/display_text.h).
bool isPrintableText(std::string_view text);
// `text` quoted for an error message, cut after 64 bytes with "...", with otp::escapeControls
// applied (control characters and the bytes of invalid UTF-8 escaped).
std::string shown(std::string_view text);

}  // namespace otp::detail
