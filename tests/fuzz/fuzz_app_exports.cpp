// libFuzzer target for the exports of Proton Authenticator, Ente Auth, Bitwarden, andOTP and
// encrypted 2FAS. The first byte picks the parser, the rest is the file. Formats whose key
// derivation the file sets (Ente, andOTP) or that is costly (Proton) run without a passphrase:
// every structure and cost check comes before the passphrase is needed, and their decrypted
// content goes through the plain parsers fuzzed here. 2FAS's fixed 10,000 PBKDF2 iterations
// are cheap enough to decrypt every input. Every token that comes out has display names.

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

#include "otp/display_text.h"
#include "otp/interop/andotp.h"
#include "otp/interop/app_backups.h"
#include "otp/interop/bitwarden.h"
#include "otp/interop/ente.h"
#include "otp/interop/proton.h"

namespace {

otp::Result<otp::interop::ImportResult> parse(std::uint8_t which,
                                              std::span<const std::uint8_t> bytes)
{
    namespace io = otp::interop;
    const std::string_view text(reinterpret_cast<const char*>(bytes.data()), bytes.size());
    static const otp::SecureString passphrase("fuzz");
    switch (which % 7) {
    case 0: return io::parseProtonJson(text, nullptr);
    case 1: return io::parseEnteEncrypted(text, nullptr);
    case 2: return io::parseBitwardenJson(text);
    case 3: return io::parseBitwardenCsv(text);
    case 4: return io::parseAndOtpJson(text);
    case 5: return io::parseAndOtpEncrypted(bytes, nullptr);
    default: return io::parseTwoFasJson(text, &passphrase);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    auto result = parse(data[0], std::span<const std::uint8_t>(data + 1, size - 1));
    if (!result)
        return 0;
    for (const auto& token : result->tokens) {
        if (!otp::isDisplayText(token.issuer) || !otp::isDisplayText(token.account))
            __builtin_trap();
    }
    return 0;
}
