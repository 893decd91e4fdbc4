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
        return app.offerManual(QStringLiteral("ACME"), QStringLiteral("alice"), secret, false,
                               QStringLiteral("SHA1"), digits, 30, 0, serial);
    }

    std::shared_ptr<testsupport::ScriptedRepository> store =
        std::make_shared<testsupport::ScriptedRepository>();
    AppController app;
};

TEST_F(AppControllerTest, ManualEntryShowsTheFirstCodeBeforeSaving)
{
    QSignalSpy ready(&app, &AppController::pendingReady);
    EXPECT_EQ(offer(QString::fromLatin1(kRfcKey)), QString());
    EXPECT_EQ(ready.count(), 1);
    EXPECT_TRUE(app.pending()->valid());
    EXPECT_EQ(app.pending()->firstCode(), QStringLiteral("9428 7082"));
    EXPECT_EQ(app.pending()->issuer(), QStringLiteral("ACME"));
    EXPECT_TRUE(app.pending()->typeText().contains(QStringLiteral("TOTP")));
    EXPECT_TRUE(store->tokens().empty());  // nothing saved yet

    EXPECT_EQ(app.confirmPending(), QString());
    EXPECT_FALSE(app.pending()->valid());
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
    EXPECT_FALSE(app.offerManual(QString(), QString(), QString::fromLatin1(kRfcKey), false,
                                 QStringLiteral("SHA1"), 6, 30, 0, QString())
                     .isEmpty());
    EXPECT_FALSE(app.pending()->valid());
}

TEST_F(AppControllerTest, DuplicateIsReportedAndCanReplaceOrKeepBoth)
{
    ASSERT_EQ(offer(QString::fromLatin1(kRfcKey)), QString());
    ASSERT_EQ(app.confirmPending(), QString());

    ASSERT_EQ(app.offerManual(QStringLiteral("ACME 2"), QStringLiteral("bob"),
                              QString::fromLatin1(kRfcKey), false, QStringLiteral("SHA1"), 6, 30, 0,
                              QString()),
              QString());
    EXPECT_TRUE(app.pending()->duplicateText().contains(QStringLiteral("already")));
    EXPECT_TRUE(app.pending()->canReplace());
    ASSERT_EQ(app.confirmPending(AppController::ReplaceDuplicate), QString());
    ASSERT_EQ(app.tokens()->count(), 1);
    EXPECT_EQ(store->tokens().at(0).uri.issuer, "ACME 2");
    EXPECT_EQ(store->tokens().at(0).uri.digits, 6);

    ASSERT_EQ(offer(QString::fromLatin1(kRfcKey)), QString());
    ASSERT_EQ(app.confirmPending(AppController::AddNew), QString());
    EXPECT_EQ(app.tokens()->count(), 2);
}

TEST_F(AppControllerTest, SameSerialIsADuplicateToo)
{
    ASSERT_EQ(offer(QString::fromLatin1(kRfcKey), 6, QStringLiteral("abcd-1234-5678")), QString());
    ASSERT_EQ(app.confirmPending(), QString());
    ASSERT_EQ(offer(QStringLiteral("JBSWY3DPEHPK3PXP"), 6, QStringLiteral("ABCD 1234 5678")),
              QString());
    EXPECT_TRUE(app.pending()->duplicateText().contains(QStringLiteral("serial")));
}

// A crafted QR code that repeats a saved token's serial (serials are not secret) with another
// secret: Replace is not offered, and even if asked for, the saved secret stays.
TEST_F(AppControllerTest, SameSerialNeverOverwritesTheSavedSecret)
{
    ASSERT_EQ(offer(QString::fromLatin1(kRfcKey), 6, QStringLiteral("abcd-1234-5678")), QString());
    ASSERT_EQ(app.confirmPending(), QString());
    const auto original = store->tokens().at(0).uri.secret;
    ASSERT_EQ(offer(QStringLiteral("JBSWY3DPEHPK3PXP"), 6, QStringLiteral("ABCD 1234 5678")),
              QString());
    EXPECT_FALSE(app.pending()->canReplace());
    EXPECT_TRUE(app.pending()->duplicateText().contains(QStringLiteral("not replaced")));
    ASSERT_EQ(app.confirmPending(AppController::ReplaceDuplicate), QString());
    ASSERT_EQ(store->tokens().size(), 2u);
    EXPECT_EQ(store->tokens().at(0).uri.secret, original);
    EXPECT_NE(store->tokens().at(1).uri.secret, original);
}

TEST_F(AppControllerTest, FailedSaveKeepsThePendingToken)
{
    ASSERT_EQ(offer(QString::fromLatin1(kRfcKey)), QString());
    store->failNextSave();
    EXPECT_FALSE(app.confirmPending().isEmpty());
    EXPECT_TRUE(app.pending()->valid());
    EXPECT_EQ(app.confirmPending(), QString());
}

TEST_F(AppControllerTest, ScannedPayloadsAreCheckedBeforeTheSheet)
{
    EXPECT_TRUE(app.offerPayload("https://example.com").contains(QStringLiteral("not a token")));
    EXPECT_FALSE(app.offerPayload("otpauth://totp/X?digits=6").isEmpty());
    EXPECT_EQ(app.offerPayload(std::string("otpauth://totp/Bank:me?secret=") + kRfcKey +
                               "&issuer=Bank&serial=ABCD12345678"),
              QString());
    EXPECT_EQ(app.pending()->serial(), QStringLiteral("ABCD 1234 5678"));
    EXPECT_EQ(app.pending()->firstCode(), QStringLiteral("287 082"));
}

TEST_F(AppControllerTest, ImportImageReadsTheCodeOffTheGuiThread)
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("setup.png"));
    auto qr = platform::qr::writeQr(std::string("otpauth://totp/Bank:me?secret=") + kRfcKey +
                                    "&issuer=Bank&serial=ABCD12345678");
    ASSERT_TRUE(qr.ok());
    ASSERT_TRUE(qr->save(png));
    QSignalSpy ready(&app, &AppController::pendingReady);
    QSignalSpy busy(&app, &AppController::busyChanged);
    app.importImage(QUrl::fromLocalFile(png));
    EXPECT_TRUE(app.busy());
    ASSERT_TRUE(ready.wait(10000));
    EXPECT_FALSE(app.busy());
    EXPECT_EQ(app.pending()->serial(), QStringLiteral("ABCD 1234 5678"));
}

TEST_F(AppControllerTest, ImportImageErrorsAreReadable)
{
    QTemporaryDir dir;
    QSignalSpy errors(&app, &AppController::errorOccurred);
    app.importImage(QUrl::fromLocalFile(dir.filePath(QStringLiteral("missing.png"))));
    ASSERT_TRUE(errors.wait(10000));
    EXPECT_EQ(errors.first().first().toString(), QStringLiteral("This image cannot be opened."));

    QImage blank(200, 200, QImage::Format_Grayscale8);
    blank.fill(255);
    const QString png = dir.filePath(QStringLiteral("blank.png"));
    ASSERT_TRUE(blank.save(png));
    app.importImage(QUrl::fromLocalFile(png));
    ASSERT_TRUE(errors.wait(10000));
    EXPECT_TRUE(
        errors.last().first().toString().startsWith(QStringLiteral("No QR code was found")));
    EXPECT_FALSE(app.pending()->valid());
}

TEST_F(AppControllerTest, StoreLoadErrorBecomesAReadableStartupError)
{
    app.setStartupError(otp::Error{otp::ErrorCode::VaultWrongPassphrase, "tag mismatch"});
    EXPECT_TRUE(app.startupError().contains(QStringLiteral("passphrase")));
    EXPECT_FALSE(app.startupError().contains(QStringLiteral("tag mismatch")));
    // Tokens added now could not be saved: refuse instead of losing them at exit.
    ASSERT_EQ(offer(QString::fromLatin1(kRfcKey)), QString());
    EXPECT_EQ(app.confirmPending(), app.startupError());
    EXPECT_EQ(app.tokens()->count(), 0);
}

TEST_F(AppControllerTest, JapaneseIsLoadedOnRequest)
{
    app.setLanguageOverride(QStringLiteral("ja"));
    EXPECT_EQ(app.language(), QStringLiteral("ja"));
    EXPECT_EQ(offer(QStringLiteral("JBSW1")),
              QStringLiteral("秘密鍵に使えるのは英字 A〜Z と数字 2〜7 だけです。"));
    app.setLanguageOverride(QStringLiteral("en"));
    EXPECT_TRUE(offer(QStringLiteral("JBSW1")).startsWith(QStringLiteral("The secret key")));
}

// Plain Qt Quick text (the start screen) takes the application font when it is created and does
// not follow later changes, so kanji must get Japanese glyph shapes in every language: the
// Japanese family is first in Japanese and the fallback of English.
TEST_F(AppControllerTest, KanjiGetTheJapaneseFamilyInEveryLanguage)
{
    const QString japanese = QStringLiteral("Noto Sans CJK JP");
    app.setLanguageOverride(QStringLiteral("en"));
    const QStringList english = QGuiApplication::font().families();
    ASSERT_GE(english.size(), 2);
    EXPECT_NE(english.first(), japanese);
    // A real family, not an alias such as "Sans Serif", which the list would skip.
    EXPECT_TRUE(QFontDatabase::hasFamily(english.first())) << english.first().toStdString();
    EXPECT_EQ(english.last(), japanese);
    app.setLanguageOverride(QStringLiteral("ja"));
    EXPECT_EQ(QGuiApplication::font().families(), QStringList{japanese});
    app.setLanguageOverride(QStringLiteral("en"));
    EXPECT_EQ(QGuiApplication::font().families(), english);
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
