#include "otp/scanned_payload.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

namespace otp {

namespace {

bool startsWithNoCase(std::string_view text, std::string_view prefix)
{
    return text.size() >= prefix.size() &&
           std::equal(prefix.begin(), prefix.end(), text.begin(), [](char a, char b) {
               return std::tolower(static_cast<unsigned char>(a)) ==
                      std::tolower(static_cast<unsigned char>(b));
           });
}

std::string_view trimmed(std::string_view text)
{
    const auto isSpace = [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; };
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    return text;
}

// RFC 3986 scheme: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) followed by ':'.
bool hasUriScheme(std::string_view text)
{
    const auto colon = text.find(':');
    if (colon == 0 || colon == std::string_view::npos || colon > 32)
        return false;
    if (!std::isalpha(static_cast<unsigned char>(text[0])))
        return false;
    return std::all_of(text.begin(), text.begin() + static_cast<long>(colon), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == '.';
    });
}

struct Prefix {
    std::string_view prefix;
    PayloadKind kind;
};

constexpr std::array kPrefixes = {
    Prefix{"otpauth-migration:", PayloadKind::GoogleMigration},
    Prefix{"otpauth:", PayloadKind::TokenSetup},
    Prefix{"http://", PayloadKind::WebLink},
    Prefix{"https://", PayloadKind::WebLink},
    Prefix{"www.", PayloadKind::WebLink},
    Prefix{"wifi:", PayloadKind::Wifi},
    Prefix{"mailto:", PayloadKind::Email},
    Prefix{"matmsg:", PayloadKind::Email},
    Prefix{"tel:", PayloadKind::Phone},
    Prefix{"sms:", PayloadKind::Sms},
    Prefix{"smsto:", PayloadKind::Sms},
    Prefix{"mms:", PayloadKind::Sms},
    Prefix{"mmsto:", PayloadKind::Sms},
    Prefix{"geo:", PayloadKind::Geo},
    Prefix{"begin:vcard", PayloadKind::Contact},
    Prefix{"mecard:", PayloadKind::Contact},
    Prefix{"begin:vevent", PayloadKind::Calendar},
    Prefix{"begin:vcalendar", PayloadKind::Calendar},
};

}  // namespace

ScannedPayload classifyPayload(std::string_view text)
{
    // Codes are often generated with a trailing newline; the URI itself never has spaces.
    const std::string_view t = trimmed(text);
    ScannedPayload result;
    if (t.empty()) {
        result.kind = PayloadKind::Empty;
        return result;
    }
    result.kind = hasUriScheme(t) ? PayloadKind::OtherUri : PayloadKind::PlainText;
    for (const Prefix& p : kPrefixes) {
        if (startsWithNoCase(t, p.prefix)) {
            result.kind = p.kind;
            break;
        }
    }
    if (result.kind == PayloadKind::TokenSetup) {
        Result<KeyUri> parsed = parseKeyUri(t);
        if (parsed)
            result.keyUri = std::move(parsed).value();
        else
            result.uriError = parsed.error();
    }
    return result;
}

std::string_view notTokenSetupMessage(PayloadKind kind)
{
    switch (kind) {
    case PayloadKind::TokenSetup:
    case PayloadKind::GoogleMigration: return {};
    case PayloadKind::WebLink: return "This QR code is a web link, not a token setup code.";
    case PayloadKind::Wifi: return "This QR code is a Wi-Fi network, not a token setup code.";
    case PayloadKind::Email: return "This QR code is an email address, not a token setup code.";
    case PayloadKind::Phone: return "This QR code is a phone number, not a token setup code.";
    case PayloadKind::Sms: return "This QR code is a text message, not a token setup code.";
    case PayloadKind::Geo: return "This QR code is a map location, not a token setup code.";
    case PayloadKind::Contact: return "This QR code is a contact card, not a token setup code.";
    case PayloadKind::Calendar: return "This QR code is a calendar event, not a token setup code.";
    case PayloadKind::OtherUri:
        return "This QR code is a link for another app, not a token setup code.";
    case PayloadKind::PlainText: return "This QR code holds plain text, not a token setup code.";
    case PayloadKind::Empty: return "This QR code is empty.";
    }
    return "This QR code is not a token setup code.";
}

std::string_view payloadKindName(PayloadKind kind)
{
    switch (kind) {
    case PayloadKind::TokenSetup: return "token_setup";
    case PayloadKind::GoogleMigration: return "google_migration";
    case PayloadKind::WebLink: return "web_link";
    case PayloadKind::Wifi: return "wifi";
    case PayloadKind::Email: return "email";
    case PayloadKind::Phone: return "phone";
    case PayloadKind::Sms: return "sms";
    case PayloadKind::Geo: return "geo";
    case PayloadKind::Contact: return "contact";
    case PayloadKind::Calendar: return "calendar";
    case PayloadKind::OtherUri: return "other_uri";
    case PayloadKind::PlainText: return "plain_text";
    case PayloadKind::Empty: return "empty";
    }
    return "unknown";
}

Result<KeyUri> tokenSetupFromPayload(std::string_view text)
{
    ScannedPayload payload = classifyPayload(text);
    if (payload.keyUri)
        return std::move(*payload.keyUri);
    if (payload.uriError)
        return *payload.uriError;
    if (payload.kind == PayloadKind::GoogleMigration)
        return Error{ErrorCode::QrNotTokenSetup,
                     "This QR code is a Google Authenticator export: use Import to add its "
                     "accounts."};
    return Error{ErrorCode::QrNotTokenSetup, std::string(notTokenSetupMessage(payload.kind))};
}

}  // namespace otp
