#include "import_flow.h"

#include "background.h"
#include "error_text.h"
#include "otp/vault/vault.h"
#include "platform/import_export.h"
#include "secure_text.h"

namespace {

using otp::interop::ImportPlan;
using otp::interop::ImportResult;

// A copy of the saved tokens for a worker thread, which must not touch the model or the
// repository (they change on the GUI thread).
std::shared_ptr<const otp::vault::Vault> snapshotOf(const TokenListModel* tokens)
{
    return std::make_shared<const otp::vault::Vault>(tokens ? tokens->repository().vault()
                                                            : otp::vault::Vault{});
}

// Worker thread: the parse and the duplicate check, so a large file never blocks the GUI.
otp::Result<otp::interop::ImportPlan> readAndPlan(std::span<const std::uint8_t> bytes,
                                                  const otp::SecureString* passphrase,
                                                  const otp::vault::Vault& saved)
{
    auto parsed = otp::interop::importData(bytes, passphrase);
    if (!parsed)
        return parsed.error();
    return otp::interop::planImport(std::move(parsed).value(), saved);
}

}  // namespace

ImportFlow::ImportFlow(QObject* parent) : QObject(parent) {}

ImportFlow::~ImportFlow() = default;

QString ImportFlow::formatName() const
{
    if (!m_plan)
        return {};
    using F = otp::interop::ImportFormat;
    switch (m_plan->found.format) {
    case F::SoftTokenBackup: return tr("SoftToken backup");
    case F::GoogleMigration: return tr("Google Authenticator export");
    case F::AegisPlain:
    case F::AegisEncrypted: return tr("Aegis export");
    case F::UriList: return tr("List of otpauth:// links");
    case F::FreeOtpPlus: return tr("FreeOTP+ backup");
    case F::TwoFas:
    case F::TwoFasEncrypted: return tr("2FAS backup");
    case F::ProtonPlain:
    case F::ProtonEncrypted: return tr("Proton Authenticator export");
    case F::EntePlain:
    case F::EnteEncrypted: return tr("Ente Auth export");
    case F::BitwardenJson:
    case F::BitwardenCsv: return tr("Bitwarden export");
    case F::AndOtpPlain:
    case F::AndOtpEncrypted: return tr("andOTP backup");
    }
    return {};
}

int ImportFlow::foundCount() const
{
    return m_plan ? static_cast<int>(m_plan->found.tokens.size()) : 0;
}

int ImportFlow::newCount() const
{
    return m_plan ? static_cast<int>(m_plan->newCount()) : 0;
}

int ImportFlow::duplicateCount() const
{
    return m_plan ? static_cast<int>(m_plan->duplicateCount()) : 0;
}

int ImportFlow::unsupportedCount() const
{
    return m_plan ? static_cast<int>(m_plan->found.unsupported.size()) : 0;
}

int ImportFlow::batchScanned() const
{
    return static_cast<int>(m_batch.progress().scanned);
}

int ImportFlow::batchTotal() const
{
    return static_cast<int>(m_batch.progress().total);
}

bool ImportFlow::collectingBatch() const
{
    const auto progress = m_batch.progress();
    return progress.total > 0 && !progress.complete;
}

QString ImportFlow::batchProgress() const
{
    if (!collectingBatch())
        return {};
    QStringList missing;
    for (const std::size_t index : m_batch.missing())
        missing.append(QString::number(index + 1));
    return tr("Google Authenticator export: %1 of %2 scanned. Still to scan: %3.")
        .arg(batchScanned())
        .arg(batchTotal())
        .arg(missing.join(QStringLiteral(", ")));
}

void ImportFlow::openFile(const QUrl& file)
{
    if (m_state == Reading)
        return;
    cancel();
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    setError({});
    setState(Reading);
    const int generation = ++m_generation;
    auto saved = snapshotOf(m_tokens);  // for the duplicate check
    runInBackground(this, [this, path, generation, saved] {
        // Worker thread: file I/O, format detection and, for plain formats, parse and plan.
        auto bytes = platform::readImportFile(path);
        std::optional<otp::interop::ImportFormat> format;
        otp::Result<ImportPlan> parsed = otp::Error{otp::ErrorCode::ImportUnknownFormat, ""};
        std::shared_ptr<otp::SecureBytes> kept;
        if (!bytes) {
            parsed = bytes.error();
        } else if (format = otp::interop::detectFormat(*bytes); !format) {
            parsed = otp::Error{otp::ErrorCode::ImportUnknownFormat, "not an export"};
        } else if (otp::interop::needsPassphrase(*format)) {
            kept = std::make_shared<otp::SecureBytes>(std::move(bytes).value());
        } else {
            parsed = readAndPlan(*bytes, nullptr, *saved);
        }
        return [this, generation, kept, parsed = std::move(parsed)]() mutable {
            if (generation != m_generation)
                return;  // cancelled meanwhile
            if (kept) {
                m_pendingBytes = kept;
                setState(NeedsPassphrase);
                Q_EMIT passphraseNeeded();
                return;
            }
            finishRead(std::move(parsed));
        };
    });
}

bool ImportFlow::submitPassphrase(const QString& passphrase)
{
    if (m_state != NeedsPassphrase || !m_pendingBytes)
        return false;
    if (passphrase.isEmpty()) {
        setError(tr("Enter the passphrase of this backup."));
        return false;
    }
    auto secret = std::make_shared<otp::SecureString>(toSecureString(passphrase));
    setError({});
    setState(Reading);
    const int generation = ++m_generation;
    auto saved = snapshotOf(m_tokens);
    runInBackground(this, [this, bytes = m_pendingBytes, secret, generation, saved] {
        auto parsed = readAndPlan(*bytes, secret.get(), *saved);  // scrypt: ~0.5 s
        secret->clear();
        return [this, generation, parsed = std::move(parsed)]() mutable {
            if (generation != m_generation)
                return;
            if (!parsed && parsed.error().code == otp::ErrorCode::ImportWrongPassphrase) {
                setState(NeedsPassphrase);  // stay for another try
                setError(ErrorText::forError(parsed.error()));
                return;
            }
            finishRead(std::move(parsed));
        };
    });
    return true;
}

void ImportFlow::finishRead(otp::Result<ImportPlan> result)
{
    m_pendingBytes.reset();
    if (!result) {
        fail(ErrorText::forError(result.error()));
        return;
    }
    showPlan(std::move(result).value());
}

void ImportFlow::showPreview(ImportResult found)
{
    const otp::vault::Vault none;
    showPlan(otp::interop::planImport(std::move(found),
                                      m_tokens ? m_tokens->repository().vault() : none));
}

void ImportFlow::showPlan(ImportPlan plan)
{
    m_plan = std::move(plan);
    m_preview.setPlan(*m_plan);
    setError({});
    setState(Preview);
    Q_EMIT previewReady();
}

QString ImportFlow::confirm()
{
    if (m_state != Preview || !m_plan || !m_tokens)
        return {};
    if (m_refusal) {
        if (const QString refused = m_refusal(); !refused.isEmpty())
            return refused;
    }
    // The repository compares again: the list may have changed since the preview was made.
    auto added = m_tokens->applyImport(*m_plan);
    if (!added) {
        const QString message = ErrorText::forError(added.error());
        setError(message);
        return message;
    }
    const int count = static_cast<int>(*added);
    m_plan.reset();
    m_preview.clear();
    setError({});
    setState(Idle);
    Q_EMIT previewClosed(true);
    Q_EMIT imported(count, count == 0 ? tr("Nothing new to import.")
                                      : tr("%n token(s) imported.", nullptr, count));
    return {};
}

void ImportFlow::cancel()
{
    ++m_generation;
    m_pendingBytes.reset();
    const bool hadPreview = m_plan.has_value();
    m_plan.reset();
    m_preview.clear();
    setError({});
    setState(Idle);
    if (hadPreview)
        Q_EMIT previewClosed(false);
}

QString ImportFlow::addMigrationPart(std::string_view text)
{
    if (m_state != Idle)
        return {};  // a preview is open: the scan page is behind it
    const auto before = m_batch.progress();
    auto added = m_batch.add(text);
    if (!added) {
        if (added.error().code == otp::ErrorCode::ImportBatchMismatch)
            return tr("This code belongs to another Google Authenticator export. Scan the rest "
                      "of the current one (%1 of %2 scanned), or go back to start over.")
                .arg(before.scanned)
                .arg(before.total);
        return ErrorText::forError(added.error());
    }
    Q_EMIT batchChanged();
    if (added->complete) {
        auto found = m_batch.result();
        m_batch.reset();
        Q_EMIT batchChanged();
        showPreview(std::move(found));
    }
    return {};
}

void ImportFlow::resetBatch()
{
    if (m_batch.progress().total == 0)
        return;
    m_batch.reset();
    Q_EMIT batchChanged();
}

void ImportFlow::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged();
}

void ImportFlow::setError(const QString& error)
{
    if (error == m_error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}

void ImportFlow::fail(const QString& message)
{
    m_plan.reset();
    m_preview.clear();
    setState(Idle);
    setError(message);
    Q_EMIT failed(message);
}
