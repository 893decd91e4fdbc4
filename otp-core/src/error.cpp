#include "otp/error.h"

namespace otp {

std::string_view errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Base32InvalidCharacter: return "base32.invalid_character";
    case ErrorCode::Base32InvalidLength: return "base32.invalid_length";

    case ErrorCode::UriNotOtpauth: return "uri.not_otpauth";
    case ErrorCode::UriUnknownType: return "uri.unknown_type";
    case ErrorCode::UriMissingLabel: return "uri.missing_label";
    case ErrorCode::UriBadPercentEncoding: return "uri.bad_percent_encoding";
    case ErrorCode::UriMissingSecret: return "uri.missing_secret";
    case ErrorCode::UriBadSecret: return "uri.bad_secret";
    case ErrorCode::UriIssuerConflict: return "uri.issuer_conflict";
    case ErrorCode::UriUnknownAlgorithm: return "uri.unknown_algorithm";
    case ErrorCode::UriBadDigits: return "uri.bad_digits";
    case ErrorCode::UriBadPeriod: return "uri.bad_period";
    case ErrorCode::UriMissingCounter: return "uri.missing_counter";
    case ErrorCode::UriBadCounter: return "uri.bad_counter";
    case ErrorCode::UriBadSerial: return "uri.bad_serial";
    case ErrorCode::UriDuplicateParameter: return "uri.duplicate_parameter";
    case ErrorCode::UriInvalidText: return "uri.invalid_text";

    case ErrorCode::SerialBadFormat: return "serial.bad_format";

    case ErrorCode::OtpBadDigits: return "otp.bad_digits";
    case ErrorCode::OtpBadPeriod: return "otp.bad_period";
    case ErrorCode::OtpEmptyKey: return "otp.empty_key";
    case ErrorCode::OtpTimeBeforeEpoch: return "otp.time_before_epoch";
    case ErrorCode::OtpCryptoFailure: return "otp.crypto_failure";

    case ErrorCode::RandomUnavailable: return "system.random_unavailable";

    case ErrorCode::VaultNotFound: return "vault.not_found";
    case ErrorCode::VaultDamaged: return "vault.damaged";
    case ErrorCode::VaultNewerVersion: return "vault.newer_version";
    case ErrorCode::VaultWrongPassphrase: return "vault.wrong_passphrase";
    case ErrorCode::VaultPassphraseRequired: return "vault.passphrase_required";
    case ErrorCode::VaultNoKeystoreKey: return "vault.no_keystore_key";
    case ErrorCode::VaultKeystoreKeyMismatch: return "vault.keystore_key_mismatch";
    case ErrorCode::VaultKeystoreUnavailable: return "vault.keystore_unavailable";
    case ErrorCode::VaultIo: return "vault.io";
    case ErrorCode::VaultCrypto: return "vault.crypto";
    case ErrorCode::VaultNoSuchToken: return "vault.no_such_token";
    case ErrorCode::VaultNoSuchSlot: return "vault.no_such_slot";
    case ErrorCode::VaultTooLarge: return "vault.too_large";
    case ErrorCode::VaultChangedElsewhere: return "vault.changed_elsewhere";

    case ErrorCode::ImportUnknownFormat: return "import.unknown_format";
    case ErrorCode::ImportBadJson: return "import.bad_json";
    case ErrorCode::ImportBadStructure: return "import.bad_structure";
    case ErrorCode::ImportBadMigration: return "import.bad_migration";
    case ErrorCode::ImportBatchMismatch: return "import.batch_mismatch";
    case ErrorCode::ImportPassphraseRequired: return "import.passphrase_required";
    case ErrorCode::ImportWrongPassphrase: return "import.wrong_passphrase";
    case ErrorCode::ImportUnsupportedFile: return "import.unsupported_file";
    case ErrorCode::ImportTooLarge: return "import.too_large";
    case ErrorCode::ImportTooManyEntries: return "import.too_many_entries";
    case ErrorCode::ImportTooManySlots: return "import.too_many_slots";
    case ErrorCode::ImportKdfTooCostly: return "import.kdf_too_costly";

    case ErrorCode::QrNotTokenSetup: return "qr.not_token_setup";

    case ErrorCode::PinInvalid: return "pin.invalid";
    case ErrorCode::PinNotSet: return "pin.not_set";
    case ErrorCode::PinWrong: return "pin.wrong";
    case ErrorCode::PinLockedOut: return "pin.locked_out";
    case ErrorCode::PinCrypto: return "pin.crypto";
    case ErrorCode::PinStateDamaged: return "pin.state_damaged";
    case ErrorCode::ImportTruncated: return "import.truncated";
    }
    return "unknown";
}

}  // namespace otp
