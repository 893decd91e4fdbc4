#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <gtest/gtest.h>

#include "app_controller.h"
#include "otp/interop/ga_migration.h"
#include "platform/qr/qr_writer.h"
#include "scripted_repository.h"
#include "test_support.h"

// Import image and Paste with several QR codes in one image: a sheet of otpauth:// codes, a
// whole Google Authenticator export on one screen, one token code beside a web link.
namespace {

std::string setupUri(const std::string& issuer, const char* secret)
{
    return "otpauth://totp/" + issuer + ":me?secret=" + secret + "&issuer=" + issuer;
}

// The codes side by side on white, each as ZXing's writer renders it (4 px modules).
QImage sheetOf(const std::vector<std::string>& texts)
{
    std::vector<QImage> codes;
    int width = 0;
    int height = 0;
    for (const std::string& text : texts) {
        auto qr = platform::qr::writeQr(text, {4, 4, platform::qr::QrErrorCorrection::Medium});
        EXPECT_TRUE(qr.ok()) << text;
        if (!qr)
            return {};
        width += qr->width();
        height = std::max(height, qr->height());
        codes.push_back(*qr);
    }
    QImage sheet(width, height, QImage::Format_RGB32);
    sheet.fill(Qt::white);
    QPainter painter(&sheet);
    int x = 0;
    for (const QImage& code : codes) {
        painter.drawImage(x, 0, code);
        x += code.width();
    }
    return sheet;
}

class ImageCodesTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        app.clock()->setFakeTime(59);
        app.clock()->setFrozen(true);
        app.setStore(store);
    }

    ImportFlow* flow() { return app.importFlow(); }

    // Import image with `texts` side by side; waits for the preview or the sheet.
    void importSheet(const std::vector<std::string>& texts)
    {
        const QString png = dir.filePath(QStringLiteral("sheet.png"));
        ASSERT_TRUE(sheetOf(texts).save(png));
        QSignalSpy preview(flow(), &ImportFlow::previewReady);
        QSignalSpy sheet(&app, &AppController::pendingReady);
        QSignalSpy errors(&app, &AppController::errorOccurred);
        app.importImage(QUrl::fromLocalFile(png));
        ASSERT_TRUE(QTest::qWaitFor([&] { return !app.busy(); }, 20000));
        EXPECT_EQ(errors.count(), 0) << errors.value(0).value(0).toString().toStdString();
        previews = preview.count();
        sheets = sheet.count();
    }

    QTemporaryDir dir;
    std::shared_ptr<testsupport::ScriptedRepository> store =
        std::make_shared<testsupport::ScriptedRepository>();
    AppController app;
    int previews = 0;
    int sheets = 0;
};

TEST_F(ImageCodesTest, SeveralTokenCodesInOneImageOpenOnePreviewOfAll)
{
    importSheet({setupUri("Bank", kRfcKey), setupUri("Mail", "JBSWY3DPEHPK3PXP"),
                 "https://example.com/help", setupUri("Shop", "GEZDGNBVGY3TQOJQ")});
    ASSERT_EQ(previews, 1);
    EXPECT_EQ(sheets, 0);
    EXPECT_EQ(flow()->state(), ImportFlow::Preview);
    EXPECT_EQ(flow()->foundCount(), 3);
    EXPECT_EQ(flow()->newCount(), 3);
    EXPECT_EQ(flow()->unsupportedCount(), 1) << "the web link is listed, never stored";
    EXPECT_TRUE(store->tokens().empty()) << "nothing is stored before the confirmation";

    EXPECT_EQ(flow()->confirm(), QString());
    ASSERT_EQ(store->tokens().size(), 3U);
    EXPECT_EQ(store->tokens().at(0).uri.issuer, "Bank");
    EXPECT_EQ(store->tokens().at(2).uri.issuer, "Shop");
}

TEST_F(ImageCodesTest, AWholeGoogleAuthenticatorExportInOneImageOpensItsPreview)
{
    std::vector<otp::KeyUri> tokens;
    for (int i = 0; i < 25; ++i) {
        otp::KeyUri uri = totpUri("Issuer" + std::to_string(i), "JBSWY3DPEHPK3PXP", 6);
        uri.secret.push_back(static_cast<std::uint8_t>(i));
        tokens.push_back(std::move(uri));
    }
    const auto batch = otp::interop::formatGaMigration(tokens, 4242);
    ASSERT_EQ(batch.uris.size(), 3U);
    std::vector<std::string> texts;
    for (const auto& uri : batch.uris)
        texts.emplace_back(uri.view());
    importSheet(texts);
    ASSERT_EQ(previews, 1);
    EXPECT_EQ(flow()->foundCount(), 25);
    EXPECT_EQ(flow()->formatName(), QStringLiteral("Google Authenticator export"));
    EXPECT_FALSE(flow()->collectingBatch());
}

TEST_F(ImageCodesTest, OneTokenCodeBesideAWebLinkKeepsTheConfirmationSheet)
{
    importSheet({"https://example.com/help", setupUri("Bank", kRfcKey)});
    EXPECT_EQ(previews, 0);
    ASSERT_EQ(sheets, 1);
    EXPECT_EQ(app.pending()->issuer(), QStringLiteral("Bank"));
}

TEST_F(ImageCodesTest, PastedImageWithSeveralCodesOpensOnePreview)
{
    auto* mime = new QMimeData;
    mime->setImageData(sheetOf({setupUri("Bank", kRfcKey), setupUri("Mail", "JBSWY3DPEHPK3PXP")}));
    QGuiApplication::clipboard()->setMimeData(mime);
    QSignalSpy preview(flow(), &ImportFlow::previewReady);
    EXPECT_EQ(app.pasteFromClipboard(), QString());
    ASSERT_EQ(preview.count(), 1);
    EXPECT_EQ(flow()->foundCount(), 2);
    QGuiApplication::clipboard()->clear();
}

}  // namespace
