#include "app_clock.h"

#include <QDateTime>

AppClock::AppClock(QObject* parent) : QObject(parent)
{
    m_elapsed.start();
}

qint64 AppClock::nowMs() const
{
    qint64 ms = 0;
    if (!m_fake)
        ms = QDateTime::currentMSecsSinceEpoch();
    else if (m_frozen)
        ms = m_frozenAtMs;
    else
        ms = m_fakeStartMs + m_elapsed.elapsed();
    return ms + (m_offset + m_correction) * 1000;
}

std::int64_t AppClock::now() const
{
    const qint64 ms = nowMs();
    // Floor division: times before 1970 are never shown, but stay correct anyway.
    return ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000);
}

int AppClock::msUntilNextSecond() const
{
    if (m_fake && m_frozen)
        return 1000;
    const qint64 ms = nowMs();
    const auto withinSecond = static_cast<int>(((ms % 1000) + 1000) % 1000);
    return 1000 - withinSecond;
}

otp::Clock AppClock::function() const
{
    return [this] { return now(); };
}

void AppClock::setFrozen(bool frozen)
{
    if (frozen == m_frozen)
        return;
    if (m_fake) {
        if (frozen) {
            m_frozenAtMs = m_fakeStartMs + m_elapsed.elapsed();
        } else {
            m_fakeStartMs = m_frozenAtMs;
            m_elapsed.restart();
        }
    }
    m_frozen = frozen;
    Q_EMIT changed();
}

void AppClock::setFakeTime(qint64 unixSeconds)
{
    m_fake = true;
    m_fakeStartMs = unixSeconds * 1000;
    m_frozenAtMs = m_fakeStartMs;
    m_elapsed.restart();
    Q_EMIT changed();
}

void AppClock::setOffset(qint64 seconds)
{
    m_offset = seconds;
    Q_EMIT changed();
}

void AppClock::useSystemClock()
{
    m_fake = false;
    m_frozen = false;
    m_offset = 0;
    Q_EMIT changed();
}

void AppClock::setCorrection(int seconds)
{
    if (seconds == m_correction)
        return;
    m_correction = seconds;
    Q_EMIT changed();
}
