#pragma once

#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

namespace otp {

// Every failure otp-core reports. The UI maps each code to a translated message;
// the English `Error::message` is for logs, tests and otptool.
// Append new codes inside their group; never reuse or renumber (vault files and tests name them).
// The layers above have their own codes in numbers left free here (ErrorCodeEnum below).
enum class ErrorCode : int {
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

    // vault: 500..599
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
    VaultChangedElsewhere,  // another process saved the vault since this one loaded it
    VaultTooLarge,          // the vault would be larger than kMaxVaultFileSize: not saved

    // import / export: 600..699 (608 and 609 belong to a layer above)
    ImportUnknownFormat = 600,  // not a file or code any importer recognises
    ImportBadJson,              // not well-formed JSON (message: byte offset and what was expected)
    ImportBadStructure,         // well-formed, but a required field is missing or of the wrong type
    ImportBadMigration,         // otpauth-migration:// link: bad URI, base64 or protobuf
    ImportBatchMismatch,        // a migration QR code from another batch, or with a changed size
    ImportPassphraseRequired,   // an encrypted backup and no passphrase
    ImportWrongPassphrase,      // the passphrase opens no slot (or the file was changed)
    ImportUnsupportedFile,      // a variant we do not read (encrypted 2FAS, a newer version)
    ImportTooLarge = 610,       // the file (or stdin) is over kMaxImportBytes, or its JSON over
                                // kMaxJsonNodes values
    ImportTooManyEntries,       // more than kMaxImportEntries tokens in one import
    ImportTooManySlots,         // an encrypted export with more than kMaxPasswordSlots slots
    ImportKdfTooCostly,  // a slot's scrypt cost is over the ceiling (checked before running it)
    ImportTruncated,     // an encrypted export shorter than its own structure needs

    // scanned payloads: 700..799 (the other numbers belong to a layer above)
    QrNotTokenSetup = 703,  // a QR code was read but holds no otpauth:// token setup

    // PIN lock: 800..899 (806 and later belong to a layer above)
    PinInvalid = 800,  // a new PIN that is not 4..16 ASCII digits
    PinNotSet,         // unlocking with a PIN when none is configured
    PinWrong,          // the PIN does not match; the message says how many failures so far
    PinLockedOut,      // too many failures: wait; the message says how many seconds
    PinCrypto,         // OpenSSL could not derive the PIN hash (scrypt unavailable, no memory)
    PinStateDamaged,   // the stored PIN record cannot be read (bad salt, hash or parameters)
};

// Stable, machine-readable name such as "uri.bad_digits" (used by otptool and tests);
// "unknown" for a number that is not an ErrorCode (a layer above names its own codes).
std::string_view errorCodeName(ErrorCode code);

// A layer above reports the failures otp-core knows nothing of (reading images or files, a
// network, a sensor) through the same Error, so one Result type
// crosses every layer. Its enum takes numbers ErrorCode leaves free and opts in with
//   template <> inline constexpr bool otp::isErrorCodeEnum<MyCode> = true;
// Then Error{MyCode::X, "..."} works and `error.code == MyCode::X` compares.
template <typename E> inline constexpr bool isErrorCodeEnum = false;
template <typename E>
concept ErrorCodeEnum = std::is_enum_v<E> && isErrorCodeEnum<E>;

template <ErrorCodeEnum E> constexpr ErrorCode toErrorCode(E code)
{
    return static_cast<ErrorCode>(static_cast<std::underlying_type_t<ErrorCode>>(code));
}

template <ErrorCodeEnum E> constexpr bool operator==(ErrorCode a, E b)
{
    return a == toErrorCode(b);
}

struct Error {
    Error(ErrorCode errorCode, std::string text) : code(errorCode), message(std::move(text)) {}
    template <ErrorCodeEnum E>
    Error(E errorCode, std::string text) : code(toErrorCode(errorCode)), message(std::move(text))
    {}

    ErrorCode code;
    std::string message;  // English, names the field and the offending value

    bool operator==(const Error&) const = default;
};

}  // namespace otp
