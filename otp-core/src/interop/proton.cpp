#include "otp/interop/proton.h"

#include <string>

#include "codec.h"
#include "entry.h"
#include "json_fields.h"
#include "otp/interop/import_limits.h"
#include "otp/interop/json.h"
#include "password_crypto.h"
#include "vault/aes_gcm.h"

namespace otp::interop {

namespace {

using json::Value;

// Fixed by the app (its password exporter), not stored in the file: Argon2id, 19 MiB, 2 passes,
// one lane, a 16-byte salt; AES-256-GCM with a 12-byte nonce before the ciphertext and this
// associated data.
constexpr std::uint64_t kArgon2Memory = std::uint64_t{19} * 1024 * 1024;
constexpr std::uint64_t kArgon2Passes = 2;
constexpr std::size_t kSaltSize = 16;
constexpr std::size_t kNonceSize = 12;
constexpr std::size_t kTagSize = 16;
constexpr std::string_view kAssociatedData = "proton.authenticator.export.v1";

Error structure(std::string message)
{
    return Error{ErrorCode::ImportBadStructure,
                 "Proton Authenticator export: " + std::move(message)};
}

Result<void> checkVersion(detail::FieldReader& fields)
{
    const std::int64_t version = fields.integer("version", 0);
    if (!fields.ok())
        return structure(fields.error());
    if (version != 1)
        return Error{ErrorCode::ImportUnsupportedFile, "Proton Authenticator export: version " +
                                                           std::to_string(version) +
                                                           " is not supported (1)"};
    return {};
}

Result<KeyUri> entryToken(const Value& entry, std::string& label)
{
    if (!entry.isObject())
        return Error{ErrorCode::ImportBadStructure, "the entry is not an object"};
    detail::FieldReader fields(entry);
    const Value* content = fields.object("content");
    if (content == nullptr)
        return Error{ErrorCode::ImportBadStructure,
                     fields.ok() ? "the entry has no \"content\"" : fields.error()};
    detail::FieldReader c(*content);
    const std::string name = c.string("name");
    const std::string type = c.string("entry_type", "Totp");
    const Value* uri = c.requiredString("uri");
    label = name;
    if (!c.ok())
        return Error{ErrorCode::ImportBadStructure, "content: " + c.error()};
    if (type != "Totp" && type != "Steam")
        return Error{ErrorCode::UriUnknownType,
                     "unknown entry type \"" + type.substr(0, 20) + "\""};
    auto token = detail::tokenFromUri(uri->text(), name);
    if (token)
        label = entryLabel(token->issuer, token->account);
    return token;
}

Result<ImportResult> readPlain(const Value& root)
{
    detail::FieldReader fields(root);
    if (auto ok = checkVersion(fields); !ok)
        return ok.error();
    const Value* entries = fields.array("entries");
    if (entries == nullptr)
        return structure(fields.ok() ? "needs an \"entries\" array" : fields.error());
    if (entries->items().size() > kMaxImportEntries)
        return detail::tooManyEntries();
    ImportResult result;
    result.format = ImportFormat::ProtonPlain;
    std::size_t position = 0;
    for (const Value& entry : entries->items()) {
        std::string label;
        auto token = entryToken(entry, label);
        detail::addEntry(result, ++position, std::move(token), label);
    }
    return result;
}

Result<ImportResult> readEncrypted(const Value& root, const SecureString* passphrase)
{
    detail::FieldReader fields(root);
    if (auto ok = checkVersion(fields); !ok)
        return ok.error();
    const Value* saltText = fields.requiredString("salt");
    const Value* contentText = fields.requiredString("content");
    if (!fields.ok())
        return structure(fields.error());
    auto salt = detail::base64Decode(saltText->text());
    auto sealed = detail::base64Decode(contentText->text());
    if (!salt || salt->size() != kSaltSize)
        return structure("\"salt\" must be 16 bytes in base64");
    if (!sealed)
        return structure("\"content\" is not valid base64");
    if (sealed->size() < kNonceSize + kTagSize)
        return Error{ErrorCode::ImportTruncated,
                     "Proton Authenticator export: the encrypted content is only " +
                         std::to_string(sealed->size()) + " bytes"};
    if (passphrase == nullptr)
        return Error{ErrorCode::ImportPassphraseRequired,
                     "this Proton Authenticator export is encrypted: its password is needed"};
    auto key = detail::argon2id(*passphrase, *salt, kArgon2Passes, kArgon2Memory, 32);
    if (!key)
        return key.error();
    const std::span<const std::uint8_t> all(*sealed);
    const auto aad = std::span(reinterpret_cast<const std::uint8_t*>(kAssociatedData.data()),
                               kAssociatedData.size());
    SecureBytes plain;
    const auto status =
        vault::detail::aesGcmOpen(*key, all.first(kNonceSize), aad, all.subspan(kNonceSize), plain);
    if (status == vault::detail::OpenStatus::CryptoFailure)
        return Error{ErrorCode::VaultCrypto, "Proton Authenticator export: AES-GCM failed"};
    if (status == vault::detail::OpenStatus::AuthenticationFailed)
        return Error{ErrorCode::ImportWrongPassphrase,
                     "the password does not open this Proton Authenticator export (or the file "
                     "was changed)"};
    auto inner = json::parse({reinterpret_cast<const char*>(plain.data()), plain.size()});
    if (!inner)
        return Error{ErrorCode::ImportBadJson,
                     "Proton Authenticator export, decrypted: " + inner.error().message};
    if (!inner->isObject())
        return structure("the decrypted content must be an object");
    auto result = readPlain(*inner);
    if (result)
        result->format = ImportFormat::ProtonEncrypted;
    return result;
}

}  // namespace

Result<ImportResult> parseProtonJson(std::string_view text, const SecureString* passphrase)
{
    auto root = json::parse(text);
    if (!root)
        return root.error();
    if (!root->isObject())
        return structure("the top level must be an object");
    if (root->find("entries") != nullptr)
        return readPlain(*root);
    return readEncrypted(*root, passphrase);
}

}  // namespace otp::interop
