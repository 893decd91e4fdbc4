#include "password_crypto.h"

#include <sodium.h>

#include <openssl/evp.h>

namespace otp::interop::detail {

namespace {

Error cryptoError(std::string message)
{
    return Error{ErrorCode::VaultCrypto, std::move(message)};
}

bool sodiumReady()
{
    // sodium_init is thread-safe and idempotent: 0 the first time, 1 afterwards.
    static const bool ready = sodium_init() >= 0;
    return ready;
}

}  // namespace

Result<SecureBytes> pbkdf2(const SecureString& passphrase, std::span<const std::uint8_t> salt,
                           std::uint32_t iterations, Pbkdf2Hash hash, std::size_t keySize)
{
    SecureBytes key(keySize);
    const std::string_view pass = passphrase.view();
    const int ok = PKCS5_PBKDF2_HMAC(pass.data(), static_cast<int>(pass.size()), salt.data(),
                                     static_cast<int>(salt.size()), static_cast<int>(iterations),
                                     hash == Pbkdf2Hash::Sha1 ? EVP_sha1() : EVP_sha256(),
                                     static_cast<int>(key.size()), key.data());
    if (ok != 1)
        return cryptoError("PBKDF2 failed");
    return key;
}

Result<SecureBytes> argon2id(const SecureString& passphrase, std::span<const std::uint8_t> salt,
                             std::uint64_t passes, std::uint64_t memoryBytes, std::size_t keySize)
{
    if (!sodiumReady())
        return cryptoError("libsodium could not be initialised");
    if (salt.size() != crypto_pwhash_SALTBYTES)
        return cryptoError("Argon2id needs a 16-byte salt");
    SecureBytes key(keySize);
    const std::string_view pass = passphrase.view();
    if (crypto_pwhash(key.data(), key.size(), pass.data(), pass.size(), salt.data(), passes,
                      static_cast<std::size_t>(memoryBytes), crypto_pwhash_ALG_ARGON2ID13) != 0)
        return cryptoError("Argon2id failed (parameters refused or out of memory)");
    return key;
}

StreamStatus secretstreamOpen(std::span<const std::uint8_t> key,
                              std::span<const std::uint8_t> header,
                              std::span<const std::uint8_t> message, SecureBytes& plaintext)
{
    plaintext.clear();
    if (!sodiumReady() || key.size() != crypto_secretstream_xchacha20poly1305_KEYBYTES ||
        header.size() != crypto_secretstream_xchacha20poly1305_HEADERBYTES ||
        message.size() < crypto_secretstream_xchacha20poly1305_ABYTES)
        return StreamStatus::AuthenticationFailed;
    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&state, header.data(), key.data()) != 0)
        return StreamStatus::AuthenticationFailed;
    SecureBytes out(message.size() - crypto_secretstream_xchacha20poly1305_ABYTES);
    unsigned long long length = 0;
    unsigned char tag = 0;
    const int pulled = crypto_secretstream_xchacha20poly1305_pull(
        &state, out.data(), &length, &tag, message.data(), message.size(), nullptr, 0);
    sodium_memzero(&state, sizeof state);  // it holds the stream's subkey
    if (pulled != 0)
        return StreamStatus::AuthenticationFailed;
    // One message holds the whole export; FINAL is what a complete stream ends with. Some
    // writers tag a single message MESSAGE, which says nothing is missing either.
    if (tag != crypto_secretstream_xchacha20poly1305_TAG_FINAL &&
        tag != crypto_secretstream_xchacha20poly1305_TAG_MESSAGE)
        return StreamStatus::NotFinal;
    out.resize(static_cast<std::size_t>(length));
    plaintext = std::move(out);
    return StreamStatus::Ok;
}

}  // namespace otp::interop::detail
