#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "otp/error.h"
#include "otp/key_uri.h"

namespace otp {

// What a scanned QR code holds, as far as provisioning cares.
enum class PayloadKind {
    TokenSetup,       // otpauth://: parsed, or the reason it does not parse
    GoogleMigration,  // otpauth-migration:// (Google Authenticator export): goes to import
    WebLink,          // http(s)://
    Wifi,             // WIFI:
    Email,            // mailto:, MATMSG:
    Phone,            // tel:
    Sms,              // sms:, smsto:
    Geo,              // geo:
    Contact,          // BEGIN:VCARD, MECARD:
    Calendar,         // BEGIN:VEVENT, BEGIN:VCALENDAR
    OtherUri,         // any other scheme:... (bitcoin:, market:, ...)
    PlainText,        // anything else
    Empty,            // an empty code
};

struct ScannedPayload {
    PayloadKind kind = PayloadKind::PlainText;
    // TokenSetup only: the parsed URI, or (keyUri empty) why it does not parse.
    std::optional<KeyUri> keyUri;
    std::optional<Error> uriError;
};

// Classifies a QR code's text. Only TokenSetup with a keyUri may be stored; GoogleMigration is
// handed to import; everything else is shown with notTokenSetupMessage() and nothing is stored.
ScannedPayload classifyPayload(std::string_view text);

// The English message for a payload that is not a token setup code, e.g. "This QR code is a
// web link, not a token setup code." (the UI translates by kind). Empty for TokenSetup and
// GoogleMigration.
std::string_view notTokenSetupMessage(PayloadKind kind);

// Stable name such as "web_link" for logs, tests and otptool.
std::string_view payloadKindName(PayloadKind kind);

// For a scan that must provision: the KeyUri, or an Error: the URI's own parse error for a bad
// otpauth:// code, ErrorCode::QrNotTokenSetup with notTokenSetupMessage() for anything else
// (including GoogleMigration, which needs the import flow).
Result<KeyUri> tokenSetupFromPayload(std::string_view text);

}  // namespace otp
