#include "otp/interop/import.h"

#include <functional>
#include <string>
#include <unordered_set>

#include "entry.h"
#include "otp/interop/aegis.h"
#include "otp/interop/andotp.h"
#include "otp/interop/app_backups.h"
#include "otp/interop/bitwarden.h"
#include "otp/interop/ente.h"
#include "otp/interop/ga_migration.h"
#include "otp/interop/import_limits.h"
#include "otp/interop/json.h"
#include "otp/interop/proton.h"
#include "otp/interop/softtoken_backup.h"
#include "percent_encoding.h"

namespace otp::interop {

namespace {

std::string_view asText(std::span<const std::uint8_t> bytes)
{
    return {reinterpret_cast<const char*>(bytes.data()), bytes.size()};
}

std::string_view firstLine(std::string_view text)
{
    if (text.starts_with("\xEF\xBB\xBF"))
        text.remove_prefix(3);
    while (!text.empty()) {
        const auto nl = text.find('\n');
        std::string_view line = otp::detail::trim(text.substr(0, nl), " \t\r");
        if (!line.empty() && line.front() != '#')
            return line;
        if (nl == std::string_view::npos)
            break;
        text.remove_prefix(nl + 1);
    }
    return {};
}

}  // namespace

std::optional<ImportFormat> detectFormat(std::span<const std::uint8_t> bytes)
{
    if (looksLikeSoftTokenBackup(bytes))
        return ImportFormat::SoftTokenBackup;
    if (looksLikeEncryptedAndOtp(bytes))
        return ImportFormat::AndOtpEncrypted;
    const std::string_view text = asText(bytes);
    const std::string_view trimmed = otp::detail::trim(text, " \t\r\n\xEF\xBB\xBF");
    if (trimmed.starts_with('[')) {
        // andOTP: an array of entries, each with a "secret" and a "type".
        auto root = json::parse(trimmed);
        if (!root || !root->isArray())
            return std::nullopt;
        const auto& items = root->items();
        if (items.empty() || (items.front().isObject() && items.front().find("secret") &&
                              items.front().find("type")))
            return ImportFormat::AndOtpPlain;
        return std::nullopt;
    }
    if (trimmed.starts_with('{')) {
        auto root = json::parse(trimmed);
        if (!root || !root->isObject())
            return std::nullopt;
        const auto has = [&](std::string_view key) { return root->find(key) != nullptr; };
        const json::Value* db = root->find("db");
        if (has("header") && db != nullptr)
            return db->isString() ? ImportFormat::AegisEncrypted : ImportFormat::AegisPlain;
        if (has("tokens"))
            return ImportFormat::FreeOtpPlus;
        if (has("services") || has("servicesEncrypted")) {
            const json::Value* encrypted = root->find("servicesEncrypted");
            return encrypted != nullptr && encrypted->isString() && !encrypted->text().empty()
                       ? ImportFormat::TwoFasEncrypted
                       : ImportFormat::TwoFas;
        }
        if (has("kdfParams") && has("encryptedData"))
            return ImportFormat::EnteEncrypted;
        if (has("items"))
            return ImportFormat::BitwardenJson;
        if (has("version") && has("entries"))
            return ImportFormat::ProtonPlain;
        if (has("version") && has("salt") && has("content"))
            return ImportFormat::ProtonEncrypted;
        return std::nullopt;
    }
    if (looksLikeBitwardenCsv(text))
        return ImportFormat::BitwardenCsv;
    const std::string_view line = firstLine(text);
    if (otp::detail::equalsIgnoreCase(line.substr(0, 20), "otpauth-migration://"))
        return ImportFormat::GoogleMigration;
    if (otp::detail::equalsIgnoreCase(line.substr(0, 10), "otpauth://")) {
        // Ente Auth writes its own display settings into every link.
        return line.find("codeDisplay=") != std::string_view::npos ? ImportFormat::EntePlain
                                                                   : ImportFormat::UriList;
    }
    return std::nullopt;
}

bool needsPassphrase(ImportFormat format)
{
    switch (format) {
    case ImportFormat::SoftTokenBackup:
    case ImportFormat::AegisEncrypted:
    case ImportFormat::TwoFasEncrypted:
    case ImportFormat::ProtonEncrypted:
    case ImportFormat::EnteEncrypted:
    case ImportFormat::AndOtpEncrypted: return true;
    default: return false;
    }
}

namespace {

Result<ImportResult> parseFile(std::span<const std::uint8_t> bytes, const SecureString* passphrase)
{
    if (bytes.size() > kMaxImportBytes)
        return Error{ErrorCode::ImportTooLarge,
                     "the file is larger than " + std::to_string(kMaxImportBytes >> 20) + " MiB"};
    const auto format = detectFormat(bytes);
    if (!format) {
        const std::string_view text = otp::detail::trim(asText(bytes), " \t\r\n");
        const bool json = text.starts_with('{');
        if (json) {
            if (auto parsed = json::parse(text); !parsed)
                return parsed.error();
        }
        return Error{ErrorCode::ImportUnknownFormat,
                     json ? "a JSON file, but not an export this app can read (Aegis, FreeOTP+, "
                            "2FAS, Proton Authenticator, Ente Auth, Bitwarden, andOTP)"
                          : "not an export this app can read (a SoftToken backup, Aegis, "
                            "FreeOTP+, 2FAS, Proton Authenticator, Ente Auth, Bitwarden or "
                            "andOTP, or otpauth:// links one per line)"};
    }
    const std::string_view text = asText(bytes);
    switch (*format) {
    case ImportFormat::SoftTokenBackup: return readSoftTokenBackup(bytes, passphrase);
    case ImportFormat::AegisPlain:
    case ImportFormat::AegisEncrypted: return parseAegisJson(text, passphrase);
    case ImportFormat::FreeOtpPlus: return parseFreeOtpPlusJson(text);
    case ImportFormat::TwoFas:
    case ImportFormat::TwoFasEncrypted: return parseTwoFasJson(text, passphrase);
    case ImportFormat::ProtonPlain:
    case ImportFormat::ProtonEncrypted: return parseProtonJson(text, passphrase);
    case ImportFormat::EnteEncrypted: return parseEnteEncrypted(text, passphrase);
    case ImportFormat::BitwardenJson: return parseBitwardenJson(text);
    case ImportFormat::BitwardenCsv: return parseBitwardenCsv(text);
    case ImportFormat::AndOtpPlain: return parseAndOtpJson(text);
    case ImportFormat::AndOtpEncrypted: return parseAndOtpEncrypted(bytes, passphrase);
    case ImportFormat::EntePlain: {
        ImportResult result = parseUriList(text);
        result.format = ImportFormat::EntePlain;
        return result;
    }
    case ImportFormat::GoogleMigration: {
        // A text file of migration links (e.g. saved from several QR codes): every line must be
        // a part of the same export, and all parts must be there.
        GaBatchCollector collector;
        std::size_t lineNumber = 0;
        std::string_view rest = text;
        while (!rest.empty()) {
            const auto nl = rest.find('\n');
            std::string_view line = otp::detail::trim(rest.substr(0, nl), " \t\r\xEF\xBB\xBF");
            rest = nl == std::string_view::npos ? std::string_view{} : rest.substr(nl + 1);
            ++lineNumber;
            if (line.empty() || line.front() == '#')
                continue;
            auto added = collector.add(line);
            if (!added)
                return Error{added.error().code,
                             "line " + std::to_string(lineNumber) + ": " + added.error().message};
        }
        if (!collector.complete()) {
            const auto p = collector.progress();
            return Error{ErrorCode::ImportBatchMismatch,
                         "Google Authenticator export: only " + std::to_string(p.scanned) + " of " +
                             std::to_string(p.total) + " QR codes were given; all are needed"};
        }
        return collector.result();
    }
    case ImportFormat::UriList: return parseUriList(text);
    }
    return Error{ErrorCode::ImportUnknownFormat, "unknown format"};
}

}  // namespace

Result<ImportResult> importData(std::span<const std::uint8_t> bytes, const SecureString* passphrase)
{
    auto parsed = parseFile(bytes, passphrase);
    if (parsed && detail::overEntryLimit(*parsed))
        return detail::tooManyEntries();
    return parsed;
}

std::string_view duplicateName(Duplicate d)
{
    switch (d) {
    case Duplicate::None: return "none";
    case Duplicate::SameSecret: return "same_secret";
    case Duplicate::SameSerial: return "same_serial";
    case Duplicate::RepeatedInFile: return "repeated_in_file";
    }
    return "unknown";
}

std::size_t ImportPlan::newCount() const
{
    std::size_t n = 0;
    for (const Duplicate d : duplicates)
        n += d == Duplicate::None ? 1u : 0u;
    return n;
}

std::size_t ImportPlan::duplicateCount() const
{
    return duplicates.size() - newCount();
}

namespace {

// The secret's bytes, the whole key of the duplicate rule (see Duplicate). The views point into
// the vault and the plan, which outlive the sets below, so no secret is copied.
using SecretKey = std::string_view;

std::string_view bytesView(const SecureBytes& b)
{
    return {reinterpret_cast<const char*>(b.data()), b.size()};
}

}  // namespace

// Linear: each serial is computed once and every comparison is a hash-set lookup, so a file of
// 10,000 tokens against a vault of 10,000 takes milliseconds, not minutes.
ImportPlan planImport(ImportResult found, const vault::Vault& existing)
{
    ImportPlan plan;
    plan.found = std::move(found);
    const auto& tokens = plan.found.tokens;
    std::unordered_set<SecretKey> vaultSecrets;
    std::unordered_set<std::string_view> vaultSerials;
    vaultSecrets.reserve(existing.tokens.size());
    vaultSerials.reserve(existing.tokens.size());
    for (const auto& v : existing.tokens) {
        vaultSecrets.insert(bytesView(v.uri.secret));
        vaultSerials.insert(v.serial.compact());
    }
    std::vector<Serial> serials;
    serials.reserve(tokens.size());
    for (const KeyUri& t : tokens)
        serials.push_back(effectiveSerial(t));
    std::unordered_set<SecretKey> fileSecrets;
    std::unordered_set<std::string_view> fileSerials;
    fileSecrets.reserve(tokens.size());
    fileSerials.reserve(tokens.size());
    plan.duplicates.reserve(tokens.size());
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const SecretKey secret = bytesView(tokens[i].secret);
        const std::string_view serial = serials[i].compact();
        Duplicate d = Duplicate::None;
        if (vaultSecrets.contains(secret))
            d = Duplicate::SameSecret;
        else if (vaultSerials.contains(serial))
            d = Duplicate::SameSerial;
        // Every token of the file counts as "earlier" for the ones after it, duplicate or not.
        const bool repeated = !fileSecrets.insert(secret).second;
        const bool repeatedSerial = !fileSerials.insert(serial).second;
        if (d == Duplicate::None && (repeated || repeatedSerial))
            d = Duplicate::RepeatedInFile;
        plan.duplicates.push_back(d);
    }
    return plan;
}

DuplicateOf findDuplicate(const vault::Vault& existing, const KeyUri& token)
{
    const SecretKey secret = bytesView(token.secret);
    for (std::size_t i = 0; i < existing.tokens.size(); ++i) {
        if (bytesView(existing.tokens[i].uri.secret) == secret)
            return {Duplicate::SameSecret, static_cast<std::ptrdiff_t>(i)};
    }
    const Serial serial = effectiveSerial(token);
    for (std::size_t i = 0; i < existing.tokens.size(); ++i) {
        if (existing.tokens[i].serial == serial)
            return {Duplicate::SameSerial, static_cast<std::ptrdiff_t>(i)};
    }
    return {};
}

vault::Vault mergeImport(const vault::Vault& existing, const ImportPlan& plan, std::int64_t created)
{
    vault::Vault merged = existing;
    std::vector<KeyUri> fresh;
    for (std::size_t i = 0; i < plan.found.tokens.size() && i < plan.duplicates.size(); ++i) {
        if (plan.duplicates[i] == Duplicate::None)
            fresh.push_back(plan.found.tokens[i]);
    }
    vault::addTokens(merged, std::move(fresh), created);
    return merged;
}

}  // namespace otp::interop
