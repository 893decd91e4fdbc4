// The backup engine on a real directory: names, rotation, the newest-name rule, partial
// backups, and that each backup is an ordinary SoftToken backup that `import` opens.

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "backup_test_util.h"
#include "otp/interop/import.h"
#include "otp/vault/backup_settings.h"
#include "platform/backup_engine.h"
#include "platform/error_code.h"

namespace {

using platform::DirectoryBackupFolder;
using platform::ErrorCode;
using namespace platform::backup;
using namespace backuptest;

class BackupEngine : public ::testing::Test {
protected:
    QTemporaryDir tmp;
    QString dir = tmp.filePath(QStringLiteral("backups"));
    std::int64_t clock = 1796420835567;  // 2026-12-04 21:47:15.567 UTC

    void SetUp() override { ASSERT_TRUE(QDir().mkpath(dir)); }
};

TEST(BackupNames, SayTheUtcTimeToTheMillisecondAndParseBack)
{
    EXPECT_EQ(fileName(1796420835567), "softtoken-backup-20261204-214715-567.stbackup");
    EXPECT_EQ(fileName(0), "softtoken-backup-19700101-000000-000.stbackup");
    for (const std::int64_t ms : {std::int64_t{0}, std::int64_t{951782400001} /* 2000-02-29 */,
                                  std::int64_t{1796420835567}, std::int64_t{4102444799999}})
        EXPECT_EQ(timeOfName(fileName(ms)), ms) << ms;
}

TEST(BackupNames, OtherFilesAreNotBackups)
{
    for (const char* name :
         {"softtoken-backup.stbackup", "softtoken-backup-20261204-214715-567.stbackup.tmp",
          ".softtoken-backup-20261204-214715-567.stbackup.tmp",
          "softtoken-backup-20261304-214715-567.stbackup",
          "softtoken-backup-2026120x-214715-567.stbackup", "vault.stv", "notes.txt",
          "softtoken-backup-20261204-214715-567.stbackupx"})
        EXPECT_FALSE(timeOfName(name).has_value()) << name;
}

TEST_F(BackupEngine, EachBackupImportsWithTheBackupPassphraseAlone)
{
    DirectoryBackupFolder folder(dir);
    otp::vault::Vault vault = vaultWith(3);
    otp::vault::setBackupSettings(vault, settingsFor(dir));
    auto written = writeBackup(folder, vault, kBackupPassphrase, 10, fast(&clock));
    ASSERT_TRUE(written.ok()) << written.error().message;
    EXPECT_EQ(written->tokens, 3u);
    EXPECT_EQ(written->file.name, fileName(clock));

    auto bytes = folder.read(written->file.name);
    ASSERT_TRUE(bytes.ok());
    const otp::SecureBytes secure(bytes->begin(), bytes->end());
    auto imported = otp::interop::importData(secure, &kBackupPassphrase);
    ASSERT_TRUE(imported.ok()) << imported.error().message;
    ASSERT_EQ(imported->tokens.size(), 3u);
    for (std::size_t i = 0; i < 3; ++i)
        EXPECT_EQ(imported->tokens[i], vault.tokens[i].uri) << i;

    // The settings (this device's folder, the backup passphrase) stay out of the backup.
    auto opened = openBackup(*bytes, kBackupPassphrase);
    ASSERT_TRUE(opened.ok());
    EXPECT_FALSE(otp::vault::backupSettings(*opened)->has_value());
    EXPECT_EQ(opened->tokens, vault.tokens);
    EXPECT_EQ(openBackup(*bytes, otp::SecureString("other")).error().code,
              ErrorCode::BackupUnreadable);
}

TEST_F(BackupEngine, KeepsTheNewestNAndNothingElseIsTouched)
{
    testsupport::snapshot(dir);
    QFile other(dir + QStringLiteral("/notes.txt"));
    ASSERT_TRUE(other.open(QIODevice::WriteOnly));
    other.write("mine");
    other.close();

    DirectoryBackupFolder folder(dir);
    std::vector<std::string> made;
    for (int i = 0; i < 7; ++i) {
        clock += 60000;
        auto written = writeBackup(folder, vaultWith(i + 1), kBackupPassphrase, 3, fast(&clock));
        ASSERT_TRUE(written.ok()) << written.error().message;
        EXPECT_FALSE(written->pruneProblem.has_value());
        EXPECT_EQ(written->pruned.size(), i < 3 ? 0u : 1u) << i;
        made.push_back(written->file.name);
    }
    EXPECT_EQ(backupNames(dir), (std::vector<std::string>{made[6], made[5], made[4]}));
    EXPECT_TRUE(QFile::exists(dir + QStringLiteral("/notes.txt")));
    EXPECT_EQ(QDir(dir).entryList(QDir::Files | QDir::Hidden).size(), 4);  // no temp left

    // Fewer to keep: the next backup prunes down to the new count.
    clock += 60000;
    auto written = writeBackup(folder, vaultWith(1), kBackupPassphrase, 1, fast(&clock));
    ASSERT_TRUE(written.ok());
    EXPECT_EQ(written->pruned.size(), 3u);
    EXPECT_EQ(backupNames(dir), std::vector<std::string>{written->file.name});
}

TEST_F(BackupEngine, ANewBackupIsTheNewestEvenWhenTheClockWentBack)
{
    DirectoryBackupFolder folder(dir);
    auto first = writeBackup(folder, vaultWith(1), kBackupPassphrase, 2, fast(&clock));
    ASSERT_TRUE(first.ok());
    auto sameMs = writeBackup(folder, vaultWith(2), kBackupPassphrase, 2, fast(&clock));
    ASSERT_TRUE(sameMs.ok());
    EXPECT_EQ(sameMs->file.unixMs, clock + 1) << "never the same name";
    clock -= 86400000;  // a day back
    auto back = writeBackup(folder, vaultWith(3), kBackupPassphrase, 2, fast(&clock));
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->file.unixMs, clock + 86400000 + 2);
    EXPECT_EQ(back->pruned, std::vector<std::string>{first->file.name}) << "the oldest goes";
    EXPECT_EQ(backupNames(dir)[0], back->file.name);
    auto verified = verifyNewest(folder, vaultWith(3), kBackupPassphrase);
    ASSERT_TRUE(verified.ok()) << verified.error().message;
    EXPECT_EQ(verified->tokens, 3u);
}

// A folder whose create() fails after the bytes are half written, like a medium that fills up
// or goes away mid-write; or that returns other bytes than were written.
class FaultyFolder : public DirectoryBackupFolder {
public:
    enum class Fault { None, HalfWrittenThenFail, ReadsBackWrong };
    FaultyFolder(const QString& path, Fault fault) : DirectoryBackupFolder(path), m_fault(fault) {}

    otp::Result<void> create(const std::string& name, std::span<const std::uint8_t> bytes) override
    {
        if (m_fault == Fault::HalfWrittenThenFail) {
            // What a crash or ENOSPC leaves: a partial temp file, never the name itself.
            QFile temp(QString::fromStdString(describe() + "/" + tempNameFor(name)));
            if (!temp.open(QIODevice::WriteOnly))
                return otp::Error{ErrorCode::BackupIo, "test"};
            temp.write(reinterpret_cast<const char*>(bytes.data()),
                       static_cast<qint64>(bytes.size() / 2));
            return otp::Error{ErrorCode::BackupDiskFull, "No space left on device (test)"};
        }
        return DirectoryBackupFolder::create(name, bytes);
    }
    otp::Result<std::vector<std::uint8_t>> read(const std::string& name) const override
    {
        auto bytes = DirectoryBackupFolder::read(name);
        if (bytes && m_fault == Fault::ReadsBackWrong && !bytes->empty())
            (*bytes)[bytes->size() / 2] ^= 0x40;
        return bytes;
    }

private:
    Fault m_fault;
};

TEST_F(BackupEngine, APartialBackupNeverReplacesOrPrunesAGoodOne)
{
    DirectoryBackupFolder good(dir);
    for (int i = 0; i < 2; ++i) {
        clock += 1000;
        ASSERT_TRUE(writeBackup(good, vaultWith(2), kBackupPassphrase, 2, fast(&clock)).ok());
    }
    const auto before = snapshot(dir);

    clock += 1000;
    FaultyFolder full(dir, FaultyFolder::Fault::HalfWrittenThenFail);
    auto failed = writeBackup(full, vaultWith(5), kBackupPassphrase, 2, fast(&clock));
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().code, ErrorCode::BackupDiskFull);
    // Only the partial temp file is new; both good backups are there, byte for byte.
    auto after = snapshot(dir);
    EXPECT_EQ(after.size(), before.size() + 1);
    for (const auto& [path, bytes] : before)
        EXPECT_EQ(after[path], bytes) << path.toStdString();
    EXPECT_EQ(backupNames(dir).size(), 2u) << "the partial file is no backup";
    ASSERT_TRUE(verifyNewest(good, vaultWith(2), kBackupPassphrase).ok());

    clock += 1000;
    FaultyFolder flaky(dir, FaultyFolder::Fault::ReadsBackWrong);
    auto wrong = writeBackup(flaky, vaultWith(5), kBackupPassphrase, 1, fast(&clock));
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, ErrorCode::BackupIo);
    EXPECT_EQ(backupNames(dir).size(), 3u) << "nothing pruned for a backup that reads back wrong";

    // The next good backup removes the leftover temp file and prunes.
    clock += 1000;
    auto fine = writeBackup(good, vaultWith(5), kBackupPassphrase, 2, fast(&clock));
    ASSERT_TRUE(fine.ok());
    EXPECT_EQ(backupNames(dir).size(), 2u);
    EXPECT_EQ(QDir(dir).entryList(QDir::Files | QDir::Hidden).size(), 2);
}

TEST_F(BackupEngine, VerifyFindsNoBackupAnUnreadableOneAndOtherTokens)
{
    DirectoryBackupFolder folder(dir);
    EXPECT_EQ(verifyNewest(folder, vaultWith(1), kBackupPassphrase).error().code,
              ErrorCode::BackupNone);
    auto written = writeBackup(folder, vaultWith(2), kBackupPassphrase, 10, fast(&clock));
    ASSERT_TRUE(written.ok());
    auto mismatch = verifyNewest(folder, vaultWith(3), kBackupPassphrase);
    ASSERT_FALSE(mismatch.ok());
    EXPECT_EQ(mismatch.error().code, ErrorCode::BackupMismatch);
    EXPECT_NE(mismatch.error().message.find("holds 2 tokens, the vault 3"), std::string::npos)
        << mismatch.error().message;
    EXPECT_EQ(verifyNewest(folder, vaultWith(2), otp::SecureString("nope")).error().code,
              ErrorCode::BackupUnreadable);

    QFile f(dir + QStringLiteral("/") + QString::fromStdString(written->file.name));
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    f.seek(60);
    f.write("\xff", 1);
    f.close();
    auto damaged = verifyNewest(folder, vaultWith(2), kBackupPassphrase);
    ASSERT_FALSE(damaged.ok());
    EXPECT_EQ(damaged.error().code, ErrorCode::BackupUnreadable);
}

TEST_F(BackupEngine, AVanishedFolderIsReportedAndNotRecreated)
{
    DirectoryBackupFolder folder(dir);
    ASSERT_TRUE(QDir(dir).removeRecursively());
    auto written = writeBackup(folder, vaultWith(1), kBackupPassphrase, 10, fast(&clock));
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().code, ErrorCode::BackupFolderMissing);
    EXPECT_NE(written.error().message.find(dir.toStdString()), std::string::npos)
        << written.error().message;
    EXPECT_FALSE(QFile::exists(dir)) << "an unplugged drive's mount point must stay empty";
}

}  // namespace
