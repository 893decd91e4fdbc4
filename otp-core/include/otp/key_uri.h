#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "otp/algorithm.h"
#include "otp/result.h"
#include "otp/secure_bytes.h"
#include "otp/serial.h"

namespace otp {

enum class OtpType { Totp, Hotp };

// Everything an otpauth:// Key URI holds, decoded.
// https://github.com/google/google-authenticator/wiki/Key-Uri-Format
struct KeyUri {
    OtpType type = OtpType::Totp;
    std::string issuer;   // may be empty
    std::string account;  // may be empty only if issuer is not
    SecureBytes secret;
    Algorithm algorithm = Algorithm::Sha1;
    int digits = 6;
    int period = 30;             // TOTP only
    std::uint64_t counter = 0;   // HOTP only
    std::optional<Serial> serial;  // as given by the issuer; see effectiveSerial()
    // Parameters this version does not interpret (e.g. "image"), decoded, in URI order.
    std::vector<std::pair<std::string, std::string>> extraParameters;

    bool operator==(const KeyUri&) const = default;
};

// Parses an otpauth:// URI. Every rejection has its own ErrorCode and an English message
// naming the field and value, e.g. "digits must be 6 to 10, got 12".
Result<KeyUri> parseKeyUri(std::string_view uri);

// Formats a URI that parseKeyUri reads back to an equal KeyUri. It carries the secret.
SecureString formatKeyUri(const KeyUri& uri);

// The serial the issuer gave, or the one derived from the secret.
Serial effectiveSerial(const KeyUri& uri);

}  // namespace otp
