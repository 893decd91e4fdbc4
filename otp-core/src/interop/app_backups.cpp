#include "otp/interop/app_backups.h"

#include <string>

#include "entry.h"
#include "json_fields.h"
#include "otp/base32.h"
#include "otp/interop/ga_migration.h"
#include "otp/interop/json.h"
#include "percent_encoding.h"
#include "twofas_encrypted.h"

namespace otp::interop {

namespace {

using json::Value;

Result<void> checkRange(std::int64_t digits, std::int64_t period, std::int64_t counter)
{
    if (digits < 0 || digits > 100 || period < 0 || period > 1'000'000'000 || counter < 0)
        return Error{ErrorCode::ImportBadStructure, "digits, period or counter out of range"};
    return {};
}

Result<KeyUri> freeOtpToken(const Value& entry, std::string& label)
{
    if (!entry.isObject())
        return Error{ErrorCode::ImportBadStructure, "the entry is not an object"};
    detail::FieldReader f(entry);
    KeyUri uri;
    uri.issuer = f.string("issuerExt");
    uri.account = f.string("label");
    const std::string type = f.string("type", "TOTP");
    const std::string algo = f.string("algo", "SHA1");
    const std::int64_t digits = f.integer("digits", 6);
    const std::int64_t period = f.integer("period", 30);
    const std::int64_t counter = f.integer("counter", 0);
    const Value* secret = f.array("secret");
    detail::splitLabel(uri.issuer, uri.account);
    label = entryLabel(uri.issuer, uri.account);
    if (!f.ok())
        return Error{ErrorCode::ImportBadStructure, f.error()};
    if (type == "HOTP" || type == "hotp")
        uri.type = OtpType::Hotp;
    else if (type == "TOTP" || type == "totp")
        uri.type = OtpType::Totp;
    else
        return Error{ErrorCode::UriUnknownType,
                     "unknown token type \"" + type.substr(0, 20) + "\""};
    // FreeOTP+ has no Steam type: it shows Steam's codes for every TOTP token whose issuer is
    // exactly "Steam", and so does SoftToken for its entries.
    if (uri.type == OtpType::Totp && uri.issuer == "Steam")
        uri.codeFormat = CodeFormat::Steam;
    auto algorithm = detail::algorithmFromName(algo);
    if (!algorithm)
        return algorithm.error();
    uri.algorithm = *algorithm;
    if (secret == nullptr)
        return Error{ErrorCode::UriMissingSecret, "the entry has no \"secret\" byte array"};
    for (const Value& b : secret->items()) {
        const auto v = b.integer();
        if (!v || *v < -128 || *v > 255)
            return Error{ErrorCode::ImportBadStructure,
                         "\"secret\" must hold byte values (-128 to 255)"};
        uri.secret.push_back(static_cast<std::uint8_t>(*v & 0xFF));
    }
    if (auto ok = checkRange(digits, period, counter); !ok)
        return ok.error();
    uri.digits = static_cast<int>(digits);
    uri.period = static_cast<int>(period);
    uri.counter = static_cast<std::uint64_t>(counter);
    return detail::finishEntry(std::move(uri));
}

Result<KeyUri> twoFasToken(const Value& entry, std::string& label)
{
    if (!entry.isObject())
        return Error{ErrorCode::ImportBadStructure, "the entry is not an object"};
    detail::FieldReader f(entry);
    const std::string name = f.string("name");
    const Value* secret = f.requiredString("secret");
    const Value* otp = f.object("otp");
    label = name;
    if (!f.ok())
        return Error{ErrorCode::ImportBadStructure, f.error()};
    static const Value kEmpty = Value::makeObject({});
    detail::FieldReader o(otp != nullptr ? *otp : kEmpty);
    KeyUri uri;
    uri.issuer = o.string("issuer", name);
    uri.account = o.string("account");
    if (uri.account.empty()) {
        // Older backups keep "Issuer:account" in the label.
        std::string fromLabel = o.string("label");
        std::string issuer = uri.issuer;
        detail::splitLabel(issuer, fromLabel);
        if (issuer == uri.issuer)
            uri.account = fromLabel;
    }
    const std::string type = o.string("tokenType", "TOTP");
    const std::string algo = o.string("algorithm", "SHA1");
    const std::int64_t digits = o.integer("digits", 6);
    const std::int64_t period = o.integer("period", 30);
    const std::int64_t counter = o.integer("counter", 0);
    label = entryLabel(uri.issuer, uri.account);
    if (!o.ok())
        return Error{ErrorCode::ImportBadStructure, "otp: " + o.error()};
    if (type == "HOTP") {
        uri.type = OtpType::Hotp;
    } else if (type == "TOTP") {
        uri.type = OtpType::Totp;
    } else if (type == "STEAM") {
        uri.type = OtpType::Totp;
        uri.codeFormat = CodeFormat::Steam;
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
    if (auto ok = checkRange(digits, period, counter); !ok)
        return ok.error();
    uri.digits = static_cast<int>(digits);
    uri.period = static_cast<int>(period);
    uri.counter = static_cast<std::uint64_t>(counter);
    return detail::finishEntry(std::move(uri));
}

template <typename Reader>
ImportResult readEntries(const Value& entries, ImportFormat format, Reader reader)
{
    ImportResult result;
    result.format = format;
    std::size_t position = 0;
    for (const Value& entry : entries.items()) {
        std::string label;
        auto token = reader(entry, label);
        detail::addEntry(result, ++position, std::move(token), label);
    }
    return result;
}

}  // namespace

Result<ImportResult> parseFreeOtpPlusJson(std::string_view text)
{
    auto root = json::parse(text);
    if (!root)
        return root.error();
    const Value* tokens = root->isObject() ? root->find("tokens") : nullptr;
    if (tokens == nullptr || !tokens->isArray())
        return Error{ErrorCode::ImportBadStructure, "FreeOTP+ backup: needs a \"tokens\" array"};
    return readEntries(*tokens, ImportFormat::FreeOtpPlus, freeOtpToken);
}

Result<ImportResult> parseTwoFasJson(std::string_view text, const SecureString* password)
{
    auto root = json::parse(text);
    if (!root)
        return root.error();
    if (!root->isObject())
        return Error{ErrorCode::ImportBadStructure, "2FAS backup: the top level must be an object"};
    const Value* encrypted = root->find("servicesEncrypted");
    if (encrypted != nullptr && encrypted->isString() && !encrypted->text().empty()) {
        auto plain = detail::decryptTwoFasServices(encrypted->text(), password);
        if (!plain)
            return plain.error();
        auto services = json::parse({reinterpret_cast<const char*>(plain->data()), plain->size()});
        if (!services)
            return Error{ErrorCode::ImportBadJson,
                         "2FAS backup, decrypted: " + services.error().message};
        if (!services->isArray())
            return Error{ErrorCode::ImportBadStructure,
                         "2FAS backup: the decrypted services must be an array"};
        return readEntries(*services, ImportFormat::TwoFasEncrypted, twoFasToken);
    }
    const Value* services = root->find("services");
    if (services == nullptr || !services->isArray())
        return Error{ErrorCode::ImportBadStructure, "2FAS backup: needs a \"services\" array"};
    return readEntries(*services, ImportFormat::TwoFas, twoFasToken);
}

ImportResult parseUriList(std::string_view text)
{
    ImportResult result;
    result.format = ImportFormat::UriList;
    std::size_t lineNumber = 0;
    while (!text.empty() && !detail::overEntryLimit(result)) {
        const auto nl = text.find('\n');
        std::string_view line = text.substr(0, nl);
        text = nl == std::string_view::npos ? std::string_view{} : text.substr(nl + 1);
        ++lineNumber;
        line = otp::detail::trim(line, " \t\r\xEF\xBB\xBF");  // also a UTF-8 BOM on line 1
        if (line.empty() || line.front() == '#')
            continue;
        if (otp::detail::equalsIgnoreCase(line.substr(0, 20), "otpauth-migration://")) {
            auto part = parseGaMigrationUri(line);
            if (!part) {
                result.unsupported.push_back(
                    UnsupportedEntry{lineNumber, {}, part.error().message, part.error().code});
                continue;
            }
            for (KeyUri& t : part->entries.tokens)
                result.tokens.push_back(std::move(t));
            for (UnsupportedEntry& u : part->entries.unsupported) {
                u.position = lineNumber;
                result.unsupported.push_back(std::move(u));
            }
            continue;
        }
        auto uri = parseKeyUri(line);
        detail::addEntry(result, lineNumber, std::move(uri), {});
    }
    return result;
}

SecureString formatUriList(const std::vector<KeyUri>& tokens)
{
    SecureString out;
    for (const KeyUri& t : tokens) {
        const SecureString uri = formatKeyUri(t);
        out.append(uri.view());
        out.push_back('\n');
    }
    return out;
}

}  // namespace otp::interop
