#include "twofas_encrypted.h"

#include <array>
#include <string>

#include "codec.h"
#include "password_crypto.h"
#include "vault/aes_gcm.h"

namespace otp::interop::detail {

namespace {

constexpr std::uint32_t kIterations = 10'000;
constexpr std::size_t kKeySize = 32;
constexpr std::size_t kIvSize = 12;
constexpr std::size_t kTagSize = 16;

Error structure(std::string message)
{
    return Error{ErrorCode::ImportBadStructure, "2FAS backup: " + std::move(message)};
}

}  // namespace

Result<SecureBytes> decryptTwoFasServices(std::string_view field, const SecureString* passphrase)
{
    std::array<std::string_view, 3> parts;
    std::size_t count = 0;
    while (count < parts.size()) {
        const std::size_t colon = field.find(':');
        parts[count++] = field.substr(0, colon);
        if (colon == std::string_view::npos) {
            field = {};
            break;
        }
        field.remove_prefix(colon + 1);
    }
    if (count != parts.size() || !field.empty())
        return structure("\"servicesEncrypted\" must be ciphertext:salt:iv");
    auto sealed = base64Decode(parts[0]);
    auto salt = base64Decode(parts[1]);
    auto iv = base64Decode(parts[2]);
    if (!sealed || !salt || !iv)
        return structure("\"servicesEncrypted\" is not valid base64");
    if (salt->empty() || iv->size() != kIvSize)
        return structure("\"servicesEncrypted\" needs a salt and a 12-byte IV");
    if (sealed->size() < kTagSize)
        return Error{ErrorCode::ImportTruncated, "2FAS backup: the encrypted services are only " +
                                                     std::to_string(sealed->size()) + " bytes"};
    if (passphrase == nullptr)
        return Error{ErrorCode::ImportPassphraseRequired,
                     "this 2FAS backup is password-protected: its password is needed"};
    auto key = pbkdf2(*passphrase, *salt, kIterations, Pbkdf2Hash::Sha256, kKeySize);
    if (!key)
        return key.error();
    SecureBytes plain;
    const auto status = vault::detail::aesGcmOpen(*key, *iv, {}, *sealed, plain);
    if (status == vault::detail::OpenStatus::CryptoFailure)
        return Error{ErrorCode::VaultCrypto, "2FAS backup: AES-GCM failed"};
    if (status == vault::detail::OpenStatus::AuthenticationFailed)
        return Error{ErrorCode::ImportWrongPassphrase,
                     "the password does not open this 2FAS backup (or the file was changed)"};
    return plain;
}

}  // namespace otp::interop::detail
