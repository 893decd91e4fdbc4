#include "clock_check_controller.h"

#include <cstdlib>

#include "error_text.h"

ClockCheckController::ClockCheckController(QObject* parent) : QObject(parent)
{
    connect(&m_check, &platform::ClockCheck::stateChanged, this,
            &ClockCheckController::stateChanged);
    connect(&m_check, &platform::ClockCheck::finished, this, &ClockCheckController::finished);
}

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
    return m_settings ? m_settings->timeServer() : m_check.server();
}

void ClockCheckController::setServer(const QString& host)
{
    if (m_settings)
        m_settings->setTimeServer(host);
    else if (host != m_check.server()) {
        m_check.setServer(host.trimmed());
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
    const QString error = m_check.lastError();
    return error.isEmpty() ? QString() : ErrorText::forCodeName(error);
}

int ClockCheckController::correctionSeconds() const
{
    return m_settings ? m_settings->clockCorrectionSeconds() : 0;
}

void ClockCheckController::check()
{
    m_check.setServer(server());
    m_check.check();
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
