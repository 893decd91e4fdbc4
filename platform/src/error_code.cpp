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
    case ErrorCode::BackupNotConfigured: return "backup.not_configured";
    case ErrorCode::BackupFolderMissing: return "backup.folder_missing";
    case ErrorCode::BackupFolderReadOnly: return "backup.folder_read_only";
    case ErrorCode::BackupDiskFull: return "backup.disk_full";
    case ErrorCode::BackupIo: return "backup.io";
    case ErrorCode::BackupNone: return "backup.none";
    case ErrorCode::BackupUnreadable: return "backup.unreadable";
    case ErrorCode::BackupMismatch: return "backup.mismatch";
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
