#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

#include "otp/clock.h"
#include "otp/result.h"

namespace otp {

// The app-lock PIN: how it is hashed, how attempts are limited. No Qt; the platform layer
// persists the values below (they hold no seed) and drives the UI. See docs/protections.md.

// scrypt cost (RFC 7914). The default costs about 32 MiB and ~0.1 s on a phone, which is the
// point: every guess of a 4..16 digit PIN costs an attacker with the stored hash as much.
struct PinKdfParams {
    std::uint64_t n = std::uint64_t{1} << 15;
    std::uint32_t r = 8;
    std::uint32_t p = 1;

    bool operator==(const PinKdfParams&) const = default;
};

// What is stored for a PIN: never the PIN itself. The parameters are stored with the hash so
// they can change later without locking anyone out.
struct PinRecord {
    std::vector<std::uint8_t> salt;  // 16 random bytes
    std::vector<std::uint8_t> hash;  // 32 bytes of scrypt(pin, salt, params)
    PinKdfParams params;

    bool operator==(const PinRecord&) const = default;
};

// The failure counter, persisted across restarts so that killing the app does not reset it.
// The wait is stored as a duration, not as a wall-clock time: a restart resumes it from
// `waitMs` (never shorter), and a clock moved forward cannot end it (docs/protections.md
// "PIN attempts").
struct PinAttempts {
    std::uint32_t failures = 0;  // consecutive wrong PINs since the last success
    std::int64_t waitMs = 0;     // the wait still due when this value was saved (0: none)

    bool operator==(const PinAttempts&) const = default;
};

// A PIN is 4..16 ASCII digits. Error PinInvalid otherwise.
Result<void> validatePin(std::string_view pin);

// Salts with 16 random bytes and hashes with scrypt. Errors: PinInvalid, RandomUnavailable,
// PinCrypto (also for parameters outside n = 2^10..2^20 power of two, r 1..32, p 1..16).
Result<PinRecord> hashPin(std::string_view pin, const PinKdfParams& params = {});

// Recomputes the hash and compares in constant time (CRYPTO_memcmp). Returns false for a wrong
// PIN. Errors: PinStateDamaged (a record with an empty salt, a hash that is not 32 bytes or bad
// parameters), PinCrypto.
Result<bool> verifyPin(const PinRecord& record, std::string_view pin);

// The wait imposed after `failures` consecutive wrong PINs: none for the first 3, then 30 s,
// doubling with each further failure, capped at one hour (4: 30 s, 5: 60 s, 6: 2 min, ...,
// 11 and more: 1 h).
std::int64_t pinDelayMsAfterFailures(std::uint32_t failures);

// A PIN lock: the record (if a PIN is set), the attempt counter and a monotonic clock
// (steadyClockMs; a wall clock would let a changed date end a wait).
// `onAttemptsChanged` is called synchronously every time the counter changes — before the PIN
// is even hashed, so an app killed during the (slow) check still counts the attempt — and the
// platform layer persists the new value there.
class PinLock {
public:
    explicit PinLock(std::optional<PinRecord> record = std::nullopt, PinAttempts attempts = {},
                     MsClock clock = steadyClockMs(),
                     std::function<void(const PinAttempts&)> onAttemptsChanged = {});

    bool hasPin() const { return m_record.has_value(); }
    const std::optional<PinRecord>& record() const { return m_record; }
    const PinAttempts& attempts() const { return m_attempts; }

    // Milliseconds until the next attempt is accepted; 0 when one is accepted now. Counted on
    // the monotonic clock from when the wait began (or from construction, for a wait loaded
    // from `attempts`), and never more than the failures earned.
    std::int64_t remainingLockoutMs() const;
    // The attempts with waitMs set to what is still due now: what to persist when the app
    // leaves the foreground or quits, so a restart resumes the wait rather than repeating it.
    PinAttempts attemptsNow() const;

    // Errors: PinNotSet; PinLockedOut (nothing is hashed, the counter does not change);
    // PinWrong (counter incremented, the lockout extended as pinDelayMsAfterFailures says);
    // PinStateDamaged and PinCrypto (the attempt stays counted). Success resets the counter.
    Result<void> unlock(std::string_view pin);

    // Replaces the record (the caller checks the old PIN first) and resets the counter.
    // Errors as hashPin.
    Result<void> setPin(std::string_view pin, const PinKdfParams& params = {});
    void clearPin();

private:
    void setAttempts(PinAttempts attempts);

    std::optional<PinRecord> m_record;
    PinAttempts m_attempts;
    MsClock m_clock;
    std::int64_t m_waitStartMs = 0;  // m_clock() when m_attempts.waitMs began to run
    std::function<void(const PinAttempts&)> m_onAttemptsChanged;
};

}  // namespace otp
