#include "app_controller.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QFontInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QQmlEngine>
#include <QStringList>
#include <QWindow>

#include "background.h"
#include "error_text.h"
#include "image_codes.h"
#include "otp/algorithm.h"
#include "otp/base32.h"
#include "otp/scanned_payload.h"
#include "otp/uri_generators.h"
#include "platform/error_code.h"
#ifdef SOFTTOKEN_HAVE_QR_IMAGE
#include "platform/qr/image_input.h"
#endif

namespace {

std::string toStd(const QString& s)
{
    return s.trimmed().toStdString();
}

}  // namespace

AppController::AppController(QObject* parent) : QObject(parent)
{
    m_tokens.setClock(&m_clock);
    m_clipboard.setClearSeconds(m_settings.clipboardClearSeconds());
    connect(&m_settings, &AppSettings::clipboardClearSecondsChanged, this,
            [this] { m_clipboard.setClearSeconds(m_settings.clipboardClearSeconds()); });
    connect(&m_settings, &AppSettings::languageChanged, this, [this] {
        m_languageOverride.clear();  // an explicit choice in Settings wins over --lang
        applyLanguage();
    });
    connect(&m_tokens, &TokenListModel::errorOccurred, this, &AppController::errorOccurred);
    // Protections: the user's clock correction, and no code left on the clipboard
    // once the app is locked or gone.
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
    // Their sentences are translated in C++: QML re-reads them when the language changes.
    connect(this, &AppController::languageChanged, this, [this] {
        Q_EMIT m_lock.attemptsChanged();
        Q_EMIT m_clockCheck.stateChanged();
        Q_EMIT m_camera.changed();
    });
    m_importFlow.setTokens(&m_tokens);
    // Imported tokens could not be saved either (see setStartupError).
    m_importFlow.setRefusal([this] { return m_storeFailed ? m_startupError : QString(); });
    m_exportFlow.setTokens(&m_tokens);
    m_exportFlow.setLock(&m_lock);
    applyLanguage();
}

void AppController::watchWindow(QObject* window)
{
    m_privacy.watchWindow(qobject_cast<QWindow*>(window));
}

AppController::~AppController()
{
    QCoreApplication::removeTranslator(&m_translator);
}

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
        Q_EMIT errorOccurred(
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
    m_pending.clear();
    m_importFlow.cancel();
    m_exportFlow.clearQr();
    m_exportFlow.forgetPassphrase();
    m_tokens.setRepository(std::make_shared<platform::MemoryTokenRepository>());  // vault freed
    m_storeFailed = true;  // nothing may be added to the placeholder list
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
    m_loading = true;
    Q_EMIT loadingChanged();
    setBusy(true);
    runInBackground(this, [this, open = std::move(open)] {
        auto opened = open();
        return [this, opened = std::move(opened)]() mutable {
            if (opened)
                setStore(std::move(opened).value());
            else {
                offerPassphrase(opened.error());  // first: the page, then the reason
                setStartupError(opened.error());
            }
            m_loading = false;
            Q_EMIT loadingChanged();
            setBusy(false);
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

void AppController::setLanguageOverride(const QString& language)
{
    m_languageOverride = language;
    applyLanguage();
}

void AppController::applyLanguage()
{
    QString wanted = !m_languageOverride.isEmpty() ? m_languageOverride : m_settings.language();
    if (wanted.isEmpty())
        wanted =
            QLocale().language() == QLocale::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
    QCoreApplication::removeTranslator(&m_translator);
    // English needs its catalogue too: it holds the plural forms ("1 second", "2 seconds").
    if (m_translator.load(QStringLiteral(":/i18n/softtoken_") + wanted))
        QCoreApplication::installTranslator(&m_translator);
    else
        qWarning("Translation %s missing from the resources", qPrintable(wanted));
    const bool changed = wanted != m_language;
    m_language = wanted;
    applyFontFamily();
    QQmlEngine* engine = m_engine ? m_engine.data() : qmlEngine(this);
    if (engine)
        engine->retranslate();
    if (changed)
        Q_EMIT languageChanged();
}

namespace {
const QString& japaneseFamily()
{
    static const QString family = QStringLiteral("Noto Sans CJK JP");
    return family;
}
}  // namespace

void AppController::applyFontFamily()
{
    // One place chooses the font. Plain Qt Quick items (the start screen) take the application
    // font when they are created and do not follow later changes, and popups in a plain Window
    // take it through Controls' theme. So the Japanese family is also the fallback of every other
    // language's: kanji in an English screen (an issuer's name, or text still on screen after a
    // switch of language) get Japanese glyph shapes, not whatever fontconfig picks (often
    // Chinese). A family that is not installed is skipped when glyphs are matched.
    // The family the system font resolves to: its name may be an alias ("Sans Serif") that a
    // list of families would skip, falling through to the Japanese one for all text.
    static const QString systemFamily = QFontInfo(QGuiApplication::font()).family();
    const QString family = fontFamily();
    QStringList families{family.isEmpty() ? systemFamily : family};
    if (!families.contains(japaneseFamily()))
        families.append(japaneseFamily());
    QFont font = QGuiApplication::font();
    font.setFamilies(families);
    QGuiApplication::setFont(font);
}

QString AppController::fontFamily() const
{
    // Without an explicit Japanese family, fontconfig may pick Chinese glyph shapes for kanji.
    if (m_language == QLatin1String("ja") && QFontDatabase::hasFamily(japaneseFamily()))
        return japaneseFamily();
    return {};
}

QString AppController::version() const
{
    return QCoreApplication::applicationVersion();
}

void AppController::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

QString AppController::offerUri(otp::KeyUri uri)
{
    QString firstCode;
    if (uri.type == otp::OtpType::Hotp) {
        auto generator = otp::hotpGeneratorFor(uri);
        if (!generator)
            return ErrorText::forError(generator.error());
        firstCode = QString::fromStdString(generator->code(uri.counter));
    } else {
        auto generator = otp::totpGeneratorFor(uri);
        if (!generator)
            return ErrorText::forError(generator.error());
        auto code = generator->codeAt(m_clock.now());
        if (!code)
            return ErrorText::forError(code.error());
        firstCode = QString::fromStdString(*code);
    }
    TokenListModel::Duplicate kind = TokenListModel::Duplicate::None;
    const int row = m_tokens.findDuplicate(uri, &kind);
    QString duplicate;
    if (row >= 0) {
        const QModelIndex i = m_tokens.index(row);
        const QString name = i.data(TokenListModel::IssuerRole).toString() + QStringLiteral(" ") +
                             i.data(TokenListModel::AccountRole).toString();
        duplicate = kind == TokenListModel::Duplicate::SameSecret
                        ? tr("You already have this token (%1).").arg(name.trimmed())
                        : tr("A saved token (%1) has the same serial number. It is not replaced: "
                             "keep both, sign in once with the new one, then delete the old one.")
                              .arg(name.trimmed());
    }
    m_pending.set(std::move(uri), firstCode, duplicate,
                  kind == TokenListModel::Duplicate::SameSecret);
    Q_EMIT pendingReady();
    return {};
}

QString AppController::offerPayload(std::string_view payload)
{
    otp::ScannedPayload scanned = otp::classifyPayload(payload);
    // A Google Authenticator export spans several codes: collect them, then one preview.
    if (scanned.kind == otp::PayloadKind::GoogleMigration)
        return m_importFlow.addMigrationPart(payload);
    if (m_importFlow.collectingBatch())
        return tr("This is not one of the Google Authenticator export codes. %1")
            .arg(m_importFlow.batchProgress());
    if (scanned.kind != otp::PayloadKind::TokenSetup)
        return ErrorText::forPayloadKind(scanned.kind);
    if (!scanned.keyUri)
        return ErrorText::forError(scanned.uriError.value_or(
            otp::Error{otp::ErrorCode::QrNotTokenSetup, "not a token setup code"}));
    return offerUri(std::move(*scanned.keyUri));
}

QString AppController::offerCodes(std::span<const std::string> codes)
{
    return offerImageCodes(codes, m_importFlow,
                           [this](std::string_view code) { return offerPayload(code); });
}

QString AppController::offerManual(const QString& issuer, const QString& account,
                                   const QString& secret, bool hotp, const QString& algorithm,
                                   int digits, int period, qulonglong counter,
                                   const QString& serial)
{
    if (issuer.trimmed().isEmpty() && account.trimmed().isEmpty())
        return tr("Enter the issuer or the account name.");
    otp::KeyUri uri;
    uri.type = hotp ? otp::OtpType::Hotp : otp::OtpType::Totp;
    uri.issuer = toStd(issuer);
    uri.account = toStd(account);
    QByteArray latin = secret.toLatin1();
    auto key = otp::base32Decode(std::string_view(latin.constData(), latin.size()));
    latin.fill('\0');
    if (!key)
        return ErrorText::forError(key.error());
    if (key->empty())
        return ErrorText::forCode(otp::ErrorCode::OtpEmptyKey);
    uri.secret = std::move(key).value();
    const auto parsedAlgorithm = otp::parseAlgorithm(algorithm.toStdString());
    if (!parsedAlgorithm)
        return ErrorText::forCode(otp::ErrorCode::UriUnknownAlgorithm);
    uri.algorithm = *parsedAlgorithm;
    if (digits < otp::kMinDigits || digits > otp::kMaxDigits)
        return ErrorText::forCode(otp::ErrorCode::OtpBadDigits);
    uri.digits = digits;
    if (period < 1)
        return ErrorText::forCode(otp::ErrorCode::OtpBadPeriod);
    uri.period = period;
    uri.counter = counter;
    if (!serial.trimmed().isEmpty()) {
        auto parsed = otp::Serial::parse(serial.toStdString());
        if (!parsed)
            return ErrorText::forError(parsed.error());
        uri.serial = std::move(parsed).value();
    }
    return offerUri(std::move(uri));
}

void AppController::importImage(const QUrl& file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    setBusy(true);
    // The scan cascade can take hundreds of milliseconds on a large photo: keep it off the
    // GUI thread.
#ifdef SOFTTOKEN_HAVE_QR_IMAGE
    runInBackground(this, [this, path] {
        auto result = platform::qr::scanImageFile(path);
        return [this, result = std::move(result)]() mutable {
            setBusy(false);
            QString error;
            if (!result)
                error = ErrorText::forError(result.error());
            else if (result->payloads.empty())
                error = ErrorText::forCode(platform::ErrorCode::QrNoCode);
            else
                error = offerCodes(result->payloads);
            if (!error.isEmpty())
                Q_EMIT errorOccurred(error);
        };
    });
#else
    Q_UNUSED(path);
    setBusy(false);
    Q_EMIT errorOccurred(tr("Reading QR codes from images is not available in this build."));
#endif
}

QString AppController::pasteFromClipboard()
{
#ifndef SOFTTOKEN_HAVE_QR_IMAGE
    return tr("Reading QR codes from images is not available in this build.");
#else
    auto payloads = platform::qr::payloadsFromClipboard();
    if (!payloads)
        return ErrorText::forError(payloads.error());
    if (payloads->empty())
        return ErrorText::forCode(platform::ErrorCode::QrNoCode);
    return offerCodes(*payloads);
#endif
}

QString AppController::confirmPending(ConfirmAction action)
{
    if (!m_pending.valid())
        return {};
    if (m_storeFailed)
        return m_startupError;
    // Copy: if the save fails, the sheet stays open with the token still pending.
    otp::KeyUri uri = *m_pending.uri();
    TokenListModel::Duplicate kind = TokenListModel::Duplicate::None;
    const int duplicateRow = m_tokens.findDuplicate(uri, &kind);
    std::uint64_t id = 0;
    // Only a token with the same secret is ever replaced; one that shares just the serial (which
    // anyone may know) is kept, and the new one added next to it.
    if (action == ReplaceDuplicate && duplicateRow >= 0 &&
        kind == TokenListModel::Duplicate::SameSecret) {
        id = m_tokens.tokenAt(duplicateRow)->id;
        if (auto replaced = m_tokens.replace(id, std::move(uri)); !replaced)
            return ErrorText::forError(replaced.error());
    } else {
        auto added = m_tokens.add(std::move(uri));
        if (!added)
            return ErrorText::forError(added.error());
        id = *added;
    }
    m_pending.clear();
    Q_EMIT tokenAdded(id);
    return {};
}
