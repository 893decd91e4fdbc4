#pragma once

#include <cstdint>
#include <functional>

namespace otp {

// The clocks every time-dependent part of SoftToken reads. They are plain functions, injected
// wherever time matters, so tests (and testers with --time) decide what "now" and "30 s later" are.

// Unix time in seconds: what TOTP counts steps in.
using Clock = std::function<std::int64_t()>;
Clock systemClock();

// Milliseconds. Which clock depends on the factory: the user's wall clock (Unix milliseconds,
// for a clipboard deadline that must also pass while a phone app is suspended, and for SNTP
// timestamps) or a monotonic one (for waits the user must not shorten by changing the date).
using MsClock = std::function<std::int64_t()>;
// Unix milliseconds (std::chrono::system_clock).
MsClock systemClockMs();
// Milliseconds on a clock that only moves forward at a steady rate, whatever the user does to the
// date and time (std::chrono::steady_clock); its zero is arbitrary.
MsClock steadyClockMs();

}  // namespace otp
