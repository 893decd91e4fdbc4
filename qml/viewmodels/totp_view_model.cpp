#include "totp_view_model.h"

#include "otp/serial.h"
#include "otp/uri_generators.h"

namespace {
// RFC 6238's SHA1 test seed: a token anyone can reproduce with oathtool.
constexpr std::string_view kDemoUri =
    "otpauth://totp/SoftToken%20Demo:demo%40example.com?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
    "&issuer=SoftToken%20Demo";
}  // namespace

TotpViewModel::TotpViewModel(QObject* parent) : QObject(parent)
{
    m_timer.setInterval(1000);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &TotpViewModel::refresh);
}

QString TotpViewModel::issuer() const
{
    return m_token ? QString::fromStdString(m_token->issuer) : QString();
}

QString TotpViewModel::account() const
{
    return m_token ? QString::fromStdString(m_token->account) : QString();
}

QString TotpViewModel::serial() const
{
    return m_token ? QString::fromStdString(otp::effectiveSerial(*m_token).display()) : QString();
}

int TotpViewModel::period() const
{
    return m_token ? m_token->period : 30;
}

void TotpViewModel::showDemoToken()
{
    auto uri = otp::parseKeyUri(kDemoUri);
    if (!uri)
        return;
    auto generator = otp::totpGeneratorFor(*uri);
    if (!generator)
        return;
    m_token = std::move(uri).value();
    m_generator = std::move(generator).value();
    Q_EMIT tokenChanged();
    refresh();
    m_timer.start();
}

void TotpViewModel::refresh()
{
    if (!m_generator)
        return;
    auto state = m_generator->stateAt(m_clock());
    if (!state)
        return;
    m_code = QString::fromStdString(state->code);
    m_secondsRemaining = state->secondsRemaining;
    Q_EMIT codeChanged();
}
