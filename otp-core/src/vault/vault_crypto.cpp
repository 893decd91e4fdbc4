#include "otp/vault/vault_crypto.h"

#include <climits>
#include <memory>

#include <openssl/core_names.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include <openssl/rand.h>

namespace otp::vault {

namespace {

constexpr std::uint64_t kMaxScryptMemory = 256ULL << 20;

struct KdfDeleter {
    void operator()(EVP_KDF* k) const { EVP_KDF_free(k); }
};
struct KdfCtxDeleter {
    void operator()(EVP_KDF_CTX* c) const { EVP_KDF_CTX_free(c); }
};

}  // namespace

RandomSource systemRandom()
{
    return [](std::span<std::uint8_t> out) -> Result<void> {
        if (out.size() > INT_MAX || RAND_bytes(out.data(), static_cast<int>(out.size())) != 1)
            return Error{ErrorCode::VaultCrypto, "the system random generator failed"};
        return {};
    };
}

bool scryptParamsAcceptable(const ScryptParams& params)
{
    if (params.log2N < 1 || params.log2N > 22 || params.r < 1 || params.r > 32 || params.p < 1 ||
        params.p > 16)
        return false;
    const std::uint64_t memory = 128ULL * params.r * (1ULL << params.log2N) * params.p;
    return memory <= kMaxScryptMemory;
}

bool scryptWeakerThan(const ScryptParams& params, const ScryptParams& target)
{
    const auto work = [](const ScryptParams& s) {
        return (std::uint64_t{1} << s.log2N) * s.r * s.p;
    };
    const auto memory = [](const ScryptParams& s) { return (std::uint64_t{1} << s.log2N) * s.r; };
    return work(params) < work(target) || memory(params) < memory(target);
}

Result<SecureBytes> deriveScryptKey(const SecureString& passphrase,
                                    std::span<const std::uint8_t> salt, const ScryptParams& params)
{
    if (!scryptParamsAcceptable(params))
        return Error{ErrorCode::VaultCrypto, "scrypt parameters out of bounds"};
    std::unique_ptr<EVP_KDF, KdfDeleter> kdf(EVP_KDF_fetch(nullptr, "SCRYPT", nullptr));
    if (!kdf)
        return Error{ErrorCode::VaultCrypto, "scrypt is not available in this OpenSSL"};
    std::unique_ptr<EVP_KDF_CTX, KdfCtxDeleter> ctx(EVP_KDF_CTX_new(kdf.get()));
    if (!ctx)
        return Error{ErrorCode::VaultCrypto, "scrypt context allocation failed"};

    std::uint64_t n = 1ULL << params.log2N;
    std::uint32_t r = params.r;
    std::uint32_t p = params.p;
    std::uint64_t maxmem = kMaxScryptMemory + (1ULL << 20);
    // OSSL_PARAM takes non-const pointers; OpenSSL only reads these buffers.
    char empty = 0;
    void* pass =
        passphrase.empty() ? static_cast<void*>(&empty) : const_cast<char*>(passphrase.data());
    void* saltPtr = const_cast<std::uint8_t*>(salt.data());
    OSSL_PARAM ps[] = {
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD, pass, passphrase.size()),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, saltPtr, salt.size()),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &n),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &r),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &p),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &maxmem),
        OSSL_PARAM_construct_end(),
    };
    SecureBytes key(kKeySize);
    if (EVP_KDF_derive(ctx.get(), key.data(), key.size(), ps) != 1)
        return Error{ErrorCode::VaultCrypto, "scrypt derivation failed"};
    return key;
}

}  // namespace otp::vault
