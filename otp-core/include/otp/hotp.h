#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>

#include "otp/algorithm.h"
#include "otp/result.h"
#include "otp/steam.h"

namespace otp {

inline constexpr int kMinDigits = 6;
inline constexpr int kMaxDigits = 10;

// HOTP (RFC 4226) with the key schedule done once: the HMAC inner and outer states are
// precomputed at creation, so each code costs two hash compressions. Use it wherever
// many codes come from one key (the UI every period, verification windows).
// Copyable value type; the precomputed state is wiped on destruction. A moved-from generator
// may only be assigned to or destroyed.
class HotpGenerator {
public:
    // Any non-empty key length (keys longer than the hash block are hashed, RFC 2104).
    // Errors: OtpEmptyKey, OtpBadDigits (digits outside 6..10 for Decimal; other than
    // kSteamCodeLength for Steam).
    static Result<HotpGenerator> create(std::span<const std::uint8_t> key, Algorithm algorithm,
                                        int digits, CodeFormat format = CodeFormat::Decimal);

    // The code of exactly digits() characters for `counter`, the 8-byte big-endian HOTP
    // moving factor (RFC 4226 §5.3 dynamic truncation): zero-padded decimal, or Steam's
    // characters (steamCode). Never fails.
    std::string code(std::uint64_t counter) const;

    Algorithm algorithm() const { return m_algorithm; }
    int digits() const { return m_digits; }
    CodeFormat format() const { return m_format; }

    HotpGenerator(const HotpGenerator&);
    HotpGenerator& operator=(const HotpGenerator&);
    HotpGenerator(HotpGenerator&&) noexcept;
    HotpGenerator& operator=(HotpGenerator&&) noexcept;
    ~HotpGenerator();

    struct State;  // precomputed inner/outer hash states

private:
    HotpGenerator(std::unique_ptr<State> state, Algorithm algorithm, int digits, CodeFormat format);

    std::unique_ptr<State> m_state;
    Algorithm m_algorithm;
    int m_digits;
    CodeFormat m_format;
};

// One-shot HOTP with a fresh OpenSSL EVP_MAC context: the reference the pre-keyed generator
// is tested and benchmarked against. Same errors as HotpGenerator::create, plus
// OtpCryptoFailure if OpenSSL cannot provide HMAC.
Result<std::string> hotpCode(std::span<const std::uint8_t> key, Algorithm algorithm, int digits,
                             std::uint64_t counter);

}  // namespace otp
