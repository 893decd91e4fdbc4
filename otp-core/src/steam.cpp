#include "otp/steam.h"

namespace otp {

std::string steamCode(std::uint32_t truncated)
{
    constexpr auto kBase = static_cast<std::uint32_t>(kSteamAlphabet.size());
    std::string code(kSteamCodeLength, '\0');
    for (char& c : code) {
        c = kSteamAlphabet[truncated % kBase];
        truncated /= kBase;
    }
    return code;
}

std::optional<std::string> normalizedSteamCode(std::string_view code)
{
    if (code.size() != static_cast<std::size_t>(kSteamCodeLength))
        return std::nullopt;
    std::string upper;
    upper.reserve(code.size());
    for (char c : code) {
        const char u = c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
        if (kSteamAlphabet.find(u) == std::string_view::npos)
            return std::nullopt;
        upper.push_back(u);
    }
    return upper;
}

std::string_view codeFormatName(CodeFormat format)
{
    return format == CodeFormat::Steam ? "steam" : "decimal";
}

}  // namespace otp
