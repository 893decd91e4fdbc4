// libFuzzer target for otp::base32Decode / base32Encode.
// Invariants (trap on violation):
//  - the fuzz input as bytes encodes to upper-case base32 that decodes back to the same bytes;
//  - text that decodes re-encodes canonically, and that text decodes to the same bytes;
//  - a rejection carries a base32 error code.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

#include "otp/base32.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::span<const std::uint8_t> bytes(data, size);

    const otp::SecureString encoded = otp::base32Encode(bytes);
    if (encoded.size() != (size * 8 + 4) / 5)
        __builtin_trap();
    const auto back = otp::base32Decode(encoded.view());
    if (!back.ok() || !std::equal(back->begin(), back->end(), bytes.begin(), bytes.end()))
        __builtin_trap();

    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto decoded = otp::base32Decode(text);
    if (!decoded.ok()) {
        const auto code = decoded.error().code;
        if (code != otp::ErrorCode::Base32InvalidCharacter &&
            code != otp::ErrorCode::Base32InvalidLength)
            __builtin_trap();
        return 0;
    }
    const otp::SecureString canonical = otp::base32Encode(*decoded);
    const auto again = otp::base32Decode(canonical.view());
    if (!again.ok() || *again != *decoded)
        __builtin_trap();
    if (otp::base32Encode(*again) != canonical)
        __builtin_trap();
    return 0;
}
