#pragma once

#include <cstdint>
#include <functional>
#include <span>

#include "otp/result.h"
#include "otp/secure_bytes.h"

namespace otp::vault {

// Fills the buffer with cryptographically random bytes. Injected so tests are deterministic.
// Returns Error VaultCrypto if no randomness is available.
using RandomSource = std::function<Result<void>(std::span<std::uint8_t>)>;

// OpenSSL RAND_bytes.
RandomSource systemRandom();

inline constexpr std::size_t kKeySize = 32;    // AES-256 keys: master and wrapping keys
inline constexpr std::size_t kNonceSize = 12;  // GCM nonce
inline constexpr std::size_t kTagSize = 16;    // GCM tag
inline constexpr std::size_t kSaltSize = 32;   // scrypt salt

// scrypt cost (RFC 7914), stored in each passphrase slot.
struct ScryptParams {
    std::uint8_t log2N = 17;  // N = 2^log2N
    std::uint32_t r = 8;
    std::uint32_t p = 1;

    bool operator==(const ScryptParams&) const = default;
};

// N = 2^17, r = 8, p = 1: about 0.45 s and 128 MiB on the 2-core development machine
// (docs/vault.md has the measurements).
inline constexpr ScryptParams kDefaultScrypt{};

// The ceiling a file may ask for: log2N 1..22, r 1..32, p 1..16 and 128*r*N*p <= 256 MiB, i.e.
// at most twice the default's memory and work, so a hostile file cannot get a phone
// OOM-killed. Anything else is rejected (vault: as damage; imports: ImportKdfTooCostly) before
// any memory is allocated. docs/vault.md "scrypt bounds".
bool scryptParamsAcceptable(const ScryptParams& params);

// The floor: true if `params` costs less memory or work than `target`. A passphrase slot this
// weak is re-wrapped at `target` when the vault is unlocked with its passphrase.
bool scryptWeakerThan(const ScryptParams& params, const ScryptParams& target);

// A 32-byte key from the passphrase's bytes. Errors: VaultCrypto if the parameters are out of
// bounds or OpenSSL fails.
Result<SecureBytes> deriveScryptKey(const SecureString& passphrase,
                                    std::span<const std::uint8_t> salt, const ScryptParams& params);

}  // namespace otp::vault
