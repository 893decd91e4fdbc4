#pragma once

#include <string_view>

#include "otp/interop/import_result.h"
#include "otp/result.h"

// Bitwarden Authenticator exports, which follow the Bitwarden password manager's formats
// (docs/interop.md "Bitwarden Authenticator"). Each item's login.totp is an otpauth:// URI, a
// steam:// URI or a bare base32 secret; items without one (password-manager logins) are not
// tokens and are skipped without a report.
namespace otp::interop {

// {"encrypted":false,"items":[{"name","login":{"totp","username"}}]}.
// Errors: ImportBadJson, ImportBadStructure (no "items" array), ImportUnsupportedFile (a
// password-protected export, "encrypted": true).
Result<ImportResult> parseBitwardenJson(std::string_view text);

// CSV (RFC 4180) with a header row naming at least login_totp; name and login_username are
// read when present. Positions are line numbers. Errors: ImportBadStructure (no login_totp
// column, an unterminated quote).
Result<ImportResult> parseBitwardenCsv(std::string_view text);

// True if the first line of `text` is a Bitwarden CSV header (it names login_totp).
bool looksLikeBitwardenCsv(std::string_view text);

}  // namespace otp::interop
