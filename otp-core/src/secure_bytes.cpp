#include "otp/secure_bytes.h"

#include <openssl/crypto.h>

namespace otp::detail {

void secureWipe(void* data, std::size_t size) noexcept
{
    if (data != nullptr && size > 0)
        OPENSSL_cleanse(data, size);
}

}  // namespace otp::detail
