#include "secure_clipboard.h"

#include <utility>

SecureClipboard::SecureClipboard(QObject* parent)
    : QObject(parent), m_guard(std::make_unique<platform::ClipboardGuard>())
{
    connectGuard();
}

SecureClipboard::~SecureClipboard() = default;

void SecureClipboard::useBackend(std::unique_ptr<platform::ClipboardBackend> backend,
                                 otp::MsClock clock)
{
    const int seconds = m_guard->clearSeconds();
    const bool wasPending = m_guard->isPending();
    m_guard = std::make_unique<platform::ClipboardGuard>(std::move(backend), std::move(clock));
    m_guard->setClearSeconds(seconds);
    connectGuard();
    if (wasPending)
        Q_EMIT pendingChanged();
}

void SecureClipboard::connectGuard()
{
    platform::ClipboardGuard* guard = m_guard.get();
    connect(guard, &platform::ClipboardGuard::clearSecondsChanged, this,
            &SecureClipboard::clearSecondsChanged);
    connect(guard, &platform::ClipboardGuard::pendingChanged, this,
            &SecureClipboard::pendingChanged);
    connect(guard, &platform::ClipboardGuard::copied, this, &SecureClipboard::copied);
    connect(guard, &platform::ClipboardGuard::cleared, this, [this] {
        m_lastCopied.clear();
        Q_EMIT cleared();
    });
}

void SecureClipboard::copyCode(const QString& code)
{
    m_lastCopied = code;
    m_lastCopied.remove(QLatin1Char(' '));
    m_guard->copyCode(code);
}

void SecureClipboard::copyText(const QString& text)
{
    m_lastCopied = text;
    m_lastCopied.remove(QLatin1Char(' '));
    m_guard->copyText(text);
}

bool SecureClipboard::clearNowIfOurs()
{
    return m_guard->clearNowIfOurs();
}
