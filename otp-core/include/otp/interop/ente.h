#pragma once

#include <string_view>

#include "otp/interop/import_result.h"
#include "otp/result.h"
#include "otp/secure_bytes.h"

// Ente Auth exports (docs/interop.md "Ente Auth"). The plain export is a list of otpauth://
// links (parseUriList; detectFormat names it EntePlain when its links carry Ente's
// codeDisplay parameter).
namespace otp::interop {

// The encrypted export: {"version":1,"kdfParams":{"memLimit","opsLimit","salt"},
// "encryptedData","encryptionNonce"}: the plain export sealed as one XChaCha20-Poly1305
// secretstream message under an Argon2id key. The Argon2id cost is checked against
// kMaxArgon2MemoryBytes and kMaxArgon2Work before anything runs.
// Errors: ImportBadJson, ImportBadStructure, ImportUnsupportedFile (a version other than 1),
// ImportKdfTooCostly, ImportPassphraseRequired, ImportWrongPassphrase, ImportTruncated.
Result<ImportResult> parseEnteEncrypted(std::string_view text, const SecureString* passphrase);

}  // namespace otp::interop
