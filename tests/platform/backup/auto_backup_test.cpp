// Automatic backups after vault saves: the VaultSession hook, the status the UI will show, the
// app's debounced trigger, and what a full, read-only or vanished folder does.

#include <sys/mount.h>
#include <thread>
#include <unistd.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "backup_test_util.h"
#include "otp/vault/backup_settings.h"
#include "platform/auto_backup.h"
#include "platform/error_code.h"
#include "platform/key_store.h"
#include "platform/vault_session.h"

namespace {

using platform::AutoBackup;
using platform::ErrorCode;
using platform::MemoryKeyStore;
using platform::VaultSession;
using namespace backuptest;

AutoBackup::Options fastAuto()
{
    AutoBackup::Options o;
    o.write = fast();
    return o;
}

VaultSession::Options fastSession()
{
    VaultSession::Options o;
    o.scrypt = {4, 1, 1};
    return o;
}

class AutoBackupTest : public ::testing::Test {
protected:
    QTemporaryDir tmp;
    QString dataDir = tmp.filePath(QStringLiteral("data"));
    QString folder = tmp.filePath(QStringLiteral("backups"));
    MemoryKeyStore keys;
    VaultSession session{dataDir, &keys, fastSession()};
    AutoBackup backup{dataDir, fastAuto()};
    std::vector<otp::Result<platform::backup::Written>> outcomes;

    void SetUp() override
    {
        ASSERT_TRUE(QDir().mkpath(folder));
        ASSERT_TRUE(session.create().ok());
        backup.backUpAfterEverySave(
            session,
            [this](const otp::Result<platform::backup::Written>& w) { outcomes.push_back(w); });
    }

    void turnOn(const QString& where, std::uint32_t keep = 10)
    {
        otp::vault::Vault changed = session.vault();
        otp::vault::setBackupSettings(changed, settingsFor(where, keep));
        ASSERT_TRUE(session.save(std::move(changed)).ok());
    }
};

TEST_F(AutoBackupTest, OffWritesNothingAndRecordsNothing)
{
    ASSERT_TRUE(session.addToken(uri("Bank", 1), 0).ok());
    ASSERT_EQ(outcomes.size(), 1u);
    EXPECT_EQ(outcomes[0].error().code, ErrorCode::BackupNotConfigured);
    EXPECT_TRUE(backupNames(folder).empty());
    EXPECT_EQ(backup.status(), platform::BackupStatus{});
}

TEST_F(AutoBackupTest, EverySaveWritesABackupWithTheSavedTokens)
{
    turnOn(folder, 3);
    for (int i = 0; i < 4; ++i)
        ASSERT_TRUE(session.addToken(uri("Bank", static_cast<std::uint8_t>(i + 1)), 0).ok());
    ASSERT_EQ(outcomes.size(), 5u);
    for (const auto& o : outcomes)
        ASSERT_TRUE(o.ok()) << o.error().message;
    EXPECT_EQ(backupNames(folder).size(), 3u);

    const platform::BackupStatus status = backup.status();
    EXPECT_EQ(status.lastBackupName, outcomes.back()->file.name);
    EXPECT_EQ(status.lastBackupTokens, 4u);
    ASSERT_TRUE(status.lastBackupMs.has_value());
    EXPECT_FALSE(status.lastError.has_value());

    platform::DirectoryBackupFolder f(folder);
    auto verified = platform::backup::verifyNewest(f, session.vault(), kBackupPassphrase);
    ASSERT_TRUE(verified.ok()) << verified.error().message;

    // A failed save is no change: no backup.
    QFile::remove(dataDir + QStringLiteral("/vault.stv"));
    EXPECT_FALSE(session.addToken(uri("Bank", 9), 0).ok());  // changed elsewhere
    EXPECT_EQ(outcomes.size(), 5u);
}

TEST_F(AutoBackupTest, AVanishedFolderGivesAWarningAndLosesNothing)
{
    turnOn(folder);
    ASSERT_TRUE(session.addToken(uri("Bank", 1), 0).ok());
    const std::string before = backup.status().lastBackupName;
    ASSERT_TRUE(QDir(folder).removeRecursively());

    ASSERT_TRUE(session.addToken(uri("Bank", 2), 0).ok()) << "the vault change is saved";
    ASSERT_FALSE(outcomes.back().ok());
    EXPECT_EQ(outcomes.back().error().code, ErrorCode::BackupFolderMissing);
    const platform::BackupStatus status = backup.status();
    ASSERT_TRUE(status.lastError.has_value());
    EXPECT_EQ(status.lastError->code, ErrorCode::BackupFolderMissing);
    EXPECT_EQ(status.lastBackupName, before) << "the last good backup is still named";
    EXPECT_FALSE(QFile::exists(folder));
    VaultSession reopened(dataDir, &keys, fastSession());
    ASSERT_TRUE(reopened.open().ok());
    EXPECT_EQ(reopened.vault().tokens.size(), 2u);

    // Back again: the next save backs up and clears the error.
    ASSERT_TRUE(QDir().mkpath(folder));
    ASSERT_TRUE(session.addToken(uri("Bank", 3), 0).ok());
    EXPECT_TRUE(outcomes.back().ok());
    EXPECT_FALSE(backup.status().lastError.has_value());
}

// A real small file system: as root a tmpfs is mounted for the test (skipped, saying so,
// where mounting is not allowed).
class MountedFolder : public AutoBackupTest {
protected:
    bool mounted = false;

    void mountTmpfs(const char* options)
    {
        if (::mount("tmpfs", QFile::encodeName(folder).constData(), "tmpfs", 0, options) != 0) {
            GTEST_SKIP() << "cannot mount a tmpfs at " << folder.toStdString() << " ("
                         << std::strerror(errno) << "); run as root to test a full disk";
        }
        mounted = true;
    }
    void TearDown() override
    {
        if (mounted)
            ::umount2(QFile::encodeName(folder).constData(), MNT_DETACH);
    }
};

TEST_F(MountedFolder, AFullDiskLosesNothingAndWarns)
{
    mountTmpfs("size=64k,mode=0700");
    if (!mounted)
        return;
    turnOn(folder, 5);
    ASSERT_TRUE(outcomes.back().ok()) << outcomes.back().error().message;
    ASSERT_TRUE(session.addToken(uri("Bank", 1), 0).ok());
    ASSERT_TRUE(outcomes.back().ok());
    const auto good = snapshot(folder);
    ASSERT_EQ(good.size(), 2u);

    // Fill the rest with another file, then make the vault large enough not to fit.
    {
        QFile filler(folder + QStringLiteral("/filler"));
        ASSERT_TRUE(filler.open(QIODevice::WriteOnly));
        const QByteArray chunk(1024, 'x');
        while (filler.write(chunk) == chunk.size() && filler.flush()) {
        }
    }
    const auto beforeFailure = snapshot(folder);
    ASSERT_TRUE(session.addToken(uri("Bank", 2), 0).ok()) << "the vault itself is elsewhere";
    ASSERT_FALSE(outcomes.back().ok());
    EXPECT_EQ(outcomes.back().error().code, ErrorCode::BackupDiskFull)
        << outcomes.back().error().message;
    EXPECT_EQ(snapshot(folder), beforeFailure) << "older backups untouched, no partial file";
    const platform::BackupStatus status = backup.status();
    ASSERT_TRUE(status.lastError.has_value());
    EXPECT_EQ(status.lastError->code, ErrorCode::BackupDiskFull);
    EXPECT_EQ(status.lastBackupTokens, 1u);
    platform::DirectoryBackupFolder f(folder);
    otp::vault::Vault oneToken = session.vault();
    oneToken.tokens.pop_back();
    EXPECT_TRUE(platform::backup::verifyNewest(f, oneToken, kBackupPassphrase).ok())
        << "the newest backup is the last good one";

    // Space again: backups resume.
    ASSERT_TRUE(QFile::remove(folder + QStringLiteral("/filler")));
    ASSERT_TRUE(session.addToken(uri("Bank", 3), 0).ok());
    EXPECT_TRUE(outcomes.back().ok());
    EXPECT_TRUE(platform::backup::verifyNewest(f, session.vault(), kBackupPassphrase).ok());
}

TEST_F(MountedFolder, AReadOnlyFolderLosesNothingAndWarns)
{
    mountTmpfs("size=256k,mode=0700");
    if (!mounted)
        return;
    turnOn(folder);
    ASSERT_TRUE(outcomes.back().ok());
    ASSERT_EQ(::mount("tmpfs", QFile::encodeName(folder).constData(), "tmpfs",
                      MS_REMOUNT | MS_RDONLY, nullptr),
              0)
        << std::strerror(errno);
    const auto before = snapshot(folder);
    ASSERT_TRUE(session.addToken(uri("Bank", 1), 0).ok());
    ASSERT_FALSE(outcomes.back().ok());
    EXPECT_EQ(outcomes.back().error().code, ErrorCode::BackupFolderReadOnly)
        << outcomes.back().error().message;
    EXPECT_EQ(snapshot(folder), before);
    EXPECT_EQ(backup.status().lastError->code, ErrorCode::BackupFolderReadOnly);
}

TEST_F(AutoBackupTest, TheAppsTriggerWritesOnceAfterABurstWithTheNewestContent)
{
    turnOn(folder);
    const std::size_t afterTurnOn = backupNames(folder).size();
    auto shared = std::make_shared<AutoBackup>(dataDir, fastAuto());
    platform::DebouncedBackup debounced(shared, std::chrono::milliseconds(200));
    debounced.attach(session);
    QSignalSpy finished(&debounced, &platform::DebouncedBackup::finished);
    for (int i = 0; i < 5; ++i)
        ASSERT_TRUE(session.addToken(uri("Bank", static_cast<std::uint8_t>(i + 1)), 0).ok());
    EXPECT_TRUE(debounced.pending());
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_FALSE(finished.wait(500)) << "one backup for the burst";
    EXPECT_EQ(backupNames(folder).size(), afterTurnOn + 1);
    EXPECT_FALSE(debounced.pending());
    EXPECT_EQ(debounced.status().lastBackupTokens, 5u);
    platform::DirectoryBackupFolder f(folder);
    EXPECT_TRUE(platform::backup::verifyNewest(f, session.vault(), kBackupPassphrase).ok());
}

TEST_F(AutoBackupTest, AChangeJustBeforeExitIsBackedUpWhenTheTriggerGoesAway)
{
    turnOn(folder);
    const std::size_t before = backupNames(folder).size();
    {
        auto shared = std::make_shared<AutoBackup>(dataDir, fastAuto());
        platform::DebouncedBackup debounced(shared, std::chrono::minutes(10));
        debounced.attach(session);
        ASSERT_TRUE(session.addToken(uri("Bank", 1), 0).ok());
        EXPECT_EQ(backupNames(folder).size(), before) << "waiting for its delay";
    }
    EXPECT_EQ(backupNames(folder).size(), before + 1);
    EXPECT_EQ(AutoBackup(dataDir).status().lastBackupTokens, 1u);
}

TEST_F(AutoBackupTest, TheAppsWiringWorksWhenTheSessionIsOpenedOnAWorkerThread)
{
    turnOn(folder);
    const std::size_t before = backupNames(folder).size();
    std::shared_ptr<platform::DebouncedBackup> debounced;
    std::thread worker([&] {
        debounced = platform::backUpAfterSavesDebounced(session, std::chrono::milliseconds(50));
    });
    worker.join();
    ASSERT_EQ(debounced->thread(), QCoreApplication::instance()->thread());
    QSignalSpy finished(debounced.get(), &platform::DebouncedBackup::finished);
    ASSERT_TRUE(session.addToken(uri("Bank", 1), 0).ok());
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_EQ(backupNames(folder).size(), before + 1);
}

}  // namespace
