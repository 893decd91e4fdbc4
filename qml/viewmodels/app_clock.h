#pragma once

#include <cstdint>

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include "otp/totp.h"

// The time every code is computed from. Normally the system clock; testers can shift it
// (--time-offset) or replace it with a fake clock that starts at a given Unix time and then
// runs (--fake-time). Whenever it is not the plain system clock, `testClock` is true and the
// window shows a "test clock" badge, so it cannot be mistaken for real use.
// Separately, the user may apply a correction measured by the clock check (Settings → Check
// clock): it is added to whichever clock is in use and does not count as a test clock.
class AppClock : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by AppController")
    Q_PROPERTY(bool testClock READ isTestClock NOTIFY changed)
    Q_PROPERTY(bool frozen READ isFrozen WRITE setFrozen NOTIFY changed)
    Q_PROPERTY(int correctionSeconds READ correctionSeconds NOTIFY changed)

public:
    explicit AppClock(QObject* parent = nullptr);

    // Unix seconds.
    std::int64_t now() const;
    // Milliseconds until now() next changes (1..1000): lets the 1 Hz refresh tick on the second.
    int msUntilNextSecond() const;
    // A copy-safe otp::Clock that reads this object; valid as long as it lives.
    otp::Clock function() const;

    bool isTestClock() const { return m_fake || m_offset != 0; }
    bool isFrozen() const { return m_frozen; }
    void setFrozen(bool frozen);

    // Starts a fake clock at `unixSeconds`; it runs in real time unless frozen.
    Q_INVOKABLE void setFakeTime(qint64 unixSeconds);
    // Shifts the (system or fake) clock by `seconds`.
    Q_INVOKABLE void setOffset(qint64 seconds);
    Q_INVOKABLE void useSystemClock();

    // The user's correction (seconds added for codes); AppController keeps it equal to
    // AppSettings.clockCorrectionSeconds. useSystemClock() leaves it alone.
    int correctionSeconds() const { return m_correction; }
    void setCorrection(int seconds);

Q_SIGNALS:
    void changed();

private:
    qint64 nowMs() const;

    bool m_fake = false;
    bool m_frozen = false;
    qint64 m_fakeStartMs = 0;
    qint64 m_frozenAtMs = 0;
    qint64 m_offset = 0;   // seconds
    int m_correction = 0;  // seconds, from the clock check
    QElapsedTimer m_elapsed;
};
