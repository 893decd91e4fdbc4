#include "passphrase_prompt.h"

#include "background.h"
#include "error_text.h"
#include "secure_text.h"

PassphrasePrompt::PassphrasePrompt(QObject* parent) : QObject(parent) {}

PassphrasePrompt::~PassphrasePrompt() = default;

void PassphrasePrompt::setVault(QString dataDirectory, platform::VaultSession::Options options)
{
    m_dataDirectory = std::move(dataDirectory);
    m_options = std::move(options);
}

void PassphrasePrompt::begin(Mode mode, const QString& detail)
{
    m_mode = mode;
    m_detail = mode == Create ? detail : QString();
    m_cancelledMode = Hidden;
    m_cancelledDetail.clear();
    setError({});
    Q_EMIT modeChanged();
}

bool PassphrasePrompt::submit(const QString& passphrase, const QString& repeat)
{
    if (m_mode == Hidden || m_busy || m_dataDirectory.isEmpty())
        return false;
    if (m_mode == Create) {
        if (passphrase.size() < kMinimumLength) {
            setError(
                tr("The passphrase must have at least %n character(s).", nullptr, kMinimumLength));
            return false;
        }
        if (passphrase != repeat) {
            setError(tr("The two passphrases do not match."));
            return false;
        }
    } else if (passphrase.isEmpty()) {
        setError(tr("Enter your passphrase."));
        return false;
    }

    auto secret = std::make_shared<otp::SecureString>(toSecureString(passphrase));

    setError({});
    setBusy(true);
    const bool create = m_mode == Create;
    runInBackground(this, [this, secret, create, dir = m_dataDirectory, options = m_options] {
        // The passphrase slot only: no keystore is touched (it may not answer at all).
        auto session = std::make_shared<platform::VaultSession>(dir, nullptr, options);
        auto done = create ? session->create(secret.get()) : session->open(secret.get());
        secret->clear();
        using Opened = otp::Result<std::shared_ptr<platform::TokenRepository>>;
        Opened result = done ? Opened(std::shared_ptr<platform::TokenRepository>(session))
                             : Opened(done.error());
        return [this, result = std::move(result)]() mutable { finish(std::move(result)); };
    });
    return true;
}

void PassphrasePrompt::finish(otp::Result<std::shared_ptr<platform::TokenRepository>> result)
{
    setBusy(false);
    if (!result) {
        setError(ErrorText::forError(result.error()));
        return;
    }
    m_mode = Hidden;
    m_detail.clear();
    Q_EMIT modeChanged();
    if (m_onOpened)
        m_onOpened(std::move(result).value());
    Q_EMIT opened();
}

void PassphrasePrompt::cancel()
{
    if (m_mode == Hidden || m_busy)
        return;
    m_cancelledMode = m_mode;
    m_cancelledDetail = m_detail;
    m_mode = Hidden;
    m_detail.clear();
    setError({});
    Q_EMIT modeChanged();
    Q_EMIT cancelled();
}

void PassphrasePrompt::reopen()
{
    // Cancel is not final: the tokens stay closed until the user comes back here.
    if (m_mode != Hidden || m_cancelledMode == Hidden)
        return;
    begin(m_cancelledMode, m_cancelledDetail);
}

void PassphrasePrompt::setError(const QString& error)
{
    if (error == m_error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}

void PassphrasePrompt::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}
