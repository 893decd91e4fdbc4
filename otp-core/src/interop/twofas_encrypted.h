#pragma once

// Internal: opening the "servicesEncrypted" field of a password-protected 2FAS backup.

#include <string_view>

#include "otp/result.h"
#include "otp/secure_bytes.h"

namespace otp::interop::detail {

// `field` is "base64(ciphertext ‖ tag):base64(salt):base64(iv)"; the key is PBKDF2-HMAC-SHA256
// of the password with 10,000 iterations (fixed by 2FAS, not stored), the cipher AES-256-GCM
// with a 12-byte IV. Returns the plaintext: the JSON text of the services array.
// Errors: ImportBadStructure, ImportTruncated, ImportPassphraseRequired, ImportWrongPassphrase.
Result<SecureBytes> decryptTwoFasServices(std::string_view field, const SecureString* passphrase);

}  // namespace otp::interop::detail
