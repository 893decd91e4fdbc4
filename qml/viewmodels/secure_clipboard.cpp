#include "secure_clipboard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

SecureClipboard::SecureClipboard(QObject* parent) : QObject(parent)
{
    m_clearTimer.setSingleShot(true);
    connect(&m_clearTimer, &QTimer::timeout, this, &SecureClipboard::clearIfStillOurs);
}

void SecureClipboard::setClearSeconds(int seconds)
{
    if (seconds == m_clearSeconds)
        return;
    m_clearSeconds = seconds;
    Q_EMIT clearSecondsChanged();
}

void SecureClipboard::copyCode(const QString& code)
{
    QString compact = code;
    compact.remove(QLatin1Char(' '));
    auto* mime = new QMimeData;
    mime->setText(compact);
    // KDE Klipper and other managers skip history for entries with this hint.
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    QGuiApplication::clipboard()->setMimeData(mime);
    m_lastCopied = compact;
    if (m_clearSeconds > 0)
        m_clearTimer.start(m_clearSeconds * 1000);
    Q_EMIT copied();
}

void SecureClipboard::copyText(const QString& text)
{
    QString compact = text;
    compact.remove(QLatin1Char(' '));
    QGuiApplication::clipboard()->setText(compact);
    m_lastCopied = compact;
    m_clearTimer.stop();
    Q_EMIT copied();
}

void SecureClipboard::clearIfStillOurs()
{
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (clipboard->text() == m_lastCopied)
        clipboard->clear();
    m_lastCopied.clear();
    Q_EMIT cleared();
}
