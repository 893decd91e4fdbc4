#include "pending_token.h"

#include "code_format.h"
#include "otp/algorithm.h"
#include "serial_source_text.h"

PendingToken::PendingToken(QObject* parent) : QObject(parent) {}

void PendingToken::set(otp::KeyUri uri, const QString& firstCode, const QString& duplicateText,
                       bool canReplace)
{
    m_uri = std::move(uri);
    m_firstCode = firstCode;
    m_duplicateText = duplicateText;
    m_canReplace = canReplace;
    Q_EMIT changed();
}

void PendingToken::clear()
{
    m_uri.reset();
    m_firstCode.clear();
    m_duplicateText.clear();
    m_canReplace = false;
    Q_EMIT changed();
}

std::optional<otp::KeyUri> PendingToken::take()
{
    auto uri = std::move(m_uri);
    clear();
    return uri;
}

QString PendingToken::issuer() const
{
    return m_uri ? QString::fromStdString(m_uri->issuer) : QString();
}

QString PendingToken::account() const
{
    return m_uri ? QString::fromStdString(m_uri->account) : QString();
}

bool PendingToken::isHotp() const
{
    return m_uri && m_uri->type == otp::OtpType::Hotp;
}

QString PendingToken::typeText() const
{
    if (!m_uri)
        return {};
    const QString algorithm = QString::fromLatin1(otp::algorithmName(m_uri->algorithm));
    if (m_uri->type == otp::OtpType::Hotp)
        return tr("Counter-based (HOTP), %1 digits, %2").arg(m_uri->digits).arg(algorithm);
    if (m_uri->codeFormat == otp::CodeFormat::Steam)
        return tr("Steam Guard, 5 characters, every %1 s").arg(m_uri->period);
    return tr("Time-based (TOTP), %1 digits, every %2 s, %3")
        .arg(m_uri->digits)
        .arg(m_uri->period)
        .arg(algorithm);
}

QString PendingToken::serial() const
{
    return m_uri ? QString::fromStdString(otp::effectiveSerial(*m_uri).display()) : QString();
}

QString PendingToken::serialSource() const
{
    return m_uri ? serialsource::text(*m_uri) : QString();
}

bool PendingToken::serialIssued() const
{
    return m_uri && serialsource::issued(*m_uri);
}

QString PendingToken::firstCode() const
{
    return codeformat::grouped(m_firstCode);
}

QString PendingToken::spokenFirstCode() const
{
    return codeformat::spoken(m_firstCode);
}
