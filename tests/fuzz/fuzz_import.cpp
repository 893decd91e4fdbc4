// libFuzzer target for the whole import front door: format detection and every parser behind
// it (SoftToken backup, Aegis, FreeOTP+, 2FAS, URI lists, GA migration link files), then the
// duplicate check against a small vault. Every token that comes out has names that show as
// themselves (otp::isDisplayText), whichever parser it came through.

#include <cstddef>
#include <cstdint>
#include <span>

#include "otp/display_text.h"
#include "otp/interop/import.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const otp::SecureString passphrase("fuzz");
    auto result = otp::interop::importData(std::span<const std::uint8_t>(data, size), &passphrase);
    if (!result)
        return 0;
    for (const auto& token : result->tokens) {
        if (!otp::isDisplayText(token.issuer) || !otp::isDisplayText(token.account))
            __builtin_trap();
    }
    otp::vault::Vault vault;
    if (!result->tokens.empty())
        otp::vault::addToken(vault, result->tokens.front(), 0);
    const auto plan = otp::interop::planImport(std::move(result).value(), vault);
    (void)otp::interop::mergeImport(vault, plan, 0);
    return 0;
}
