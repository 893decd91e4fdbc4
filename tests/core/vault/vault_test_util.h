#pragma once

// Shared helpers for the vault tests: a deterministic random source and sample tokens.

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include <openssl/evp.h>

#include "otp/key_uri.h"
#include "otp/vault/vault.h"
#include "otp/vault/vault_crypto.h"

namespace vaulttest {

// Counts upwards: reproducible, and distinct on every call.
inline otp::vault::RandomSource countingRandom()
{
    auto state = std::make_shared<std::uint8_t>(0);
    return [state](std::span<std::uint8_t> out) -> otp::Result<void> {
        for (auto& b : out)
            b = ++*state;
        return {};
    };
}

inline otp::vault::RandomSource failingRandom()
{
    return [](std::span<std::uint8_t>) -> otp::Result<void> {
        return otp::Error{otp::ErrorCode::VaultCrypto, "no randomness in this test"};
    };
}

// Tiny scrypt cost for tests (the parameters are stored in the slot).
inline constexpr otp::vault::ScryptParams kFastScrypt{4, 1, 1};

inline otp::KeyUri sampleUri(std::string issuer, std::string account, std::uint8_t seed,
                             otp::OtpType type = otp::OtpType::Totp)
{
    otp::KeyUri uri;
    uri.type = type;
    uri.issuer = std::move(issuer);
    uri.account = std::move(account);
    for (int i = 0; i < 20; ++i)
        uri.secret.push_back(static_cast<std::uint8_t>(seed + i * 7));
    uri.algorithm = type == otp::OtpType::Totp ? otp::Algorithm::Sha256 : otp::Algorithm::Sha1;
    uri.digits = type == otp::OtpType::Totp ? 8 : 6;
    uri.period = 60;
    uri.counter = type == otp::OtpType::Hotp ? 41 : 0;
    uri.extraParameters = {{"image", "https://example.com/logo.png"}};
    return uri;
}

inline otp::vault::Vault sampleVault()
{
    otp::vault::Vault v;
    otp::vault::addToken(v, sampleUri("Bank", "alice@example.com", 1), 1700000000);
    auto hotp = sampleUri("Other Bank", "bob", 99, otp::OtpType::Hotp);
    hotp.serial = otp::Serial::parse("ABCD12345678").value();
    otp::vault::addToken(v, std::move(hotp), 1700000100);
    return v;
}

inline std::vector<std::uint8_t> sha256(std::span<const std::uint8_t> data)
{
    std::vector<std::uint8_t> out(32);
    std::size_t size = 0;
    EVP_Q_digest(nullptr, "SHA256", nullptr, data.data(), data.size(), out.data(), &size);
    return out;
}

// Recomputes the trailing checksum, as a deliberate forger (not accidental damage) would.
inline void fixChecksum(std::vector<std::uint8_t>& file)
{
    auto digest = sha256(std::span(file).first(file.size() - 32));
    std::copy(digest.begin(), digest.end(), file.end() - 32);
}

}  // namespace vaulttest
