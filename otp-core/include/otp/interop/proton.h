#pragma once

#include <string_view>

#include "otp/interop/import_result.h"
#include "otp/result.h"
#include "otp/secure_bytes.h"

// Proton Authenticator exports (docs/interop.md "Proton Authenticator").
namespace otp::interop {

// Plain: {"version":1,"entries":[{"id","content":{"uri","entry_type","name"},"note"}]}, each
// uri an otpauth:// or steam:// URI. Encrypted: {"version":1,"salt","content"}, the plain
// export sealed with AES-256-GCM under an Argon2id key of `passphrase` (used only then).
// An entry that cannot be read is an unsupported entry; the file fails only as a whole:
// ImportBadJson, ImportBadStructure, ImportUnsupportedFile (a version other than 1),
// ImportPassphraseRequired, ImportWrongPassphrase, ImportTruncated.
Result<ImportResult> parseProtonJson(std::string_view text, const SecureString* passphrase);

}  // namespace otp::interop
