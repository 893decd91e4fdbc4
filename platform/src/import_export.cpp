#include "platform/import_export.h"

#include <QBuffer>
#include <QFile>

#include "otp/interop/aegis.h"
#include "otp/interop/app_backups.h"
#include "otp/interop/ga_migration.h"
#include "otp/interop/import_limits.h"
#include "otp/interop/softtoken_backup.h"
#include "otp/random.h"
#include "platform/error_code.h"

namespace platform {

namespace {

constexpr qint64 kMaxImportSize = static_cast<qint64>(otp::interop::kMaxImportBytes);

std::vector<otp::KeyUri> urisOf(const otp::vault::Vault& vault)
{
    std::vector<otp::KeyUri> uris;
    uris.reserve(vault.tokens.size());
    for (const auto& token : vault.tokens)
        uris.push_back(token.uri);
    return uris;
}

// A random positive batch id, so two exports are never taken for parts of one.
otp::Result<std::int32_t> randomBatchId()
{
    auto id = otp::randomBytes(4);
    if (!id)
        return id.error();
    return static_cast<std::int32_t>(
        (std::uint32_t{(*id)[0]} << 23) | (std::uint32_t{(*id)[1]} << 15) |
        (std::uint32_t{(*id)[2]} << 7) | (std::uint32_t{(*id)[3]} >> 1));
}

otp::Result<ExportWritten> writeGaQrFiles(const otp::vault::Vault& vault, const QString& path,
                                          ExistingFile existing)
{
    QString base = path;
    if (base.endsWith(QLatin1String(".png")))
        base.chop(4);
    auto batchId = randomBatchId();
    if (!batchId)
        return batchId.error();
    ExportWritten written;
    auto images = gaMigrationQrImages(urisOf(vault), *batchId, written.skipped);
    if (!images)
        return images.error();
    for (std::size_t i = 0; i < images->size(); ++i) {
        const QString file =
            base + QLatin1Char('-') + QString::number(i + 1) + QLatin1String(".png");
        QByteArray png;
        QBuffer buffer(&png);
        if (!buffer.open(QIODevice::WriteOnly) || !(*images)[i].save(&buffer, "PNG"))
            return otp::Error{ErrorCode::ExportIo, "cannot encode " + file.toStdString()};
        const std::span bytes(reinterpret_cast<const std::uint8_t*>(png.constData()),
                              static_cast<std::size_t>(png.size()));
        auto ok = writeExportFile(file, bytes, existing);
        png.fill('\0');  // the pixels encode secrets
        if (!ok)
            return ok.error();
        written.files.push_back(file);
    }
    return written;
}

}  // namespace

otp::Result<otp::SecureBytes> readImportFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return otp::Error{ErrorCode::ImportIo, "cannot read " + path.toStdString() + ": " +
                                                   file.errorString().toStdString()};
    const qint64 size = file.size();
    if (size > kMaxImportSize)
        return otp::Error{otp::ErrorCode::ImportTooLarge,
                          path.toStdString() + " is larger than 16 MiB: not an export"};
    otp::SecureBytes bytes(static_cast<std::size_t>(size));
    qint64 done = 0;
    while (done < size) {
        const qint64 n = file.read(reinterpret_cast<char*>(bytes.data()) + done, size - done);
        if (n <= 0)
            return otp::Error{ErrorCode::ImportIo, "cannot read " + path.toStdString() + ": " +
                                                       file.errorString().toStdString()};
        done += n;
    }
    return bytes;
}

// Written straight from SecureBytes/SecureString: the secrets never become a QByteArray (but
// the PNG pixels of the GA codes, which are wiped).
otp::Result<ExportWritten> exportTo(ExportFormat format, const otp::vault::Vault& vault,
                                    const QString& path, const otp::SecureString* passphrase,
                                    const ExportOptions& options)
{
    otp::Result<void> written;
    switch (format) {
    case ExportFormat::SoftTokenBackup: {
        if (passphrase == nullptr)
            return otp::Error{otp::ErrorCode::ImportPassphraseRequired,
                              "a backup needs the passphrase that will open it"};
        auto bytes = otp::interop::writeSoftTokenBackup(vault, *passphrase, options.scrypt);
        if (!bytes)
            return bytes.error();
        written = writeExportFile(path, *bytes, options.existing);
        break;
    }
    case ExportFormat::UriList: {
        const otp::SecureString text = otp::interop::formatUriList(urisOf(vault));
        written = writeExportFile(path, otp::asBytes(text), options.existing);
        break;
    }
    case ExportFormat::AegisPlain: {
        auto json = otp::interop::formatAegisPlainJson(urisOf(vault), otp::vault::systemRandom());
        if (!json)
            return json.error();
        written = writeExportFile(path, otp::asBytes(*json), options.existing);
        break;
    }
    case ExportFormat::GaQr: return writeGaQrFiles(vault, path, options.existing);
    }
    if (!written)
        return written.error();
    return ExportWritten{{path}, {}};
}

bool isEncrypted(ExportFormat format)
{
    return format == ExportFormat::SoftTokenBackup;
}

otp::Result<void> writeExportFile(const QString& path, std::span<const std::uint8_t> bytes,
                                  ExistingFile existing)
{
    return writePrivateFile(path, bytes, existing, ErrorCode::ExportIo);
}

otp::Result<std::vector<QImage>>
gaMigrationQrImages(const std::vector<otp::KeyUri>& tokens, std::int32_t batchId,
                    std::vector<otp::interop::UnsupportedEntry>& skipped,
                    const qr::QrWriteOptions& options)
{
    auto exported = otp::interop::formatGaMigration(tokens, batchId);
    skipped = std::move(exported.skipped);
    std::vector<QImage> images;
    for (const auto& uri : exported.uris) {
        auto image = qr::writeQr(uri.view(), options);
        if (!image)
            return image.error();
        images.push_back(std::move(image).value());
    }
    return images;
}

otp::Result<QImage> tokenQrImage(const otp::KeyUri& token, const qr::QrWriteOptions& options)
{
    const otp::SecureString uri = otp::formatKeyUri(token);
    return qr::writeQr(uri.view(), options);
}

}  // namespace platform
