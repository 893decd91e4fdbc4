#pragma once

#include <string>
#include <string_view>

namespace otp {

// Every failure otp-core reports. The UI maps each code to a translated message;
// the English `Error::message` is for logs, tests and otptool.
// Append new codes inside their group; never reuse or renumber (vault files and tests name them).
enum class ErrorCode {
    // base32 (RFC 4648)
    Base32InvalidCharacter = 100,
    Base32InvalidLength,

    // otpauth:// Key URI
    UriNotOtpauth = 200,
    UriUnknownType,
    UriMissingLabel,
    UriBadPercentEncoding,
    UriMissingSecret,
    UriBadSecret,
    UriIssuerConflict,
    UriUnknownAlgorithm,
    UriBadDigits,
    UriBadPeriod,
    UriMissingCounter,
    UriBadCounter,
    UriBadSerial,
    UriDuplicateParameter,
    UriInvalidText,  // issuer or account is not UTF-8, or holds control characters

    // serial numbers
    SerialBadFormat = 300,

    // OTP generation parameters
    OtpBadDigits = 400,
    OtpBadPeriod,
    OtpEmptyKey,
    OtpTimeBeforeEpoch,
    OtpCryptoFailure,  // OpenSSL could not compute an HMAC (no provider, out of memory)

    // system
    RandomUnavailable = 450,

    // vault (issue 3) — 500..599
    VaultNotFound = 500,
    VaultDamaged,
    VaultNewerVersion,
    VaultWrongPassphrase,
    VaultPassphraseRequired,
    VaultNoKeystoreKey,
    VaultKeystoreKeyMismatch,
    VaultKeystoreUnavailable,
    VaultIo,
    VaultCrypto,
    VaultNoSuchToken,
    VaultNoSuchSlot,

    // import / export (issue 6) — 600..699
};

// Stable, machine-readable name such as "uri.bad_digits" (used by otptool and tests).
std::string_view errorCodeName(ErrorCode code);

struct Error {
    ErrorCode code;
    std::string message;  // English, names the field and the offending value

    bool operator==(const Error&) const = default;
};

}  // namespace otp
