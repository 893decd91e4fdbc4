#include "otp/interop/ente.h"

#include <string>

#include "codec.h"
#include "json_fields.h"
#include "otp/interop/app_backups.h"
#include "otp/interop/import_limits.h"
#include "otp/interop/json.h"
#include "password_crypto.h"

namespace otp::interop {

namespace {

using json::Value;

// libsodium's crypto_pwhash floor for Argon2id (crypto_pwhash_argon2id_MEMLIMIT_MIN and
// OPSLIMIT_MIN): below them it refuses, so say so before asking.
constexpr std::int64_t kMinMemory = 8192;
constexpr std::int64_t kMinPasses = 1;
constexpr std::size_t kSaltSize = 16;

Error structure(std::string message)
{
    return Error{ErrorCode::ImportBadStructure, "Ente Auth export: " + std::move(message)};
}

struct Argon2Cost {
    std::uint64_t memoryBytes = 0;
    std::uint64_t passes = 0;
};

// The file's Argon2id parameters, refused when costlier than our ceiling: nothing is
// allocated or run for them.
Result<Argon2Cost> readCost(detail::FieldReader& kdf)
{
    const std::int64_t memory = kdf.integer("memLimit", -1);
    const std::int64_t passes = kdf.integer("opsLimit", -1);
    if (!kdf.ok())
        return structure("kdfParams: " + kdf.error());
    if (memory < kMinMemory || passes < kMinPasses)
        return structure("kdfParams: memLimit must be at least 8192 and opsLimit at least 1");
    const auto m = static_cast<std::uint64_t>(memory);
    const auto p = static_cast<std::uint64_t>(passes);
    if (m > kMaxArgon2MemoryBytes || p > kMaxArgon2Work / m)
        return Error{ErrorCode::ImportKdfTooCostly,
                     "Ente Auth export: Argon2id memLimit=" + std::to_string(memory) +
                         " opsLimit=" + std::to_string(passes) + " is beyond our limits"};
    return Argon2Cost{m, p};
}

}  // namespace

Result<ImportResult> parseEnteEncrypted(std::string_view text, const SecureString* passphrase)
{
    auto root = json::parse(text);
    if (!root)
        return root.error();
    if (!root->isObject())
        return structure("the top level must be an object");
    detail::FieldReader fields(*root);
    const std::int64_t version = fields.integer("version", 0);
    const Value* kdfParams = fields.object("kdfParams");
    const Value* data = fields.requiredString("encryptedData");
    const Value* nonce = fields.requiredString("encryptionNonce");
    if (!fields.ok())
        return structure(fields.error());
    if (version != 1)
        return Error{ErrorCode::ImportUnsupportedFile, "Ente Auth export: version " +
                                                           std::to_string(version) +
                                                           " is not supported (1)"};
    if (kdfParams == nullptr)
        return structure("needs \"kdfParams\"");
    detail::FieldReader kdf(*kdfParams);
    auto cost = readCost(kdf);
    if (!cost)
        return cost.error();
    const Value* saltText = kdf.requiredString("salt");
    if (!kdf.ok())
        return structure("kdfParams: " + kdf.error());
    auto salt = detail::base64Decode(saltText->text());
    auto header = detail::base64Decode(nonce->text());
    auto message = detail::base64Decode(data->text());
    if (!salt || salt->size() != kSaltSize)
        return structure("kdfParams.salt must be 16 bytes in base64");
    if (!header || header->size() != detail::kSecretstreamHeaderSize)
        return structure("\"encryptionNonce\" must be 24 bytes in base64");
    if (!message)
        return structure("\"encryptedData\" is not valid base64");
    if (message->size() < detail::kSecretstreamOverhead)
        return Error{ErrorCode::ImportTruncated, "Ente Auth export: the encrypted data is only " +
                                                     std::to_string(message->size()) + " bytes"};
    if (passphrase == nullptr)
        return Error{ErrorCode::ImportPassphraseRequired,
                     "this Ente Auth export is encrypted: its password is needed"};
    auto key = detail::argon2id(*passphrase, *salt, cost->passes, cost->memoryBytes, 32);
    if (!key)
        return key.error();
    SecureBytes plain;
    switch (detail::secretstreamOpen(*key, *header, *message, plain)) {
    case detail::StreamStatus::Ok: break;
    case detail::StreamStatus::AuthenticationFailed:
        return Error{ErrorCode::ImportWrongPassphrase,
                     "the password does not open this Ente Auth export (or the file was changed)"};
    case detail::StreamStatus::NotFinal:
        return Error{ErrorCode::ImportTruncated,
                     "Ente Auth export: the encrypted data stops before its final part"};
    }
    ImportResult result = parseUriList({reinterpret_cast<const char*>(plain.data()), plain.size()});
    result.format = ImportFormat::EnteEncrypted;
    return result;
}

}  // namespace otp::interop
