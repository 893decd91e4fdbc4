#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <string>

#include "otp/clock.h"
#include "otp/hotp.h"

namespace otp {

struct TotpParameters {
    Algorithm algorithm = Algorithm::Sha1;
    int digits = 6;
    int period = 30;      // seconds, >= 1
    std::int64_t t0 = 0;  // Unix time when step 0 starts (RFC 6238 T0); any value
    CodeFormat format = CodeFormat::Decimal;  // Steam: digits must be kSteamCodeLength
};

// What the token screen shows at one instant.
struct TotpState {
    std::uint64_t step = 0;  // RFC 6238 T
    std::string code;
    std::string nextCode;      // the code of step + 1 (counters are modulo 2^64)
    int secondsRemaining = 0;  // 1..period: seconds until `code` expires
};

// TOTP (RFC 6238) on top of the pre-keyed HOTP generator.
class TotpGenerator {
public:
    // Errors: as HotpGenerator::create, plus OtpBadPeriod (period < 1).
    static Result<TotpGenerator> create(std::span<const std::uint8_t> key,
                                        const TotpParameters& parameters);

    // step = floor((unixTime - t0) / period), exact over the whole int64 range.
    // Error OtpTimeBeforeEpoch for a time before t0.
    Result<std::uint64_t> stepAt(std::int64_t unixTime) const;
    Result<std::string> codeAt(std::int64_t unixTime) const;
    Result<TotpState> stateAt(std::int64_t unixTime) const;

    const HotpGenerator& hotp() const { return m_hotp; }
    const TotpParameters& parameters() const { return m_parameters; }

private:
    TotpGenerator(HotpGenerator hotp, const TotpParameters& parameters);

    HotpGenerator m_hotp;
    TotpParameters m_parameters;
};

}  // namespace otp
