#pragma once

#include <cstdint>
#include <span>
#include <string_view>

#include "otp/interop/import_result.h"
#include "otp/result.h"
#include "otp/secure_bytes.h"

// andOTP backups (docs/interop.md "andOTP").
namespace otp::interop {

// otp_accounts.json: [{"secret","issuer","label","digits","type","algorithm","period",
// "counter",...}]. Errors: ImportBadJson, ImportBadStructure (not an array).
Result<ImportResult> parseAndOtpJson(std::string_view text);

// otp_accounts.json.aes (andOTP 0.6.3 and later): iterations (4 bytes, big-endian), salt (12),
// IV (12), then the JSON sealed with AES-256-GCM (tag last) under a PBKDF2-HMAC-SHA1 key.
// The iteration count is checked against kMaxPbkdf2Iterations before anything runs.
// Errors: ImportTruncated, ImportBadStructure, ImportKdfTooCostly, ImportPassphraseRequired,
// ImportWrongPassphrase, and parseAndOtpJson's for the decrypted content.
Result<ImportResult> parseAndOtpEncrypted(std::span<const std::uint8_t> bytes,
                                          const SecureString* passphrase);

// True if `bytes` can be an encrypted andOTP backup: long enough and starting with an
// iteration count below 2^24 (its first byte is 0, which no text file starts with).
bool looksLikeEncryptedAndOtp(std::span<const std::uint8_t> bytes);

}  // namespace otp::interop
