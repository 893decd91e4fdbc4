#include "error_text.h"

#include "platform/error_code.h"

QString ErrorText::forError(const otp::Error& error)
{
    return forCode(error.code);
}

QString ErrorText::forCode(otp::ErrorCode code)
{
    if (const auto platformCode = platform::platformErrorCode(code))
        return forCode(*platformCode);
    using C = otp::ErrorCode;
    switch (code) {
    case C::Base32InvalidCharacter:
        return tr("The secret key may only contain the letters A–Z and the digits 2–7.");
    case C::Base32InvalidLength:
        return tr("The secret key has the wrong length. Check that no character is missing.");
    case C::UriNotOtpauth:
    case C::UriUnknownType:
    case C::UriMissingLabel:
    case C::UriBadPercentEncoding:
    case C::UriDuplicateParameter:
    case C::UriInvalidText:
        return tr("This QR code is not a valid token setup. Ask your bank for a new one.");
    case C::UriMissingSecret:
    case C::UriBadSecret: return tr("The token setup has no valid secret key.");
    case C::UriIssuerConflict: return tr("The token setup names two different issuers.");
    case C::UriUnknownAlgorithm:
        return tr("The token uses an algorithm this app does not support.");
    case C::UriBadDigits:
    case C::OtpBadDigits: return tr("The number of digits must be between 6 and 10.");
    case C::UriBadPeriod:
    case C::OtpBadPeriod: return tr("The period must be at least 1 second.");
    case C::UriMissingCounter:
    case C::UriBadCounter:
        return tr("The counter of this counter-based token is missing or invalid.");
    case C::UriBadSerial:
    case C::SerialBadFormat:
        return tr("A serial number has 4 letters and 8 digits, for example ABCD 1234 5678.");
    case C::OtpEmptyKey: return tr("The secret key is empty.");
    case C::OtpTimeBeforeEpoch:
        return tr("The device clock is set before this token's start time. Check the date and "
                  "time settings.");
    case C::OtpCryptoFailure:
    case C::RandomUnavailable:
    case C::VaultCrypto: return tr("A cryptographic operation failed on this device.");
    case C::VaultNotFound: return tr("No saved tokens were found.");
    case C::VaultDamaged: return tr("The saved tokens are damaged and cannot be read.");
    case C::VaultNewerVersion:
        return tr("The saved tokens were written by a newer version of this app. Please update.");
    case C::VaultWrongPassphrase:
        return tr("Wrong passphrase, or the saved tokens were tampered with.");
    case C::VaultPassphraseRequired: return tr("Enter your passphrase to open your tokens.");
    case C::VaultNoSuchSlot:
        return tr("Your tokens are not protected by a passphrase: they need the device key store.");
    case C::VaultNoKeystoreKey:
    case C::VaultKeystoreKeyMismatch:
    case C::VaultKeystoreUnavailable:
        return tr("The device key store is not available. Unlock with your passphrase instead.");
    case C::VaultIo: return tr("Your tokens could not be saved. Check the free storage space.");
    case C::VaultNoSuchToken: return tr("This token no longer exists.");
    case C::VaultChangedElsewhere:
        return tr("Your tokens were changed by another copy of SoftToken. Close this one and "
                  "open the app again to see them.");
    case C::QrNotTokenSetup: return tr("This QR code is not a token setup code from your bank.");
    case C::ImportUnknownFormat:
        return tr("This file is not an export SoftToken can read. Supported: SoftToken backups, "
                  "Aegis, Google Authenticator, FreeOTP+, 2FAS, Proton Authenticator, Ente Auth, "
                  "Bitwarden, andOTP and lists of otpauth:// links.");
    case C::ImportBadJson:
        return tr("This file is damaged: it is not valid JSON. Export it again from the other "
                  "app.");
    case C::ImportBadStructure:
        return tr("This file is damaged or was changed. Export it again from the other app.");
    case C::ImportBadMigration:
        return tr("This Google Authenticator export code is damaged. Scan it again, or export "
                  "again in Google Authenticator.");
    case C::ImportBatchMismatch:
        return tr("This code belongs to another Google Authenticator export.");
    case C::ImportPassphraseRequired: return tr("This backup is encrypted: enter its passphrase.");
    case C::ImportWrongPassphrase:
        return tr("Wrong passphrase for this backup. Check it and try again.");
    case C::ImportUnsupportedFile:
        return tr("This kind of export cannot be read (for example a password-protected "
                  "Bitwarden export, or a file from a newer app). Export it again without a "
                  "password, or as a list of otpauth:// links.");
    case C::VaultTooLarge:
        return tr("The tokens no longer fit in the vault (more than 64 MiB). Nothing was "
                  "changed. Remove tokens with very long names or secrets.");
    case C::ImportTooLarge:
        return tr("This file is too large to be an authenticator export (more than 16 MiB, or "
                  "too many values). Nothing was imported.");
    case C::ImportTooManyEntries:
        return tr("This file holds more than 10,000 tokens. Split it into smaller exports and "
                  "import them one by one.");
    case C::ImportTooManySlots:
        return tr("This encrypted export has more password slots than any app writes (more "
                  "than 4). It is refused so it cannot keep the device busy.");
    case C::ImportKdfTooCostly:
        return tr(
            "This encrypted export asks for a key derivation far costlier than any app "
            "uses (it would need too much memory or time). It is refused before any work is done.");
    case C::ImportTruncated:
        return tr("This encrypted export is incomplete (the file was cut short). Copy it again "
                  "from the other app or device.");
    case C::PinInvalid: return tr("A PIN has 4 to 16 digits.");
    case C::PinNotSet: return tr("No PIN is set.");
    case C::PinWrong: return tr("Wrong PIN.");
    case C::PinLockedOut: return tr("Too many wrong PINs. Wait, then try again.");
    case C::PinCrypto: return tr("The PIN could not be checked on this device.");
    case C::PinStateDamaged:
        return tr("The saved app lock is damaged and the PIN cannot be checked.");
    }
    // No `default:` above, so -Wswitch (an error here) names any new ErrorCode without a
    // sentence. Only a value outside the enum gets here: still no bare number, but the code's
    // name for a bug report.
    return tr("Something went wrong. If it happens again, please report it with this detail: %1")
        .arg(QString::fromUtf8(platform::errorCodeName(code)));
}

QString ErrorText::forCode(platform::ErrorCode code)
{
    using C = platform::ErrorCode;
    switch (code) {
    case C::QrInvalidImage:
    case C::QrImageUnreadable: return tr("This image cannot be opened.");
    case C::QrNoCode:
        return tr("No QR code was found. Make sure the whole code is visible and sharp.");
    case C::QrEncodeFailed: return tr("This token is too large to show as a QR code.");
    case C::ImportIo: return tr("The file cannot be read. Check that it still exists.");
    case C::ExportIo:
        return tr("The file could not be written. Choose another place or free some storage "
                  "space.");
    case C::BiometricUnavailable:
        return tr("Fingerprint or face unlock is not available. Use your PIN.");
    case C::BiometricFailed: return tr("Fingerprint or face unlock did not succeed. Use your PIN.");
    case C::SntpBadServer: return tr("Enter the name of a time server.");
    case C::SntpNetwork:
        return tr("The time server could not be reached. Check the server name and the network.");
    case C::SntpTimeout: return tr("The time server did not answer in time. Try again later.");
    case C::SntpBadReply: return tr("The time server sent an answer that cannot be used.");
    case C::SntpUnsynchronized:
        return tr("The time server does not know the exact time now. Try another server.");
    case C::SntpImplausible:
        return tr("The time server's answer is not plausible (a clock more than 90 minutes "
                  "away, or a slow or suspicious reply), so it was not offered. Check the "
                  "device's date and time in its settings, or try another server.");
    case C::BackupNotConfigured: return tr("Automatic backups are off.");
    case C::BackupFolderMissing:
        return tr("The backup folder is not there any more. Connect the drive or choose "
                  "another folder. Your tokens are safe in the app.");
    case C::BackupFolderReadOnly:
        return tr("The backup folder cannot be written to. Choose another folder. Your tokens "
                  "are safe in the app.");
    case C::BackupDiskFull:
        return tr("The backup folder is full, so no new backup was written. The older backups "
                  "and your tokens are unchanged.");
    case C::BackupIo:
        return tr("The backup could not be written. The older backups and your tokens are "
                  "unchanged.");
    case C::BackupNone: return tr("There is no backup in the backup folder yet.");
    case C::BackupUnreadable:
        return tr("The newest backup does not open with the backup passphrase.");
    case C::BackupMismatch:
        return tr("The newest backup does not hold the same tokens as the app.");
    }
    return forCode(otp::toErrorCode(code));  // not reached: platformErrorCode knows every code
}

QString ErrorText::forPayloadKind(otp::PayloadKind kind)
{
    using K = otp::PayloadKind;
    switch (kind) {
    case K::TokenSetup: return {};
    case K::GoogleMigration:
        return tr("This is a Google Authenticator export. Use Import / Export to bring it in.");
    case K::WebLink: return tr("This QR code is a web link, not a token setup code.");
    case K::Wifi: return tr("This QR code is a Wi-Fi network, not a token setup code.");
    case K::Email: return tr("This QR code is an email address, not a token setup code.");
    case K::Phone: return tr("This QR code is a phone number, not a token setup code.");
    case K::Sms: return tr("This QR code is a text message, not a token setup code.");
    case K::Geo: return tr("This QR code is a map location, not a token setup code.");
    case K::Contact: return tr("This QR code is a contact card, not a token setup code.");
    case K::Calendar: return tr("This QR code is a calendar event, not a token setup code.");
    case K::Empty: return tr("This QR code is empty.");
    case K::OtherUri:
    case K::PlainText: break;
    }
    return forCode(otp::ErrorCode::QrNotTokenSetup);
}
