#pragma once

// AES-256-GCM through OpenSSL 3 EVP (NIST SP 800-38D), 12-byte nonce, 16-byte tag.

#include <cstdint>
#include <span>
#include <vector>

#include "otp/result.h"
#include "otp/secure_bytes.h"

namespace otp::vault::detail {

// Returns ciphertext ‖ tag. Error VaultCrypto if OpenSSL fails.
Result<std::vector<std::uint8_t>> aesGcmSeal(std::span<const std::uint8_t> key,
                                             std::span<const std::uint8_t> nonce,
                                             std::span<const std::uint8_t> aad,
                                             std::span<const std::uint8_t> plaintext);

enum class OpenStatus { Ok, AuthenticationFailed, CryptoFailure };

// Decrypts ciphertext ‖ tag into `plaintext`. AuthenticationFailed if the tag does not verify
// (wrong key or changed bytes); `plaintext` is then empty.
OpenStatus aesGcmOpen(std::span<const std::uint8_t> key, std::span<const std::uint8_t> nonce,
                      std::span<const std::uint8_t> aad,
                      std::span<const std::uint8_t> ciphertextAndTag, SecureBytes& plaintext);

}  // namespace otp::vault::detail
