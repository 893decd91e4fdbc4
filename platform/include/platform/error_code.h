#pragma once

#include <optional>
#include <string_view>

#include "otp/error.h"

namespace platform {

// The failures only this layer reports: reading images and files, the time server, the sensors,
// the backup folder.
// They travel in an otp::Error like otp-core's own (otp::ErrorCodeEnum), so one Result type and
// one translation table (the UI's ErrorText) serve every layer. The numbers are those otp-core
// leaves free; never reuse or renumber them (tests and otptool's output name them).
enum class ErrorCode : std::underlying_type_t<otp::ErrorCode> {
    // files
    ImportIo = 608,  // an import file cannot be read
    ExportIo = 609,  // an export (or screenshot) cannot be written

    // QR images
    QrInvalidImage = 700,     // an image view ZXing cannot read (bad size or stride)
    QrImageUnreadable = 701,  // a file or clipboard image that cannot be loaded
    QrNoCode = 702,           // the image holds no readable QR code
    QrEncodeFailed = 704,     // the text does not fit in a QR code

    // biometric unlock
    BiometricUnavailable = 806,  // no biometric sensor, none enrolled, or not implemented here
    BiometricFailed = 807,       // the user cancelled or the OS refused the biometric check

    // the clock check (SNTP)
    SntpBadServer = 808,       // empty host name or port 0
    SntpNetwork = 809,         // host lookup failed or the UDP socket could not send
    SntpTimeout = 810,         // no reply within the timeout
    SntpBadReply = 811,        // a reply that is not a valid SNTPv4 server answer (RFC 4330 §5)
    SntpUnsynchronized = 812,  // the server says it is not synchronised (stratum 0 / leap 3, KoD)
    SntpImplausible = 813,     // a well-formed reply whose times cannot be right (see parseReply)

    // automatic backups
    BackupNotConfigured = 900,   // backups are off: no folder and passphrase set
    BackupFolderMissing = 901,   // the backup folder does not exist (any more): a drive unplugged?
    BackupFolderReadOnly = 902,  // the backup folder cannot be written (read-only, no permission)
    BackupDiskFull = 903,        // no space left (or quota reached) in the backup folder
    BackupIo = 904,              // any other failure to read or write the backup folder
    BackupNone = 905,            // the folder holds no backup yet
    BackupUnreadable = 906,      // the newest backup does not open with the backup passphrase
    BackupMismatch = 907,        // the newest backup opens but holds other tokens than the vault
};

// The platform code `code` carries, or std::nullopt for one of otp-core's.
std::optional<ErrorCode> platformErrorCode(otp::ErrorCode code);

// Stable, machine-readable name of a code of either layer ("sntp.timeout", "uri.bad_digits").
std::string_view errorCodeName(otp::ErrorCode code);

}  // namespace platform

template <> inline constexpr bool otp::isErrorCodeEnum<platform::ErrorCode> = true;
