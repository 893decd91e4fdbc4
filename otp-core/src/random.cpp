#include "otp/random.h"

#include <climits>

#include <openssl/rand.h>

namespace otp {

Result<SecureBytes> randomBytes(std::size_t count)
{
    SecureBytes bytes(count);
    if (count > INT_MAX || RAND_bytes(bytes.data(), static_cast<int>(count)) != 1)
        return Error{ErrorCode::RandomUnavailable, "the system random generator failed"};
    return bytes;
}

}  // namespace otp
