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
    // Keep each run cheap: a slot our ceiling accepts but with a large n would dominate the
    // fuzzer's time, so inputs with 1024 < n <= 2^21 (the most the 256 MiB ceiling lets
    // through, at r = 1) are skipped. Larger n must be refused by the ceiling before any
    // derivation (ImportKdfTooCostly), and more than kMaxPasswordSlots slots before the first
    // one: both are exercised, and a derivation there would show up as a timeout.
    for (auto at = text.find("\"n\""); at != std::string_view::npos;
         at = text.find("\"n\"", at + 1)) {
        std::size_t i = at + 3;
        while (i < size && (text[i] == ' ' || text[i] == ':'))
            ++i;
        std::uint64_t n = 0;
        std::size_t digits = 0;
        while (i + digits < size && digits < 19 && text[i + digits] >= '0' &&
               text[i + digits] <= '9')
            n = n * 10 + static_cast<std::uint64_t>(text[i + digits++] - '0');
        if (n > 1024 && n <= (std::uint64_t{1} << 21))
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
