#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>

#include "otp/algorithm.h"

namespace otp::detail {

// The largest digest we produce: SHA-512.
inline constexpr std::size_t kMaxDigestSize = 64;

// HMAC (RFC 2104) of an 8-byte HOTP message, with the key schedule done once.
//
// HMAC(K, m) = H((K' ^ opad) || H((K' ^ ipad) || m)). Both K' ^ ipad and K' ^ opad fill exactly
// one hash block, so the hash's chaining value after that block depends on the key alone. The
// constructor computes those two chaining values; macCounter() resumes from them and runs only
// the blocks that depend on the message: one for the inner hash (8-byte counter + padding) and
// one for the outer hash (inner digest + padding). Two compressions per code instead of four,
// and no allocation or context set-up.
//
// The chaining values are equivalent to the key (they are all an attacker needs to forge
// codes), so they are wiped on destruction. Copying is a plain copy.
class HmacState {
public:
    // Any key length; keys longer than the hash block are hashed first (RFC 2104 §2).
    HmacState(std::span<const std::uint8_t> key, Algorithm algorithm);
    HmacState(const HmacState&) = default;
    HmacState& operator=(const HmacState&) = default;
    ~HmacState();

    // HMAC(key, big-endian 8-byte counter) into `out`; returns the digest size (20, 32 or 64).
    std::size_t macCounter(std::uint64_t counter,
                           std::array<std::uint8_t, kMaxDigestSize>& out) const;

    Algorithm algorithm() const { return m_algorithm; }

private:
    // Chaining values after the ipad / opad block: 5 (SHA-1) or 8 (SHA-256) 32-bit words, or
    // 8 (SHA-512) 64-bit words, each stored in a 64-bit slot.
    using ChainingValue = std::array<std::uint64_t, 8>;
    ChainingValue m_inner{};
    ChainingValue m_outer{};
    Algorithm m_algorithm;
};

}  // namespace otp::detail
