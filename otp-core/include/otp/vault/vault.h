#pragma once

#include <cstdint>
#include <vector>

#include "otp/key_uri.h"
#include "otp/result.h"
#include "otp/secure_bytes.h"
#include "otp/serial.h"

// The decrypted contents of a vault: plain values, no I/O, no crypto. Format: docs/vault.md.
namespace otp::vault {

// A TLV field this version does not know, kept byte-for-byte so a newer app's data survives a
// load/save round trip. Treated as secret: it may hold anything.
struct UnknownField {
    std::uint16_t tag = 0;
    SecureBytes value;

    bool operator==(const UnknownField&) const = default;
};

struct Token {
    std::uint64_t id = 0;      // unique in the vault, never reused
    KeyUri uri;                // everything the Key URI holds; uri.counter is the HOTP counter
    Serial serial;             // effective serial (issuer's, or derived from the secret)
    std::uint32_t order = 0;   // display order, ascending
    std::int64_t created = 0;  // Unix seconds
    std::vector<UnknownField> unknownFields;

    bool operator==(const Token&) const = default;
};

struct Vault {
    std::vector<Token> tokens;  // in display order (decode sorts by order, then id)
    std::vector<UnknownField> unknownFields;
    std::uint64_t nextId = 1;  // not stored: recomputed as max id + 1 on decode

    bool operator==(const Vault&) const = default;
};

// Appends a token at the end of the display order with a fresh id and the serial
// effectiveSerial(uri). Returns its id.
std::uint64_t addToken(Vault& vault, KeyUri uri, std::int64_t created);

// addToken for many tokens at once, in one pass (linear in vault and uris).
void addTokens(Vault& vault, std::vector<KeyUri> uris, std::int64_t created);

// Index into vault.tokens of the token with `id`, or -1.
std::ptrdiff_t findToken(const Vault& vault, std::uint64_t id);

// Error VaultNoSuchToken if no token has `id`.
Result<void> removeToken(Vault& vault, std::uint64_t id);

// Serialises the tokens and unknown fields (docs/vault.md "Payload"). The result is secret.
SecureBytes encodePayload(const Vault& vault);

// Error VaultDamaged (message names the record and field) on any structural or value problem.
Result<Vault> decodePayload(std::span<const std::uint8_t> payload);

}  // namespace otp::vault
