#include "platform/error_code.h"

namespace platform {

namespace {

std::optional<std::string_view> name(ErrorCode code)
{
    switch (code) {
    case ErrorCode::ImportIo: return "import.io";
    case ErrorCode::ExportIo: return "export.io";
    case ErrorCode::QrInvalidImage: return "qr.invalid_image";
    case ErrorCode::QrImageUnreadable: return "qr.image_unreadable";
    case ErrorCode::QrNoCode: return "qr.no_code";
    case ErrorCode::QrEncodeFailed: return "qr.encode_failed";
    case ErrorCode::BiometricUnavailable: return "biometric.unavailable";
    case ErrorCode::BiometricFailed: return "biometric.failed";
    case ErrorCode::SntpBadServer: return "sntp.bad_server";
    case ErrorCode::SntpNetwork: return "sntp.network";
    case ErrorCode::SntpTimeout: return "sntp.timeout";
    case ErrorCode::SntpBadReply: return "sntp.bad_reply";
    case ErrorCode::SntpUnsynchronized: return "sntp.unsynchronized";
    case ErrorCode::SntpImplausible: return "sntp.implausible";
    }
    return std::nullopt;  // no `default:`: -Wswitch names a new code without a name
}

}  // namespace

std::optional<ErrorCode> platformErrorCode(otp::ErrorCode code)
{
    const auto candidate = static_cast<ErrorCode>(static_cast<int>(code));
    if (name(candidate))
        return candidate;
    return std::nullopt;
}

std::string_view errorCodeName(otp::ErrorCode code)
{
    if (const auto ours = platformErrorCode(code))
        return *name(*ours);
    return otp::errorCodeName(code);
}

}  // namespace platform
