#pragma once

#include <memory>

#include <QObject>
#include <QSettings>
#include <QString>
#include <QtQml/qqmlregistration.h>

// The user's preferences and the normal/registration mode. Persisted with QSettings in an INI
// file when one is opened; never holds secrets (no seeds, no codes).
class AppSettings : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by AppController")
    Q_PROPERTY(bool registrationMode READ registrationMode WRITE setRegistrationMode NOTIFY
                   registrationModeChanged)
    Q_PROPERTY(Theme theme READ theme WRITE setTheme NOTIFY themeChanged)
    Q_PROPERTY(bool darkTheme READ darkTheme NOTIFY themeChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(bool showNextCode READ showNextCode WRITE setShowNextCode NOTIFY showNextCodeChanged)
    Q_PROPERTY(bool tapToCopy READ tapToCopy WRITE setTapToCopy NOTIFY tapToCopyChanged)
    Q_PROPERTY(int clipboardClearSeconds READ clipboardClearSeconds WRITE setClipboardClearSeconds
                   NOTIFY clipboardClearSecondsChanged)
    Q_PROPERTY(QString timeServer READ timeServer WRITE setTimeServer NOTIFY timeServerChanged)
    Q_PROPERTY(int clockCorrectionSeconds READ clockCorrectionSeconds WRITE
                   setClockCorrectionSeconds NOTIFY clockCorrectionSecondsChanged)

public:
    enum Theme { SystemTheme, LightTheme, DarkTheme };
    Q_ENUM(Theme)

    explicit AppSettings(QObject* parent = nullptr);
    ~AppSettings() override;

    // Reads and from now on writes `iniPath`. Unknown or out-of-range values fall back to
    // the defaults.
    void openFile(const QString& iniPath);
    QString fileName() const;

    bool registrationMode() const { return m_registrationMode; }
    void setRegistrationMode(bool on);
    Q_INVOKABLE void toggleMode() { setRegistrationMode(!m_registrationMode); }
    Theme theme() const { return m_theme; }
    void setTheme(Theme theme);
    // The theme in effect: Dark, or System on a system whose palette is dark. The same rule
    // as Material's own System theme in Qt 6.4 (light window text), so the plain start screen
    // and the Controls pages agree.
    bool darkTheme() const;
    QString language() const { return m_language; }  // "" (system), "ja" or "en"
    void setLanguage(const QString& language);
    bool showNextCode() const { return m_showNextCode; }
    void setShowNextCode(bool on);
    bool tapToCopy() const { return m_tapToCopy; }
    void setTapToCopy(bool on);
    int clipboardClearSeconds() const { return m_clipboardClearSeconds; }  // 0: never
    void setClipboardClearSeconds(int seconds);
    // The clock check's NTP server (host name or address); empty resets to pool.ntp.org.
    QString timeServer() const { return m_timeServer; }
    void setTimeServer(const QString& host);
    // The correction the user applied after a clock check (added to the clock for codes),
    // -7..+7 days.
    int clockCorrectionSeconds() const { return m_clockCorrectionSeconds; }
    void setClockCorrectionSeconds(int seconds);

Q_SIGNALS:
    void registrationModeChanged();
    void themeChanged();
    void languageChanged();
    void showNextCodeChanged();
    void tapToCopyChanged();
    void clipboardClearSecondsChanged();
    void timeServerChanged();
    void clockCorrectionSecondsChanged();

private:
    void store(const char* key, const QVariant& value);

    std::unique_ptr<QSettings> m_settings;
    bool m_reading = false;  // openFile() applies what it read: nothing to store
    bool m_registrationMode = false;
    Theme m_theme = SystemTheme;
    QString m_language;
    bool m_showNextCode = true;
    bool m_tapToCopy = true;
    int m_clipboardClearSeconds = 30;
    QString m_timeServer = QStringLiteral("pool.ntp.org");
    int m_clockCorrectionSeconds = 0;
};
