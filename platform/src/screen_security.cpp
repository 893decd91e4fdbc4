#include "platform/screen_security.h"

#include <QGuiApplication>

namespace platform {

PrivacyShield::Policy PrivacyShield::defaultPolicy()
{
#if defined(Q_OS_ANDROID) || defined(Q_OS_IOS)
    return Policy::HideWhenInactive;
#else
    return Policy::HideWhenHidden;
#endif
}

PrivacyShield::PrivacyShield(QObject* parent) : QObject(parent), m_policy(defaultPolicy())
{
    if (auto* app = qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        m_state = QGuiApplication::applicationState();
        connect(app, &QGuiApplication::applicationStateChanged, this,
                &PrivacyShield::setApplicationState);
    }
    update();
}

void PrivacyShield::setPolicy(Policy policy)
{
    if (policy == m_policy)
        return;
    m_policy = policy;
    Q_EMIT policyChanged();
    update();
}

void PrivacyShield::watchWindow(QWindow* window)
{
    disconnect(m_windowConnection);
    m_window = window;
    if (window)
        m_windowConnection =
            connect(window, &QWindow::visibilityChanged, this, &PrivacyShield::update);
    update();
}

void PrivacyShield::setApplicationState(Qt::ApplicationState state)
{
    m_state = state;
    update();
}

void PrivacyShield::update()
{
    bool obscured = false;
    switch (m_policy) {
    case Policy::HideWhenInactive: obscured = m_state != Qt::ApplicationActive; break;
    case Policy::HideWhenHidden:
        obscured = m_state == Qt::ApplicationHidden || m_state == Qt::ApplicationSuspended ||
                   (m_window && (m_window->visibility() == QWindow::Minimized ||
                                 m_window->visibility() == QWindow::Hidden));
        break;
    }
    if (obscured == m_obscured)
        return;
    m_obscured = obscured;
    Q_EMIT obscuredChanged();
}

}  // namespace platform
