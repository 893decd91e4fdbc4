#include "otp/pin_lock.h"

#include <algorithm>
#include <bit>
#include <string>
#include <utility>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include "otp/random.h"
#include "otp/secure_bytes.h"

namespace otp {

namespace {

constexpr std::size_t kSaltSize = 16;
constexpr std::size_t kHashSize = 32;
constexpr std::size_t kMinPinLength = 4;
constexpr std::size_t kMaxPinLength = 16;
constexpr std::uint32_t kFreeFailures = 3;
constexpr std::int64_t kFirstDelayMs = 30'000;
constexpr std::int64_t kMaxDelayMs = 3'600'000;

bool paramsAcceptable(const PinKdfParams& params)
{
    return params.n >= (1u << 10) && params.n <= (1u << 20) && std::has_single_bit(params.n) &&
           params.r >= 1 && params.r <= 32 && params.p >= 1 && params.p <= 16;
}

Result<std::vector<std::uint8_t>> derive(std::string_view pin, std::span<const std::uint8_t> salt,
                                         const PinKdfParams& params)
{
    if (!paramsAcceptable(params))
        return Error{ErrorCode::PinCrypto, "scrypt parameters out of bounds"};
    // OpenSSL needs 128 * r * (N + p + 2) bytes; allow exactly that plus slack, since its
    // default limit (32 MiB) is just below what the default parameters use.
    const std::uint64_t maxmem =
        std::uint64_t{128} * params.r * (params.n + params.p + 2u) + 65536u;
    SecureBytes out(kHashSize);
    if (EVP_PBE_scrypt(pin.data(), pin.size(), salt.data(), salt.size(), params.n, params.r,
                       params.p, maxmem, out.data(), out.size()) != 1)
        return Error{ErrorCode::PinCrypto, "scrypt failed (not available or out of memory)"};
    // A verifier, not a secret key: it may leave the wiped buffer.
    return std::vector<std::uint8_t>(out.begin(), out.end());
}

}  // namespace

Result<void> validatePin(std::string_view pin)
{
    if (pin.size() < kMinPinLength || pin.size() > kMaxPinLength)
        return Error{ErrorCode::PinInvalid, "a PIN has 4 to 16 digits, this one has " +
                                                std::to_string(pin.size()) + " characters"};
    if (!std::all_of(pin.begin(), pin.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return Error{ErrorCode::PinInvalid, "a PIN holds only the digits 0-9"};
    return {};
}

Result<PinRecord> hashPin(std::string_view pin, const PinKdfParams& params)
{
    if (auto valid = validatePin(pin); !valid)
        return valid.error();
    auto salt = randomBytes(kSaltSize);
    if (!salt)
        return salt.error();
    PinRecord record;
    record.salt.assign(salt->begin(), salt->end());
    record.params = params;
    auto hash = derive(pin, record.salt, params);
    if (!hash)
        return hash.error();
    record.hash = std::move(*hash);
    return record;
}

Result<bool> verifyPin(const PinRecord& record, std::string_view pin)
{
    if (record.salt.empty() || record.hash.size() != kHashSize || !paramsAcceptable(record.params))
        return Error{ErrorCode::PinStateDamaged, "the stored PIN record is damaged"};
    auto hash = derive(pin, record.salt, record.params);
    if (!hash)
        return hash.error();
    return CRYPTO_memcmp(hash->data(), record.hash.data(), kHashSize) == 0;
}

std::int64_t pinDelayMsAfterFailures(std::uint32_t failures)
{
    if (failures <= kFreeFailures)
        return 0;
    std::int64_t delay = kFirstDelayMs;
    for (std::uint32_t i = kFreeFailures + 1; i < failures && delay < kMaxDelayMs; ++i)
        delay *= 2;
    return std::min(delay, kMaxDelayMs);
}

PinLock::PinLock(std::optional<PinRecord> record, PinAttempts attempts, MsClock clock,
                 std::function<void(const PinAttempts&)> onAttemptsChanged)
    : m_record(std::move(record)), m_attempts(attempts), m_clock(std::move(clock)),
      m_waitStartMs(m_clock()), m_onAttemptsChanged(std::move(onAttemptsChanged))
{}

std::int64_t PinLock::remainingLockoutMs() const
{
    const std::int64_t elapsed = m_clock() - m_waitStartMs;
    const std::int64_t left = m_attempts.waitMs - std::max<std::int64_t>(elapsed, 0);
    // A stored wait (edited, or from a clock that ran backwards) never exceeds the delay the
    // failures earned.
    return std::clamp<std::int64_t>(left, 0, pinDelayMsAfterFailures(m_attempts.failures));
}

PinAttempts PinLock::attemptsNow() const
{
    return PinAttempts{m_attempts.failures, remainingLockoutMs()};
}

Result<void> PinLock::unlock(std::string_view pin)
{
    if (!m_record)
        return Error{ErrorCode::PinNotSet, "no PIN is set"};
    if (const std::int64_t wait = remainingLockoutMs(); wait > 0)
        return Error{ErrorCode::PinLockedOut, "too many wrong PINs; try again in " +
                                                  std::to_string((wait + 999) / 1000) + " s"};

    // Count the attempt first: it is only taken back once the PIN proved right.
    const PinAttempts before = m_attempts;
    PinAttempts counted;
    counted.failures = before.failures + 1;
    counted.waitMs = pinDelayMsAfterFailures(counted.failures);
    setAttempts(counted);

    auto match = verifyPin(*m_record, pin);
    if (!match)
        return match.error();
    if (!*match)
        return Error{ErrorCode::PinWrong,
                     "wrong PIN (" + std::to_string(counted.failures) + " failures in a row)"};
    setAttempts({});
    return {};
}

Result<void> PinLock::setPin(std::string_view pin, const PinKdfParams& params)
{
    auto record = hashPin(pin, params);
    if (!record)
        return record.error();
    m_record = std::move(*record);
    setAttempts({});
    return {};
}

void PinLock::clearPin()
{
    m_record.reset();
    setAttempts({});
}

void PinLock::setAttempts(PinAttempts attempts)
{
    if (attempts == m_attempts)
        return;
    m_attempts = attempts;
    m_waitStartMs = m_clock();
    if (m_onAttemptsChanged)
        m_onAttemptsChanged(m_attempts);
}

}  // namespace otp
