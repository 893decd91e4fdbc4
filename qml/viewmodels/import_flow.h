#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string_view>

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include "import_preview_model.h"
#include "otp/interop/ga_migration.h"
#include "otp/interop/import.h"
#include "otp/secure_bytes.h"
#include "token_list_model.h"

// Import from another app's export (docs/interop.md "In the app"), owned by AppController:
//   openFile() reads and recognises the file on a worker thread (busy) -> NeedsPassphrase for
//   an encrypted backup (submitPassphrase(), also on a worker thread) -> Preview: what was
//   found, which are duplicates of saved tokens (skipped) and which entries cannot be imported
//   -> confirm() stores the new tokens with ONE save (all or nothing), cancel() stores nothing.
// Google Authenticator export QR codes scanned one by one go to addMigrationPart(); the batch
// progress drives the scan page's "2 of 3 scanned" and a complete batch opens the same preview.
// The typed passphrase goes into an otp::SecureString at once (as in PassphrasePrompt).
class ImportFlow : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by AppController")
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY stateChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(ImportPreviewModel* preview READ preview CONSTANT)
    Q_PROPERTY(QString formatName READ formatName NOTIFY stateChanged)
    Q_PROPERTY(int foundCount READ foundCount NOTIFY stateChanged)
    Q_PROPERTY(int newCount READ newCount NOTIFY stateChanged)
    Q_PROPERTY(int duplicateCount READ duplicateCount NOTIFY stateChanged)
    Q_PROPERTY(int unsupportedCount READ unsupportedCount NOTIFY stateChanged)
    Q_PROPERTY(int batchScanned READ batchScanned NOTIFY batchChanged)
    Q_PROPERTY(int batchTotal READ batchTotal NOTIFY batchChanged)
    Q_PROPERTY(bool collectingBatch READ collectingBatch NOTIFY batchChanged)
    Q_PROPERTY(QString batchProgress READ batchProgress NOTIFY batchChanged)

public:
    enum State { Idle, Reading, NeedsPassphrase, Preview };
    Q_ENUM(State)

    explicit ImportFlow(QObject* parent = nullptr);
    ~ImportFlow() override;

    void setTokens(TokenListModel* tokens) { m_tokens = tokens; }
    // Why nothing may be stored right now (e.g. the vault could not be opened), or "".
    void setRefusal(std::function<QString()> refusal) { m_refusal = std::move(refusal); }

    State state() const { return m_state; }
    bool busy() const { return m_state == Reading; }
    QString error() const { return m_error; }
    ImportPreviewModel* preview() { return &m_preview; }
    QString formatName() const;
    int foundCount() const;
    int newCount() const;
    int duplicateCount() const;
    int unsupportedCount() const;
    const std::optional<otp::interop::ImportPlan>& plan() const { return m_plan; }

    int batchScanned() const;
    int batchTotal() const;
    bool collectingBatch() const;
    // "2 of 3 scanned (missing: 3)", or "" when no batch is being collected.
    QString batchProgress() const;

    // Reads `file` in the background; the result arrives as previewReady(), passphraseNeeded()
    // or failed(message).
    Q_INVOKABLE void openFile(const QUrl& file);
    // The backup's passphrase (NeedsPassphrase). false if refused at once (empty); a wrong one
    // leaves the flow in NeedsPassphrase with `error` set.
    Q_INVOKABLE bool submitPassphrase(const QString& passphrase);
    // Stores the preview's new tokens with one save. "" or a translated error (the list and the
    // saved tokens are then unchanged and the preview stays open). Emits imported(count).
    Q_INVOKABLE QString confirm();
    // Drops the preview or the pending passphrase question; stores nothing.
    Q_INVOKABLE void cancel();

    // A scanned otpauth-migration:// text. "" when taken (progress, or the preview opened), or
    // a translated error (another export's code, a damaged code); the batch is then unchanged.
    QString addMigrationPart(std::string_view text);
    // Forgets the parts scanned so far (leaving the scan page).
    Q_INVOKABLE void resetBatch();
    // The import found in `found` (e.g. a complete batch), as a preview against the saved list.
    void showPreview(otp::interop::ImportResult found);

Q_SIGNALS:
    void stateChanged();
    void errorChanged();
    void batchChanged();
    void passphraseNeeded();
    void previewReady();
    void previewClosed(bool imported);  // imported: confirm() stored the tokens
    void imported(int count, const QString& message);
    void failed(const QString& message);

private:
    void setState(State state);
    void setError(const QString& error);
    void fail(const QString& message);
    void finishRead(otp::Result<otp::interop::ImportPlan> result);
    void showPlan(otp::interop::ImportPlan plan);

    QPointer<TokenListModel> m_tokens;
    std::function<QString()> m_refusal;
    State m_state = Idle;
    QString m_error;
    ImportPreviewModel m_preview;
    std::optional<otp::interop::ImportPlan> m_plan;
    std::shared_ptr<otp::SecureBytes> m_pendingBytes;  // an encrypted file awaiting its passphrase
    otp::interop::GaBatchCollector m_batch;
    int m_generation = 0;  // a cancelled read's result is dropped
};
