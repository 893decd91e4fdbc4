#pragma once

#include <cstddef>
#include <cstdint>

// Limits that keep a hostile import cheap (docs/interop.md "Import limits"). Each is far above
// what a real export holds and each is checked before the work it bounds: file size before the
// parse, JSON values during it, slot count and scrypt cost before any key derivation.
namespace otp::interop {

// Largest import file or stdin, in bytes. The biggest real export seen (Aegis, ~1,000 tokens
// with icons) is about 3 MiB.
inline constexpr std::size_t kMaxImportBytes = std::size_t{16} * 1024 * 1024;

// Most tokens (valid plus unsupported entries) one import may hold.
inline constexpr std::size_t kMaxImportEntries = 10'000;

// Most JSON values (every string, number, array, object...) in one document: about 40 per
// token for the most verbose format (2FAS), times kMaxImportEntries. Bounds the parse tree's
// memory to a few tens of MiB whatever the file holds.
inline constexpr std::size_t kMaxJsonNodes = 400'000;

// Most password slots an encrypted Aegis export may carry (Aegis writes one).
inline constexpr std::size_t kMaxPasswordSlots = 4;

// PBKDF2 iterations an encrypted export may ask for (andOTP writes 140,000 to 160,000 with
// HMAC-SHA1; 2FAS uses a fixed 10,000 with HMAC-SHA256): six times andOTP's most, about one
// to two seconds here.
inline constexpr std::uint32_t kMaxPbkdf2Iterations = 1'000'000;

// Argon2id memory an encrypted export may ask for: libsodium's "moderate" level, which Ente
// Auth derives its export key at (256 MiB), and the same ceiling as a scrypt slot.
inline constexpr std::uint64_t kMaxArgon2MemoryBytes = 256ull * 1024u * 1024u;
// Argon2id work (memory x passes): what Ente Auth uses, 256 MiB x 16 passes, so a file cannot
// trade less memory for more passes. The costliest accepted file: 5 to 16 s here (docs/interop.md).
inline constexpr std::uint64_t kMaxArgon2Work = kMaxArgon2MemoryBytes * 16u;

}  // namespace otp::interop
