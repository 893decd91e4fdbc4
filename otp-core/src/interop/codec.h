#pragma once

// Internal: base64 (RFC 4648 §4, standard alphabet) and hex for the import/export formats.
// Everything decoded may be secret, so results are zeroizing buffers.

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

#include "otp/secure_bytes.h"

namespace otp::interop::detail {

// Standard alphabet; '=' padding optional, but if present it must be correct. Rejects anything
// else (whitespace, the URL-safe '-' and '_'): nullopt.
std::optional<SecureBytes> base64Decode(std::string_view text);
// Standard alphabet with padding.
SecureString base64Encode(std::span<const std::uint8_t> bytes);

// Even-length hex, either case. nullopt on anything else.
std::optional<SecureBytes> hexDecode(std::string_view text);
SecureString hexEncode(std::span<const std::uint8_t> bytes);  // lower case

}  // namespace otp::interop::detail
