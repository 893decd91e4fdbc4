// libFuzzer target for the Aegis importer (plain and encrypted; a fixed password with the
// encrypted path, whose scrypt parameters the input controls: bounded by our limits), and a
// re-export/re-import round trip of whatever it accepts.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "otp/interop/aegis.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    // Keep each run cheap: scrypt with a large n from the input would dominate the fuzzer's
    // time (the bounds themselves are unit-tested). Skip inputs that ask for n > 1024.
    for (auto at = text.find("\"n\""); at != std::string_view::npos;
         at = text.find("\"n\"", at + 1)) {
        std::size_t i = at + 3;
        while (i < size && (text[i] == ' ' || text[i] == ':'))
            ++i;
        std::size_t digits = 0;
        while (i + digits < size && text[i + digits] >= '0' && text[i + digits] <= '9')
            ++digits;
        if (digits > 4 || (digits == 4 && text.substr(i, 4) > "1024"))
            return 0;
    }
    const otp::SecureString password("fuzz");
    auto result = otp::interop::parseAegisJson(text, &password);
    if (!result)
        return 0;
    auto random = [](std::span<std::uint8_t> out) -> otp::Result<void> {
        for (auto& b : out)
            b = 0x5A;
        return {};
    };
    auto again = otp::interop::formatAegisPlainJson(result->tokens, random);
    if (!again)
        std::abort();
    auto back = otp::interop::parseAegisJson(again->view(), nullptr);
    if (!back || back->tokens != result->tokens)
        std::abort();
    return 0;
}
