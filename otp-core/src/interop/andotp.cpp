#include "otp/interop/andotp.h"

#include <string>

#include "entry.h"
#include "json_fields.h"
#include "otp/base32.h"
#include "otp/interop/import_limits.h"
#include "otp/interop/json.h"
#include "password_crypto.h"
#include "vault/aes_gcm.h"

namespace otp::interop {

namespace {

using json::Value;

constexpr std::size_t kIterationsSize = 4;
constexpr std::size_t kSaltSize = 12;
constexpr std::size_t kIvSize = 12;
constexpr std::size_t kTagSize = 16;
constexpr std::size_t kHeaderSize = kIterationsSize + kSaltSize + kIvSize;

Result<KeyUri> entryToken(const Value& entry, std::string& label)
{
    if (!entry.isObject())
        return Error{ErrorCode::ImportBadStructure, "the entry is not an object"};
    detail::FieldReader f(entry);
    KeyUri uri;
    uri.issuer = f.string("issuer");
    uri.account = f.string("label");
    const std::string type = f.string("type", "TOTP");
    const std::string algo = f.string("algorithm", "SHA1");
    const std::int64_t digits = f.integer("digits", 6);
    const std::int64_t period = f.integer("period", 30);
    const std::int64_t counter = f.integer("counter", 0);
    const Value* secret = f.requiredString("secret");
    // Backups of old versions have no issuer and keep "Issuer:account" in the label.
    detail::splitLabel(uri.issuer, uri.account);
    label = entryLabel(uri.issuer, uri.account);
    if (!f.ok())
        return Error{ErrorCode::ImportBadStructure, f.error()};
    if (type == "TOTP") {
        uri.type = OtpType::Totp;
    } else if (type == "HOTP") {
        uri.type = OtpType::Hotp;
    } else if (type == "STEAM") {
        uri.type = OtpType::Totp;
        uri.codeFormat = CodeFormat::Steam;
    } else if (type == "MOTP") {
        return Error{ErrorCode::UriUnknownType, "mOTP tokens are not supported"};
    } else {
        return Error{ErrorCode::UriUnknownType,
                     "unknown token type \"" + type.substr(0, 20) + "\""};
    }
    auto algorithm = detail::algorithmFromName(algo);
    if (!algorithm)
        return algorithm.error();
    uri.algorithm = *algorithm;
    auto bytes = base32Decode(secret->text());
    if (!bytes)
        return Error{bytes.error().code, "secret: " + bytes.error().message};
    uri.secret = std::move(bytes).value();
    if (digits < 0 || digits > 100 || period < 0 || period > 1'000'000'000 || counter < 0)
        return Error{ErrorCode::ImportBadStructure, "digits, period or counter out of range"};
    uri.digits = static_cast<int>(digits);
    uri.period = static_cast<int>(period);
    uri.counter = static_cast<std::uint64_t>(counter);
    return detail::finishEntry(std::move(uri));
}

Result<ImportResult> readEntries(const Value& root, ImportFormat format)
{
    if (!root.isArray())
        return Error{ErrorCode::ImportBadStructure,
                     "andOTP backup: the top level must be an array"};
    if (root.items().size() > kMaxImportEntries)
        return detail::tooManyEntries();
    ImportResult result;
    result.format = format;
    std::size_t position = 0;
    for (const Value& entry : root.items()) {
        std::string label;
        auto token = entryToken(entry, label);
        detail::addEntry(result, ++position, std::move(token), label);
    }
    return result;
}

std::uint32_t iterationsOf(std::span<const std::uint8_t> bytes)
{
    return (std::uint32_t{bytes[0]} << 24) | (std::uint32_t{bytes[1]} << 16) |
           (std::uint32_t{bytes[2]} << 8) | std::uint32_t{bytes[3]};
}

}  // namespace

Result<ImportResult> parseAndOtpJson(std::string_view text)
{
    auto root = json::parse(text);
    if (!root)
        return root.error();
    return readEntries(*root, ImportFormat::AndOtpPlain);
}

bool looksLikeEncryptedAndOtp(std::span<const std::uint8_t> bytes)
{
    return bytes.size() >= kIterationsSize && bytes[0] == 0 && iterationsOf(bytes) > 0;
}

Result<ImportResult> parseAndOtpEncrypted(std::span<const std::uint8_t> bytes,
                                          const SecureString* passphrase)
{
    if (bytes.size() < kHeaderSize + kTagSize)
        return Error{ErrorCode::ImportTruncated,
                     "andOTP backup: " + std::to_string(bytes.size()) +
                         " bytes, fewer than its header and tag need (44)"};
    const std::uint32_t iterations = iterationsOf(bytes);
    if (iterations == 0)
        return Error{ErrorCode::ImportBadStructure, "andOTP backup: 0 PBKDF2 iterations"};
    if (iterations > kMaxPbkdf2Iterations)
        return Error{ErrorCode::ImportKdfTooCostly,
                     "andOTP backup: " + std::to_string(iterations) +
                         " PBKDF2 iterations is beyond our limit of " +
                         std::to_string(kMaxPbkdf2Iterations)};
    if (passphrase == nullptr)
        return Error{ErrorCode::ImportPassphraseRequired,
                     "this andOTP backup is encrypted: its password is needed"};
    const auto salt = bytes.subspan(kIterationsSize, kSaltSize);
    const auto iv = bytes.subspan(kIterationsSize + kSaltSize, kIvSize);
    auto key = detail::pbkdf2(*passphrase, salt, iterations, detail::Pbkdf2Hash::Sha1, 32);
    if (!key)
        return key.error();
    SecureBytes plain;
    const auto status = vault::detail::aesGcmOpen(*key, iv, {}, bytes.subspan(kHeaderSize), plain);
    if (status == vault::detail::OpenStatus::CryptoFailure)
        return Error{ErrorCode::VaultCrypto, "andOTP backup: AES-GCM failed"};
    if (status == vault::detail::OpenStatus::AuthenticationFailed)
        return Error{ErrorCode::ImportWrongPassphrase,
                     "the password does not open this andOTP backup (or the file was changed "
                     "or cut short)"};
    auto root = json::parse({reinterpret_cast<const char*>(plain.data()), plain.size()});
    if (!root)
        return Error{ErrorCode::ImportBadJson, "andOTP backup, decrypted: " + root.error().message};
    return readEntries(*root, ImportFormat::AndOtpEncrypted);
}

}  // namespace otp::interop
