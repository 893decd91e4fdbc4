#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include <QImage>
#include <QString>

#include "otp/interop/import.h"
#include "otp/interop/import_result.h"
#include "otp/key_uri.h"
#include "otp/result.h"
#include "otp/secure_bytes.h"
#include "otp/vault/vault.h"
#include "otp/vault/vault_crypto.h"
#include "platform/private_file.h"
#include "platform/qr/qr_writer.h"

// Import and export with files and QR codes, for the app's Import/Export page and otptool
// (docs/interop.md). Every call blocks (file I/O, scrypt); the GUI runs them on a worker thread.
//
// Import, as the page should run it:
//   auto bytes = platform::readImportFile(path);                 // ImportIo
//   auto format = otp::interop::detectFormat(*bytes);             // nullopt: "not an export"
//   if (format && otp::interop::needsPassphrase(*format)) ... ask for the backup's passphrase ...
//   auto found = otp::interop::importData(*bytes, passphrase);    // nothing stored yet
//   auto plan = otp::interop::planImport(*found, session.vault());
//   ... show plan.found.tokens with plan.duplicates, plan.found.unsupported with reasons ...
//   ... on confirmation: session.applyImport(plan, now)  // TokenRepository: one save, all or none
// A scanned Google Authenticator QR code goes to an otp::interop::GaBatchCollector instead
// (its progress() drives "2 of 3 scanned"); once complete(), planImport(collector.result(), ...).
namespace platform {

// The whole file in a zeroizing buffer. Refuses files over 16 MiB (no export is that large).
// Error ImportIo (message: path and reason).
otp::Result<otp::SecureBytes> readImportFile(const QString& path);

enum class ExportFormat {
    SoftTokenBackup,  // encrypted, lossless: the only one that needs no warning
    UriList,          // plain text otpauth:// URIs
    AegisPlain,       // unencrypted Aegis JSON
    GaQr,             // Google Authenticator migration QR codes (images), 10 tokens each
};
// True only for SoftTokenBackup. The UI must warn (and otptool does) for every other format:
// anyone who gets the output can copy every token.
bool isEncrypted(ExportFormat format);

struct ExportOptions {
    otp::vault::ScryptParams scrypt = otp::vault::kDefaultScrypt;  // the backup's passphrase slot
    ExistingFile existing = ExistingFile::Replace;                 // otptool refuses unless --force
};

// What exportTo() wrote.
struct ExportWritten {
    std::vector<QString> files;  // GaQr: PATH-1.png, PATH-2.png, ...; otherwise PATH
    std::vector<otp::interop::UnsupportedEntry> skipped;  // GaQr: tokens GA cannot hold
};

// Every export, for the app and otptool: every token of `vault` (as saved, with the fields a
// newer version stored: the backup is lossless) in `format`, written with writeExportFile.
// SoftTokenBackup needs `passphrase` (the one that will open it; ImportPassphraseRequired
// without). GaQr writes the QR codes as PNG files, 10 tokens each, named after `path` (a
// trailing .png dropped). Errors: ExportIo, VaultCrypto, QrEncodeFailed.
otp::Result<ExportWritten> exportTo(ExportFormat format, const otp::vault::Vault& vault,
                                    const QString& path, const otp::SecureString* passphrase,
                                    const ExportOptions& options = {});

// Writes `bytes` to `path` atomically, owner read/write only, never through a symlink and, with
// ExistingFile::Refuse, never over an existing file (writePrivateFile). The app's save dialog
// has asked before replacing; otptool refuses unless --force. Error ExportIo.
otp::Result<void> writeExportFile(const QString& path, std::span<const std::uint8_t> bytes,
                                  ExistingFile existing = ExistingFile::Replace);

// The Google Authenticator export of `tokens` as QR images, shown one after another.
// `skipped` receives the tokens GA cannot hold, with reasons (see formatGaMigration).
// Error QrEncodeFailed (should not happen at 10 tokens per code).
otp::Result<std::vector<QImage>>
gaMigrationQrImages(const std::vector<otp::KeyUri>& tokens, std::int32_t batchId,
                    std::vector<otp::interop::UnsupportedEntry>& skipped,
                    const qr::QrWriteOptions& options = {});

// One token's otpauth:// URI as a QR image (to scan into another app).
otp::Result<QImage> tokenQrImage(const otp::KeyUri& token, const qr::QrWriteOptions& options = {});

}  // namespace platform
