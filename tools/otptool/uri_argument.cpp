#include "uri_argument.h"

#include <charconv>
#include <iostream>
#include <limits>

#include "args.h"
#include "otp/secure_bytes.h"
#include "otp/totp.h"
#include "output.h"

namespace otptool {

otp::Result<otp::KeyUri> keyUriFromArgument(std::string_view argument)
{
    if (argument != "-")
        return otp::parseKeyUri(argument);

    otp::SecureString line;
    for (int c = std::cin.get(); c != std::char_traits<char>::eof() && c != '\n';
         c = std::cin.get()) {
        if (c != '\r')
            line.push_back(static_cast<char>(c));
    }
    return otp::parseKeyUri(line.view());
}

std::optional<std::int64_t> timeOption(const Args& args)
{
    auto value = args.value("at");
    if (!value)
        return otp::systemClock()();
    auto at = parseInteger(*value, 0, std::numeric_limits<std::int64_t>::max());
    if (!at)
        fail("--at must be Unix seconds (a whole number >= 0), got '" + *value + "'");
    return at;
}

std::optional<int> rejectTimeOptionForHotp(const Args& args)
{
    if (!args.has("at"))
        return std::nullopt;
    return fail("--at applies to TOTP tokens; this is an HOTP token");
}

std::optional<std::int64_t> parseInteger(std::string_view text, std::int64_t min, std::int64_t max)
{
    std::int64_t value = 0;
    const char* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (text.empty() || ec != std::errc() || ptr != end || value < min || value > max)
        return std::nullopt;
    return value;
}

}  // namespace otptool
