#pragma once

#include <QObject>
#include <QPointer>
#include <QWindow>

namespace platform {

// Android: adds WindowManager.LayoutParams.FLAG_SECURE to the activity's window (on the Android
// UI thread), so codes and serials never appear in screenshots, screen recordings, casts or the
// recent-apps thumbnail. Call once after the QGuiApplication exists, before the first window is
// shown. Returns true once the flag is set; false if the activity or window could not be reached.
// Other platforms have no such flag: returns false and does nothing (see PrivacyShield).
bool applySecureWindowFlag();

// True where applySecureWindowFlag() can work (Android builds).
bool secureWindowFlagSupported();

// Says when the UI must cover codes and serials because the app is not in front.
// iOS takes the app-switcher snapshot when the app turns inactive, and Android shows the recent
// apps list, so on phones the cover goes up as soon as the app is not active. On desktop, a
// window that merely lost focus stays readable (the user types the code into another window);
// the cover goes up when the app is hidden or suspended, or a watched window is minimised.
// The UI covers codes and serials while isObscured() (AppController's `obscured`).
class PrivacyShield : public QObject {
    Q_OBJECT

public:
    enum class Policy {
        HideWhenInactive,  // any state but Active (phones)
        HideWhenHidden,    // Hidden/Suspended, or a watched window minimised or hidden (desktop)
    };

    // HideWhenInactive on Android and iOS, HideWhenHidden elsewhere.
    static Policy defaultPolicy();

    // Follows QGuiApplication::applicationStateChanged when a QGuiApplication exists.
    explicit PrivacyShield(QObject* parent = nullptr);

    bool isObscured() const { return m_obscured; }
    Policy policy() const { return m_policy; }
    void setPolicy(Policy policy);

    // Also obscure while `window` is minimised or hidden (HideWhenHidden only). Pass the main
    // QQuickWindow; nullptr stops watching.
    void watchWindow(QWindow* window);

    // Feeds an application state; called from the signal, public for tests.
    void setApplicationState(Qt::ApplicationState state);

Q_SIGNALS:
    void obscuredChanged();
    void policyChanged();

private:
    void update();

    Policy m_policy;
    Qt::ApplicationState m_state = Qt::ApplicationActive;
    QPointer<QWindow> m_window;
    QMetaObject::Connection m_windowConnection;
    bool m_obscured = false;
};

}  // namespace platform
