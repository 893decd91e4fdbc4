// The app and otptool share one token repository: the same scenario run through otptool's
// commands and through the app's view models leaves vaults with the same decrypted content,
// refuses the same things and writes the same exports.

#include <limits>

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrl>

#include <gtest/gtest.h>

#include "app_controller.h"
#include "dir_snapshot.h"
#include "error_text.h"
#include "otp/interop/import.h"
#include "otptool_run.h"
#include "platform/import_export.h"
#include "platform/vault_session.h"
#include "test_support.h"
#include "vault_contents.h"

namespace {

using testsupport::expectSameTokens;
using testsupport::snapshot;
using testsupport::vaultIn;

const std::string kBank = "otpauth://totp/Bank:taro?secret=JBSWY3DPEHPK3PXP&issuer=Bank";
const std::string kMail =
    "otpauth://hotp/Mail:taro?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Mail&counter=5";
const std::string kShop = "otpauth://totp/Shop:hanako?secret=KRUGS4ZANFZSA5DIMUQGC3LB&issuer=Shop";
// The Bank token's secret again, as HOTP: the same token by the one duplicate rule.
const std::string kBankAsHotp =
    "otpauth://hotp/Bank2:taro?secret=JBSWY3DPEHPK3PXP&counter=0&serial=WXYZ00000002";
const std::string kWork = "otpauth://totp/Work:me?secret=ONSWG4TFOQYTEMZU&issuer=Work&digits=8";

class OtptoolAndApp : public ::testing::Test {
protected:
    void SetUp() override
    {
        testsupport::writeFile(passFile, "parity passphrase\n");
        testsupport::writeFile(importFile, kBankAsHotp + "\n" + kWork + "\n" + kMail + "\n");
        app.clock()->setFakeTime(59);
        app.clock()->setFrozen(true);
    }

    // otptool on the tool's profile, as a tester's script runs it.
    testsupport::ToolRun tool(QStringList args, const QString& dataDir = {})
    {
        args << QStringLiteral("--data-dir") << (dataDir.isEmpty() ? toolDir : dataDir)
             << QStringLiteral("--passphrase-file") << passFile;
        return testsupport::otptool(args);
    }
    static QString arg(const std::string& s) { return QString::fromStdString(s); }

    // The app on its own profile, opened as --passphrase-file opens it.
    void openApp()
    {
        auto session = std::make_shared<platform::VaultSession>(appDir, nullptr);
        ASSERT_TRUE(session->openOrCreate(&passphrase).ok());
        app.setStore(session);
    }
    // A scanned code, confirmed on the sheet.
    QString scan(const std::string& uri)
    {
        if (QString error = app.offerPayload(uri); !error.isEmpty())
            return error;
        return app.confirmPending();
    }
    qulonglong idAt(int row) { return app.tokens()->tokenAt(row)->id; }
    // Through the Export page's view model, PIN first.
    void exportFromApp(ExportFlow::Format format, const QString& path)
    {
        ASSERT_EQ(app.exportFlow()->authorize(QStringLiteral("2468")), QString());
        QSignalSpy finished(app.exportFlow(), &ExportFlow::finished);
        ASSERT_TRUE(app.exportFlow()->writeFile(format, QUrl::fromLocalFile(path)));
        ASSERT_TRUE(finished.wait(20000));
        ASSERT_TRUE(finished.first().at(0).toBool())
            << finished.first().at(1).toString().toStdString();
    }
    static QByteArray contentOf(const QString& path)
    {
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
        return file.readAll();
    }

    QTemporaryDir tmp;
    QString toolDir = tmp.filePath(QStringLiteral("tool"));
    QString appDir = tmp.filePath(QStringLiteral("app"));
    QString passFile = tmp.filePath(QStringLiteral("pass"));
    QString importFile = tmp.filePath(QStringLiteral("links.txt"));
    QString backupPassFile = tmp.filePath(QStringLiteral("backup-pass"));
    const otp::SecureString passphrase{"parity passphrase"};
    AppController app;
};

TEST_F(OtptoolAndApp, AddCodeRemoveAndImportLeaveTheSameVault)
{
    for (const auto& uri : {kBank, kShop, kMail})
        ASSERT_EQ(tool({QStringLiteral("vault"), QStringLiteral("add"), arg(uri)}).exitCode, 0);
    ASSERT_EQ(tool({QStringLiteral("vault"), QStringLiteral("code"), QStringLiteral("3")}).out,
              "254676\n");  // RFC 4226 count 5; 6 is saved
    ASSERT_EQ(
        tool({QStringLiteral("vault"), QStringLiteral("remove"), QStringLiteral("2")}).exitCode, 0);
    const auto imported = tool({QStringLiteral("import"), importFile, QStringLiteral("--yes")});
    ASSERT_EQ(imported.exitCode, 0) << imported.err;
    EXPECT_NE(imported.out.find("found 3 tokens: 1 new, 2 duplicates"), std::string::npos)
        << imported.out;
    EXPECT_NE(imported.out.find("duplicate:same_secret\tBank2"), std::string::npos)
        << "the same secret as another type is the same token";

    openApp();
    for (const auto& uri : {kBank, kShop, kMail})
        ASSERT_EQ(scan(uri), QString());
    EXPECT_EQ(app.tokens()->index(2).data(TokenListModel::CodeRole).toString(),
              QStringLiteral("254676"));
    EXPECT_EQ(app.tokens()->nextHotpCode(idAt(2)), QString());  // the shown code is used up
    EXPECT_EQ(app.tokens()->remove(idAt(1)), QString());
    ASSERT_EQ(app.offerPayload(kBankAsHotp), QString());
    EXPECT_TRUE(app.pending()->canReplace()) << "the sheet offers to replace the same secret";
    app.discardPending();
    QSignalSpy ready(app.importFlow(), &ImportFlow::previewReady);
    app.importFlow()->openFile(QUrl::fromLocalFile(importFile));
    ASSERT_TRUE(ready.wait(10000));
    EXPECT_EQ(app.importFlow()->newCount(), 1);
    EXPECT_EQ(app.importFlow()->duplicateCount(), 2);
    ASSERT_EQ(app.importFlow()->confirm(), QString());

    const auto fromTool = vaultIn(toolDir, passphrase);
    expectSameTokens(vaultIn(appDir, passphrase), fromTool);
    ASSERT_EQ(fromTool.tokens.size(), 3u);
    EXPECT_EQ(fromTool.tokens[1].uri.counter, 6u);
    EXPECT_EQ(fromTool.tokens[2].uri.issuer, "Work");
    // Either vault reads the same through otptool.
    EXPECT_EQ(tool({QStringLiteral("vault"), QStringLiteral("list")}, appDir).out,
              tool({QStringLiteral("vault"), QStringLiteral("list")}).out);
}

TEST_F(OtptoolAndApp, BothRefuseTheLastHotpCounterAndWriteNothing)
{
    const std::string last = "otpauth://hotp/End:x?secret=GEZDGNBVGY3TQOJQ&counter=" +
                             std::to_string(std::numeric_limits<std::uint64_t>::max());
    ASSERT_EQ(tool({QStringLiteral("vault"), QStringLiteral("add"), arg(last)}).exitCode, 0);
    const auto toolFiles = snapshot(toolDir);
    const auto refused = tool({QStringLiteral("vault"), QStringLiteral("code")});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_NE(refused.err.find("maximum"), std::string::npos) << refused.err;
    EXPECT_EQ(snapshot(toolDir), toolFiles);

    openApp();
    ASSERT_EQ(scan(last), QString());
    const auto appFiles = snapshot(appDir);
    EXPECT_EQ(app.tokens()->nextHotpCode(idAt(0)),
              ErrorText::forCode(otp::ErrorCode::UriBadCounter));
    EXPECT_EQ(snapshot(appDir), appFiles);
    expectSameTokens(vaultIn(appDir, passphrase), vaultIn(toolDir, passphrase));
}

// Every export is platform::exportTo on the saved vault: the same files from both, and
// backups that keep what a newer version stored in the vault.
TEST_F(OtptoolAndApp, ExportsOfTheSameVaultAreTheSame)
{
    for (const auto& uri : {kBank, kMail, kWork})
        ASSERT_EQ(tool({QStringLiteral("vault"), QStringLiteral("add"), arg(uri)}).exitCode, 0);
    // A newer version's fields, in the vault and in one token.
    auto session = std::make_shared<platform::VaultSession>(toolDir, nullptr);
    ASSERT_TRUE(session->open(&passphrase).ok());
    otp::vault::Vault newer = session->vault();
    newer.unknownFields.push_back({0x7f02, otp::SecureBytes{4, 5}});
    newer.tokens.at(1).unknownFields.push_back({0x7f01, otp::SecureBytes{1, 2, 3}});
    ASSERT_TRUE(session->save(newer).ok());

    testsupport::writeFile(backupPassFile, "backup passphrase\n");
    const QString toolUris = tmp.filePath(QStringLiteral("tool-uris.txt"));
    const QString toolBackup = tmp.filePath(QStringLiteral("tool.stbackup"));
    ASSERT_EQ(tool({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("uris"),
                    QStringLiteral("-o"), toolUris, QStringLiteral("--yes")})
                  .exitCode,
              0);
    ASSERT_EQ(
        tool({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("softtoken"),
              QStringLiteral("-o"), toolBackup, QStringLiteral("--backup-passphrase-file"),
              backupPassFile, QStringLiteral("--yes")})
            .exitCode,
        0);

    // The app on the same profile (one vault, two programs) exports it too.
    app.setStore(session);
    ASSERT_EQ(app.lock()->setPin({}, QStringLiteral("2468"), QStringLiteral("2468")), QString());
    const QString appUris = tmp.filePath(QStringLiteral("app-uris.txt"));
    const QString appBackup = tmp.filePath(QStringLiteral("app.stbackup"));
    exportFromApp(ExportFlow::UriList, appUris);
    ASSERT_EQ(app.exportFlow()->setBackupPassphrase(QStringLiteral("backup passphrase"),
                                                    QStringLiteral("backup passphrase")),
              QString());
    exportFromApp(ExportFlow::SoftTokenBackup, appBackup);

    const QByteArray fromTool = contentOf(toolUris);
    EXPECT_EQ(contentOf(appUris), fromTool);
    EXPECT_EQ(fromTool.count('\n'), 3);
    const otp::SecureString backupPassphrase("backup passphrase");
    const auto toolCopy = testsupport::backupContent(toolBackup, backupPassphrase);
    EXPECT_EQ(toolCopy, newer);
    EXPECT_EQ(testsupport::backupContent(appBackup, backupPassphrase), toolCopy);
}

}  // namespace
