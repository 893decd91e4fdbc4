// The app backs up like otptool: a token confirmed in the app appears, a moment later, in an
// encrypted backup that opens with the backup passphrase alone (docs/backups.md).

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include "app_controller.h"
#include "otp/vault/backup_settings.h"
#include "platform/backup_engine.h"
#include "platform/vault_session.h"
#include "test_support.h"

namespace {

using platform::VaultSession;

TEST(AppBackup, ATokenAddedInTheAppIsInTheNextBackup)
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("data"));
    const QString folder = tmp.filePath(QStringLiteral("backups"));
    ASSERT_TRUE(QDir().mkpath(folder));
    const otp::SecureString vaultPassphrase("correct horse battery");
    const otp::SecureString backupPassphrase("backup passphrase");
    VaultSession::Options fast;
    fast.scrypt = {4, 1, 1};
    {
        VaultSession session(dir, nullptr, fast);
        ASSERT_TRUE(session.create(&vaultPassphrase).ok());
        otp::vault::Vault changed = session.vault();
        otp::vault::BackupSettings settings;
        settings.folder = folder.toStdString();
        settings.passphrase = backupPassphrase;
        otp::vault::setBackupSettings(changed, settings);
        ASSERT_TRUE(session.save(std::move(changed)).ok());
    }

    // The app's passphrase screen opens the vault, as on a device without a keystore.
    AppController app;
    app.setPassphraseFallback(dir, fast);
    QSignalSpy ready(&app, &AppController::storeReady);
    app.openStoreAsync([]() -> otp::Result<std::shared_ptr<platform::TokenRepository>> {
        return otp::Error{otp::ErrorCode::VaultPassphraseRequired, "passphrase only"};
    });
    ASSERT_TRUE(ready.wait(10000));
    ASSERT_EQ(app.passphrase()->mode(), PassphrasePrompt::Unlock);
    QSignalSpy opened(app.passphrase(), &PassphrasePrompt::opened);
    ASSERT_TRUE(app.passphrase()->submit(QString::fromUtf8(
        vaultPassphrase.view().data(), static_cast<qsizetype>(vaultPassphrase.size()))));
    ASSERT_TRUE(opened.wait(10000));

    ManualEntry entry;
    entry.issuer = QStringLiteral("Bank");
    entry.account = QStringLiteral("me");
    entry.secret = QString::fromLatin1(kRfcKey);
    ASSERT_EQ(app.addToken()->offerManual(entry), QString());
    ASSERT_EQ(app.addToken()->confirmPending(), QString());

    platform::DirectoryBackupFolder backups(folder);
    for (int waited = 0; waited < 15000; waited += 100) {
        auto list = platform::backup::listBackups(backups);
        if (list && !list->empty())
            break;
        QTest::qWait(100);
    }
    auto list = platform::backup::listBackups(backups);
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list->size(), 1u) << "one backup, written after the save";
    auto bytes = backups.read(list->front().name);
    ASSERT_TRUE(bytes.ok());
    auto content = platform::backup::openBackup(*bytes, backupPassphrase);
    ASSERT_TRUE(content.ok()) << content.error().message;
    ASSERT_EQ(content->tokens.size(), 1u);
    EXPECT_EQ(content->tokens[0].uri.issuer, "Bank");
    EXPECT_EQ(content->tokens[0].uri.account, "me");
}

}  // namespace
