#pragma once

#include <optional>
#include <vector>

#include <QDeadlineTimer>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include "lock_controller.h"
#include "otp/secure_bytes.h"
#include "otp/vault/vault_crypto.h"
#include "token_list_model.h"

// Export of every saved token (docs/interop.md "In the app"), owned by AppController. The page
// asks for an explicit confirmation first and warns for every format but the encrypted backup
// (isEncrypted()). Files are made and written on a worker thread (scrypt, file I/O) straight
// from zeroizing buffers; QR codes exist only as QImage pixels, drawn by QrImage items. The
// backup's new passphrase goes into an otp::SecureString at once (as in PassphrasePrompt).
class ExportFlow : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by AppController")
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(int minimumPassphraseLength READ minimumPassphraseLength CONSTANT)
    Q_PROPERTY(int qrCount READ qrCount NOTIFY qrChanged)
    Q_PROPERTY(int qrIndex READ qrIndex WRITE setQrIndex NOTIFY qrChanged)
    Q_PROPERTY(QString qrTitle READ qrTitle NOTIFY qrChanged)
    Q_PROPERTY(QStringList skipped READ skipped NOTIFY qrChanged)
    // authorize() takes a PIN (else it says to set one first): the page shows the PIN field.
    Q_PROPERTY(bool pinSet READ pinSet NOTIFY pinSetChanged)

public:
    // The files, and the QR codes: Google Authenticator's (every token) or one token's.
    enum Format { SoftTokenBackup, UriList, AegisPlain, GaQr, OneTokenQr };
    Q_ENUM(Format)

    explicit ExportFlow(QObject* parent = nullptr);
    ~ExportFlow() override;

    void setTokens(TokenListModel* tokens) { m_tokens = tokens; }
    // The app lock whose PIN authorises an export. Without one (or with no PIN set) nothing
    // can be exported: every export carries every secret key (docs/protections.md "Exports").
    void setLock(LockController* lock);
    // Tests use cheap scrypt parameters for the backup.
    void setScryptParams(otp::vault::ScryptParams params) { m_scrypt = params; }

    bool busy() const { return m_busy; }
    bool pinSet() const { return m_lock && m_lock->isEnabled(); }
    int minimumPassphraseLength() const;
    int qrCount() const { return static_cast<int>(m_images.size()); }
    int qrIndex() const { return m_qrIndex; }
    void setQrIndex(int index);
    QString qrTitle() const { return m_qrTitle; }
    QStringList skipped() const { return m_skipped; }
    // The QR code on show, or a null image.
    QImage currentQr() const;

    // False only for the SoftToken backup: the page must warn before every other export.
    Q_INVOKABLE bool isEncrypted(ExportFlow::Format format) const;
    // GaQr and OneTokenQr are shown (showQr()), the others written (writeFile()).
    Q_INVOKABLE static bool isQr(ExportFlow::Format format)
    {
        return format == GaQr || format == OneTokenQr;
    }
    // A file name to suggest in the save dialog.
    Q_INVOKABLE QString suggestedFileName(ExportFlow::Format format) const;
    // The backup's new passphrase, typed twice. "" when accepted (kept for writeFile()), else a
    // translated reason (too short, not the same).
    Q_INVOKABLE QString setBackupPassphrase(const QString& passphrase, const QString& repeat);
    // Checks the app PIN (same rate limit as the lock screen) and, if right, allows the next
    // writeFile(), showGaQr() or showTokenQr() within kAuthorizationMs. "" when authorised, else
    // a translated reason (no PIN set yet: set one first; wrong PIN; wait).
    Q_INVOKABLE QString authorize(const QString& pin);
    static constexpr qint64 kAuthorizationMs = 5 * 60 * 1000;

    // Each of the three exports below needs authorize() first and uses up the authorisation.
    // Writes every token in `format` to `file` in the background (busy); the result arrives as
    // finished(ok, translated message). The backup needs setBackupPassphrase() first; the
    // passphrase is forgotten afterwards. false if nothing was started.
    Q_INVOKABLE bool writeFile(ExportFlow::Format format, const QUrl& file);
    // The QR codes of `format`: showGaQr(), or showTokenQr(tokenId) for OneTokenQr.
    Q_INVOKABLE QString showQr(ExportFlow::Format format, qulonglong tokenId = 0);
    // Google Authenticator QR codes of every token (10 per code) to show one after another;
    // tokens GA cannot hold are listed in `skipped`. "" or a translated error.
    Q_INVOKABLE QString showGaQr();
    // One token's otpauth:// QR code. "" or a translated error.
    Q_INVOKABLE QString showTokenQr(qulonglong tokenId);
    Q_INVOKABLE void clearQr();
    Q_INVOKABLE void forgetPassphrase() { m_passphrase.reset(); }

Q_SIGNALS:
    void busyChanged();
    void qrChanged();
    void pinSetChanged();
    void finished(bool ok, const QString& message);

private:
    void setBusy(bool busy);
    bool takeAuthorization();

    QPointer<TokenListModel> m_tokens;
    QPointer<LockController> m_lock;
    std::optional<QDeadlineTimer> m_authorized;  // monotonic: the wall clock cannot extend it
    otp::vault::ScryptParams m_scrypt = otp::vault::kDefaultScrypt;
    std::optional<otp::SecureString> m_passphrase;
    std::vector<QImage> m_images;
    int m_qrIndex = 0;
    QString m_qrTitle;
    QStringList m_skipped;
    bool m_busy = false;
};
