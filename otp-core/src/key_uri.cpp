#include "otp/key_uri.h"

#include <charconv>
#include <cstddef>
#include <string>

#include "otp/base32.h"
#include "otp/hotp.h"
#include "percent_encoding.h"

namespace otp {

namespace {

using detail::equalsIgnoreCase;
using detail::isPrintableText;
using detail::PlusMeans;
using detail::shown;
using detail::trim;

constexpr std::string_view kScheme = "otpauth";
constexpr int kDefaultDigits = 6;
constexpr int kDefaultPeriod = 30;

Error fail(ErrorCode code, std::string message)
{
    return Error{code, std::move(message)};
}

// Decimal digits only: no sign, no spaces, no hex. nullopt when malformed or out of range.
template <typename Int> std::optional<Int> parseDecimal(std::string_view text)
{
    if (text.empty() || text.find_first_not_of("0123456789") != std::string_view::npos)
        return std::nullopt;
    Int value{};
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc{} || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

// 1-based position of `part` (a view into `whole`) plus `offset`, for error messages.
std::string positionIn(std::string_view whole, std::string_view part, std::size_t offset)
{
    return std::to_string(static_cast<std::size_t>(part.data() - whole.data()) + offset + 1);
}

enum class Known { Secret, Issuer, Algorithm, Digits, Period, Counter, Serial, Encoder, Count };

std::optional<Known> knownParameter(std::string_view name, OtpType type)
{
    if (equalsIgnoreCase(name, "secret"))
        return Known::Secret;
    if (equalsIgnoreCase(name, "issuer"))
        return Known::Issuer;
    if (equalsIgnoreCase(name, "algorithm"))
        return Known::Algorithm;
    if (equalsIgnoreCase(name, "digits"))
        return Known::Digits;
    if (equalsIgnoreCase(name, "serial"))
        return Known::Serial;
    // `period` means nothing to HOTP, nor `counter` to TOTP: kept verbatim as extras.
    if (type == OtpType::Totp && equalsIgnoreCase(name, "period"))
        return Known::Period;
    if (type == OtpType::Hotp && equalsIgnoreCase(name, "counter"))
        return Known::Counter;
    // Steam codes are time-based: `encoder` of an HOTP URI is kept as an extra.
    if (type == OtpType::Totp && equalsIgnoreCase(name, "encoder"))
        return Known::Encoder;
    return std::nullopt;
}

class Parser {
public:
    explicit Parser(std::string_view input) : m_input(input) {}
    Result<KeyUri> run();

private:
    Result<void> parseLabel(std::string_view raw);
    Result<void> parseParameter(std::string_view piece);
    Result<void> applyKnown(Known which, std::string_view name, std::string_view rawValue);
    Result<void> decodeSecret(std::string_view rawValue);
    Error badEscape(std::string_view field, std::string_view raw, std::size_t at) const;

    std::string_view m_input;
    KeyUri m_uri;
    std::string m_labelIssuer;
    std::optional<std::string> m_issuerParameter;
    std::optional<int> m_digits;  // the `digits` parameter, 5..10; checked once the type is known
    bool m_seen[static_cast<int>(Known::Count)] = {};
};

Error Parser::badEscape(std::string_view field, std::string_view raw, std::size_t at) const
{
    return fail(ErrorCode::UriBadPercentEncoding,
                std::string(field) + " has a malformed %-escape " + shown(raw.substr(at, 3)) +
                    " at position " + positionIn(m_input, raw, at));
}

Result<KeyUri> Parser::run()
{
    const std::string_view uri = trim(m_input, " \t\r\n");
    const std::size_t schemeEnd = uri.find("://");
    if (schemeEnd == std::string_view::npos)
        return fail(ErrorCode::UriNotOtpauth, "not an otpauth:// URI: no scheme");
    if (!equalsIgnoreCase(uri.substr(0, schemeEnd), kScheme)) {
        return fail(ErrorCode::UriNotOtpauth,
                    "not an otpauth:// URI: scheme is " + shown(uri.substr(0, schemeEnd)));
    }

    const std::string_view rest = uri.substr(schemeEnd + 3);
    const std::size_t typeEnd = rest.find_first_of("/?");
    const std::string_view type = rest.substr(0, typeEnd);
    if (equalsIgnoreCase(type, "totp")) {
        m_uri.type = OtpType::Totp;
    } else if (equalsIgnoreCase(type, "hotp")) {
        m_uri.type = OtpType::Hotp;
    } else if (equalsIgnoreCase(type, "steam")) {
        // Aegis writes Steam Guard tokens as otpauth://steam/: a TOTP with Steam's codes.
        m_uri.type = OtpType::Totp;
        m_uri.codeFormat = CodeFormat::Steam;
    } else {
        return fail(ErrorCode::UriUnknownType,
                    "type must be totp, hotp or steam, got " + shown(type));
    }
    if (typeEnd == std::string_view::npos || rest[typeEnd] != '/')
        return fail(ErrorCode::UriMissingLabel, "label (issuer:account) is missing");

    const std::size_t queryStart = rest.find('?', typeEnd);
    const std::string_view label = rest.substr(typeEnd + 1, queryStart - typeEnd - 1);
    if (auto result = parseLabel(label); !result)
        return result.error();

    if (queryStart != std::string_view::npos) {
        std::string_view query = rest.substr(queryStart + 1);
        while (!query.empty()) {
            const std::size_t amp = query.find('&');
            if (auto result = parseParameter(query.substr(0, amp)); !result)
                return result.error();
            query = amp == std::string_view::npos ? std::string_view{} : query.substr(amp + 1);
        }
    }

    if (!m_seen[static_cast<int>(Known::Secret)])
        return fail(ErrorCode::UriMissingSecret, "secret is missing");
    if (m_uri.type == OtpType::Hotp && !m_seen[static_cast<int>(Known::Counter)])
        return fail(ErrorCode::UriMissingCounter, "counter is missing (required for hotp)");

    // Steam codes always have 5 characters, whatever `digits` says (Aegis writes 5, others
    // leave it out or write 6). Other tokens need 6..10.
    if (m_uri.codeFormat == CodeFormat::Steam) {
        m_uri.digits = kSteamCodeLength;
    } else if (m_digits) {
        if (*m_digits < kMinDigits)
            return fail(ErrorCode::UriBadDigits,
                        "digits must be 6 to 10, got " + std::to_string(*m_digits));
        m_uri.digits = *m_digits;
    }

    // The parameter wins, as in Google Authenticator ("issuer" is the recommended field); a
    // different label prefix (a bank's name before a VIP credential ID, a rebranded issuer) is
    // kept for the round trip but not shown.
    m_uri.issuer = m_labelIssuer;
    if (m_issuerParameter && !m_issuerParameter->empty()) {
        if (!m_labelIssuer.empty() && m_labelIssuer != *m_issuerParameter)
            m_uri.labelIssuer = m_labelIssuer;
        m_uri.issuer = *m_issuerParameter;
    }
    return std::move(m_uri);
}

Result<void> Parser::parseLabel(std::string_view raw)
{
    std::string decoded;
    if (auto at = detail::percentDecode(raw, PlusMeans::Plus, decoded))
        return badEscape("label", raw, *at);

    // "Issuer:account", the colon literal or %3A; the issuer cannot hold a colon, the account can.
    const std::size_t colon = decoded.find(':');
    const std::string_view whole = decoded;
    if (colon != std::string::npos)
        m_labelIssuer = trim(whole.substr(0, colon), " ");
    m_uri.account = trim(colon == std::string::npos ? whole : whole.substr(colon + 1), " ");

    if (m_labelIssuer.empty() && m_uri.account.empty())
        return fail(ErrorCode::UriMissingLabel, "label (issuer:account) is empty");
    if (!isPrintableText(m_labelIssuer)) {
        return fail(ErrorCode::UriInvalidText,
                    "issuer in the label is not printable UTF-8 text: " + shown(m_labelIssuer));
    }
    if (!isPrintableText(m_uri.account)) {
        return fail(ErrorCode::UriInvalidText,
                    "account is not printable UTF-8 text: " + shown(m_uri.account));
    }
    return {};
}

Result<void> Parser::parseParameter(std::string_view piece)
{
    if (piece.empty())
        return {};  // "&&" or a trailing '&'
    const std::size_t equals = piece.find('=');
    const std::string_view rawName = piece.substr(0, equals);
    const std::string_view rawValue =
        equals == std::string_view::npos ? std::string_view{} : piece.substr(equals + 1);

    std::string name;
    if (auto at = detail::percentDecode(rawName, PlusMeans::Space, name))
        return badEscape("parameter name", rawName, *at);

    if (const auto which = knownParameter(name, m_uri.type)) {
        bool& seen = m_seen[static_cast<int>(*which)];
        // `encoder` was an extra parameter, which may repeat; a repeat stays accepted.
        if (seen && *which != Known::Encoder) {
            return fail(ErrorCode::UriDuplicateParameter,
                        "parameter " + shown(name) + " appears more than once");
        }
        seen = true;
        return applyKnown(*which, name, rawValue);
    }

    std::string value;
    if (auto at = detail::percentDecode(rawValue, PlusMeans::Space, value))
        return badEscape("parameter " + shown(name), rawValue, *at);
    m_uri.extraParameters.emplace_back(std::move(name), std::move(value));
    return {};
}

Result<void> Parser::applyKnown(Known which, std::string_view name, std::string_view rawValue)
{
    if (which == Known::Secret)
        return decodeSecret(rawValue);

    std::string value;
    if (auto at = detail::percentDecode(rawValue, PlusMeans::Space, value))
        return badEscape(name, rawValue, *at);

    switch (which) {
    case Known::Issuer:
        m_issuerParameter = std::string(trim(value, " "));
        if (!isPrintableText(*m_issuerParameter)) {
            return fail(ErrorCode::UriInvalidText,
                        "issuer is not printable UTF-8 text: " + shown(value));
        }
        return {};
    case Known::Algorithm:
        if (const auto algorithm = parseAlgorithm(value)) {
            m_uri.algorithm = *algorithm;
            return {};
        }
        return fail(ErrorCode::UriUnknownAlgorithm,
                    "algorithm must be SHA1, SHA256 or SHA512, got " + shown(value));
    case Known::Digits: {
        const auto digits = parseDecimal<int>(value);
        if (!digits) {
            return fail(ErrorCode::UriBadDigits,
                        "digits must be a number from 6 to 10, got " + shown(value));
        }
        // 5 is a Steam token's length; whether this is one is known only at the end.
        if (*digits < kSteamCodeLength || *digits > kMaxDigits) {
            return fail(ErrorCode::UriBadDigits,
                        "digits must be 6 to 10, got " + std::to_string(*digits));
        }
        m_digits = *digits;
        return {};
    }
    case Known::Encoder:
        // Only Steam is defined (KeePassXC and Steam authenticator exports write it); any
        // other value stays an extra parameter, as it was before encoders were read.
        if (equalsIgnoreCase(value, "steam")) {
            m_uri.codeFormat = CodeFormat::Steam;
            return {};
        }
        m_uri.extraParameters.emplace_back(std::string(name), std::move(value));
        return {};
    case Known::Period: {
        const auto period = parseDecimal<int>(value);
        if (!period || *period < 1) {
            return fail(ErrorCode::UriBadPeriod,
                        "period must be a whole number of seconds >= 1, got " + shown(value));
        }
        m_uri.period = *period;
        return {};
    }
    case Known::Counter: {
        const auto counter = parseDecimal<std::uint64_t>(value);
        if (!counter) {
            return fail(ErrorCode::UriBadCounter,
                        "counter must be a number from 0 to 18446744073709551615, got " +
                            shown(value));
        }
        m_uri.counter = *counter;
        return {};
    }
    case Known::Serial: {
        auto serial = Serial::parse(value);
        if (!serial) {
            return fail(ErrorCode::UriBadSerial,
                        "serial " + shown(value) + " is invalid: " + serial.error().message);
        }
        m_uri.serial = std::move(serial).value();
        return {};
    }
    case Known::Secret:
    case Known::Count: break;
    }
    return {};
}

// The secret never appears in a message: only what is wrong with it and where.
Result<void> Parser::decodeSecret(std::string_view rawValue)
{
    SecureString text;
    if (auto at = detail::percentDecode(rawValue, PlusMeans::Space, text)) {
        return fail(ErrorCode::UriBadPercentEncoding,
                    "secret has a malformed %-escape at position " +
                        positionIn(m_input, rawValue, *at));
    }
    auto bytes = base32Decode(text.view());
    if (!bytes) {
        return fail(ErrorCode::UriBadSecret,
                    "secret is not valid base32: " + bytes.error().message);
    }
    if (bytes->empty())
        return fail(ErrorCode::UriMissingSecret, "secret is empty");
    m_uri.secret = std::move(bytes).value();
    return {};
}

}  // namespace

Result<KeyUri> parseKeyUri(std::string_view uri)
{
    return Parser(uri).run();
}

SecureString formatKeyUri(const KeyUri& uri)
{
    using detail::percentEncode;
    SecureString out;
    out.append(uri.type == OtpType::Hotp ? "otpauth://hotp/" : "otpauth://totp/");

    // parseKeyUri splits the label at its first colon, so an issuer that holds one is written
    // only as the parameter, and an account that holds one gets an empty issuer before it.
    // A label prefix other than the issuer goes back where it came from.
    const std::string& labelIssuer = uri.labelIssuer.empty() ? uri.issuer : uri.labelIssuer;
    const bool issuerInLabel = !labelIssuer.empty() && labelIssuer.find(':') == std::string::npos;
    if (issuerInLabel) {
        percentEncode(labelIssuer, out);
        out.push_back(':');
    } else if (uri.account.find(':') != std::string::npos) {
        out.push_back(':');
    }
    percentEncode(uri.account, out);

    out.append("?secret=");
    out.append(base32Encode(uri.secret).view());
    if (!uri.issuer.empty()) {
        out.append("&issuer=");
        percentEncode(uri.issuer, out);
    }
    // Defaults are left out: shorter URIs make less dense QR codes.
    if (uri.algorithm != Algorithm::Sha1) {
        out.append("&algorithm=");
        out.append(algorithmName(uri.algorithm));
    }
    // Steam's length is implied by the encoder (readers that ignore it show 6 digits anyway).
    if (uri.digits != kDefaultDigits && uri.codeFormat != CodeFormat::Steam)
        out.append("&digits=" + std::to_string(uri.digits));
    if (uri.type == OtpType::Totp && uri.period != kDefaultPeriod)
        out.append("&period=" + std::to_string(uri.period));
    if (uri.type == OtpType::Hotp)
        out.append("&counter=" + std::to_string(uri.counter));
    if (uri.serial) {
        out.append("&serial=");
        out.append(uri.serial->compact());
    }
    if (uri.codeFormat == CodeFormat::Steam)
        out.append("&encoder=steam");
    for (const auto& [name, value] : uri.extraParameters) {
        out.push_back('&');
        percentEncode(name, out);
        out.push_back('=');
        percentEncode(value, out);
    }
    return out;
}

}  // namespace otp
