#pragma once

#include <chrono>
#include <optional>

#include <QObject>
#include <QPointer>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include "app_settings.h"
#include "otp/error.h"
#include "platform/sntp_client.h"

// The "Check clock" page (`app.clockCheck`): asks one NTP server how far the device clock is
// off — only when the user taps "Check now", never by itself — and lets the user apply the
// measured offset as the app's time correction for codes (AppSettings.clockCorrectionSeconds,
// which AppController hands to AppClock). The system clock is never changed.
// The query is asynchronous (platform::SntpClient: host lookup on Qt's lookup thread,
// non-blocking UDP): `busy` is true meanwhile.
class ClockCheckController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by AppController")
    Q_PROPERTY(QString server READ server WRITE setServer NOTIFY serverChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY stateChanged)
    Q_PROPERTY(bool hasResult READ hasResult NOTIFY stateChanged)
    Q_PROPERTY(int offsetSeconds READ offsetSeconds NOTIFY stateChanged)
    // "Your clock is correct (within 1 s)." / "Your clock is off by 42 s: it is slow." / "".
    Q_PROPERTY(QString resultText READ resultText NOTIFY stateChanged)
    // The last failure, translated (timeout, unknown server, bad reply), or "".
    Q_PROPERTY(QString errorText READ errorText NOTIFY stateChanged)
    Q_PROPERTY(int correctionSeconds READ correctionSeconds NOTIFY correctionChanged)

public:
    explicit ClockCheckController(QObject* parent = nullptr);

    // Where the server name and the correction are kept. Not owned.
    void setSettings(AppSettings* settings);
    // Tests: a local fake server's port (the UI always uses 123) and a shorter timeout.
    void setPort(quint16 port) { m_port = port; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    QString server() const;
    void setServer(const QString& host);
    bool isBusy() const { return m_client.isBusy(); }
    bool hasResult() const { return m_result.has_value(); }
    int offsetSeconds() const { return m_result ? m_result->offsetSeconds() : 0; }
    QString resultText() const;
    QString errorText() const;
    // Why the last check failed; std::nullopt after a success or before the first check.
    const std::optional<otp::Error>& lastError() const { return m_error; }
    int correctionSeconds() const;

    // Contacts the server (the user asked for it on the page).
    Q_INVOKABLE void check();
    // Uses the measured offset as the correction for codes (replaces an earlier one).
    Q_INVOKABLE void applyOffset();
    Q_INVOKABLE void removeCorrection();

Q_SIGNALS:
    void serverChanged();
    void stateChanged();
    void correctionChanged();
    void finished(bool ok);

private:
    QPointer<AppSettings> m_settings;
    platform::SntpClient m_client;
    QString m_server = QString::fromLatin1(platform::sntp::kDefaultServer);  // without settings
    quint16 m_port = platform::sntp::kDefaultPort;
    std::chrono::milliseconds m_timeout = platform::sntp::kDefaultTimeout;
    std::optional<platform::SntpMeasurement> m_result;
    std::optional<otp::Error> m_error;
};
