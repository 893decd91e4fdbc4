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
    VaultChangedElsewhere,  // another process saved the vault since this one loaded it
    VaultTooLarge,          // the vault would be larger than kMaxVaultFileSize: not saved

    // import / export (issue 6) — 600..699
    ImportUnknownFormat = 600,  // not a file or code any importer recognises
    ImportBadJson,              // not well-formed JSON (message: byte offset and what was expected)
    ImportBadStructure,         // well-formed, but a required field is missing or of the wrong type
    ImportBadMigration,         // otpauth-migration:// link: bad URI, base64 or protobuf
    ImportBatchMismatch,        // a migration QR code from another batch, or with a changed size
    ImportPassphraseRequired,   // an encrypted backup and no passphrase
    ImportWrongPassphrase,      // the passphrase opens no slot (or the file was changed)
    ImportUnsupportedFile,      // a variant we do not read (encrypted 2FAS, a newer version)
    ImportIo,                   // the file cannot be read
    ExportIo,                   // the output cannot be written
    ImportTooLarge,             // the file (or stdin) is over kMaxImportBytes, or its JSON over
                                // kMaxJsonNodes values
    ImportTooManyEntries,       // more than kMaxImportEntries tokens in one import
    ImportTooManySlots,         // an encrypted export with more than kMaxPasswordSlots slots
    ImportKdfTooCostly,  // a slot's scrypt cost is over the ceiling (checked before running it)

    // QR payloads (issue 4) — 700..799
    QrInvalidImage = 700,  // an image view ZXing cannot read (bad size or stride)
    QrImageUnreadable,     // a file or clipboard image that cannot be loaded
    QrNoCode,              // the image holds no readable QR code
    QrNotTokenSetup,       // a QR code was read but holds no otpauth:// token setup
    QrEncodeFailed,        // the text does not fit in a QR code

    // protections (issue 7) — 800..899
    PinInvalid = 800,      // a new PIN that is not 4..16 ASCII digits
    PinNotSet,             // unlocking with a PIN when none is configured
    PinWrong,              // the PIN does not match; the message says how many failures so far
    PinLockedOut,          // too many failures: wait; the message says how many seconds
    PinCrypto,             // OpenSSL could not derive the PIN hash (scrypt unavailable, no memory)
    PinStateDamaged,       // the stored PIN record cannot be read (bad salt, hash or parameters)
    BiometricUnavailable,  // no biometric sensor, none enrolled, or not implemented here
    BiometricFailed,       // the user cancelled or the OS refused the biometric check
    SntpBadServer,         // empty host name or port 0
    SntpNetwork,           // host lookup failed or the UDP socket could not send
    SntpTimeout,           // no reply within the timeout
    SntpBadReply,          // a reply that is not a valid SNTPv4 server answer (RFC 4330 §5)
    SntpUnsynchronized,    // the server says it is not synchronised (stratum 0 / leap 3, KoD)
    SntpImplausible,       // a well-formed reply whose times cannot be right (see parseReply)

    // import, added later: explicit values inside the import group (600..699)
    ImportTruncated = 614,  // an encrypted export shorter than its own structure needs

    // automatic backups — 900..999
    BackupNotConfigured = 900,  // backups are off: no folder and passphrase set
    BackupFolderMissing,        // the backup folder does not exist (any more): a drive unplugged?
    BackupFolderReadOnly,       // the backup folder cannot be written (read-only, no permission)
    BackupDiskFull,             // no space left (or quota reached) in the backup folder
    BackupIo,                   // any other failure to read or write the backup folder
    BackupNone,                 // the folder holds no backup yet
    BackupUnreadable,           // the newest backup does not open with the backup passphrase
    BackupMismatch,             // the newest backup opens but holds other tokens than the vault
};

// Stable, machine-readable name such as "uri.bad_digits" (used by otptool and tests).
std::string_view errorCodeName(ErrorCode code);

struct Error {
    ErrorCode code;
    std::string message;  // English, names the field and the offending value

    bool operator==(const Error&) const = default;
};

}  // namespace otp
