#pragma once

#include <memory>

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include "platform/clipboard_guard.h"

// The pages' clipboard: codes go through platform::ClipboardGuard (marked sensitive, cleared
// `clearSeconds` later only if still ours, also when the app comes back to the front); serials
// are copied plainly. Seeds never come here: there is no API that takes one.
class SecureClipboard : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by AppController")
    Q_PROPERTY(int clearSeconds READ clearSeconds WRITE setClearSeconds NOTIFY clearSecondsChanged)
    Q_PROPERTY(bool pending READ isPending NOTIFY pendingChanged)

public:
    // The system clipboard and clock.
    explicit SecureClipboard(QObject* parent = nullptr);
    ~SecureClipboard() override;

    // Tests: another clipboard back end and clock. Keeps clearSeconds; forgets a pending copy.
    void useBackend(std::unique_ptr<platform::ClipboardBackend> backend, otp::MsClock clock);
    platform::ClipboardGuard* guard() { return m_guard.get(); }

    int clearSeconds() const { return m_guard->clearSeconds(); }
    void setClearSeconds(int seconds) { m_guard->setClearSeconds(seconds); }  // 0: never
    bool isPending() const { return m_guard->isPending(); }

    // A one-time password: sensitive, cleared later. Spaces are removed.
    Q_INVOKABLE void copyCode(const QString& code);
    // A serial number: not secret, not cleared. Spaces are removed.
    Q_INVOKABLE void copyText(const QString& text);
    // What the app last put there (for tests); empty once cleared.
    Q_INVOKABLE QString lastCopied() const { return m_lastCopied; }
    // Clears at once if the clipboard still holds our code (the app locks or quits).
    Q_INVOKABLE bool clearNowIfOurs();

Q_SIGNALS:
    void clearSecondsChanged();
    void pendingChanged();
    void copied();
    void cleared();

private:
    void connectGuard();

    std::unique_ptr<platform::ClipboardGuard> m_guard;
    QString m_lastCopied;
};
