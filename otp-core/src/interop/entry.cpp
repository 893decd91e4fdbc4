#include "entry.h"

#include <string>
#include <utility>

#include "otp/base32.h"
#include "otp/interop/import_limits.h"
#include "otp/interop/import_result.h"
#include "percent_encoding.h"

namespace otp::interop {

std::string_view importFormatName(ImportFormat format)
{
    switch (format) {
    case ImportFormat::SoftTokenBackup: return "softtoken";
    case ImportFormat::GoogleMigration: return "ga-migration";
    case ImportFormat::AegisPlain: return "aegis";
    case ImportFormat::AegisEncrypted: return "aegis-encrypted";
    case ImportFormat::UriList: return "uris";
    case ImportFormat::FreeOtpPlus: return "freeotp-plus";
    case ImportFormat::TwoFas: return "2fas";
    case ImportFormat::TwoFasEncrypted: return "2fas-encrypted";
    case ImportFormat::ProtonPlain: return "proton";
    case ImportFormat::ProtonEncrypted: return "proton-encrypted";
    case ImportFormat::EntePlain: return "ente";
    case ImportFormat::EnteEncrypted: return "ente-encrypted";
    case ImportFormat::BitwardenJson: return "bitwarden-json";
    case ImportFormat::BitwardenCsv: return "bitwarden-csv";
    case ImportFormat::AndOtpPlain: return "andotp";
    case ImportFormat::AndOtpEncrypted: return "andotp-encrypted";
    }
    return "unknown";
}

std::string entryLabel(std::string_view issuer, std::string_view account)
{
    if (issuer.empty())
        return std::string(account);
    if (account.empty())
        return std::string(issuer);
    std::string label(issuer);
    label += ": ";
    label += account;
    return label;
}

namespace detail {

namespace {

std::string trimmed(std::string_view text)
{
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(" \t");
    return std::string(text.substr(first, last - first + 1));
}

}  // namespace

Result<KeyUri> finishEntry(KeyUri candidate)
{
    candidate.issuer = trimmed(candidate.issuer);
    candidate.account = trimmed(candidate.account);
    if (candidate.secret.empty())
        return Error{ErrorCode::UriMissingSecret, "the entry has no secret"};
    // Steam codes have 5 characters whatever the other app stored as digits.
    if (candidate.codeFormat == CodeFormat::Steam)
        candidate.digits = kSteamCodeLength;
    else if (candidate.digits < 6 || candidate.digits > 10)
        return Error{ErrorCode::UriBadDigits,
                     "digits must be 6 to 10, got " + std::to_string(candidate.digits)};
    if (candidate.type == OtpType::Totp && candidate.period < 1)
        return Error{ErrorCode::UriBadPeriod,
                     "period must be at least 1 second, got " + std::to_string(candidate.period)};
    if (candidate.issuer.empty() && candidate.account.empty())
        return Error{ErrorCode::UriMissingLabel, "the entry has neither an issuer nor an account"};
    // The Key URI label splits "issuer:account" at the first colon, so formatKeyUri cannot
    // carry such an issuer yet (reported to the Key URI owner); say so instead of a conflict.
    if (candidate.issuer.find(':') != std::string::npos)
        return Error{ErrorCode::UriIssuerConflict,
                     "an issuer containing ':' is not supported yet (\"" +
                         candidate.issuer.substr(0, 40) + "\")"};
    const SecureString text = formatKeyUri(candidate);
    return parseKeyUri(text.view());
}

void splitLabel(std::string& issuer, std::string& account)
{
    const auto colon = account.find(':');
    if (colon == std::string::npos)
        return;
    std::string prefix = trimmed(std::string_view(account).substr(0, colon));
    if (!issuer.empty() && prefix != issuer)
        return;
    std::string rest = trimmed(std::string_view(account).substr(colon + 1));
    issuer = std::move(prefix);
    account = std::move(rest);
}

void addEntry(ImportResult& result, std::size_t position, Result<KeyUri> entry,
              std::string_view label)
{
    if (entry) {
        result.tokens.push_back(std::move(entry).value());
        return;
    }
    result.unsupported.push_back(
        UnsupportedEntry{position, std::string(label), entry.error().message, entry.error().code});
}

Result<KeyUri> tokenFromUri(std::string_view uri, std::string_view name)
{
    uri = otp::detail::trim(uri, " \t\r\n");
    if (otp::detail::equalsIgnoreCase(uri.substr(0, 8), "steam://")) {
        KeyUri steam;
        steam.type = OtpType::Totp;
        steam.codeFormat = CodeFormat::Steam;
        steam.issuer = "Steam";
        steam.account = std::string(name);
        auto secret = base32Decode(uri.substr(8));
        if (!secret)
            return Error{secret.error().code, "secret: " + secret.error().message};
        steam.secret = std::move(secret).value();
        return finishEntry(std::move(steam));
    }
    if (!otp::detail::equalsIgnoreCase(uri.substr(0, 10), "otpauth://"))
        return Error{ErrorCode::UriNotOtpauth, "not an otpauth:// or steam:// URI"};
    // "otpauth://totp/?secret=..." (Bitwarden Authenticator's CSV): the entry's name is the
    // account, so the token has a label as the Key URI format requires.
    const std::size_t typeEnd = uri.find('/', 10);
    if (typeEnd != std::string_view::npos && typeEnd + 1 < uri.size() && uri[typeEnd + 1] == '?' &&
        !name.empty()) {
        SecureString spliced(uri.substr(0, typeEnd + 1));
        otp::detail::percentEncode(otp::detail::trim(name, " "), spliced);
        spliced.append(uri.substr(typeEnd + 1));
        return parseKeyUri(spliced.view());
    }
    return parseKeyUri(uri);
}

Error tooManyEntries()
{
    return Error{ErrorCode::ImportTooManyEntries,
                 "more than " + std::to_string(kMaxImportEntries) + " entries in one import"};
}

bool overEntryLimit(const ImportResult& result)
{
    return result.tokens.size() + result.unsupported.size() > kMaxImportEntries;
}

}  // namespace detail
}  // namespace otp::interop
