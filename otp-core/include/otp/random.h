#pragma once

#include <cstddef>

#include "otp/result.h"
#include "otp/secure_bytes.h"

namespace otp {

// `count` bytes from OpenSSL's CSPRNG (RAND_bytes). Error RandomUnavailable if it fails.
Result<SecureBytes> randomBytes(std::size_t count);

}  // namespace otp
