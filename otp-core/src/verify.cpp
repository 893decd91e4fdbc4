#include "otp/verify.h"

#include <algorithm>
#include <limits>
#include <optional>
#include <string>

#include <openssl/crypto.h>

namespace otp {
namespace {

// Length and character set are public facts of the token type, not secrets: checking them
// first with ordinary comparisons leaks nothing. Returns the code as the generator writes it
// (Steam codes in upper case, so "fr8rv" matches), or nullopt if it can never match.
std::optional<std::string> wellFormed(std::string_view code, const HotpGenerator& generator)
{
    if (generator.format() == CodeFormat::Steam)
        return normalizedSteamCode(code);
    if (code.size() != static_cast<std::size_t>(generator.digits()) ||
        !std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    return std::string(code);
}

// Compares all characters whatever the first difference, so the time taken does not tell an
// attacker how many leading digits of a guess were right.
bool sameCode(const std::string& expected, std::string_view given)
{
    return expected.size() == given.size() &&
           CRYPTO_memcmp(expected.data(), given.data(), given.size()) == 0;
}

// The largest offset that keeps counter + offset within 64 bits.
std::uint64_t clampLookAhead(std::uint64_t counter, std::uint64_t lookAhead)
{
    return std::min(lookAhead, std::numeric_limits<std::uint64_t>::max() - counter);
}

}  // namespace

std::optional<std::uint64_t> verifyHotp(const HotpGenerator& generator, std::string_view given,
                                        std::uint64_t counter, std::uint64_t lookAhead)
{
    const auto normalized = wellFormed(given, generator);
    if (!normalized)
        return std::nullopt;
    const std::string_view code = *normalized;
    const std::uint64_t last = clampLookAhead(counter, lookAhead);
    for (std::uint64_t offset = 0;; ++offset) {
        if (sameCode(generator.code(counter + offset), code))
            return offset;
        if (offset == last)
            return std::nullopt;
    }
}

std::optional<std::int64_t> verifyTotp(const TotpGenerator& generator, std::string_view given,
                                       std::int64_t unixTime, int window)
{
    const auto normalized = wellFormed(given, generator.hotp());
    if (!normalized)
        return std::nullopt;
    const std::string_view code = *normalized;
    const auto step = generator.stepAt(unixTime);
    if (!step)
        return std::nullopt;
    const auto reach = static_cast<std::uint64_t>(std::max(window, 0));

    // Nearest first: 0, -1, +1, -2, +2, ... so that a code valid in two steps (a 1-in-10^digits
    // coincidence) reports the smaller clock drift. Steps outside 0..2^64-1 do not exist.
    for (std::uint64_t distance = 0; distance <= reach; ++distance) {
        const auto signedDistance = static_cast<std::int64_t>(distance);
        if (distance <= *step && sameCode(generator.hotp().code(*step - distance), code))
            return -signedDistance;
        if (distance > 0 && distance <= std::numeric_limits<std::uint64_t>::max() - *step &&
            sameCode(generator.hotp().code(*step + distance), code))
            return signedDistance;
    }
    return std::nullopt;
}

std::optional<std::uint64_t> resyncHotp(const HotpGenerator& generator, std::string_view givenFirst,
                                        std::string_view givenSecond, std::uint64_t counter,
                                        std::uint64_t lookAhead)
{
    const auto normalizedFirst = wellFormed(givenFirst, generator);
    const auto normalizedSecond = wellFormed(givenSecond, generator);
    if (!normalizedFirst || !normalizedSecond)
        return std::nullopt;
    const std::string_view first = *normalizedFirst;
    const std::string_view second = *normalizedSecond;
    // The second code sits at counter + offset + 1 and the result one past it: both must stay
    // within 64 bits.
    constexpr std::uint64_t kMax = std::numeric_limits<std::uint64_t>::max();
    if (counter > kMax - 2)
        return std::nullopt;
    const std::uint64_t last = std::min(lookAhead, kMax - 2 - counter);
    std::string current = generator.code(counter);
    for (std::uint64_t offset = 0;; ++offset) {
        std::string next = generator.code(counter + offset + 1);
        if (sameCode(current, first) && sameCode(next, second))
            return counter + offset + 2;
        if (offset == last)
            return std::nullopt;
        current = std::move(next);
    }
}

}  // namespace otp
