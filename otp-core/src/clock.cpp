#include "otp/clock.h"

#include <chrono>

namespace otp {

namespace {

template <typename Unit, typename ChronoClock> std::int64_t now()
{
    return std::chrono::duration_cast<Unit>(ChronoClock::now().time_since_epoch()).count();
}

}  // namespace

Clock systemClock()
{
    return [] { return now<std::chrono::seconds, std::chrono::system_clock>(); };
}

MsClock systemClockMs()
{
    return [] { return now<std::chrono::milliseconds, std::chrono::system_clock>(); };
}

MsClock steadyClockMs()
{
    return [] { return now<std::chrono::milliseconds, std::chrono::steady_clock>(); };
}

}  // namespace otp
