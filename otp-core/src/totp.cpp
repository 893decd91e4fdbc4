#include "otp/totp.h"

namespace otp {

TotpGenerator::TotpGenerator(HotpGenerator hotp, const TotpParameters& parameters)
    : m_hotp(std::move(hotp)), m_parameters(parameters)
{}

Result<TotpGenerator> TotpGenerator::create(std::span<const std::uint8_t> key,
                                            const TotpParameters& parameters)
{
    auto hotp =
        HotpGenerator::create(key, parameters.algorithm, parameters.digits, parameters.format);
    if (!hotp)
        return hotp.error();
    if (parameters.period < 1)
        return Error{ErrorCode::OtpBadPeriod,
                     "period must be at least 1 second, got " + std::to_string(parameters.period)};
    return TotpGenerator(std::move(hotp).value(), parameters);
}

namespace {

// Seconds since T0 as an unsigned count. Computed in unsigned arithmetic: t - t0 of two int64
// values can exceed INT64_MAX (t0 far in the past), but never UINT64_MAX once t >= t0.
Result<std::uint64_t> secondsSinceEpoch(std::int64_t unixTime, std::int64_t t0)
{
    if (unixTime < t0)
        return Error{ErrorCode::OtpTimeBeforeEpoch,
                     "time " + std::to_string(unixTime) + " is before T0 " + std::to_string(t0)};
    return static_cast<std::uint64_t>(unixTime) - static_cast<std::uint64_t>(t0);
}

}  // namespace

// RFC 6238 §4.2: T = floor((Current Unix time - T0) / X).
Result<std::uint64_t> TotpGenerator::stepAt(std::int64_t unixTime) const
{
    auto elapsed = secondsSinceEpoch(unixTime, m_parameters.t0);
    if (!elapsed)
        return elapsed.error();
    return *elapsed / static_cast<std::uint64_t>(m_parameters.period);
}

Result<std::string> TotpGenerator::codeAt(std::int64_t unixTime) const
{
    auto step = stepAt(unixTime);
    if (!step)
        return step.error();
    return m_hotp.code(*step);
}

Result<TotpState> TotpGenerator::stateAt(std::int64_t unixTime) const
{
    auto elapsed = secondsSinceEpoch(unixTime, m_parameters.t0);
    if (!elapsed)
        return elapsed.error();
    const auto period = static_cast<std::uint64_t>(m_parameters.period);
    TotpState state;
    state.step = *elapsed / period;
    state.code = m_hotp.code(state.step);
    // step + 1 wraps to 0 only for t0 = INT64_MIN, t = INT64_MAX, period 1: HOTP counters are
    // modulo 2^64 anyway.
    state.nextCode = m_hotp.code(state.step + 1);
    state.secondsRemaining = static_cast<int>(period - *elapsed % period);  // 1..period
    return state;
}

}  // namespace otp
