#include "add_token_flow.h"

#include "app_clock.h"
#include "background.h"
#include "error_text.h"
#include "image_codes.h"
#include "import_flow.h"
#include "navigation.h"
#include "otp/algorithm.h"
#include "otp/base32.h"
#include "otp/scanned_payload.h"
#include "otp/uri_generators.h"
#include "platform/error_code.h"
#include "token_list_model.h"
#ifdef SOFTTOKEN_HAVE_QR_IMAGE
#include "platform/qr/image_input.h"
#endif

namespace {

std::string toStd(const QString& s)
{
    return s.trimmed().toStdString();
}

}  // namespace

AddTokenFlow::AddTokenFlow(QObject* parent) : QObject(parent) {}

bool AddTokenFlow::collectingBatch() const
{
    return m_importFlow && m_importFlow->collectingBatch();
}

void AddTokenFlow::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void AddTokenFlow::fail(const QString& message)
{
    Q_EMIT errorOccurred(message);
    if (m_navigation)
        m_navigation->showMessage(message);
}

QString AddTokenFlow::offerUri(otp::KeyUri uri)
{
    if (!m_tokens || !m_clock)
        return {};
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
        auto code = generator->codeAt(m_clock->now());
        if (!code)
            return ErrorText::forError(code.error());
        firstCode = QString::fromStdString(*code);
    }
    TokenListModel::Duplicate kind = TokenListModel::Duplicate::None;
    const int row = m_tokens->findDuplicate(uri, &kind);
    QString duplicate;
    if (row >= 0) {
        const QModelIndex i = m_tokens->index(row);
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
    if (m_navigation)
        m_navigation->open(Navigation::ConfirmToken);
    return {};
}

QString AddTokenFlow::offerPayload(std::string_view payload)
{
    otp::ScannedPayload scanned = otp::classifyPayload(payload);
    // A Google Authenticator export spans several codes: collect them, then one preview.
    if (scanned.kind == otp::PayloadKind::GoogleMigration && m_importFlow)
        return m_importFlow->addMigrationPart(payload);
    if (collectingBatch())
        return tr("This is not one of the Google Authenticator export codes. %1")
            .arg(m_importFlow->batchProgress());
    if (scanned.kind != otp::PayloadKind::TokenSetup)
        return ErrorText::forPayloadKind(scanned.kind);
    if (!scanned.keyUri)
        return ErrorText::forError(scanned.uriError.value_or(
            otp::Error{otp::ErrorCode::QrNotTokenSetup, "not a token setup code"}));
    return offerUri(std::move(*scanned.keyUri));
}

QString AddTokenFlow::offerManual(const ManualEntry& entry)
{
    if (entry.issuer.trimmed().isEmpty() && entry.account.trimmed().isEmpty())
        return tr("Enter the issuer or the account name.");
    otp::KeyUri uri;
    uri.type = entry.hotp ? otp::OtpType::Hotp : otp::OtpType::Totp;
    uri.issuer = toStd(entry.issuer);
    uri.account = toStd(entry.account);
    QByteArray latin = entry.secret.toLatin1();
    auto key = otp::base32Decode(std::string_view(latin.constData(), latin.size()));
    latin.fill('\0');
    if (!key)
        return ErrorText::forError(key.error());
    if (key->empty())
        return ErrorText::forCode(otp::ErrorCode::OtpEmptyKey);
    uri.secret = std::move(key).value();
    const auto parsedAlgorithm = otp::parseAlgorithm(entry.algorithm.toStdString());
    if (!parsedAlgorithm)
        return ErrorText::forCode(otp::ErrorCode::UriUnknownAlgorithm);
    uri.algorithm = *parsedAlgorithm;
    if (entry.digits < otp::kMinDigits || entry.digits > otp::kMaxDigits)
        return ErrorText::forCode(otp::ErrorCode::OtpBadDigits);
    uri.digits = entry.digits;
    if (entry.period < 1)
        return ErrorText::forCode(otp::ErrorCode::OtpBadPeriod);
    uri.period = entry.period;
    uri.counter = entry.counter;
    if (!entry.serial.trimmed().isEmpty()) {
        auto parsed = otp::Serial::parse(entry.serial.toStdString());
        if (!parsed)
            return ErrorText::forError(parsed.error());
        uri.serial = std::move(parsed).value();
    }
    return offerUri(std::move(uri));
}

QString AddTokenFlow::offerCodes(std::span<const std::string> codes)
{
    if (!m_importFlow)
        return codes.empty() ? QString() : offerPayload(codes.front());
    return offerImageCodes(codes, *m_importFlow,
                           [this](std::string_view code) { return offerPayload(code); });
}

void AddTokenFlow::importImage(const QUrl& file)
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
                fail(error);
        };
    });
#else
    Q_UNUSED(path);
    setBusy(false);
    fail(tr("Reading QR codes from images is not available in this build."));
#endif
}

QString AddTokenFlow::pasteFromClipboard()
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

QString AddTokenFlow::confirmPending(ConfirmAction action)
{
    if (!m_pending.valid() || !m_tokens)
        return {};
    if (const QString refused = m_refusal ? m_refusal() : QString(); !refused.isEmpty()) {
        fail(refused);
        return refused;
    }
    // Copy: if the save fails, the sheet stays open with the token still pending.
    otp::KeyUri uri = *m_pending.uri();
    TokenListModel::Duplicate kind = TokenListModel::Duplicate::None;
    const int duplicateRow = m_tokens->findDuplicate(uri, &kind);
    std::uint64_t id = 0;
    // Only a token with the same secret is ever replaced; one that shares just the serial (which
    // anyone may know) is kept, and the new one added next to it.
    if (action == ReplaceDuplicate && duplicateRow >= 0 &&
        kind == TokenListModel::Duplicate::SameSecret) {
        id = m_tokens->tokenAt(duplicateRow)->id;
        if (auto replaced = m_tokens->replace(id, std::move(uri)); !replaced) {
            fail(ErrorText::forError(replaced.error()));
            return ErrorText::forError(replaced.error());
        }
    } else {
        auto added = m_tokens->add(std::move(uri));
        if (!added) {
            fail(ErrorText::forError(added.error()));
            return ErrorText::forError(added.error());
        }
        id = *added;
    }
    m_pending.clear();
    Q_EMIT tokenAdded(id);
    if (m_navigation) {
        m_navigation->backToHome();  // also off the scan or manual entry page
        m_navigation->showMessage(tr("Token added"));
    }
    return {};
}

void AddTokenFlow::discardPending()
{
    m_pending.clear();
    Q_EMIT pendingDiscarded();
}
