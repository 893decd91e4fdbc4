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
#include "otp/steam.h"

namespace otp {

enum class OtpType { Totp, Hotp };

// Everything an otpauth:// Key URI holds, decoded.
// https://github.com/google/google-authenticator/wiki/Key-Uri-Format
// What we accept and reject, with every error code: docs/key-uri.md.
struct KeyUri {
    OtpType type = OtpType::Totp;
    std::string issuer;   // UTF-8, trimmed; may be empty. The `issuer` parameter if present.
    std::string account;  // UTF-8, trimmed; may be empty only if issuer is not
    // The label's issuer prefix when it differs from `issuer` (the parameter wins for display,
    // as in Google Authenticator); kept so the URI round-trips. Empty otherwise.
    std::string labelIssuer;
    SecureBytes secret;
    Algorithm algorithm = Algorithm::Sha1;
    int digits = 6;                               // kSteamCodeLength for Steam tokens
    int period = 30;                              // TOTP only
    std::uint64_t counter = 0;                    // HOTP only
    CodeFormat codeFormat = CodeFormat::Decimal;  // Steam: `encoder=steam` or otpauth://steam/
    std::optional<Serial> serial;                 // the `serial` parameter; see effectiveSerial()
    // Parameters this version does not interpret (e.g. "image"; also `period` of an HOTP URI
    // and `counter` of a TOTP one), decoded and verbatim, in URI order.
    std::vector<std::pair<std::string, std::string>> extraParameters;

    bool operator==(const KeyUri&) const = default;
};

// Parses an otpauth:// URI. Every rejection has its own ErrorCode (Uri*, 200..) and an English
// message naming the field and value, e.g. "digits must be 6 to 10, got 12"; the secret
// itself is never quoted. Scheme, type and parameter names are case-insensitive. In query
// values '+' means a space (as URL libraries write it); in the label it is a literal '+'
// ("alice+bank@example.com"). Defaults: algorithm SHA1, digits 6, period 30.
Result<KeyUri> parseKeyUri(std::string_view uri);

// Formats a URI that parseKeyUri reads back to an equal KeyUri (and that formats to the same
// text again). It carries the secret. Every byte outside A-Z a-z 0-9 - . _ ~ is %-escaped
// (spaces as %20, '+' as %2B); the issuer goes into the label and the `issuer` parameter;
// defaults are left out; `counter` is always written for HOTP.
// Lossless for every KeyUri parseKeyUri returns. For one built by hand that means: a non-empty
// secret, digits 6..10, period >= 1, issuer and account trimmed printable UTF-8 not both empty,
// an empty account only with an issuer that has no ':', a labelIssuer that is empty or differs
// from a non-empty issuer and has no ':', CodeFormat::Steam only for TOTP with digits
// kSteamCodeLength, and no extraParameters named like the interpreted ones (nor
// encoder=steam). Steam tokens are written as otpauth://totp/…&encoder=steam.
SecureString formatKeyUri(const KeyUri& uri);

// The serial the issuer gave (the `serial` parameter, else an ID in the label), or the one
// derived from the secret. Details and the order: otp/issued_serial.h, docs/serial.md.
Serial effectiveSerial(const KeyUri& uri);

}  // namespace otp
