#pragma once

#include <cstdint>
#include <span>
#include <string_view>

#include "otp/result.h"
#include "otp/secure_bytes.h"

namespace otp {

// RFC 4648 base32, decoded liberally as people type and paste it: lower case, spaces,
// hyphens and missing or present '=' padding are accepted. Errors:
// Base32InvalidCharacter (the message names the character and its 1-based position),
// Base32InvalidLength (a length no encoder produces, e.g. 1, 3 or 6 symbols in the last group).
Result<SecureBytes> base32Decode(std::string_view text);

// Upper case, no padding (the Key URI format's convention).
SecureString base32Encode(std::span<const std::uint8_t> bytes);

}  // namespace otp
