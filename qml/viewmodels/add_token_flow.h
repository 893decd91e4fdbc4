#pragma once

#include <functional>
#include <span>
#include <string>
#include <string_view>

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include "manual_entry.h"
#include "otp/key_uri.h"
#include "pending_token.h"
#include "scan_target.h"

class AppClock;
class ImportFlow;
class Navigation;
class TokenListModel;

// Adding one token: from a scanned or pasted QR code, a QR image file or typed details, the
// token becomes `pending` and the confirmation sheet opens (Navigation::ConfirmToken); confirming
// saves it and goes back to the home screen. Parts of a Google Authenticator export go to the
// ImportFlow instead. Owned and wired by AppController; the scan page reaches it as ScanTarget.
class AddTokenFlow : public QObject, public ScanTarget {
    Q_OBJECT
    Q_INTERFACES(ScanTarget)
    QML_ELEMENT
    QML_UNCREATABLE("Owned by AppController")
    Q_PROPERTY(PendingToken* pending READ pending CONSTANT)
    // A QR image is being read.
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)

public:
    explicit AddTokenFlow(QObject* parent = nullptr);

    void setTokens(TokenListModel* tokens) { m_tokens = tokens; }
    void setClock(AppClock* clock) { m_clock = clock; }
    void setImportFlow(ImportFlow* importFlow) { m_importFlow = importFlow; }
    void setNavigation(Navigation* navigation) { m_navigation = navigation; }
    // A translated reason why nothing may be saved now ("" = saving is fine), e.g. the vault
    // could not be opened: a token added then would vanish at exit.
    void setRefusal(std::function<QString()> refusal) { m_refusal = std::move(refusal); }

    PendingToken* pending() { return &m_pending; }
    bool busy() const { return m_busy; }

    // A scanned payload (QR text). "" or a translated error.
    QString offerPayload(std::string_view payload) override;
    bool collectingBatch() const override;
    // Offers every code read from one image or the clipboard (offerImageCodes()).
    QString offerCodes(std::span<const std::string> codes);

    Q_INVOKABLE ManualEntry manualEntry() const { return {}; }
    // Checks typed token details and, if they are fine, makes them the pending token.
    // Returns "" or a translated error naming the field.
    Q_INVOKABLE QString offerManual(const ManualEntry& entry);
    // Reads QR codes from an image file in the background (busy meanwhile); the first token
    // found becomes pending, or the error is shown as a message.
    Q_INVOKABLE void importImage(const QUrl& file);
    // A QR image or otpauth:// text on the clipboard. "" or a translated error.
    Q_INVOKABLE QString pasteFromClipboard();

    enum ConfirmAction { AddNew, ReplaceDuplicate };
    Q_ENUM(ConfirmAction)
    // Saves the pending token. Returns "" or a translated error, also shown as a message (the
    // token stays pending).
    Q_INVOKABLE QString confirmPending(AddTokenFlow::ConfirmAction action = AddNew);
    // The confirmation sheet was cancelled.
    Q_INVOKABLE void discardPending();
    // Forgets the pending token without a word (the app locked).
    void clear() { m_pending.clear(); }

Q_SIGNALS:
    void busyChanged();
    void pendingReady();
    void pendingDiscarded();
    void tokenAdded(qulonglong id);
    // A failure of importImage() or confirmPending(), also shown as a message.
    void errorOccurred(const QString& message);

private:
    QString offerUri(otp::KeyUri uri);
    void setBusy(bool busy);
    void fail(const QString& message);

    PendingToken m_pending;
    QPointer<TokenListModel> m_tokens;
    QPointer<AppClock> m_clock;
    QPointer<ImportFlow> m_importFlow;
    QPointer<Navigation> m_navigation;
    std::function<QString()> m_refusal;
    bool m_busy = false;
};
