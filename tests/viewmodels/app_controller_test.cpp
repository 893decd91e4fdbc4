#include <QClipboard>
#include <QFont>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QMimeData>
#include <QSignalSpy>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <gtest/gtest.h>

#include "app_controller.h"
#include "platform/qr/qr_writer.h"
#include "test_support.h"

namespace {

class AppControllerTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        app.clock()->setFakeTime(59);
        app.clock()->setFrozen(true);
        app.setStore(store);
    }

    QString offer(const QString& secret, int digits = 8, const QString& serial = {})
    {
        ManualEntry entry;
        entry.issuer = QStringLiteral("ACME");
        entry.account = QStringLiteral("alice");
        entry.secret = secret;
        entry.digits = digits;
        entry.serial = serial;
        return flow->offerManual(entry);
    }

    std::shared_ptr<testsupport::ScriptedRepository> store =
        std::make_shared<testsupport::ScriptedRepository>();
    AppController app;
    AddTokenFlow* flow = app.addToken();
};

TEST_F(AppControllerTest, ManualEntryShowsTheFirstCodeBeforeSaving)
{
    QSignalSpy ready(flow, &AddTokenFlow::pendingReady);
    EXPECT_EQ(offer(QString::fromLatin1(kRfcKey)), QString());
    EXPECT_EQ(ready.count(), 1);
    EXPECT_TRUE(flow->pending()->valid());
    EXPECT_EQ(flow->pending()->firstCode(), QStringLiteral("9428 7082"));
    EXPECT_EQ(flow->pending()->issuer(), QStringLiteral("ACME"));
    EXPECT_TRUE(flow->pending()->typeText().contains(QStringLiteral("TOTP")));
    EXPECT_TRUE(store->tokens().empty());  // nothing saved yet

    EXPECT_EQ(flow->confirmPending(), QString());
    EXPECT_FALSE(flow->pending()->valid());
    EXPECT_EQ(store->tokens().size(), 1u);
    EXPECT_EQ(app.tokens()->count(), 1);
}

TEST_F(AppControllerTest, ManualEntryErrorsAreTranslatedSentencesNotCodes)
{
    EXPECT_TRUE(offer(QStringLiteral("JBSW1")).contains(QStringLiteral("A–Z")));
    EXPECT_TRUE(
        offer(QString::fromLatin1(kRfcKey), 12).contains(QStringLiteral("between 6 and 10")));
    EXPECT_TRUE(offer(QString::fromLatin1(kRfcKey), 6, QStringLiteral("AB-12"))
                    .contains(QStringLiteral("4 letters and 8 digits")));
    ManualEntry nameless;
    nameless.secret = QString::fromLatin1(kRfcKey);
    EXPECT_FALSE(flow->offerManual(nameless).isEmpty());
    EXPECT_FALSE(flow->pending()->valid());
}

TEST_F(AppControllerTest, DuplicateIsReportedAndCanReplaceOrKeepBoth)
{
    ASSERT_EQ(offer(QString::fromLatin1(kRfcKey)), QString());
    ASSERT_EQ(flow->confirmPending(), QString());

    ManualEntry renamed;
    renamed.issuer = QStringLiteral("ACME 2");
    renamed.account = QStringLiteral("bob");
    renamed.secret = QString::fromLatin1(kRfcKey);
    ASSERT_EQ(flow->offerManual(renamed), QString());
    EXPECT_TRUE(flow->pending()->duplicateText().contains(QStringLiteral("already")));
    EXPECT_TRUE(flow->pending()->canReplace());
    ASSERT_EQ(flow->confirmPending(AddTokenFlow::ReplaceDuplicate), QString());
    ASSERT_EQ(app.tokens()->count(), 1);
    EXPECT_EQ(store->tokens().at(0).uri.issuer, "ACME 2");
    EXPECT_EQ(store->tokens().at(0).uri.digits, 6);

    ASSERT_EQ(offer(QString::fromLatin1(kRfcKey)), QString());
    ASSERT_EQ(flow->confirmPending(AddTokenFlow::AddNew), QString());
    EXPECT_EQ(app.tokens()->count(), 2);
}

TEST_F(AppControllerTest, SameSerialIsADuplicateToo)
{
    ASSERT_EQ(offer(QString::fromLatin1(kRfcKey), 6, QStringLiteral("abcd-1234-5678")), QString());
    ASSERT_EQ(flow->confirmPending(), QString());
    ASSERT_EQ(offer(QStringLiteral("JBSWY3DPEHPK3PXP"), 6, QStringLiteral("ABCD 1234 5678")),
              QString());
    EXPECT_TRUE(flow->pending()->duplicateText().contains(QStringLiteral("serial")));
}

// A crafted QR code that repeats a saved token's serial (serials are not secret) with another
// secret: Replace is not offered, and even if asked for, the saved secret stays.
TEST_F(AppControllerTest, SameSerialNeverOverwritesTheSavedSecret)
{
    ASSERT_EQ(offer(QString::fromLatin1(kRfcKey), 6, QStringLiteral("abcd-1234-5678")), QString());
    ASSERT_EQ(flow->confirmPending(), QString());
    const auto original = store->tokens().at(0).uri.secret;
    ASSERT_EQ(offer(QStringLiteral("JBSWY3DPEHPK3PXP"), 6, QStringLiteral("ABCD 1234 5678")),
              QString());
    EXPECT_FALSE(flow->pending()->canReplace());
    EXPECT_TRUE(flow->pending()->duplicateText().contains(QStringLiteral("not replaced")));
    ASSERT_EQ(flow->confirmPending(AddTokenFlow::ReplaceDuplicate), QString());
    ASSERT_EQ(store->tokens().size(), 2u);
    EXPECT_EQ(store->tokens().at(0).uri.secret, original);
    EXPECT_NE(store->tokens().at(1).uri.secret, original);
}

TEST_F(AppControllerTest, FailedSaveKeepsThePendingToken)
{
    ASSERT_EQ(offer(QString::fromLatin1(kRfcKey)), QString());
    store->failNextSave();
    EXPECT_FALSE(flow->confirmPending().isEmpty());
    EXPECT_TRUE(flow->pending()->valid());
    EXPECT_EQ(flow->confirmPending(), QString());
}

TEST_F(AppControllerTest, ScannedPayloadsAreCheckedBeforeTheSheet)
{
    EXPECT_TRUE(flow->offerPayload("https://example.com").contains(QStringLiteral("not a token")));
    EXPECT_FALSE(flow->offerPayload("otpauth://totp/X?digits=6").isEmpty());
    EXPECT_EQ(flow->offerPayload(std::string("otpauth://totp/Bank:me?secret=") + kRfcKey +
                                 "&issuer=Bank&serial=ABCD12345678"),
              QString());
    EXPECT_EQ(flow->pending()->serial(), QStringLiteral("ABCD 1234 5678"));
    EXPECT_EQ(flow->pending()->firstCode(), QStringLiteral("287 082"));
}

TEST_F(AppControllerTest, ImportImageReadsTheCodeOffTheGuiThread)
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("setup.png"));
    auto qr = platform::qr::writeQr(std::string("otpauth://totp/Bank:me?secret=") + kRfcKey +
                                    "&issuer=Bank&serial=ABCD12345678");
    ASSERT_TRUE(qr.ok());
    ASSERT_TRUE(qr->save(png));
    QSignalSpy ready(flow, &AddTokenFlow::pendingReady);
    QSignalSpy busy(&app, &AppController::busyChanged);
    flow->importImage(QUrl::fromLocalFile(png));
    EXPECT_TRUE(app.busy());
    ASSERT_TRUE(ready.wait(10000));
    EXPECT_FALSE(app.busy());
    EXPECT_EQ(flow->pending()->serial(), QStringLiteral("ABCD 1234 5678"));
}

TEST_F(AppControllerTest, ImportImageErrorsAreReadable)
{
    QTemporaryDir dir;
    QSignalSpy errors(flow, &AddTokenFlow::errorOccurred);
    flow->importImage(QUrl::fromLocalFile(dir.filePath(QStringLiteral("missing.png"))));
    ASSERT_TRUE(errors.wait(10000));
    EXPECT_EQ(errors.first().first().toString(), QStringLiteral("This image cannot be opened."));

    QImage blank(200, 200, QImage::Format_Grayscale8);
    blank.fill(255);
    const QString png = dir.filePath(QStringLiteral("blank.png"));
    ASSERT_TRUE(blank.save(png));
    flow->importImage(QUrl::fromLocalFile(png));
    ASSERT_TRUE(errors.wait(10000));
    EXPECT_TRUE(
        errors.last().first().toString().startsWith(QStringLiteral("No QR code was found")));
    EXPECT_FALSE(flow->pending()->valid());
}

TEST_F(AppControllerTest, StoreLoadErrorBecomesAReadableStartupError)
{
    app.setStartupError(otp::Error{otp::ErrorCode::VaultWrongPassphrase, "tag mismatch"});
    EXPECT_TRUE(app.startupError().contains(QStringLiteral("passphrase")));
    EXPECT_FALSE(app.startupError().contains(QStringLiteral("tag mismatch")));
    // Tokens added now could not be saved: refuse instead of losing them at exit.
    ASSERT_EQ(offer(QString::fromLatin1(kRfcKey)), QString());
    EXPECT_EQ(flow->confirmPending(), app.startupError());
    EXPECT_EQ(app.tokens()->count(), 0);
}

TEST_F(AppControllerTest, JapaneseIsLoadedOnRequest)
{
    app.language()->setOverride(QStringLiteral("ja"));
    EXPECT_EQ(app.language()->code(), QStringLiteral("ja"));
    EXPECT_EQ(offer(QStringLiteral("JBSW1")),
              QStringLiteral("秘密鍵に使えるのは英字 A〜Z と数字 2〜7 だけです。"));
    app.language()->setOverride(QStringLiteral("en"));
    EXPECT_TRUE(offer(QStringLiteral("JBSW1")).startsWith(QStringLiteral("The secret key")));
}

// Plain Qt Quick text (the start screen) takes the application font when it is created and does
// not follow later changes, so kanji must get Japanese glyph shapes in every language: the
// Japanese family is first in Japanese and the fallback of English.
TEST_F(AppControllerTest, KanjiGetTheJapaneseFamilyInEveryLanguage)
{
    const QString japanese = QStringLiteral("Noto Sans CJK JP");
    app.language()->setOverride(QStringLiteral("en"));
    const QStringList english = QGuiApplication::font().families();
    ASSERT_GE(english.size(), 2);
    EXPECT_NE(english.first(), japanese);
    // A real family, not an alias such as "Sans Serif", which the list would skip.
    EXPECT_TRUE(QFontDatabase::hasFamily(english.first())) << english.first().toStdString();
    EXPECT_EQ(english.last(), japanese);
    app.language()->setOverride(QStringLiteral("ja"));
    EXPECT_EQ(QGuiApplication::font().families(), QStringList{japanese});
    app.language()->setOverride(QStringLiteral("en"));
    EXPECT_EQ(QGuiApplication::font().families(), english);
}

// The flow asks Navigation for the sheet, and once saved goes home with a message: no page
// decides that itself.
TEST_F(AppControllerTest, AddingATokenOpensTheSheetThenGoesHome)
{
    Navigation* navigation = app.navigation();
    navigation->open(Navigation::Scan);
    QSignalSpy shown(navigation, &Navigation::shown);
    QSignalSpy messages(navigation, &Navigation::messageShown);
    ASSERT_EQ(offer(QString::fromLatin1(kRfcKey)), QString());
    ASSERT_EQ(shown.count(), 1);
    EXPECT_EQ(shown.first().first().value<Navigation::Page>(), Navigation::ConfirmToken);
    EXPECT_EQ(navigation->current(), Navigation::Scan);  // a sheet is not stacked
    ASSERT_EQ(flow->confirmPending(), QString());
    EXPECT_EQ(navigation->depth(), 0);
    ASSERT_EQ(messages.count(), 1);
    EXPECT_EQ(messages.first().first().toString(), QStringLiteral("Token added"));
    EXPECT_EQ(navigation->home(), Navigation::OneToken);
}

TEST_F(AppControllerTest, HomeScreenFollowsTheTokenCount)
{
    EXPECT_EQ(app.navigation()->home(), Navigation::NoTokens);
    ASSERT_EQ(offer(QString::fromLatin1(kRfcKey)), QString());
    ASSERT_EQ(flow->confirmPending(), QString());
    EXPECT_EQ(app.navigation()->home(), Navigation::OneToken);
    ASSERT_EQ(offer(QStringLiteral("JBSWY3DPEHPK3PXP")), QString());
    ASSERT_EQ(flow->confirmPending(), QString());
    EXPECT_EQ(app.navigation()->home(), Navigation::TokenList);
}

// View models that make their texts in C++ are told once the language changed, through
// Language::retranslated, so QML re-reads them.
TEST_F(AppControllerTest, ALanguageChangeRetranslatesTheViewModels)
{
    QSignalSpy retranslated(app.language(), &Language::retranslated);
    QSignalSpy lock(app.lock(), &LockController::attemptsChanged);
    QSignalSpy clock(app.clockCheck(), &ClockCheckController::stateChanged);
    QSignalSpy camera(app.camera(), &CameraAccess::changed);
    app.settings()->setLanguage(app.language()->code() == QStringLiteral("ja")
                                    ? QStringLiteral("en")
                                    : QStringLiteral("ja"));
    EXPECT_EQ(retranslated.count(), 1);
    EXPECT_EQ(lock.count(), 1);
    EXPECT_EQ(clock.count(), 1);
    EXPECT_EQ(camera.count(), 1);
    app.settings()->setLanguage(QString());
}

TEST_F(AppControllerTest, CopiedCodesAreSensitiveAndCleared)
{
    app.clipboard()->setClearSeconds(1);
    app.clipboard()->copyCode(QStringLiteral("123 456"));
    QClipboard* clipboard = QGuiApplication::clipboard();
    EXPECT_EQ(clipboard->text(), QStringLiteral("123456"));
    ASSERT_NE(clipboard->mimeData(), nullptr);
    EXPECT_EQ(clipboard->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")),
              QByteArrayLiteral("secret"));
    QSignalSpy cleared(app.clipboard(), &SecureClipboard::cleared);
    ASSERT_TRUE(cleared.wait(2500));
    EXPECT_TRUE(clipboard->text().isEmpty());
}

}  // namespace

TEST(PendingTokenSerial, SaysWhereTheSerialComesFrom)
{
    PendingToken pending;
    pending.set(uriFrom("otpauth://totp/VIP%20Access:SYMC67913149?secret=JBSWY3DPEHPK3PXP"
                        "&issuer=Symantec"),
                QStringLiteral("123456"), {}, false);
    EXPECT_EQ(pending.serial(), QStringLiteral("SYMC 6791 3149"));  // not the derived MRTO…
    EXPECT_EQ(pending.serialSource(), QStringLiteral("From your bank"));
    EXPECT_TRUE(pending.serialIssued());
    pending.set(uriFrom("otpauth://totp/Bank:alice?secret=JBSWY3DPEHPK3PXP"), QStringLiteral("1"),
                {}, false);
    EXPECT_EQ(pending.serial(), QStringLiteral("XRAD 8267 6438"));
    EXPECT_EQ(pending.serialSource(), QStringLiteral("Made by SoftToken from the key"));
    EXPECT_FALSE(pending.serialIssued());
    pending.set(uriFrom("otpauth://steam/Steam:me?secret=JBSWY3DPEHPK3PXP"),
                QStringLiteral("2YXGV"), {}, false);
    EXPECT_EQ(pending.typeText(), QStringLiteral("Steam Guard, 5 characters, every 30 s"));
    EXPECT_EQ(pending.firstCode(), QStringLiteral("2YXGV"));
}
