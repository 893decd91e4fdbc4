#include "platform/import_export.h"

#include <QFile>

#include "otp/interop/ga_migration.h"
#include "otp/interop/import_limits.h"
#include "platform/error_code.h"

namespace platform {

namespace {
constexpr qint64 kMaxImportSize = static_cast<qint64>(otp::interop::kMaxImportBytes);
}

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

otp::Result<std::size_t> applyImport(VaultSession& session, const otp::interop::ImportPlan& plan,
                                     std::int64_t created)
{
    if (!session.isOpen())
        return otp::Error{otp::ErrorCode::VaultIo, "the vault is not open"};
    const std::size_t count = plan.newCount();
    if (count == 0)
        return std::size_t{0};
    if (auto ok = session.save(otp::interop::mergeImport(session.vault(), plan, created)); !ok)
        return ok.error();
    return count;
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
