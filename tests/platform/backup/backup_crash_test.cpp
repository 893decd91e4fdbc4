// Crash safety of backups: a process that writes backups over and over (like a loop of
// `otptool backup now`) is SIGKILLed at random moments. Afterwards the newest backup always
// opens with the backup passphrase and holds a state that was committed, and after a completed
// backup at most one more than `keep` backups are there (a kill between writing and pruning).

#include <algorithm>
#include <chrono>
#include <random>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <QDir>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "backup_test_util.h"
#include "platform/backup_engine.h"

namespace {

using namespace platform::backup;
using namespace backuptest;

constexpr std::uint32_t kKeep = 3;

otp::vault::Vault stateNumber(std::uint64_t n)
{
    otp::vault::Vault v = vaultWith(2);
    v.tokens[1].uri.type = otp::OtpType::Hotp;
    v.tokens[1].uri.counter = n;
    return v;
}

// In the child: backs up state 1, 2, 3, ... after `start`, reporting each completed backup.
[[noreturn]] void writerLoop(const QString& dir, std::uint64_t start, int report)
{
    platform::DirectoryBackupFolder folder(dir);
    for (std::uint64_t n = start + 1;; ++n) {
        if (!writeBackup(folder, stateNumber(n), kBackupPassphrase, kKeep, fast()))
            ::_exit(4);
        if (::write(report, &n, sizeof n) != sizeof n)
            ::_exit(5);
    }
}

TEST(BackupCrash, TheNewestBackupAlwaysOpensAndHoldsACommittedState)
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("backups"));
    ASSERT_TRUE(QDir().mkpath(dir));
    platform::DirectoryBackupFolder folder(dir);

    const auto t0 = std::chrono::steady_clock::now();
    for (std::uint64_t n = 1; n <= 5; ++n)
        ASSERT_TRUE(writeBackup(folder, stateNumber(n), kBackupPassphrase, kKeep, fast()).ok());
    const auto backupUs =
        std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - t0)
            .count() /
        5;
    std::uint64_t committed = 5;
    const int maxDelayUs = static_cast<int>(std::clamp<long long>(4 * backupUs, 20000, 250000));
    std::mt19937 rng(20261204);  // the same delays every run
    std::uniform_int_distribution<int> delayUs(0, maxDelayUs);

    constexpr int kMinKills = 200;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    int round = 0, completed = 0, killedAfterRename = 0, tempLeft = 0, overKeep = 0;
    for (; round < kMinKills; ++round) {
        if (std::chrono::steady_clock::now() > deadline)
            break;
        int fds[2];
        ASSERT_EQ(::pipe(fds), 0);
        const pid_t pid = ::fork();
        ASSERT_GE(pid, 0);
        if (pid == 0) {
            ::close(fds[0]);
            writerLoop(dir, committed, fds[1]);
        }
        ::close(fds[1]);
        ::usleep(static_cast<useconds_t>(delayUs(rng)));
        ::kill(pid, SIGKILL);
        int status = 0;
        ASSERT_EQ(::waitpid(pid, &status, 0), pid);
        ASSERT_TRUE(WIFSIGNALED(status))
            << "the writer failed by itself, exit " << WEXITSTATUS(status) << " in round " << round;
        std::uint64_t reported = committed, value = 0;
        while (::read(fds[0], &value, sizeof value) == sizeof value) {
            ASSERT_EQ(value, reported + 1) << "round " << round;
            reported = value;
            ++completed;
        }
        ::close(fds[0]);

        const QStringList all = QDir(dir).entryList(QDir::Files | QDir::Hidden);
        tempLeft += all.filter(QStringLiteral(".tmp")).isEmpty() ? 0 : 1;
        auto backups = listBackups(folder);
        ASSERT_TRUE(backups.ok()) << backups.error().message;
        ASSERT_FALSE(backups->empty());
        // Each kill between a write and its pruning leaves one more; the next completed
        // backup prunes them all.
        if (reported > committed) {
            ASSERT_LE(backups->size(), kKeep + 1) << "round " << round;
        }
        overKeep += backups->size() > kKeep ? 1 : 0;

        // Every backup opens; the newest is the last reported state or the one after it (killed
        // after the rename, before the report).
        for (std::size_t i = 0; i < backups->size(); ++i) {
            auto bytes = folder.read((*backups)[i].name);
            ASSERT_TRUE(bytes.ok());
            auto opened = openBackup(*bytes, kBackupPassphrase);
            ASSERT_TRUE(opened.ok()) << "round " << round << ", " << (*backups)[i].name << ": "
                                     << opened.error().message;
            if (i == 0) {
                const std::uint64_t newest = opened->tokens.at(1).uri.counter;
                ASSERT_TRUE(newest == reported || newest == reported + 1)
                    << "round " << round << ": reported " << reported << ", newest " << newest;
                ASSERT_EQ(opened->tokens, stateNumber(newest).tokens);
                killedAfterRename += newest == reported + 1 ? 1 : 0;
                committed = newest;
            }
        }
    }
    std::cout << "a backup takes ~" << backupUs << " us; kill delays 0.." << maxDelayUs
              << " us; kills " << round << ", completed backups " << completed
              << ", killed after the rename before the report " << killedAfterRename
              << ", killed with a temp file on disk " << tempLeft << ", killed before pruning "
              << overKeep << '\n';
    EXPECT_GE(round, kMinKills) << "too few kills within a minute: the machine is too slow";
    EXPECT_GT(completed, 100) << "too few backups completed";
    EXPECT_GT(tempLeft + killedAfterRename + overKeep, 0)
        << "no kill landed inside a backup; widen the delays";
}

}  // namespace
