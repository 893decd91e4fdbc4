#include "platform/clipboard_guard.h"

#include <algorithm>
#include <utility>

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

namespace platform {

namespace {

QString compact(const QString& text)
{
    QString out = text;
    out.remove(QLatin1Char(' '));
    return out;
}

}  // namespace

void QtClipboardBackend::setSensitiveText(const QString& text)
{
    auto* mime = new QMimeData;  // QClipboard takes ownership
    mime->setText(text);
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    QGuiApplication::clipboard()->setMimeData(mime);
}

void QtClipboardBackend::setPlainText(const QString& text)
{
    QGuiApplication::clipboard()->setText(text);
}

std::optional<QString> QtClipboardBackend::text() const
{
    return QGuiApplication::clipboard()->text();
}

void QtClipboardBackend::clear()
{
    QGuiApplication::clipboard()->clear();
}

ClipboardGuard::ClipboardGuard(std::unique_ptr<ClipboardBackend> backend, otp::MsClock clock,
                               QObject* parent)
    : QObject(parent), m_backend(std::move(backend)), m_clock(std::move(clock))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ClipboardGuard::clearIfDue);
    if (auto* app = qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        connect(app, &QGuiApplication::applicationStateChanged, this,
                &ClipboardGuard::setApplicationState);
}

ClipboardGuard::~ClipboardGuard() = default;

void ClipboardGuard::setClearSeconds(int seconds)
{
    seconds = std::max(seconds, 0);
    if (seconds == m_clearSeconds)
        return;
    m_clearSeconds = seconds;
    Q_EMIT clearSecondsChanged();
}

void ClipboardGuard::copyCode(const QString& code)
{
    m_ours = compact(code);
    m_backend->setSensitiveText(m_ours);
    if (m_clearSeconds > 0)
        setDeadline(m_clock() + qint64{m_clearSeconds} * 1000);
    else
        setDeadline(std::nullopt);
    Q_EMIT copied();
}

void ClipboardGuard::copyText(const QString& text)
{
    m_ours.clear();
    setDeadline(std::nullopt);
    m_backend->setPlainText(compact(text));
    Q_EMIT copied();
}

bool ClipboardGuard::clearIfDue()
{
    return takeBack(false);
}

bool ClipboardGuard::clearNowIfOurs()
{
    return takeBack(true);
}

bool ClipboardGuard::takeBack(bool force)
{
    if (!m_deadlineMs)
        return false;
    const qint64 now = m_clock();
    if (!force && now < *m_deadlineMs) {
        m_timer.start(static_cast<int>(std::min<qint64>(*m_deadlineMs - now, 3'600'000)));
        return false;
    }
    const std::optional<QString> current = m_backend->text();
    if (!current)
        return false;  // not readable now: stay pending, try again when the app is active
    const bool ours = *current == m_ours;
    if (ours)
        m_backend->clear();
    m_ours.clear();
    setDeadline(std::nullopt);
    if (ours)
        Q_EMIT cleared();
    return ours;
}

void ClipboardGuard::setApplicationState(Qt::ApplicationState state)
{
    if (state == Qt::ApplicationActive)
        clearIfDue();
}

void ClipboardGuard::setDeadline(std::optional<qint64> deadlineMs)
{
    const bool wasPending = m_deadlineMs.has_value();
    m_deadlineMs = deadlineMs;
    if (m_deadlineMs)
        m_timer.start(
            static_cast<int>(std::clamp<qint64>(*m_deadlineMs - m_clock(), 0, qint64{3'600'000})));
    else
        m_timer.stop();
    if (wasPending != m_deadlineMs.has_value())
        Q_EMIT pendingChanged();
}

}  // namespace platform
