#include "vault/aes_gcm.h"

#include <climits>
#include <memory>

#include <openssl/core_names.h>
#include <openssl/evp.h>

#include "otp/vault/vault_crypto.h"

namespace otp::vault::detail {

namespace {

struct CipherDeleter {
    void operator()(EVP_CIPHER* c) const { EVP_CIPHER_free(c); }
};
struct CtxDeleter {
    void operator()(EVP_CIPHER_CTX* c) const { EVP_CIPHER_CTX_free(c); }
};
using CipherPtr = std::unique_ptr<EVP_CIPHER, CipherDeleter>;
using CtxPtr = std::unique_ptr<EVP_CIPHER_CTX, CtxDeleter>;

Error cryptoError(const char* what)
{
    return Error{ErrorCode::VaultCrypto, std::string("AES-256-GCM: ") + what + " failed"};
}

bool sizesOk(std::span<const std::uint8_t> key, std::span<const std::uint8_t> nonce,
             std::size_t aad, std::size_t text)
{
    return key.size() == kKeySize && nonce.size() == kNonceSize && aad <= INT_MAX &&
           text <= INT_MAX;
}

}  // namespace

Result<std::vector<std::uint8_t>> aesGcmSeal(std::span<const std::uint8_t> key,
                                             std::span<const std::uint8_t> nonce,
                                             std::span<const std::uint8_t> aad,
                                             std::span<const std::uint8_t> plaintext)
{
    if (!sizesOk(key, nonce, aad.size(), plaintext.size()))
        return cryptoError("parameter check");
    CipherPtr cipher(EVP_CIPHER_fetch(nullptr, "AES-256-GCM", nullptr));
    CtxPtr ctx(EVP_CIPHER_CTX_new());
    if (!cipher || !ctx)
        return cryptoError("context setup");
    std::vector<std::uint8_t> out(plaintext.size() + kTagSize);
    int len = 0;
    int total = 0;
    if (EVP_EncryptInit_ex2(ctx.get(), cipher.get(), key.data(), nonce.data(), nullptr) != 1)
        return cryptoError("init");
    if (!aad.empty() &&
        EVP_EncryptUpdate(ctx.get(), nullptr, &len, aad.data(), static_cast<int>(aad.size())) != 1)
        return cryptoError("AAD");
    if (!plaintext.empty()) {
        if (EVP_EncryptUpdate(ctx.get(), out.data(), &len, plaintext.data(),
                              static_cast<int>(plaintext.size())) != 1)
            return cryptoError("encrypt");
        total = len;
    }
    if (EVP_EncryptFinal_ex(ctx.get(), out.data() + total, &len) != 1)
        return cryptoError("final");
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, static_cast<int>(kTagSize),
                            out.data() + plaintext.size()) != 1)
        return cryptoError("tag");
    return out;
}

OpenStatus aesGcmOpen(std::span<const std::uint8_t> key, std::span<const std::uint8_t> nonce,
                      std::span<const std::uint8_t> aad,
                      std::span<const std::uint8_t> ciphertextAndTag, SecureBytes& plaintext)
{
    plaintext.clear();
    if (ciphertextAndTag.size() < kTagSize)
        return OpenStatus::AuthenticationFailed;
    const std::size_t textSize = ciphertextAndTag.size() - kTagSize;
    if (!sizesOk(key, nonce, aad.size(), textSize))
        return OpenStatus::CryptoFailure;
    CipherPtr cipher(EVP_CIPHER_fetch(nullptr, "AES-256-GCM", nullptr));
    CtxPtr ctx(EVP_CIPHER_CTX_new());
    if (!cipher || !ctx)
        return OpenStatus::CryptoFailure;
    SecureBytes out(textSize + 1);  // +1: never hand OpenSSL a null output pointer
    int len = 0;
    if (EVP_DecryptInit_ex2(ctx.get(), cipher.get(), key.data(), nonce.data(), nullptr) != 1)
        return OpenStatus::CryptoFailure;
    if (!aad.empty() &&
        EVP_DecryptUpdate(ctx.get(), nullptr, &len, aad.data(), static_cast<int>(aad.size())) != 1)
        return OpenStatus::CryptoFailure;
    if (textSize > 0 && EVP_DecryptUpdate(ctx.get(), out.data(), &len, ciphertextAndTag.data(),
                                          static_cast<int>(textSize)) != 1)
        return OpenStatus::CryptoFailure;
    // The tag is read-only input; OpenSSL's ctrl API takes a non-const pointer.
    std::uint8_t tag[kTagSize];
    std::copy(ciphertextAndTag.end() - kTagSize, ciphertextAndTag.end(), tag);
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, static_cast<int>(kTagSize), tag) != 1)
        return OpenStatus::CryptoFailure;
    if (EVP_DecryptFinal_ex(ctx.get(), out.data() + textSize, &len) != 1) {
        return OpenStatus::AuthenticationFailed;  // `out` wipes itself
    }
    out.resize(textSize);
    plaintext = std::move(out);
    return OpenStatus::Ok;
}

}  // namespace otp::vault::detail
