#pragma once

#include <string_view>
#include <vector>

#include "otp/interop/import_result.h"
#include "otp/key_uri.h"
#include "otp/result.h"
#include "otp/secure_bytes.h"

// Plain backups of other apps (docs/interop.md): FreeOTP+ JSON, 2FAS .2fas, otpauth:// lists.
namespace otp::interop {

// FreeOTP+ freeotp-backup.json: {"tokens":[{"type","algo","digits","period","counter",
// "issuerExt","label","secret":[signed bytes]}],"tokenOrder":[...]}. Entries are read in
// "tokens" order. Errors: ImportBadJson, ImportBadStructure (no "tokens" array).
Result<ImportResult> parseFreeOtpPlusJson(std::string_view text);

// 2FAS .2fas backup: {"services":[{"name","secret","otp":{"account","issuer","digits",
// "period","algorithm","tokenType","counter"}}],"schemaVersion":N}. A password-protected one
// holds the services array encrypted in "servicesEncrypted" (PBKDF2-SHA256 + AES-256-GCM),
// opened with `password` (used only then). Errors: ImportBadJson, ImportBadStructure (no
// "services" array), ImportPassphraseRequired, ImportWrongPassphrase, ImportTruncated.
Result<ImportResult> parseTwoFasJson(std::string_view text, const SecureString* password = nullptr);

// A text file with one otpauth:// URI per line (FreeOTP+, Aegis, andOTP and 2FAS write these).
// Blank lines and lines starting with '#' are skipped; an otpauth-migration:// line contributes
// its tokens. A line that does not parse is an unsupported entry (position: line number) with
// parseKeyUri's message. Never fails: a file with no URI gives an empty result.
ImportResult parseUriList(std::string_view text);

// One formatKeyUri() per line, each ending in '\n'. Lossless (serials and extra parameters are
// in the URI).
SecureString formatUriList(const std::vector<KeyUri>& tokens);

}  // namespace otp::interop
