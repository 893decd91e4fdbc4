// libFuzzer target for the JSON reader used by every JSON import format. Checks that whatever
// parses serialises to text that parses back to the same serialisation.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "otp/interop/json.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    auto value = otp::interop::json::parse(text);
    if (!value)
        return 0;
    const otp::SecureString once = otp::interop::json::serialize(*value);
    auto again = otp::interop::json::parse(once.view());
    if (!again || otp::interop::json::serialize(*again).view() != once.view())
        std::abort();
    return 0;
}
