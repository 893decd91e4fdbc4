#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <gtest/gtest.h>

#include "app_controller.h"
#include "error_text.h"
#include "otp/interop/ga_migration.h"
#include "otp/interop/softtoken_backup.h"
#include "otp/vault/vault.h"
#include "platform/error_code.h"
#include "platform/import_export.h"
#include "platform/qr/image_input.h"
#include "test_support.h"
#include "vault_contents.h"

// The Import/Export screens' view models (ImportFlow, ExportFlow) against an in-memory store.
namespace {

constexpr otp::vault::ScryptParams kCheapScrypt{4, 1, 1};

std::string secretOf(const otp::KeyUri& uri)
{
    return std::string(uri.secret.begin(), uri.secret.end());
}

class ImportExportTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        app.clock()->setFakeTime(59);
        app.clock()->setFrozen(true);
        app.setStore(store);
        app.exportFlow()->setScryptParams(kCheapScrypt);
    }

    // Every export needs the app PIN again (docs/protections.md "Exports").
    void authorizeExport()
    {
        if (!app.lock()->isEnabled()) {
            ASSERT_EQ(app.lock()->setPin({}, QStringLiteral("2468"), QStringLiteral("2468")),
                      QString());
        }
        ASSERT_EQ(app.exportFlow()->authorize(QStringLiteral("2468")), QString());
    }

    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    // Opens `path` and waits for the preview (or fails the test).
    void openAndWaitForPreview(const QString& path)
    {
        QSignalSpy ready(flow(), &ImportFlow::previewReady);
        flow()->openFile(QUrl::fromLocalFile(path));
        EXPECT_TRUE(flow()->busy());
        ASSERT_TRUE(ready.wait(10000));
        EXPECT_EQ(flow()->state(), ImportFlow::Preview);
    }

    void addSaved(otp::KeyUri uri) { ASSERT_TRUE(app.tokens()->add(std::move(uri)).ok()); }

    std::vector<otp::KeyUri> savedUris() const
    {
        std::vector<otp::KeyUri> uris;
        for (const auto& token : store->tokens())
            uris.push_back(token.uri);
        return uris;
    }

    ImportFlow* flow() { return app.importFlow(); }

    QTemporaryDir dir;
    std::shared_ptr<testsupport::ScriptedRepository> store =
        std::make_shared<testsupport::ScriptedRepository>();
    AppController app;
};

// ACME is saved; the file has ACME again, two new tokens and an MD5 line.
QByteArray uriListWithDuplicateAndUnsupported()
{
    return QByteArray("# exported\n") + "otpauth://totp/ACME:user?secret=" + kRfcKey +
           "&issuer=ACME&digits=8\n" +
           "otpauth://totp/Bank:taro?secret=JBSWY3DPEHPK3PXP&issuer=Bank\n" +
           "otpauth://hotp/Mail:hana?secret=MFRGGZDFMZTWQ2LK&issuer=Mail&counter=5\n" +
           "otpauth://totp/Old:x?secret=ORSXG5BAMFRGGZDF&issuer=Old&algorithm=MD5\n";
}

TEST_F(ImportExportTest, FilePreviewShowsDuplicatesAndUnsupportedThenStoresWithOneSave)
{
    addSaved(totpUri("ACME"));
    const int savesBefore = store->saveCount();
    openAndWaitForPreview(
        writeFile(QStringLiteral("uris.txt"), uriListWithDuplicateAndUnsupported()));
    EXPECT_FALSE(flow()->busy());
    EXPECT_EQ(flow()->foundCount(), 3);
    EXPECT_EQ(flow()->newCount(), 2);
    EXPECT_EQ(flow()->duplicateCount(), 1);
    EXPECT_EQ(flow()->unsupportedCount(), 1);
    EXPECT_EQ(flow()->formatName(), QStringLiteral("List of otpauth:// links"));

    ImportPreviewModel* preview = flow()->preview();
    ASSERT_EQ(preview->rowCount(), 4);
    auto at = [&](int row, int role) { return preview->data(preview->index(row), role); };
    EXPECT_EQ(at(0, ImportPreviewModel::IssuerRole).toString(), QStringLiteral("ACME"));
    EXPECT_EQ(at(0, ImportPreviewModel::StatusRole).toInt(), ImportPreviewModel::Duplicate);
    EXPECT_EQ(at(0, ImportPreviewModel::NoteRole).toString(),
              QStringLiteral("Already saved: skipped"));
    EXPECT_EQ(at(1, ImportPreviewModel::StatusRole).toInt(), ImportPreviewModel::New);
    EXPECT_EQ(at(2, ImportPreviewModel::TypeRole).toString(), QStringLiteral("HOTP"));
    EXPECT_EQ(at(3, ImportPreviewModel::StatusRole).toInt(), ImportPreviewModel::Unsupported);
    EXPECT_EQ(at(3, ImportPreviewModel::NoteRole).toString(),
              QStringLiteral("Cannot be imported: its algorithm is not supported"));
    EXPECT_TRUE(at(3, ImportPreviewModel::DetailRole).toString().contains(QStringLiteral("MD5")));
    EXPECT_EQ(store->saveCount(), savesBefore) << "the preview stores nothing";

    QSignalSpy imported(flow(), &ImportFlow::imported);
    QSignalSpy closed(flow(), &ImportFlow::previewClosed);
    EXPECT_EQ(flow()->confirm(), QString());
    ASSERT_EQ(closed.count(), 1);
    EXPECT_TRUE(closed.first().first().toBool()) << "closed by an import, not a cancel";
    EXPECT_EQ(store->saveCount(), savesBefore + 1) << "one save for the whole import";
    ASSERT_EQ(store->tokens().size(), 3U);
    EXPECT_EQ(store->tokens()[1].uri.issuer, "Bank");
    EXPECT_EQ(store->tokens()[2].uri.issuer, "Mail");
    EXPECT_EQ(store->tokens()[2].uri.counter, 5U);
    EXPECT_EQ(app.tokens()->count(), 3);
    ASSERT_EQ(imported.count(), 1);
    EXPECT_EQ(imported.first().at(0).toInt(), 2);
    EXPECT_EQ(flow()->state(), ImportFlow::Idle);
}

// Another app's export with entries that cannot be imported: each is its own row with the
// translated reason, and its position and the importer's reason as the detail, so two entries
// of the same name can be told apart.
TEST_F(ImportExportTest, OtherAppsExportListsEachEntryThatCannotBeImported)
{
    const QByteArray proton =
        R"({"version":1,"entries":[)"
        R"({"id":"a","content":{"uri":"otpauth://totp/Bank:taro?secret=JBSWY3DPEHPK3PXP&issuer=Bank","entry_type":"Totp","name":"taro"},"note":null},)"
        R"({"id":"b","content":{"uri":"otpauth://totp/Old:carol?secret=JBSWY3DPEHPK3PXP&algorithm=MD5","entry_type":"Totp","name":"carol"},"note":null},)"
        R"({"id":"c","content":{"uri":"ftp://example.com/carol","entry_type":"Totp","name":"carol"},"note":null}]})";
    openAndWaitForPreview(writeFile(QStringLiteral("proton.json"), proton));
    EXPECT_EQ(flow()->formatName(), QStringLiteral("Proton Authenticator export"));
    EXPECT_EQ(flow()->foundCount(), 1);
    EXPECT_EQ(flow()->unsupportedCount(), 2);
    ImportPreviewModel* preview = flow()->preview();
    ASSERT_EQ(preview->rowCount(), 3);
    auto at = [&](int row, int role) {
        return preview->data(preview->index(row), role).toString();
    };
    EXPECT_EQ(at(1, ImportPreviewModel::IssuerRole), QStringLiteral("carol"));
    EXPECT_EQ(at(1, ImportPreviewModel::NoteRole),
              QStringLiteral("Cannot be imported: its algorithm is not supported"));
    EXPECT_TRUE(at(1, ImportPreviewModel::DetailRole).startsWith(QStringLiteral("Entry 2: ")))
        << at(1, ImportPreviewModel::DetailRole).toStdString();
    EXPECT_EQ(at(2, ImportPreviewModel::IssuerRole), QStringLiteral("carol"));
    EXPECT_EQ(at(2, ImportPreviewModel::NoteRole),
              QStringLiteral("Cannot be imported: its code is not an otpauth:// or Steam link"));
    EXPECT_TRUE(at(2, ImportPreviewModel::DetailRole).startsWith(QStringLiteral("Entry 3: ")));
}

TEST_F(ImportExportTest, FailingSaveStoresNothingAndKeepsThePreview)
{
    addSaved(totpUri("ACME"));
    openAndWaitForPreview(
        writeFile(QStringLiteral("uris.txt"), uriListWithDuplicateAndUnsupported()));
    const auto before = store->tokens().size();
    store->failNextSave();
    const QString error = flow()->confirm();
    EXPECT_EQ(error, ErrorText::forCode(otp::ErrorCode::VaultIo));
    EXPECT_EQ(flow()->error(), error);
    EXPECT_EQ(store->tokens().size(), before);
    EXPECT_EQ(app.tokens()->count(), 1) << "the in-memory list is unchanged";
    EXPECT_EQ(flow()->state(), ImportFlow::Preview) << "the user can try again";

    EXPECT_EQ(flow()->confirm(), QString());
    EXPECT_EQ(app.tokens()->count(), 3);
}

TEST_F(ImportExportTest, CancelStoresNothing)
{
    openAndWaitForPreview(
        writeFile(QStringLiteral("uris.txt"), uriListWithDuplicateAndUnsupported()));
    const int saves = store->saveCount();
    QSignalSpy closed(flow(), &ImportFlow::previewClosed);
    flow()->cancel();
    ASSERT_EQ(closed.count(), 1);
    EXPECT_FALSE(closed.first().first().toBool());
    EXPECT_EQ(flow()->state(), ImportFlow::Idle);
    EXPECT_EQ(flow()->preview()->rowCount(), 0);
    EXPECT_EQ(flow()->confirm(), QString());
    EXPECT_EQ(store->saveCount(), saves);
    EXPECT_EQ(app.tokens()->count(), 0);
}

TEST_F(ImportExportTest, UnreadableFilesGiveReadableErrors)
{
    QSignalSpy failed(flow(), &ImportFlow::failed);
    flow()->openFile(
        QUrl::fromLocalFile(writeFile(QStringLiteral("notes.txt"), "shopping list\n")));
    ASSERT_TRUE(failed.wait(10000));
    EXPECT_EQ(failed.last().first().toString(),
              ErrorText::forCode(otp::ErrorCode::ImportUnknownFormat));
    flow()->openFile(QUrl::fromLocalFile(dir.filePath(QStringLiteral("missing.json"))));
    ASSERT_TRUE(failed.wait(10000));
    EXPECT_EQ(failed.last().first().toString(), ErrorText::forCode(platform::ErrorCode::ImportIo));
    EXPECT_EQ(flow()->state(), ImportFlow::Idle);
}

TEST_F(ImportExportTest, EncryptedBackupAsksForThePassphraseAndSaysWhenItIsWrong)
{
    otp::vault::Vault vault;
    otp::vault::addToken(vault, totpUri("Bank", "JBSWY3DPEHPK3PXP"), 100);
    auto backup = otp::interop::writeSoftTokenBackup(vault, otp::SecureString("right passphrase"),
                                                     kCheapScrypt);
    ASSERT_TRUE(backup.ok());
    const QString path = writeFile(QStringLiteral("backup.stbackup"),
                                   QByteArray(reinterpret_cast<const char*>(backup->data()),
                                              static_cast<qsizetype>(backup->size())));
    QSignalSpy needed(flow(), &ImportFlow::passphraseNeeded);
    flow()->openFile(QUrl::fromLocalFile(path));
    ASSERT_TRUE(needed.wait(10000));
    EXPECT_EQ(flow()->state(), ImportFlow::NeedsPassphrase);

    EXPECT_FALSE(flow()->submitPassphrase(QString()));
    EXPECT_FALSE(flow()->error().isEmpty());

    QSignalSpy state(flow(), &ImportFlow::stateChanged);
    EXPECT_TRUE(flow()->submitPassphrase(QStringLiteral("wrong passphrase")));
    EXPECT_EQ(flow()->state(), ImportFlow::Reading);
    ASSERT_TRUE(QTest::qWaitFor([&] { return flow()->state() != ImportFlow::Reading; }, 10000));
    EXPECT_EQ(flow()->state(), ImportFlow::NeedsPassphrase);
    EXPECT_EQ(flow()->error(), ErrorText::forCode(otp::ErrorCode::ImportWrongPassphrase));
    EXPECT_EQ(flow()->error(),
              QStringLiteral("Wrong passphrase for this backup. Check it and try again."));

    QSignalSpy ready(flow(), &ImportFlow::previewReady);
    EXPECT_TRUE(flow()->submitPassphrase(QStringLiteral("right passphrase")));
    ASSERT_TRUE(ready.wait(10000));
    EXPECT_EQ(flow()->foundCount(), 1);
    EXPECT_EQ(flow()->formatName(), QStringLiteral("SoftToken backup"));
    EXPECT_EQ(flow()->error(), QString());
}

std::vector<otp::KeyUri> manyTokens(int count)
{
    std::vector<otp::KeyUri> tokens;
    for (int i = 0; i < count; ++i) {
        otp::KeyUri uri = totpUri("Issuer" + std::to_string(i), "JBSWY3DPEHPK3PXP", 6);
        uri.secret.push_back(static_cast<std::uint8_t>(i));  // distinct secrets
        tokens.push_back(std::move(uri));
    }
    return tokens;
}

std::string text(const otp::SecureString& s)
{
    return std::string(s.view());
}

TEST_F(ImportExportTest, GoogleAuthenticatorBatchScannedOutOfOrderOpensThePreview)
{
    const auto batch = otp::interop::formatGaMigration(manyTokens(25), 4242);
    ASSERT_EQ(batch.uris.size(), 3U);
    const auto other = otp::interop::formatGaMigration(manyTokens(15), 777);
    ASSERT_EQ(other.uris.size(), 2U);
    QSignalSpy ready(flow(), &ImportFlow::previewReady);

    EXPECT_EQ(app.addToken()->offerPayload(text(batch.uris[2])), QString());
    EXPECT_EQ(flow()->batchScanned(), 1);
    EXPECT_EQ(flow()->batchTotal(), 3);
    EXPECT_TRUE(flow()->collectingBatch());
    EXPECT_EQ(flow()->batchProgress(),
              QStringLiteral("Google Authenticator export: 1 of 3 scanned. Still to scan: 1, 2."));

    EXPECT_EQ(app.addToken()->offerPayload(text(batch.uris[0])), QString());
    EXPECT_EQ(flow()->batchScanned(), 2);
    EXPECT_EQ(app.addToken()->offerPayload(text(batch.uris[0])), QString())
        << "a repeat is ignored";
    EXPECT_EQ(flow()->batchScanned(), 2);
    EXPECT_TRUE(
        flow()->batchProgress().endsWith(QStringLiteral("2 of 3 scanned. Still to scan: 2.")));

    const QString mismatch = app.addToken()->offerPayload(text(other.uris[0]));
    EXPECT_TRUE(mismatch.contains(QStringLiteral("another Google Authenticator export")))
        << mismatch.toStdString();
    EXPECT_TRUE(mismatch.contains(QStringLiteral("2 of 3")));
    EXPECT_EQ(flow()->batchScanned(), 2) << "the batch is kept";

    const QString notPart =
        app.addToken()->offerPayload(std::string("otpauth://totp/X:y?secret=") + kRfcKey);
    EXPECT_TRUE(notPart.startsWith(QStringLiteral("This is not one of the Google Authenticator")));
    EXPECT_FALSE(app.addToken()->pending()->valid());
    EXPECT_EQ(ready.count(), 0);

    EXPECT_EQ(app.addToken()->offerPayload(text(batch.uris[1])), QString());
    ASSERT_EQ(ready.count(), 1);
    EXPECT_EQ(flow()->state(), ImportFlow::Preview);
    EXPECT_EQ(flow()->foundCount(), 25);
    EXPECT_EQ(flow()->newCount(), 25);
    EXPECT_EQ(flow()->formatName(), QStringLiteral("Google Authenticator export"));
    EXPECT_FALSE(flow()->collectingBatch());
    EXPECT_EQ(flow()->preview()->data(flow()->preview()->index(0), ImportPreviewModel::IssuerRole),
              QStringLiteral("Issuer0"));

    EXPECT_EQ(flow()->confirm(), QString());
    EXPECT_EQ(store->tokens().size(), 25U);
}

TEST_F(ImportExportTest, SinglePartBatchGoesStraightToThePreviewAndResetForgetsParts)
{
    const auto single = otp::interop::formatGaMigration(manyTokens(2), 1);
    QSignalSpy ready(flow(), &ImportFlow::previewReady);
    EXPECT_EQ(app.addToken()->offerPayload(text(single.uris[0])), QString());
    EXPECT_EQ(ready.count(), 1);
    EXPECT_EQ(flow()->foundCount(), 2);
    flow()->cancel();

    const auto batch = otp::interop::formatGaMigration(manyTokens(15), 9);
    EXPECT_EQ(app.addToken()->offerPayload(text(batch.uris[0])), QString());
    EXPECT_TRUE(flow()->collectingBatch());
    flow()->resetBatch();  // leaving the scan page
    EXPECT_FALSE(flow()->collectingBatch());
    EXPECT_EQ(flow()->batchProgress(), QString());
    // After the reset an ordinary token setup code is offered again.
    EXPECT_EQ(app.addToken()->offerPayload(std::string("otpauth://totp/X:y?secret=") + kRfcKey),
              QString());
    EXPECT_TRUE(app.addToken()->pending()->valid());
}

// --- export ---

class ExportRoundTrip : public ImportExportTest,
                        public ::testing::WithParamInterface<ExportFlow::Format> {};

TEST_P(ExportRoundTrip, ExportedFileImportsBackToTheSameTokens)
{
    addSaved(totpUri("ACME"));
    addSaved(hotpUri("Mail", 7));
    addSaved(uriFrom("otpauth://totp/Bank:taro?secret=JBSWY3DPEHPK3PXP&issuer=Bank&period=60"));
    ExportFlow* exporter = app.exportFlow();
    const ExportFlow::Format format = GetParam();
    const otp::SecureString passphrase("backup passphrase");
    authorizeExport();
    if (format == ExportFlow::SoftTokenBackup) {
        EXPECT_TRUE(exporter->isEncrypted(format));
        EXPECT_FALSE(
            exporter->writeFile(format, QUrl::fromLocalFile(dir.filePath(QStringLiteral("x")))))
            << "the backup needs a passphrase first";
        EXPECT_EQ(exporter->setBackupPassphrase(QStringLiteral("backup passphrase"),
                                                QStringLiteral("backup passphrase")),
                  QString());
    } else {
        EXPECT_FALSE(exporter->isEncrypted(format));
    }
    const QString path = dir.filePath(exporter->suggestedFileName(format));
    QSignalSpy finished(exporter, &ExportFlow::finished);
    ASSERT_TRUE(exporter->writeFile(format, QUrl::fromLocalFile(path)));
    EXPECT_TRUE(exporter->busy());
    ASSERT_TRUE(finished.wait(20000));
    EXPECT_FALSE(exporter->busy());
    ASSERT_TRUE(finished.first().at(0).toBool()) << finished.first().at(1).toString().toStdString();
    EXPECT_EQ(finished.first().at(1).toString(), QStringLiteral("3 tokens exported."));
    EXPECT_EQ(QFile(path).permissions() & (QFile::ReadGroup | QFile::ReadOther),
              QFile::Permissions());

    auto bytes = platform::readImportFile(path);
    ASSERT_TRUE(bytes.ok());
    auto found = otp::interop::importData(*bytes, &passphrase);
    ASSERT_TRUE(found.ok()) << found.error().message;
    const auto saved = savedUris();
    ASSERT_EQ(found->tokens.size(), saved.size());
    for (std::size_t i = 0; i < saved.size(); ++i) {
        SCOPED_TRACE(i);
        EXPECT_EQ(found->tokens[i].issuer, saved[i].issuer);
        EXPECT_EQ(found->tokens[i].account, saved[i].account);
        EXPECT_EQ(secretOf(found->tokens[i]), secretOf(saved[i]));
        EXPECT_EQ(found->tokens[i].type, saved[i].type);
        EXPECT_EQ(found->tokens[i].period, saved[i].period);
        EXPECT_EQ(found->tokens[i].counter, saved[i].counter);
        EXPECT_EQ(found->tokens[i].digits, saved[i].digits);
    }
    if (format != ExportFlow::SoftTokenBackup) {
        // Importing it into the same list: every token is a duplicate, nothing new.
        openAndWaitForPreview(path);
        EXPECT_EQ(flow()->duplicateCount(), 3);
        EXPECT_EQ(flow()->newCount(), 0);
    }
}

INSTANTIATE_TEST_SUITE_P(ImportExport, ExportRoundTrip,
                         ::testing::Values(ExportFlow::SoftTokenBackup, ExportFlow::UriList,
                                           ExportFlow::AegisPlain));

// The backup is the saved vault itself, not a list rebuilt from the rows: what a newer version
// stored (fields this one does not know), ids, order and creation times all survive.
TEST_F(ImportExportTest, TheBackupKeepsWhatANewerVersionStored)
{
    otp::vault::Vault saved;
    otp::vault::addToken(saved, totpUri("ACME"), 1700000000);
    otp::vault::addToken(saved, hotpUri("Mail", 7), 1700000100);
    saved.tokens[1].unknownFields.push_back({0x7f01, otp::SecureBytes{1, 2, 3}});
    saved.unknownFields.push_back({0x7f02, otp::SecureBytes{4, 5}});
    ASSERT_TRUE(store->save(saved).ok());
    app.setStore(store);

    ExportFlow* exporter = app.exportFlow();
    authorizeExport();
    ASSERT_EQ(exporter->setBackupPassphrase(QStringLiteral("backup passphrase"),
                                            QStringLiteral("backup passphrase")),
              QString());
    const QString path = dir.filePath(QStringLiteral("newer.stbackup"));
    QSignalSpy finished(exporter, &ExportFlow::finished);
    ASSERT_TRUE(exporter->writeFile(ExportFlow::SoftTokenBackup, QUrl::fromLocalFile(path)));
    ASSERT_TRUE(finished.wait(20000));
    ASSERT_TRUE(finished.first().at(0).toBool());

    EXPECT_EQ(testsupport::backupContent(path, otp::SecureString("backup passphrase")), saved);
}

TEST_F(ImportExportTest, BackupPassphraseMustBeLongAndRepeated)
{
    ExportFlow* exporter = app.exportFlow();
    EXPECT_EQ(exporter->minimumPassphraseLength(), PassphrasePrompt::kMinimumLength);
    EXPECT_EQ(exporter->setBackupPassphrase(QStringLiteral("short"), QStringLiteral("short")),
              QStringLiteral("The passphrase must have at least 8 characters."));
    EXPECT_EQ(
        exporter->setBackupPassphrase(QStringLiteral("long enough"), QStringLiteral("long enougH")),
        QStringLiteral("The two passphrases do not match."));
    EXPECT_FALSE(exporter->writeFile(ExportFlow::SoftTokenBackup,
                                     QUrl::fromLocalFile(dir.filePath(QStringLiteral("b")))));
}

TEST_F(ImportExportTest, ExportToAnUnwritablePlaceSaysSo)
{
    addSaved(totpUri("ACME"));
    QSignalSpy finished(app.exportFlow(), &ExportFlow::finished);
    authorizeExport();
    ASSERT_TRUE(app.exportFlow()->writeFile(
        ExportFlow::UriList,
        QUrl::fromLocalFile(dir.filePath(QStringLiteral("no/such/dir/x.txt")))));
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_FALSE(finished.first().at(0).toBool());
    EXPECT_EQ(finished.first().at(1).toString(), ErrorText::forCode(platform::ErrorCode::ExportIo));
}

std::vector<std::string> decode(const QImage& image)
{
    auto scanned = platform::qr::scanImage(image);
    EXPECT_TRUE(scanned.ok());
    return scanned ? scanned->payloads : std::vector<std::string>{};
}

TEST_F(ImportExportTest, GoogleAuthenticatorQrCodesDecodeBackAndListWhatGaCannotHold)
{
    for (auto& uri : manyTokens(12))
        addSaved(std::move(uri));
    addSaved(uriFrom("otpauth://totp/Slow:me?secret=JBSWY3DPEHPK3PXP&issuer=Slow&period=60"));
    addSaved(uriFrom("otpauth://steam/Steam:gamer?secret=KRUGS4ZANFZSA5DIMUQGC3LB"));
    ExportFlow* exporter = app.exportFlow();
    authorizeExport();
    EXPECT_EQ(exporter->showGaQr(), QString());
    ASSERT_EQ(exporter->qrCount(), 2);
    ASSERT_EQ(exporter->skipped().size(), 2);
    EXPECT_EQ(exporter->skipped().first(),
              QStringLiteral("Slow: me: Google Authenticator only knows a 30-second period."));
    EXPECT_EQ(exporter->skipped().last(),
              QStringLiteral("Steam: gamer: Google Authenticator cannot show Steam Guard codes."));

    otp::interop::GaBatchCollector collector;
    for (int i = 1; i >= 0; --i) {
        exporter->setQrIndex(i);
        EXPECT_EQ(exporter->qrIndex(), i);
        const auto payloads = decode(exporter->currentQr());
        ASSERT_EQ(payloads.size(), 1U);
        ASSERT_TRUE(collector.add(payloads.front()).ok());
    }
    ASSERT_TRUE(collector.complete());
    const auto found = collector.result();
    const auto saved = savedUris();
    ASSERT_EQ(found.tokens.size(), 12U);
    for (std::size_t i = 0; i < 12; ++i)
        EXPECT_EQ(secretOf(found.tokens[i]), secretOf(saved[i])) << i;

    exporter->setQrIndex(5);
    EXPECT_EQ(exporter->qrIndex(), 1) << "clamped";
    exporter->clearQr();
    EXPECT_EQ(exporter->qrCount(), 0);
    EXPECT_TRUE(exporter->currentQr().isNull());
}

TEST_F(ImportExportTest, PerTokenQrDecodesBackToTheToken)
{
    addSaved(totpUri("ACME"));
    addSaved(uriFrom(
        "otpauth://totp/Bank:taro?secret=JBSWY3DPEHPK3PXP&issuer=Bank&serial=ABCD12345678"));
    const qulonglong id = app.tokens()->tokenAt(1)->id;
    authorizeExport();
    EXPECT_EQ(app.exportFlow()->showTokenQr(id), QString());
    EXPECT_EQ(app.exportFlow()->qrCount(), 1);
    EXPECT_EQ(app.exportFlow()->qrTitle(), QStringLiteral("Bank"));
    const auto payloads = decode(app.exportFlow()->currentQr());
    ASSERT_EQ(payloads.size(), 1U);
    auto uri = otp::parseKeyUri(payloads.front());
    ASSERT_TRUE(uri.ok());
    EXPECT_EQ(uri->issuer, "Bank");
    EXPECT_EQ(secretOf(*uri), secretOf(app.tokens()->tokenAt(1)->uri));
    ASSERT_TRUE(uri->serial.has_value());
    EXPECT_EQ(uri->serial->display(), "ABCD 1234 5678");

    authorizeExport();
    EXPECT_EQ(app.exportFlow()->showTokenQr(9999),
              ErrorText::forCode(otp::ErrorCode::VaultNoSuchToken));
}

// "QR code of one token" is a format like the others: shown, never written, not encrypted.
TEST_F(ImportExportTest, OneTokenQrIsAFormatOfItsOwn)
{
    addSaved(totpUri("ACME"));
    ExportFlow* exporter = app.exportFlow();
    EXPECT_TRUE(exporter->isQr(ExportFlow::OneTokenQr));
    EXPECT_TRUE(exporter->isQr(ExportFlow::GaQr));
    EXPECT_FALSE(exporter->isQr(ExportFlow::UriList));
    EXPECT_FALSE(exporter->isEncrypted(ExportFlow::OneTokenQr));
    EXPECT_EQ(exporter->suggestedFileName(ExportFlow::OneTokenQr), QString());
    authorizeExport();
    EXPECT_FALSE(exporter->writeFile(ExportFlow::OneTokenQr,
                                     QUrl::fromLocalFile(dir.filePath(QStringLiteral("x.txt")))));
    EXPECT_EQ(exporter->showQr(ExportFlow::OneTokenQr, app.tokens()->tokenAt(0)->id), QString());
    EXPECT_EQ(exporter->qrTitle(), QStringLiteral("ACME"));
    EXPECT_EQ(exporter->showQr(ExportFlow::GaQr),
              QStringLiteral("Confirm the export with your PIN first."));
}

// Seeds leave only after the PIN, checked in C++ whatever the page does; with no PIN set the
// user is told to set one first. One authorisation is good for one export.
TEST_F(ImportExportTest, EveryExportNeedsThePinAgain)
{
    addSaved(totpUri("ACME"));
    ExportFlow* exporter = app.exportFlow();
    const QUrl file = QUrl::fromLocalFile(dir.filePath(QStringLiteral("x.txt")));
    EXPECT_FALSE(exporter->writeFile(ExportFlow::UriList, file));
    EXPECT_EQ(exporter->showGaQr(), QStringLiteral("Confirm the export with your PIN first."));
    EXPECT_EQ(exporter->qrCount(), 0);
    EXPECT_NE(exporter->authorize(QString()).indexOf(QStringLiteral("Set a PIN")), -1);
    EXPECT_FALSE(exporter->writeFile(ExportFlow::UriList, file));

    ASSERT_EQ(app.lock()->setPin({}, QStringLiteral("2468"), QStringLiteral("2468")), QString());
    EXPECT_NE(exporter->authorize(QStringLiteral("1111")), QString());
    EXPECT_EQ(exporter->showGaQr(), QStringLiteral("Confirm the export with your PIN first."));
    ASSERT_EQ(exporter->authorize(QStringLiteral("2468")), QString());
    EXPECT_EQ(exporter->showGaQr(), QString());
    EXPECT_EQ(exporter->qrCount(), 1);
    EXPECT_EQ(exporter->showTokenQr(app.tokens()->tokenAt(0)->id),
              QStringLiteral("Confirm the export with your PIN first."));
    EXPECT_FALSE(QFile::exists(file.toLocalFile()));
}

TEST_F(ImportExportTest, EveryImportExportErrorHasItsOwnSentence)
{
    using C = otp::ErrorCode;
    const QString generic = ErrorText::forCode(static_cast<C>(999));
    QStringList seen;
    for (const C code :
         {C::ImportUnknownFormat, C::ImportBadJson, C::ImportBadStructure, C::ImportBadMigration,
          C::ImportBatchMismatch, C::ImportPassphraseRequired, C::ImportWrongPassphrase,
          C::ImportUnsupportedFile, otp::toErrorCode(platform::ErrorCode::ImportIo),
          otp::toErrorCode(platform::ErrorCode::ExportIo),
          otp::toErrorCode(platform::ErrorCode::QrEncodeFailed), C::ImportTooLarge,
          C::ImportTooManyEntries, C::ImportTooManySlots, C::ImportKdfTooCostly,
          C::ImportTruncated}) {
        const QString sentence = ErrorText::forCode(code);
        EXPECT_FALSE(sentence.startsWith(QStringLiteral("Something went wrong")))
            << static_cast<int>(code);
        EXPECT_FALSE(seen.contains(sentence)) << static_cast<int>(code);
        seen.append(sentence);
    }
    EXPECT_TRUE(generic.startsWith(QStringLiteral("Something went wrong")));
}

TEST_F(ImportExportTest, ImportIsRefusedWhenTheTokensCouldNotBeOpened)
{
    openAndWaitForPreview(
        writeFile(QStringLiteral("uris.txt"), uriListWithDuplicateAndUnsupported()));
    app.setStartupError(otp::Error{otp::ErrorCode::VaultDamaged, "damaged"});
    EXPECT_EQ(flow()->confirm(), ErrorText::forCode(otp::ErrorCode::VaultDamaged));
    EXPECT_EQ(app.tokens()->count(), 0);
}

}  // namespace
