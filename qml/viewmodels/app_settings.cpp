#include "app_settings.h"

#include <QGuiApplication>
#include <QPalette>

namespace {
bool validLanguage(const QString& l)
{
    return l.isEmpty() || l == QLatin1String("ja") || l == QLatin1String("en");
}
}  // namespace

AppSettings::AppSettings(QObject* parent) : QObject(parent) {}
AppSettings::~AppSettings() = default;

void AppSettings::openFile(const QString& iniPath)
{
    m_settings = std::make_unique<QSettings>(iniPath, QSettings::IniFormat);
    QSettings& s = *m_settings;
    // Reading is not a change: without this, each setter below rewrote and fdatasync()ed the
    // whole file, ~50 ms of start-up before the first frame.
    m_reading = true;
    setRegistrationMode(s.value(QStringLiteral("mode/registration"), false).toBool());
    const int theme = s.value(QStringLiteral("ui/theme"), int(SystemTheme)).toInt();
    setTheme(theme >= SystemTheme && theme <= DarkTheme ? Theme(theme) : SystemTheme);
    const QString language = s.value(QStringLiteral("ui/language")).toString();
    setLanguage(validLanguage(language) ? language : QString());
    setShowNextCode(s.value(QStringLiteral("ui/showNextCode"), true).toBool());
    setTapToCopy(s.value(QStringLiteral("ui/tapToCopy"), true).toBool());
    const int clear = s.value(QStringLiteral("clipboard/clearSeconds"), 30).toInt();
    setClipboardClearSeconds(clear >= 0 && clear <= 600 ? clear : 30);
    setTimeServer(s.value(QStringLiteral("clock/server")).toString());
    setClockCorrectionSeconds(s.value(QStringLiteral("clock/correctionSeconds"), 0).toInt());
    m_reading = false;
}

QString AppSettings::fileName() const
{
    return m_settings ? m_settings->fileName() : QString();
}

void AppSettings::store(const char* key, const QVariant& value)
{
    if (m_settings && !m_reading) {
        m_settings->setValue(QLatin1String(key), value);
        m_settings->sync();
    }
}

void AppSettings::setRegistrationMode(bool on)
{
    store("mode/registration", on);
    if (on == m_registrationMode)
        return;
    m_registrationMode = on;
    Q_EMIT registrationModeChanged();
}

void AppSettings::setTheme(Theme theme)
{
    store("ui/theme", int(theme));
    if (theme == m_theme)
        return;
    m_theme = theme;
    Q_EMIT themeChanged();
}

bool AppSettings::darkTheme() const
{
    if (m_theme != SystemTheme)
        return m_theme == DarkTheme;
    const QColor text = QGuiApplication::palette().color(QPalette::WindowText);
    return text.red() > 128 && text.green() > 128 && text.blue() > 128;
}

void AppSettings::setLanguage(const QString& language)
{
    if (!validLanguage(language))
        return;
    store("ui/language", language);
    if (language == m_language)
        return;
    m_language = language;
    Q_EMIT languageChanged();
}

void AppSettings::setShowNextCode(bool on)
{
    store("ui/showNextCode", on);
    if (on == m_showNextCode)
        return;
    m_showNextCode = on;
    Q_EMIT showNextCodeChanged();
}

void AppSettings::setTapToCopy(bool on)
{
    store("ui/tapToCopy", on);
    if (on == m_tapToCopy)
        return;
    m_tapToCopy = on;
    Q_EMIT tapToCopyChanged();
}

void AppSettings::setClipboardClearSeconds(int seconds)
{
    seconds = std::clamp(seconds, 0, 600);
    store("clipboard/clearSeconds", seconds);
    if (seconds == m_clipboardClearSeconds)
        return;
    m_clipboardClearSeconds = seconds;
    Q_EMIT clipboardClearSecondsChanged();
}

namespace {
constexpr int kMaxCorrectionSeconds = 7 * 24 * 3600;
}  // namespace

void AppSettings::setTimeServer(const QString& host)
{
    QString server = host.trimmed();
    if (server.isEmpty())
        server = QStringLiteral("pool.ntp.org");
    store("clock/server", server);
    if (server == m_timeServer)
        return;
    m_timeServer = server;
    Q_EMIT timeServerChanged();
}

void AppSettings::setClockCorrectionSeconds(int seconds)
{
    seconds = std::clamp(seconds, -kMaxCorrectionSeconds, kMaxCorrectionSeconds);
    store("clock/correctionSeconds", seconds);
    if (seconds == m_clockCorrectionSeconds)
        return;
    m_clockCorrectionSeconds = seconds;
    Q_EMIT clockCorrectionSecondsChanged();
}
