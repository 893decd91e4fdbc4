#include "otp/algorithm.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace otp {

std::string_view algorithmName(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::Sha1: return "SHA1";
    case Algorithm::Sha256: return "SHA256";
    case Algorithm::Sha512: return "SHA512";
    }
    return "SHA1";
}

std::optional<Algorithm> parseAlgorithm(std::string_view name)
{
    std::string normalized;
    for (char c : name) {
        if (c != '-')
            normalized.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
    }
    for (Algorithm a : {Algorithm::Sha1, Algorithm::Sha256, Algorithm::Sha512}) {
        if (normalized == algorithmName(a))
            return a;
    }
    return std::nullopt;
}

}  // namespace otp
