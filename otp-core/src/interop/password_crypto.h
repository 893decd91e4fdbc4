#pragma once

// Internal: the key derivations and ciphers other apps' encrypted exports use, beyond the
// vault's scrypt and AES-GCM. PBKDF2 comes from OpenSSL; Argon2id and XChaCha20-Poly1305
// secretstream from libsodium (OpenSSL 3.0 has neither). Callers check the file's parameters
// against import_limits.h before calling: these functions run whatever they are given.

#include <cstdint>
#include <span>

#include "otp/result.h"
#include "otp/secure_bytes.h"

namespace otp::interop::detail {

enum class Pbkdf2Hash { Sha1, Sha256 };

// PBKDF2-HMAC (RFC 8018 §5.2) of the passphrase's UTF-8 bytes. Error VaultCrypto if OpenSSL
// fails.
Result<SecureBytes> pbkdf2(const SecureString& passphrase, std::span<const std::uint8_t> salt,
                           std::uint32_t iterations, Pbkdf2Hash hash, std::size_t keySize);

// Argon2id v1.3 (RFC 9106) with one lane, as libsodium's crypto_pwhash: `passes` is its
// opslimit, `memoryBytes` its memlimit, the salt 16 bytes. Error VaultCrypto if libsodium
// refuses the parameters or runs out of memory.
Result<SecureBytes> argon2id(const SecureString& passphrase, std::span<const std::uint8_t> salt,
                             std::uint64_t passes, std::uint64_t memoryBytes, std::size_t keySize);

inline constexpr std::size_t kSecretstreamHeaderSize = 24;
inline constexpr std::size_t kSecretstreamOverhead = 17;  // tag byte + Poly1305 MAC

enum class StreamStatus { Ok, AuthenticationFailed, NotFinal };

// Decrypts one XChaCha20-Poly1305 secretstream message (libsodium's
// crypto_secretstream_xchacha20poly1305, no additional data) into `plaintext`.
// AuthenticationFailed: wrong key or changed bytes. NotFinal: the message authenticates but
// its tag (PUSH or REKEY) announces more messages, which the export does not have.
StreamStatus secretstreamOpen(std::span<const std::uint8_t> key,
                              std::span<const std::uint8_t> header,
                              std::span<const std::uint8_t> message, SecureBytes& plaintext);

}  // namespace otp::interop::detail
