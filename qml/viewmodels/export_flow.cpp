#include "export_flow.h"

#include "background.h"
#include "error_text.h"
#include "otp/vault/vault.h"
#include "passphrase_prompt.h"
#include "platform/error_code.h"
#include "platform/import_export.h"
#include "secure_text.h"

namespace {

platform::ExportFormat toPlatform(ExportFlow::Format format)
{
    switch (format) {
    case ExportFlow::SoftTokenBackup: return platform::ExportFormat::SoftTokenBackup;
    case ExportFlow::UriList: return platform::ExportFormat::UriList;
    case ExportFlow::AegisPlain: return platform::ExportFormat::AegisPlain;
    case ExportFlow::GaQr:
    case ExportFlow::OneTokenQr: break;
    }
    return platform::ExportFormat::GaQr;
}

std::vector<otp::KeyUri> urisOf(const TokenListModel* tokens)
{
    std::vector<otp::KeyUri> uris;
    if (!tokens)
        return uris;
    for (const auto& token : tokens->repository().vault().tokens)
        uris.push_back(token.uri);
    return uris;
}

}  // namespace

ExportFlow::ExportFlow(QObject* parent) : QObject(parent) {}

void ExportFlow::setLock(LockController* lock)
{
    if (m_lock)
        disconnect(m_lock, nullptr, this, nullptr);
    m_lock = lock;
    if (m_lock)
        connect(m_lock, &LockController::enabledChanged, this, &ExportFlow::pinSetChanged);
    Q_EMIT pinSetChanged();
}

ExportFlow::~ExportFlow() = default;

int ExportFlow::minimumPassphraseLength() const
{
    return PassphrasePrompt::kMinimumLength;
}

bool ExportFlow::isEncrypted(Format format) const
{
    return platform::isEncrypted(toPlatform(format));
}

QString ExportFlow::suggestedFileName(Format format) const
{
    switch (format) {
    case SoftTokenBackup: return QStringLiteral("softtoken-backup.stbackup");
    case UriList: return QStringLiteral("softtoken-otpauth-links.txt");
    case AegisPlain: return QStringLiteral("aegis-export-plain.json");
    case GaQr:
    case OneTokenQr: break;
    }
    return {};
}

QString ExportFlow::setBackupPassphrase(const QString& passphrase, const QString& repeat)
{
    m_passphrase.reset();
    if (passphrase.size() < minimumPassphraseLength())
        return tr("The passphrase must have at least %n character(s).", nullptr,
                  minimumPassphraseLength());
    if (passphrase != repeat)
        return tr("The two passphrases do not match.");
    m_passphrase = toSecureString(passphrase);
    return {};
}

QString ExportFlow::authorize(const QString& pin)
{
    m_authorized.reset();
    if (!m_lock || !m_lock->isEnabled())
        return tr("An export contains every secret key, so it needs the app PIN. Set a PIN in "
                  "Settings → App lock first, then export.");
    if (!m_lock->verifyPin(pin))
        return !m_lock->countdownText().isEmpty() ? m_lock->countdownText() : m_lock->errorText();
    m_authorized = QDeadlineTimer(kAuthorizationMs);
    return {};
}

// Checked here, not only in QML: no page or script can reach the seeds without the PIN.
bool ExportFlow::takeAuthorization()
{
    const bool ok = m_authorized && !m_authorized->hasExpired() && m_lock && m_lock->isEnabled();
    m_authorized.reset();
    return ok;
}

bool ExportFlow::writeFile(Format format, const QUrl& file)
{
    if (m_busy || isQr(format) || (format == SoftTokenBackup && !m_passphrase))
        return false;
    if (!takeAuthorization())
        return false;
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    std::shared_ptr<otp::SecureString> passphrase;
    if (m_passphrase) {
        passphrase = std::make_shared<otp::SecureString>(std::move(*m_passphrase));
        m_passphrase.reset();
    }
    // The vault as saved, not rebuilt from the rows: a backup keeps what a newer version stored.
    auto vault = std::make_shared<otp::vault::Vault>(m_tokens ? m_tokens->repository().vault()
                                                              : otp::vault::Vault{});
    const int count = static_cast<int>(vault->tokens.size());
    setBusy(true);
    runInBackground(this, [this, format, path, vault, passphrase, count, scrypt = m_scrypt] {
        auto written = platform::exportTo(toPlatform(format), *vault, path, passphrase.get(),
                                          platform::ExportOptions{.scrypt = scrypt});
        if (passphrase)
            passphrase->clear();
        vault->tokens.clear();
        return [this, written, count] {
            setBusy(false);
            if (written)
                Q_EMIT finished(true, tr("%n token(s) exported.", nullptr, count));
            else
                Q_EMIT finished(false, ErrorText::forError(written.error()));
        };
    });
    return true;
}

QString ExportFlow::showQr(Format format, qulonglong tokenId)
{
    if (format == OneTokenQr)
        return showTokenQr(tokenId);
    if (format == GaQr)
        return showGaQr();
    return tr("This format is a file, not QR codes.");
}

QString ExportFlow::showGaQr()
{
    clearQr();
    if (!takeAuthorization())
        return tr("Confirm the export with your PIN first.");
    const std::vector<otp::KeyUri> uris = urisOf(m_tokens);
    if (uris.empty())
        return tr("There are no tokens to export.");
    std::uint32_t random = 0;
    auto filled = otp::vault::systemRandom()(
        std::span<std::uint8_t>(reinterpret_cast<std::uint8_t*>(&random), sizeof random));
    if (!filled)
        return ErrorText::forError(filled.error());
    std::vector<otp::interop::UnsupportedEntry> skipped;
    auto images = platform::gaMigrationQrImages(
        uris, static_cast<std::int32_t>(random & 0x7fffffffU), skipped);
    if (!images)
        return ErrorText::forError(images.error());
    for (const auto& entry : skipped) {
        const QString label = entry.label.empty()
                                  ? QString::number(static_cast<qulonglong>(entry.position))
                                  : QString::fromStdString(entry.label);
        if (entry.code == otp::ErrorCode::UriUnknownType)
            m_skipped.append(
                tr("%1: Google Authenticator cannot show Steam Guard codes.").arg(label));
        else if (entry.code == otp::ErrorCode::OtpBadPeriod)
            m_skipped.append(
                tr("%1: Google Authenticator only knows a 30-second period.").arg(label));
        else
            m_skipped.append(tr("%1: Google Authenticator only knows 6 or 8 digits.").arg(label));
    }
    if (images->empty())
        return tr("None of your tokens can be shown to Google Authenticator.");
    m_images = std::move(images).value();
    m_qrTitle = tr("Google Authenticator export");
    Q_EMIT qrChanged();
    return {};
}

QString ExportFlow::showTokenQr(qulonglong tokenId)
{
    clearQr();
    if (!takeAuthorization())
        return tr("Confirm the export with your PIN first.");
    const int row = m_tokens ? m_tokens->rowOf(tokenId) : -1;
    if (row < 0)
        return ErrorText::forCode(otp::ErrorCode::VaultNoSuchToken);
    const otp::KeyUri& uri = m_tokens->tokenAt(row)->uri;
    auto image = platform::tokenQrImage(uri);
    if (!image)
        return ErrorText::forError(image.error());
    m_images.push_back(std::move(image).value());
    m_qrTitle = QString::fromStdString(uri.issuer.empty() ? uri.account : uri.issuer);
    Q_EMIT qrChanged();
    return {};
}

void ExportFlow::clearQr()
{
    if (m_images.empty() && m_skipped.isEmpty())
        return;
    // Overwrite the pixels: they encode secrets.
    for (QImage& image : m_images)
        image.fill(0);
    m_images.clear();
    m_skipped.clear();
    m_qrIndex = 0;
    m_qrTitle.clear();
    Q_EMIT qrChanged();
}

void ExportFlow::setQrIndex(int index)
{
    index = std::clamp(index, 0, std::max(0, qrCount() - 1));
    if (index == m_qrIndex)
        return;
    m_qrIndex = index;
    Q_EMIT qrChanged();
}

QImage ExportFlow::currentQr() const
{
    if (m_qrIndex < 0 || m_qrIndex >= qrCount())
        return {};
    return m_images[static_cast<std::size_t>(m_qrIndex)];
}

void ExportFlow::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}
