#pragma once

#include <optional>
#include <string_view>

namespace otp {

// The HMAC hash of a token. One enum for the whole code base; map it at the edges.
enum class Algorithm { Sha1, Sha256, Sha512 };

// "SHA1", "SHA256", "SHA512": the spelling the Key URI format uses.
std::string_view algorithmName(Algorithm algorithm);

// Accepts the URI spelling in any case, and the "SHA-1" style with a hyphen.
std::optional<Algorithm> parseAlgorithm(std::string_view name);

}  // namespace otp
