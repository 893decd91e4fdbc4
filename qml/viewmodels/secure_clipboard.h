#pragma once

#include <QObject>
#include <QString>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

// Copies codes and serials. Codes are marked sensitive for clipboard managers
// (x-kde-passwordManagerHint) and cleared after `clearSeconds` if still on the clipboard.
// Secrets (seeds) never come here: there is no API that takes one.
class SecureClipboard : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by AppController")
    Q_PROPERTY(int clearSeconds READ clearSeconds WRITE setClearSeconds NOTIFY clearSecondsChanged)

public:
    explicit SecureClipboard(QObject* parent = nullptr);

    int clearSeconds() const { return m_clearSeconds; }
    void setClearSeconds(int seconds);

    // A one-time password: sensitive, auto-cleared. Spaces are removed.
    Q_INVOKABLE void copyCode(const QString& code);
    // A serial number: not secret, not cleared. Spaces are removed.
    Q_INVOKABLE void copyText(const QString& text);
    // What the app last put there (for tests); empty once cleared.
    Q_INVOKABLE QString lastCopied() const { return m_lastCopied; }

Q_SIGNALS:
    void clearSecondsChanged();
    void copied();
    void cleared();

private:
    void clearIfStillOurs();

    int m_clearSeconds = 30;
    QString m_lastCopied;
    QTimer m_clearTimer;
};
