#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "otp/error.h"
#include "otp/key_uri.h"

// What an importer found in another app's export, before anything is stored (docs/interop.md).
namespace otp::interop {

enum class ImportFormat {
    SoftTokenBackup,  // our own encrypted backup (a vault file with a passphrase slot)
    GoogleMigration,  // Google Authenticator otpauth-migration:// QR codes
    AegisPlain,       // Aegis JSON export, unencrypted
    AegisEncrypted,   // Aegis JSON export, password-encrypted
    UriList,          // text file, one otpauth:// URI per line
    FreeOtpPlus,      // FreeOTP+ JSON backup (freeotp-backup.json)
    TwoFas,           // 2FAS .2fas backup, unencrypted
    TwoFasEncrypted,  // 2FAS .2fas backup with a password
    ProtonPlain,      // Proton Authenticator JSON export
    ProtonEncrypted,  // Proton Authenticator JSON export with a password
    EntePlain,        // Ente Auth plain text export (otpauth:// links with Ente's fields)
    EnteEncrypted,    // Ente Auth encrypted export
    BitwardenJson,    // Bitwarden Authenticator (or password manager) JSON export
    BitwardenCsv,     // Bitwarden Authenticator (or password manager) CSV export
    AndOtpPlain,      // andOTP otp_accounts.json
    AndOtpEncrypted,  // andOTP otp_accounts.json.aes
};

// Stable name for logs, otptool and tests: "softtoken", "ga-migration", "aegis",
// "aegis-encrypted", "uris", "freeotp-plus", "2fas", "2fas-encrypted", "proton",
// "proton-encrypted", "ente", "ente-encrypted", "bitwarden-json", "bitwarden-csv", "andotp",
// "andotp-encrypted".
std::string_view importFormatName(ImportFormat format);

// An entry the importer recognised but cannot turn into a token (e.g. a Steam token, MD5, a
// secret that is not base32). Shown to the user with its reason; never stored.
struct UnsupportedEntry {
    std::size_t position = 0;  // 1-based entry number in the file (line number for URI lists)
    std::string label;         // "Issuer: account" as far as the entry names it; may be empty
    std::string reason;        // English, names the field and value (never the secret)
    // The kind of problem, so a UI can say it in the user's language (the reason stays as the
    // detail): e.g. UriUnknownAlgorithm, UriUnknownType (Steam), UriBadDigits, UriBadSecret.
    ErrorCode code = ErrorCode::UriInvalidText;

    bool operator==(const UnsupportedEntry&) const = default;
};

struct ImportResult {
    ImportFormat format = ImportFormat::UriList;
    std::vector<KeyUri> tokens;                 // valid tokens, in file order
    std::vector<UnsupportedEntry> unsupported;  // in file order
};

// "Issuer: account", "Issuer" or "account": how entries are named in reports.
std::string entryLabel(std::string_view issuer, std::string_view account);

}  // namespace otp::interop
