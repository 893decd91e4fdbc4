#pragma once

// Internal: turning a foreign app's fields into a KeyUri that the rest of SoftToken accepts.

#include <string>
#include <string_view>

#include "otp/interop/import_result.h"
#include "otp/key_uri.h"
#include "otp/result.h"

namespace otp::interop::detail {

// Checks a KeyUri built from another app's fields and normalises it exactly as parseKeyUri
// would (by formatting it and parsing it back), so an imported token behaves like a scanned one.
// The error message is the reason shown for an unsupported entry ("digits must be 6 to 10, got
// 5"); its code is the Uri* code parseKeyUri gives.
Result<KeyUri> finishEntry(KeyUri candidate);

// Splits "Issuer:account" the way the Key URI label does, when `issuer` is empty or equal to
// the prefix. Leaves both unchanged otherwise.
void splitLabel(std::string& issuer, std::string& account);

// Adds the outcome of one entry to `result`: the token, or an UnsupportedEntry with the reason.
void addEntry(ImportResult& result, std::size_t position, Result<KeyUri> entry,
              std::string_view label);

// The token of an entry that another app stores as a URI (Proton Authenticator, Bitwarden
// Authenticator, Ente Auth): otpauth:// as parseKeyUri reads it, or steam://SECRET (a base32
// secret with Steam's codes). An otpauth:// URI with an empty label, or a steam:// one, is
// named `name` (the entry's own name field) as its account. Errors: parseKeyUri's, or
// UriNotOtpauth for another scheme.
Result<KeyUri> tokenFromUri(std::string_view uri, std::string_view name);

// Error ImportTooManyEntries naming kMaxImportEntries.
Error tooManyEntries();

// True once `result` holds more entries than kMaxImportEntries: parsers stop there.
bool overEntryLimit(const ImportResult& result);

}  // namespace otp::interop::detail
