#pragma once

#include <memory>
#include <optional>

#include <QObject>
#include <QString>
#include <QTimer>

#include "otp/clock.h"

namespace platform {

// Where copied codes go: the OS clipboard behind a small interface (tests use a fake).
class ClipboardBackend {
public:
    virtual ~ClipboardBackend() = default;

    // Puts `text` on the clipboard, marked sensitive where the platform has a flag for it.
    virtual void setSensitiveText(const QString& text) = 0;
    // Puts non-secret `text` on the clipboard, unmarked.
    virtual void setPlainText(const QString& text) = 0;
    // The clipboard's text, or std::nullopt when the OS does not let the app read it now
    // (Android 10+ while in the background).
    virtual std::optional<QString> text() const = 0;
    virtual void clear() = 0;
};

// QClipboard with a QMimeData holding text/plain plus "x-kde-passwordManagerHint" = "secret",
// which KDE's Klipper (and managers that copy its convention) honour by keeping the entry out of
// their history. Used on desktop and iOS; needs a QGuiApplication.
class QtClipboardBackend final : public ClipboardBackend {
public:
    void setSensitiveText(const QString& text) override;
    void setPlainText(const QString& text) override;
    std::optional<QString> text() const override;
    void clear() override;
};

// The platform's backend: on Android, ClipData with ClipDescription extra
// "android.content.extra.IS_SENSITIVE" = true (honoured from Android 13: the copy preview is
// masked), through JNI; everywhere else QtClipboardBackend.
std::unique_ptr<ClipboardBackend> makeSystemClipboardBackend();

// Copies one-time codes and takes them back: `clearSeconds` after a copy the clipboard is
// cleared, but only if it still holds the code we put there (the user may have copied something
// else since). If the OS does not let us read the clipboard when the time comes (Android in the
// background; iOS suspends the app so no timer runs), the check runs again as soon as the app is
// active. Seeds never come here: there is no API that takes one. The deadline is on the wall
// clock (otp::systemClockMs), which keeps running while a phone suspends the app.
class ClipboardGuard : public QObject {
    Q_OBJECT

public:
    // Defaults: the system clipboard and clock. `clearSeconds` starts at 30.
    explicit ClipboardGuard(
        std::unique_ptr<ClipboardBackend> backend = makeSystemClipboardBackend(),
        otp::MsClock clock = otp::systemClockMs(), QObject* parent = nullptr);
    ~ClipboardGuard() override;

    int clearSeconds() const { return m_clearSeconds; }
    // 0 = never clear. Negative values are treated as 0. Applies to later copies.
    void setClearSeconds(int seconds);
    // True while a copied code waits to be cleared.
    bool isPending() const { return m_deadlineMs.has_value(); }

    // Copies a one-time code, spaces removed, marked sensitive; schedules the clearing.
    void copyCode(const QString& code);
    // Copies non-secret text (a serial number): not marked, never cleared; cancels a pending
    // clearing since our code is no longer on the clipboard.
    void copyText(const QString& text);

    // Runs the check when the deadline has passed: clears the clipboard if it still holds our code
    // and returns true then. Called by the timer and on activation; public for tests.
    bool clearIfDue();
    // Clears now if the clipboard still holds our code, whatever the deadline (call it when the
    // app locks or quits). Returns true if it cleared.
    bool clearNowIfOurs();

    // Feeds an application state (Active runs clearIfDue); connected to QGuiApplication, public
    // for tests.
    void setApplicationState(Qt::ApplicationState state);

Q_SIGNALS:
    void clearSecondsChanged();
    void pendingChanged();
    void copied();
    void cleared();  // only when our code was actually removed

private:
    bool takeBack(bool force);
    void setDeadline(std::optional<qint64> deadlineMs);

    std::unique_ptr<ClipboardBackend> m_backend;
    otp::MsClock m_clock;
    int m_clearSeconds = 30;
    QString m_ours;
    std::optional<qint64> m_deadlineMs;
    QTimer m_timer;
};

}  // namespace platform
