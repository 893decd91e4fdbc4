// Import and export through the platform layer: QR images, files and the vault.

#include <map>
#include <string>

#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "../../support/dir_snapshot.h"  // shared with the vault and view-model tests
#include "otp/interop/ga_migration.h"
#include "otp/interop/import.h"
#include "otp/interop/softtoken_backup.h"
#include "platform/error_code.h"
#include "platform/import_export.h"
#include "platform/key_store.h"
#include "platform/qr/image_input.h"
#include "platform/qr/qr_decoder.h"
#include "platform/vault_session.h"

namespace {

using testsupport::snapshot;

otp::KeyUri token(int i)
{
    otp::KeyUri u;
    u.type = i % 7 == 3 ? otp::OtpType::Hotp : otp::OtpType::Totp;
    u.counter = u.type == otp::OtpType::Hotp ? static_cast<std::uint64_t>(i) : 0;
    u.issuer = "銀行 " + std::to_string(i);
    u.account = "user" + std::to_string(i) + "@example.com";
    u.digits = i % 2 == 0 ? 6 : 8;
    u.algorithm = i % 3 == 0 ? otp::Algorithm::Sha256 : otp::Algorithm::Sha1;
    for (int b = 0; b < 20; ++b)
        u.secret.push_back(static_cast<std::uint8_t>(i * 37 + b * 11));
    return u;
}

platform::VaultSession::Options fastOptions()
{
    platform::VaultSession::Options o;
    o.scrypt = otp::vault::ScryptParams{4, 8, 1};
    return o;
}

}  // namespace

// The issue's acceptance test: 25 tokens → 3 QR images → decoded by our decoder → collected →
// imported into the vault with one save.
TEST(ImportExport, GaExportOf25TokensAcrossThreeQrCodesImportsIntoTheVault)
{
    std::vector<otp::KeyUri> tokens;
    for (int i = 0; i < 25; ++i)
        tokens.push_back(token(i));
    std::vector<otp::interop::UnsupportedEntry> skipped;
    auto images = platform::gaMigrationQrImages(tokens, -77, skipped, {4, 4});
    ASSERT_TRUE(images) << images.error().message;
    EXPECT_TRUE(skipped.empty());
    ASSERT_EQ(images->size(), 3u);

    otp::interop::GaBatchCollector collector;
    for (std::size_t i : {1u, 2u, 0u}) {  // scanned out of order
        auto scan = platform::qr::scanImage((*images)[i]);
        ASSERT_TRUE(scan) << scan.error().message;
        ASSERT_EQ(scan->payloads.size(), 1u) << "image " << i;
        auto progress = collector.add(scan->payloads[0]);
        ASSERT_TRUE(progress) << progress.error().message;
        EXPECT_EQ(progress->total, 3u);
    }
    ASSERT_TRUE(collector.complete());

    QTemporaryDir dir;
    platform::MemoryKeyStore keys;
    platform::VaultSession session(dir.path(), &keys, fastOptions());
    ASSERT_TRUE(session.openOrCreate());
    const auto plan = otp::interop::planImport(collector.result(), session.vault());
    EXPECT_EQ(plan.newCount(), 25u);
    auto stored = session.applyImport(plan, 1000);
    ASSERT_TRUE(stored) << stored.error().message;
    EXPECT_EQ(*stored, 25u);

    platform::VaultSession reopened(dir.path(), &keys, fastOptions());
    ASSERT_TRUE(reopened.open());
    ASSERT_EQ(reopened.vault().tokens.size(), 25u);
    for (std::size_t i = 0; i < 25; ++i)
        EXPECT_EQ(reopened.vault().tokens[i].uri, tokens[i]) << "token " << i;

    // Scanning the same export again finds only duplicates and stores nothing.
    const auto before = snapshot(dir.path());
    const auto again = otp::interop::planImport(collector.result(), reopened.vault());
    EXPECT_EQ(again.newCount(), 0u);
    auto none = reopened.applyImport(again, 2000);
    ASSERT_TRUE(none);
    EXPECT_EQ(*none, 0u);
    EXPECT_EQ(snapshot(dir.path()), before);
}

TEST(ImportExport, MalformedAndTruncatedFilesStoreNothing)
{
    QTemporaryDir dir;
    platform::MemoryKeyStore keys;
    platform::VaultSession session(dir.path(), &keys, fastOptions());
    ASSERT_TRUE(session.openOrCreate());
    ASSERT_TRUE(session.addToken(token(1), 1));
    const auto before = snapshot(dir.path());
    ASSERT_FALSE(before.empty());

    const std::vector<std::string> inputs = {
        R"({"version":1,"header":{"slots":null,"params":null},"db":{"version":1,"entries":[{"type":"totp")",
        R"({"tokens":[{"secret":[1,2,3)",
        "otpauth-migration://offline?data=CgU%3D",
        std::string("STVAULT\0\1\2", 10),
    };
    for (const auto& input : inputs) {
        const otp::SecureBytes bytes(input.begin(), input.end());
        auto found = otp::interop::importData(bytes, nullptr);
        ASSERT_FALSE(found) << input;
        EXPECT_FALSE(found.error().message.empty());
    }
    EXPECT_EQ(snapshot(dir.path()), before);
}

// A save that fails part-way (here: the temporary file cannot be created) stores no token at all
// and leaves the vault file byte for byte as it was.
TEST(ImportExport, AFailedSaveStoresNothing)
{
    QTemporaryDir dir;
    platform::MemoryKeyStore keys;
    platform::VaultSession session(dir.path(), &keys, fastOptions());
    ASSERT_TRUE(session.openOrCreate());
    ASSERT_TRUE(session.addToken(token(1), 1));
    QFile main(QDir(dir.path()).filePath(QStringLiteral("vault.stv")));
    ASSERT_TRUE(main.open(QIODevice::ReadOnly));
    const QByteArray before = main.readAll();
    main.close();
    ASSERT_TRUE(QDir(dir.path()).mkdir(QStringLiteral("vault.stv.tmp")));

    otp::interop::ImportResult found;
    for (int i = 2; i < 12; ++i)
        found.tokens.push_back(token(i));
    const auto plan = otp::interop::planImport(found, session.vault());
    ASSERT_EQ(plan.newCount(), 10u);
    auto stored = session.applyImport(plan, 5);
    ASSERT_FALSE(stored);
    EXPECT_EQ(stored.error().code, otp::ErrorCode::VaultIo) << stored.error().message;
    EXPECT_EQ(session.vault().tokens.size(), 1u);
    ASSERT_TRUE(main.open(QIODevice::ReadOnly));
    EXPECT_EQ(main.readAll(), before);
    main.close();

    // Another program changed the vault since it was loaded: refused, nothing of ours stored.
    QDir(dir.path()).rmdir(QStringLiteral("vault.stv.tmp"));
    platform::VaultSession other(dir.path(), &keys, fastOptions());
    ASSERT_TRUE(other.open());
    ASSERT_TRUE(other.addToken(token(40), 6));
    ASSERT_TRUE(main.open(QIODevice::ReadOnly));
    const QByteArray theirs = main.readAll();
    main.close();
    stored = session.applyImport(plan, 7);
    ASSERT_FALSE(stored);
    ASSERT_TRUE(main.open(QIODevice::ReadOnly));
    EXPECT_EQ(main.readAll(), theirs);
}

TEST(ImportExport, BackupFileMovesTheVaultToAnotherDevice)
{
    QTemporaryDir first;
    platform::MemoryKeyStore firstKeys;
    platform::VaultSession source(first.path(), &firstKeys, fastOptions());
    ASSERT_TRUE(source.openOrCreate());
    for (int i = 0; i < 3; ++i)
        ASSERT_TRUE(source.addToken(token(i), i));
    const otp::SecureString passphrase("move me");
    auto backup = otp::interop::writeSoftTokenBackup(source.vault(), passphrase,
                                                     otp::vault::ScryptParams{4, 8, 1});
    ASSERT_TRUE(backup);
    const QString file = first.filePath(QStringLiteral("backup.stb"));
    ASSERT_TRUE(platform::writeExportFile(file, *backup));
    EXPECT_EQ(QFile::permissions(file) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
              QFileDevice::Permissions{});

    QTemporaryDir second;
    platform::MemoryKeyStore secondKeys;
    platform::VaultSession target(second.path(), &secondKeys, fastOptions());
    ASSERT_TRUE(target.openOrCreate());
    auto bytes = platform::readImportFile(file);
    ASSERT_TRUE(bytes) << bytes.error().message;
    auto found = otp::interop::importData(*bytes, &passphrase);
    ASSERT_TRUE(found) << found.error().message;
    auto stored =
        target.applyImport(otp::interop::planImport(std::move(found).value(), target.vault()), 9);
    ASSERT_TRUE(stored);
    EXPECT_EQ(*stored, 3u);
    for (std::size_t i = 0; i < 3; ++i)
        EXPECT_EQ(target.vault().tokens[i].uri, source.vault().tokens[i].uri);
}

TEST(ImportExport, ReadImportFileReportsMissingFiles)
{
    auto r = platform::readImportFile(QStringLiteral("/nonexistent/export.json"));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, platform::ErrorCode::ImportIo);
    EXPECT_NE(r.error().message.find("/nonexistent/export.json"), std::string::npos);
}

TEST(ImportExport, TokenQrImageScansBackToTheToken)
{
    auto image = platform::tokenQrImage(token(5));
    ASSERT_TRUE(image);
    auto scan = platform::qr::scanImage(*image);
    ASSERT_TRUE(scan);
    ASSERT_EQ(scan->payloads.size(), 1u);
    auto parsed = otp::parseKeyUri(scan->payloads[0]);
    ASSERT_TRUE(parsed);
    EXPECT_EQ(*parsed, token(5));
}
