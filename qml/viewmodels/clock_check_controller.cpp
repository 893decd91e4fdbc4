#include "clock_check_controller.h"

#include <cstdlib>

#include "error_text.h"

ClockCheckController::ClockCheckController(QObject* parent) : QObject(parent) {}

void ClockCheckController::setSettings(AppSettings* settings)
{
    if (m_settings)
        disconnect(m_settings, nullptr, this, nullptr);
    m_settings = settings;
    if (!settings)
        return;
    connect(settings, &AppSettings::timeServerChanged, this, &ClockCheckController::serverChanged);
    connect(settings, &AppSettings::clockCorrectionSecondsChanged, this,
            &ClockCheckController::correctionChanged);
    Q_EMIT serverChanged();
    Q_EMIT correctionChanged();
}

QString ClockCheckController::server() const
{
    return m_settings ? m_settings->timeServer() : m_server;
}

void ClockCheckController::setServer(const QString& host)
{
    if (m_settings)
        m_settings->setTimeServer(host);
    else if (host.trimmed() != m_server) {
        m_server = host.trimmed();
        Q_EMIT serverChanged();
    }
}

QString ClockCheckController::resultText() const
{
    if (!hasResult())
        return {};
    // Rounded to whole seconds: TOTP steps are whole seconds, and one network round trip makes
    // anything finer meaningless.
    const int seconds = offsetSeconds();
    if (std::abs(seconds) < 1)
        return tr("Your clock is correct (within 1 s).");
    // A positive offset is what the device clock lacks: it is slow.
    return seconds > 0 ? tr("Your clock is off by %1 s: it is slow.").arg(seconds)
                       : tr("Your clock is off by %1 s: it is fast.").arg(-seconds);
}

QString ClockCheckController::errorText() const
{
    return m_error ? ErrorText::forError(*m_error) : QString();
}

int ClockCheckController::correctionSeconds() const
{
    return m_settings ? m_settings->clockCorrectionSeconds() : 0;
}

void ClockCheckController::check()
{
    // The client runs the callback only while this object (its owner) lives.
    m_client.query(server(), m_port, m_timeout,
                   [this](otp::Result<platform::SntpMeasurement> result) {
                       const bool ok = result.ok();
                       if (ok) {
                           m_result = *result;
                           m_error.reset();
                       } else {
                           m_result.reset();
                           m_error = result.error();
                       }
                       Q_EMIT stateChanged();
                       Q_EMIT finished(ok);
                   });
    Q_EMIT stateChanged();  // busy
}

void ClockCheckController::applyOffset()
{
    if (hasResult() && m_settings)
        m_settings->setClockCorrectionSeconds(offsetSeconds());
}

void ClockCheckController::removeCorrection()
{
    if (m_settings)
        m_settings->setClockCorrectionSeconds(0);
}
