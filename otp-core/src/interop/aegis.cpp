#include "otp/interop/aegis.h"

#include <array>
#include <string>
#include <utility>
#include <vector>

#include "codec.h"
#include "entry.h"
#include "json_fields.h"
#include "otp/base32.h"
#include "otp/interop/import_limits.h"
#include "otp/interop/json.h"
#include "vault/aes_gcm.h"

namespace otp::interop {

namespace {

using json::Value;

constexpr std::int64_t kMaxDbVersion = 3;
constexpr int kPasswordSlot = 1;

Error structure(std::string message)
{
    return Error{ErrorCode::ImportBadStructure, "Aegis export: " + std::move(message)};
}

bool isPlainHeader(const Value& header)
{
    const Value* slots = header.find("slots");
    const Value* params = header.find("params");
    return (slots == nullptr || slots->isNull()) && (params == nullptr || params->isNull());
}

Result<KeyUri> entryToken(const Value& entry, std::string& label)
{
    if (!entry.isObject())
        return Error{ErrorCode::ImportBadStructure, "the entry is not an object"};
    detail::FieldReader fields(entry);
    const std::string type = fields.string("type");
    KeyUri uri;
    uri.account = fields.string("name");
    uri.issuer = fields.string("issuer");
    label = entryLabel(uri.issuer, uri.account);
    if (!fields.ok())
        return Error{ErrorCode::ImportBadStructure, fields.error()};
    if (type == "hotp") {
        uri.type = OtpType::Hotp;
    } else if (type == "totp") {
        uri.type = OtpType::Totp;
    } else if (type == "steam") {
        uri.type = OtpType::Totp;
        uri.codeFormat = CodeFormat::Steam;
    } else if (type == "yandex" || type == "motp") {
        return Error{ErrorCode::UriUnknownType, type + " tokens are not supported"};
    } else {
        return Error{ErrorCode::UriUnknownType, "unknown token type \"" + type + "\""};
    }
    const Value* info = fields.object("info");
    if (info == nullptr)
        return Error{ErrorCode::ImportBadStructure,
                     fields.ok() ? "the entry has no \"info\"" : fields.error()};
    detail::FieldReader in(*info);
    const Value* secret = in.requiredString("secret");
    const std::string algo = in.string("algo", "SHA1");
    const std::int64_t digits = in.integer("digits", 6);
    const std::int64_t period = in.integer("period", 30);
    const std::int64_t counter = in.integer("counter", 0);
    if (!in.ok())
        return Error{ErrorCode::ImportBadStructure, "info: " + in.error()};
    auto algorithm = detail::algorithmFromName(algo);
    if (!algorithm)
        return algorithm.error();
    uri.algorithm = *algorithm;
    auto bytes = base32Decode(secret->text());
    if (!bytes)
        return Error{bytes.error().code, "secret: " + bytes.error().message};
    uri.secret = std::move(bytes).value();
    if (digits < 1 || digits > 100 || period < 0 || period > 1'000'000'000 || counter < 0)
        return Error{ErrorCode::ImportBadStructure, "digits, period or counter out of range"};
    uri.digits = static_cast<int>(digits);
    uri.period = static_cast<int>(period);
    uri.counter = static_cast<std::uint64_t>(counter);
    return detail::finishEntry(std::move(uri));
}

Result<ImportResult> readContent(const Value& db, ImportFormat format)
{
    if (!db.isObject())
        return structure("\"db\" must be an object");
    detail::FieldReader fields(db);
    const std::int64_t version = fields.integer("version", 1);
    const Value* entries = fields.array("entries");
    if (!fields.ok())
        return structure("db: " + fields.error());
    if (version < 1 || version > kMaxDbVersion)
        return Error{ErrorCode::ImportUnsupportedFile,
                     "Aegis export: db version " + std::to_string(version) +
                         " is not supported (1 to " + std::to_string(kMaxDbVersion) + ")"};
    if (entries == nullptr)
        return structure("db has no \"entries\" array");
    if (entries->items().size() > kMaxImportEntries)
        return detail::tooManyEntries();
    ImportResult result;
    result.format = format;
    std::size_t position = 0;
    for (const Value& entry : entries->items()) {
        std::string label;
        auto token = entryToken(entry, label);
        detail::addEntry(result, ++position, std::move(token), label);
    }
    return result;
}

std::optional<SecureBytes> hexField(detail::FieldReader& fields, std::string_view key,
                                    std::size_t size)
{
    const Value* v = fields.requiredString(key);
    if (v == nullptr)
        return std::nullopt;
    auto bytes = detail::hexDecode(v->text());
    if (!bytes || (size != 0 && bytes->size() != size))
        return std::nullopt;
    return bytes;
}

// A password slot's scrypt cost, checked against our ceiling without running anything.
Result<vault::ScryptParams> slotScrypt(const Value& slot)
{
    detail::FieldReader fields(slot);
    const std::int64_t n = fields.integer("n", 0);
    const std::int64_t r = fields.integer("r", 0);
    const std::int64_t p = fields.integer("p", 0);
    if (!fields.ok())
        return structure("password slot: " + fields.error());
    int log2N = 0;
    while (log2N < 63 && (std::int64_t{1} << log2N) < n)
        ++log2N;
    if (n < 2 || (std::int64_t{1} << log2N) != n || r < 1 || p < 1)
        return structure("password slot: scrypt n must be a power of 2, r and p positive");
    vault::ScryptParams params;
    if (r > 0xFFFFFFFF || p > 0xFFFFFFFF ||
        !vault::scryptParamsAcceptable({static_cast<std::uint8_t>(log2N),
                                        static_cast<std::uint32_t>(r),
                                        static_cast<std::uint32_t>(p)}))
        return Error{ErrorCode::ImportKdfTooCostly,
                     "Aegis export: scrypt parameters n=" + std::to_string(n) + " r=" +
                         std::to_string(r) + " p=" + std::to_string(p) + " are beyond our limits"};
    params.log2N = static_cast<std::uint8_t>(log2N);
    params.r = static_cast<std::uint32_t>(r);
    params.p = static_cast<std::uint32_t>(p);
    return params;
}

// Opens one password slot whose cost slotScrypt() accepted. A structural error, or an empty
// key if the password does not open it.
Result<SecureBytes> openSlot(const Value& slot, const vault::ScryptParams& params,
                             const SecureString& password)
{
    detail::FieldReader fields(slot);
    auto salt = hexField(fields, "salt", 0);
    auto wrapped = hexField(fields, "key", vault::kKeySize);
    const Value* keyParams = fields.object("key_params");
    if (!fields.ok())
        return structure("password slot: " + fields.error());
    if (!salt || !wrapped || keyParams == nullptr)
        return structure("password slot: salt, key or key_params missing or not hex");
    detail::FieldReader kp(*keyParams);
    auto nonce = hexField(kp, "nonce", vault::kNonceSize);
    auto tag = hexField(kp, "tag", vault::kTagSize);
    if (!nonce || !tag)
        return structure("password slot: key_params nonce or tag missing or malformed");
    auto key = vault::deriveScryptKey(password, *salt, params);
    if (!key)
        return key.error();
    SecureBytes sealed(wrapped->begin(), wrapped->end());
    sealed.insert(sealed.end(), tag->begin(), tag->end());
    SecureBytes master;
    const auto status = vault::detail::aesGcmOpen(*key, *nonce, {}, sealed, master);
    if (status == vault::detail::OpenStatus::CryptoFailure)
        return Error{ErrorCode::VaultCrypto, "Aegis export: AES-GCM failed"};
    return master;  // empty if the password does not open this slot
}

Result<ImportResult> readEncrypted(const Value& header, const Value& db,
                                   const SecureString* password)
{
    if (!db.isString())
        return structure("an encrypted \"db\" must be a base64 string");
    detail::FieldReader fields(header);
    const Value* slots = fields.array("slots");
    const Value* params = fields.object("params");
    if (!fields.ok() || slots == nullptr || params == nullptr)
        return structure("header needs \"slots\" and \"params\"" +
                         (fields.ok() ? std::string() : ": " + fields.error()));
    detail::FieldReader pf(*params);
    auto nonce = hexField(pf, "nonce", vault::kNonceSize);
    auto tag = hexField(pf, "tag", vault::kTagSize);
    if (!nonce || !tag)
        return structure("header.params nonce or tag missing or malformed");
    auto ciphertext = detail::base64Decode(db.text());
    if (!ciphertext)
        return structure("\"db\" is not valid base64");

    // Every slot's cost is checked before the first derivation, so a file cannot make us run a
    // few cheap slots and then stop on a costly one, nor run many: the total work is at most
    // kMaxPasswordSlots derivations at the scrypt ceiling.
    std::vector<std::pair<const Value*, vault::ScryptParams>> passwordSlots;
    for (const Value& slot : slots->items()) {
        if (!slot.isObject() || slot.find("type") == nullptr ||
            slot.find("type")->integer() != kPasswordSlot)
            continue;
        if (passwordSlots.size() == kMaxPasswordSlots)
            return Error{ErrorCode::ImportTooManySlots, "Aegis export: more than " +
                                                            std::to_string(kMaxPasswordSlots) +
                                                            " password slots"};
        auto cost = slotScrypt(slot);
        if (!cost)
            return cost.error();
        passwordSlots.emplace_back(&slot, *cost);
    }
    if (passwordSlots.empty())
        return Error{ErrorCode::ImportUnsupportedFile,
                     "Aegis export: no password slot (only biometric or raw-key slots)"};
    if (password == nullptr)
        return Error{ErrorCode::ImportPassphraseRequired,
                     "this Aegis export is encrypted: its password is needed"};
    SecureBytes master;
    for (const auto& [slot, cost] : passwordSlots) {
        auto opened = openSlot(*slot, cost, *password);
        if (!opened)
            return opened.error();
        if (!opened->empty()) {
            master = std::move(opened).value();
            break;
        }
    }
    if (master.empty())
        return Error{ErrorCode::ImportWrongPassphrase,
                     "the password does not open this Aegis export"};
    ciphertext->insert(ciphertext->end(), tag->begin(), tag->end());
    SecureBytes plaintext;
    const auto status = vault::detail::aesGcmOpen(master, *nonce, {}, *ciphertext, plaintext);
    if (status == vault::detail::OpenStatus::CryptoFailure)
        return Error{ErrorCode::VaultCrypto, "Aegis export: AES-GCM failed"};
    if (status == vault::detail::OpenStatus::AuthenticationFailed)
        return structure("the encrypted db does not match its tag (the file was changed)");
    auto content = json::parse({reinterpret_cast<const char*>(plaintext.data()), plaintext.size()});
    if (!content)
        return Error{ErrorCode::ImportBadJson, "Aegis db: " + content.error().message};
    return readContent(*content, ImportFormat::AegisEncrypted);
}

}  // namespace

bool isEncryptedAegis(std::string_view text)
{
    auto root = json::parse(text);
    if (!root || !root->isObject())
        return false;
    const Value* header = root->find("header");
    const Value* db = root->find("db");
    return header != nullptr && header->isObject() && !isPlainHeader(*header) && db != nullptr &&
           db->isString();
}

Result<ImportResult> parseAegisJson(std::string_view text, const SecureString* password)
{
    auto root = json::parse(text);
    if (!root)
        return root.error();
    if (!root->isObject())
        return structure("the top level must be an object");
    detail::FieldReader fields(*root);
    const std::int64_t version = fields.integer("version", 0);
    const Value* header = fields.object("header");
    const Value* db = root->find("db");
    if (!fields.ok())
        return structure(fields.error());
    if (header == nullptr || db == nullptr)
        return structure("needs \"version\", \"header\" and \"db\"");
    if (version != 1)
        return Error{ErrorCode::ImportUnsupportedFile,
                     "Aegis export: version " + std::to_string(version) + " is not supported (1)"};
    if (isPlainHeader(*header))
        return readContent(*db, ImportFormat::AegisPlain);
    return readEncrypted(*header, *db, password);
}

Result<SecureString> formatAegisPlainJson(const std::vector<KeyUri>& tokens,
                                          const vault::RandomSource& random)
{
    SecureString out;
    out.append(
        R"({"version":1,"header":{"slots":null,"params":null},"db":{"version":1,"entries":[)");
    bool first = true;
    for (const KeyUri& t : tokens) {
        std::array<std::uint8_t, 16> id{};
        if (auto ok = random(id); !ok)
            return ok.error();
        id[6] = static_cast<std::uint8_t>((id[6] & 0x0Fu) | 0x40u);  // UUID version 4
        id[8] = static_cast<std::uint8_t>((id[8] & 0x3Fu) | 0x80u);  // RFC 4122 variant
        const SecureString hex = detail::hexEncode(id);
        const std::string_view h = hex.view();
        std::string uuid = std::string(h.substr(0, 8)) + "-" + std::string(h.substr(8, 4)) + "-" +
                           std::string(h.substr(12, 4)) + "-" + std::string(h.substr(16, 4)) + "-" +
                           std::string(h.substr(20));
        if (!first)
            out.push_back(',');
        first = false;
        out.append(R"({"type":)");
        out.append(t.type == OtpType::Hotp             ? R"("hotp")"
                   : t.codeFormat == CodeFormat::Steam ? R"("steam")"
                                                       : R"("totp")");
        out.append(R"(,"uuid":")");
        out.append(uuid);
        out.append(R"(","name":)");
        json::appendString(out, t.account);
        out.append(R"(,"issuer":)");
        json::appendString(out, t.issuer);
        out.append(R"(,"note":"","favorite":false,"icon":null,"info":{"secret":")");
        const SecureString secret = base32Encode(t.secret);
        out.append(secret.view());
        out.append(R"(","algo":")");
        out.append(algorithmName(t.algorithm));
        out.append(R"(","digits":)");
        out.append(std::to_string(t.digits));
        if (t.type == OtpType::Hotp) {
            out.append(R"(,"counter":)");
            out.append(std::to_string(t.counter));
        } else {
            out.append(R"(,"period":)");
            out.append(std::to_string(t.period));
        }
        out.append("}}");
    }
    out.append("]}}\n");
    return out;
}

}  // namespace otp::interop
