#pragma once

#include "otp/hotp.h"
#include "otp/key_uri.h"
#include "otp/totp.h"

namespace otp {

// Generators configured from a token's URI (algorithm, digits, period). The URI's own type
// is not checked: a caller that wants a TOTP code of an HOTP token gets what it asks for.
Result<HotpGenerator> hotpGeneratorFor(const KeyUri& uri);
Result<TotpGenerator> totpGeneratorFor(const KeyUri& uri);

}  // namespace otp
