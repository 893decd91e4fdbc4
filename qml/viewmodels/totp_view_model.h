#pragma once

#include <QObject>
#include <QString>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <optional>

#include "otp/key_uri.h"
#include "otp/totp.h"

// The code, countdown and serial of one TOTP token, refreshed once a second.
// The secret stays in C++: QML only ever sees codes and the serial.
class TotpViewModel : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString issuer READ issuer NOTIFY tokenChanged)
    Q_PROPERTY(QString account READ account NOTIFY tokenChanged)
    Q_PROPERTY(QString serial READ serial NOTIFY tokenChanged)
    Q_PROPERTY(QString code READ code NOTIFY codeChanged)
    Q_PROPERTY(int secondsRemaining READ secondsRemaining NOTIFY codeChanged)
    Q_PROPERTY(int period READ period NOTIFY tokenChanged)

public:
    explicit TotpViewModel(QObject* parent = nullptr);

    QString issuer() const;
    QString account() const;
    QString serial() const;
    QString code() const { return m_code; }
    int secondsRemaining() const { return m_secondsRemaining; }
    int period() const;

    // Shows the built-in demo token (until the vault-backed token list exists).
    Q_INVOKABLE void showDemoToken();

Q_SIGNALS:
    void tokenChanged();
    void codeChanged();

private:
    void refresh();

    std::optional<otp::KeyUri> m_token;
    std::optional<otp::TotpGenerator> m_generator;
    QString m_code;
    int m_secondsRemaining = 0;
    QTimer m_timer;
    otp::Clock m_clock = otp::systemClock();
};
