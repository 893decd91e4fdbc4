#pragma once

#include <string_view>
#include <vector>

#include "otp/interop/import_result.h"
#include "otp/key_uri.h"
#include "otp/result.h"
#include "otp/secure_bytes.h"
#include "otp/vault/vault_crypto.h"

// Aegis Authenticator's JSON export, as described in Aegis' docs/vault.md
// (https://github.com/beemdevelopment/Aegis/blob/master/docs/vault.md). docs/interop.md "Aegis".
namespace otp::interop {

// True if `text` is an Aegis export whose db is encrypted (so a password is needed). False for
// a plain one or anything else.
bool isEncryptedAegis(std::string_view text);

// Reads an Aegis export, plain or encrypted. For an encrypted one, `password` opens one of the
// password slots (scrypt N/r/p/salt from the slot, then AES-256-GCM unwraps the master key, which
// decrypts the db with header.params). totp and hotp entries become tokens; steam, yandex, motp
// and unknown types go to `unsupported`.
// Errors: ImportBadJson; ImportBadStructure (the message names the field); ImportUnsupportedFile
// (a version other than 1, db version above 3, or no password slot); ImportPassphraseRequired
// (encrypted and `password` is null); ImportWrongPassphrase (no password slot opens; a slot that
// opens but a db that does not decrypt is ImportBadStructure: the file was changed).
Result<ImportResult> parseAegisJson(std::string_view text, const SecureString* password);

// An unencrypted Aegis export (version 1, db version 1) of `tokens`, which Aegis imports. Each
// entry gets a random UUID from `random`. Serials and unknown URI parameters are not carried.
// Error VaultCrypto if `random` fails.
Result<SecureString> formatAegisPlainJson(const std::vector<KeyUri>& tokens,
                                          const vault::RandomSource& random);

}  // namespace otp::interop
