#include "otp/error.h"

namespace otp {

std::string_view errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Base32InvalidCharacter: return "base32.invalid_character";
    case ErrorCode::Base32InvalidLength: return "base32.invalid_length";

    case ErrorCode::UriNotOtpauth: return "uri.not_otpauth";
    case ErrorCode::UriUnknownType: return "uri.unknown_type";
    case ErrorCode::UriMissingLabel: return "uri.missing_label";
    case ErrorCode::UriBadPercentEncoding: return "uri.bad_percent_encoding";
    case ErrorCode::UriMissingSecret: return "uri.missing_secret";
    case ErrorCode::UriBadSecret: return "uri.bad_secret";
    case ErrorCode::UriIssuerConflict: return "uri.issuer_conflict";
    case ErrorCode::UriUnknownAlgorithm: return "uri.unknown_algorithm";
    case ErrorCode::UriBadDigits: return "uri.bad_digits";
    case ErrorCode::UriBadPeriod: return "uri.bad_period";
    case ErrorCode::UriMissingCounter: return "uri.missing_counter";
    case ErrorCode::UriBadCounter: return "uri.bad_counter";
    case ErrorCode::UriBadSerial: return "uri.bad_serial";
    case ErrorCode::UriDuplicateParameter: return "uri.duplicate_parameter";
    case ErrorCode::UriInvalidText: return "uri.invalid_text";

    case ErrorCode::SerialBadFormat: return "serial.bad_format";

    case ErrorCode::OtpBadDigits: return "otp.bad_digits";
    case ErrorCode::OtpBadPeriod: return "otp.bad_period";
    case ErrorCode::OtpEmptyKey: return "otp.empty_key";
    case ErrorCode::OtpTimeBeforeEpoch: return "otp.time_before_epoch";

    case ErrorCode::RandomUnavailable: return "system.random_unavailable";

        // vault (issue 3)

        // import / export (issue 6)
    }
    return "unknown";
}

}  // namespace otp
