#include "app_controller.h"

#include <QCoreApplication>
#include <QWindow>

#include "background.h"
#include "error_text.h"

AppController::AppController(QObject* parent) : QObject(parent)
{
    m_language.setSettings(&m_settings);
    // Texts these make in C++ follow the language.
    connect(&m_language, &Language::retranslated, &m_lock, &LockController::attemptsChanged);
    connect(&m_language, &Language::retranslated, &m_clockCheck,
            &ClockCheckController::stateChanged);
    connect(&m_language, &Language::retranslated, &m_camera, &CameraAccess::changed);

    m_tokens.setClock(&m_clock);
    m_clipboard.setClearSeconds(m_settings.clipboardClearSeconds());
    connect(&m_settings, &AppSettings::clipboardClearSecondsChanged, this,
            [this] { m_clipboard.setClearSeconds(m_settings.clipboardClearSeconds()); });
    // The user's clock correction, and no code left on the clipboard once the app is locked or
    // gone.
    m_clockCheck.setSettings(&m_settings);
    m_clock.setCorrection(m_settings.clockCorrectionSeconds());
    connect(&m_settings, &AppSettings::clockCorrectionSecondsChanged, this,
            [this] { m_clock.setCorrection(m_settings.clockCorrectionSeconds()); });
    connect(&m_lock, &LockController::lockedChanged, this, [this] {
        if (m_lock.isLocked()) {
            m_clipboard.clearNowIfOurs();
            dropSecrets();
        } else if (m_secretsDropped && m_opener) {
            m_secretsDropped = false;
            openStoreAsync(m_opener);  // reopen the vault: keystore, or ask for the passphrase
        }
    });
    if (QCoreApplication::instance())
        connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, this,
                [this] { m_clipboard.clearNowIfOurs(); });
    connect(&m_privacy, &platform::PrivacyShield::obscuredChanged, this,
            &AppController::obscuredChanged);

    // Nothing may be added to a list that cannot be saved (see setStartupError).
    const auto refusal = [this] { return m_storeFailed ? m_startupError : QString(); };
    m_importFlow.setTokens(&m_tokens);
    m_importFlow.setRefusal(refusal);
    m_exportFlow.setTokens(&m_tokens);
    m_exportFlow.setLock(&m_lock);
    m_addToken.setTokens(&m_tokens);
    m_addToken.setClock(&m_clock);
    m_addToken.setImportFlow(&m_importFlow);
    m_addToken.setRefusal(refusal);
    m_addToken.setNavigation(&m_navigation);
    connect(&m_addToken, &AddTokenFlow::busyChanged, this, &AppController::busyChanged);
    wireNavigation();
}

// The pages the flows open and close, and the messages they show.
void AppController::wireNavigation()
{
    connect(&m_tokens, &TokenListModel::errorOccurred, &m_navigation,
            [this](const QString& message) { m_navigation.showMessage(message); });
    // The message after a delete offers Undo (TokenListPage).
    connect(&m_navigation, &Navigation::messageActionTriggered, this, [this] {
        if (m_tokens.canUndoRemove())
            m_navigation.showMessage(m_tokens.undoRemove());
    });
    connect(&m_tokens, &TokenListModel::countChanged, this, &AppController::updateHome);
    connect(this, &AppController::loadingChanged, this, &AppController::updateHome);
    updateHome();

    connect(&m_importFlow, &ImportFlow::previewReady, this, [this] {
        if (m_navigation.current() != Navigation::ImportPreview)
            m_navigation.open(Navigation::ImportPreview);
    });
    connect(&m_importFlow, &ImportFlow::previewClosed, this, [this](bool imported) {
        if (imported)
            m_navigation.backToHome();  // done: back to the tokens (also off the scan page)
        else
            m_navigation.close(Navigation::ImportPreview);
    });
    connect(&m_importFlow, &ImportFlow::imported, &m_navigation,
            [this](int, const QString& message) { m_navigation.showMessage(message); });

    // The vault's passphrase (no keystore answered, or a passphrase-only vault): the page stays
    // until the prompt is done or cancelled.
    connect(&m_passphrase, &PassphrasePrompt::modeChanged, this, [this] {
        if (!m_passphrase.active())
            m_navigation.close(Navigation::Passphrase);
        else if (m_navigation.current() != Navigation::Passphrase)
            m_navigation.open(Navigation::Passphrase);
    });
    // Cancelled: the tokens stay closed (adding is refused); say so.
    connect(&m_passphrase, &PassphrasePrompt::cancelled, this,
            [this] { m_navigation.showMessage(m_startupError); });
    connect(this, &AppController::startupErrorChanged, this, [this] {
        if (!m_passphrase.active())
            m_navigation.showMessage(m_startupError);
    });
}

void AppController::updateHome()
{
    const int count = m_tokens.count();
    m_navigation.replaceHome(m_loading    ? Navigation::Loading
                             : count == 0 ? Navigation::NoTokens
                             : count == 1 ? Navigation::OneToken
                                          : Navigation::TokenList);
}

void AppController::watchWindow(QObject* window)
{
    m_privacy.watchWindow(qobject_cast<QWindow*>(window));
}

AppController::~AppController() = default;

void AppController::setStore(std::shared_ptr<platform::TokenRepository> store)
{
    const bool recovered = store->recoveredFromBackup();
    m_tokens.setRepository(std::move(store));
    m_storeFailed = false;
    m_startupError.clear();
    Q_EMIT startupErrorChanged();
    // Once per opening: silently showing an older state would hide a lost change (for
    // example a bank token added just before the file was damaged).
    if (recovered)
        m_navigation.showMessage(
            tr("The vault file was damaged, so its backup copy was opened. The most recent "
               "change may be missing: check your tokens. The damaged file is kept next to the "
               "vault as vault.stv.damaged."));
}

// While locked, no seed and no vault key is in memory (docs/protections.md "What the lock
// protects"): the vault session is closed and the list emptied; unlocking opens the vault again.
// Only where the store can be reopened (openStoreAsync); a demo or test store stays.
void AppController::dropSecrets()
{
    if (!m_opener || m_secretsDropped)
        return;
    m_secretsDropped = true;
    m_addToken.clear();
    m_importFlow.cancel();
    m_exportFlow.clearQr();
    m_exportFlow.forgetPassphrase();
    m_tokens.setRepository(std::make_shared<platform::MemoryTokenRepository>());  // vault freed
    m_storeFailed = true;  // nothing may be added to the placeholder list
}

void AppController::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    const bool wasBusy = busy();
    m_loading = loading;
    Q_EMIT loadingChanged();
    if (busy() != wasBusy)
        Q_EMIT busyChanged();
}

void AppController::openStoreAsync(StoreOpener open)
{
    m_opener = open;
    if (m_lock.isLocked()) {
        // Started with a PIN: the vault is opened only once it is unlocked.
        m_secretsDropped = true;
        m_storeFailed = true;
        return;
    }
    setLoading(true);
    runInBackground(this, [this, open = std::move(open)] {
        auto opened = open();
        return [this, opened = std::move(opened)]() mutable {
            if (opened)
                setStore(std::move(opened).value());
            else {
                offerPassphrase(opened.error());  // first: the page, then the reason
                setStartupError(opened.error());
            }
            setLoading(false);
            Q_EMIT storeReady();
        };
    });
}

void AppController::setPassphraseFallback(QString dataDirectory,
                                          platform::VaultSession::Options options)
{
    m_passphrase.setVault(std::move(dataDirectory), std::move(options));
    m_passphrase.setOnOpened(
        [this](std::shared_ptr<platform::TokenRepository> store) { setStore(std::move(store)); });
}

void AppController::offerPassphrase(const otp::Error& error)
{
    if (!m_passphrase.hasVault())
        return;
    if (error.code == otp::ErrorCode::VaultPassphraseRequired) {
        m_passphrase.begin(PassphrasePrompt::Unlock);
    } else if (error.code == otp::ErrorCode::VaultKeystoreUnavailable) {
        // No vault yet: make one with a passphrase slot. A vault that exists but whose keystore
        // does not answer can still be opened if it also has a passphrase slot.
        const platform::VaultStore files(m_passphrase.dataDirectory());
        const bool exists = files.exists(platform::VaultStore::File::Main) ||
                            files.exists(platform::VaultStore::File::Backup);
        m_passphrase.begin(exists ? PassphrasePrompt::Unlock : PassphrasePrompt::Create,
                           QString::fromStdString(error.message));
    }
}

void AppController::setStartupError(const otp::Error& error)
{
    // Nothing may be added to a list that cannot be saved: it would vanish at exit.
    m_storeFailed = true;
    m_startupError = ErrorText::forError(error);
    Q_EMIT startupErrorChanged();
}

QString AppController::version() const
{
    return QCoreApplication::applicationVersion();
}
