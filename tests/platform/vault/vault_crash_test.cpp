// Crash safety: a writer process is SIGKILLed at random moments while it saves over and over.
// Afterwards the vault must open with either the old or the new content, never neither.

#include <algorithm>
#include <chrono>
#include <fcntl.h>
#include <random>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "otp/vault/vault_file.h"
#include "platform/key_store.h"
#include "platform/vault_session.h"
#include "vault_platform_util.h"

namespace {

using platform::MemoryKeyStore;
using platform::VaultSession;
using platform::VaultStore;

VaultSession::Options fast()
{
    VaultSession::Options o;
    o.scrypt = {4, 1, 1};
    return o;
}

// In the child: saves counter + 1, + 2, ... forever, reporting each completed save on `report`.
[[noreturn]] void writerLoop(const QString& dir, MemoryKeyStore& keys, int report)
{
    VaultSession session(dir, &keys, fast());
    if (!session.open())
        ::_exit(3);
    for (;;) {
        otp::vault::Vault changed = session.vault();
        changed.tokens[0].uri.counter += 1;
        const std::uint64_t counter = changed.tokens[0].uri.counter;
        if (!session.save(std::move(changed)))
            ::_exit(4);
        if (::write(report, &counter, sizeof counter) != sizeof counter)
            ::_exit(5);
    }
}

TEST(VaultCrash, KilledWriterLeavesOldOrNewNeverNeither)
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("data"));
    MemoryKeyStore keys;
    {
        VaultSession session(dir, &keys, fast());
        ASSERT_TRUE(session.create().ok());
        auto token = vaultplatformtest::uri("Bank", "crash", 7, otp::OtpType::Hotp);
        ASSERT_TRUE(session.addToken(token, 0).ok());
    }

    // Kill delays scale with how long a save takes on this disk right now (fsync cost varies a
    // lot with load), so kills land before, inside and after saves.
    std::uint64_t stored = 0;
    const auto t0 = std::chrono::steady_clock::now();
    {
        VaultSession warmup(dir, &keys, fast());
        ASSERT_TRUE(warmup.open().ok());
        for (int i = 0; i < 5; ++i) {
            otp::vault::Vault changed = warmup.vault();
            stored = ++changed.tokens[0].uri.counter;
            ASSERT_TRUE(warmup.save(std::move(changed)).ok());
        }
    }
    const auto saveUs =
        std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - t0)
            .count() /
        5;
    const int maxDelayUs = static_cast<int>(std::clamp<long long>(4 * saveUs, 20000, 250000));
    std::mt19937 rng(20261124);  // fixed seed: the same delay sequence every run
    std::uniform_int_distribution<int> delayUs(0, maxDelayUs);

    // At least 300 kills and 300 saves, within about 50 s even on a loaded machine.
    constexpr int kMinRounds = 300;
    constexpr int kMinSaves = 300;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(50);
    int totalSaves = 0, caughtMidSave = 0, tempLeft = 0, round = 0;

    for (; round < kMinRounds || totalSaves + caughtMidSave < kMinSaves; ++round) {
        if (std::chrono::steady_clock::now() > deadline)
            break;
        int fds[2];
        ASSERT_EQ(::pipe(fds), 0);
        const pid_t pid = ::fork();
        ASSERT_GE(pid, 0);
        if (pid == 0) {
            ::close(fds[0]);
            writerLoop(dir, keys, fds[1]);
        }
        ::close(fds[1]);
        ::usleep(static_cast<useconds_t>(delayUs(rng)));
        ::kill(pid, SIGKILL);
        int status = 0;
        ASSERT_EQ(::waitpid(pid, &status, 0), pid);
        ASSERT_TRUE(WIFSIGNALED(status))
            << "the writer failed by itself, exit " << WEXITSTATUS(status) << " in round " << round;

        std::uint64_t lastReported = stored;
        std::uint64_t value = 0;
        while (::read(fds[0], &value, sizeof value) == sizeof value) {
            EXPECT_EQ(value, lastReported + 1) << "round " << round;
            lastReported = value;
            ++totalSaves;
        }
        ::close(fds[0]);

        if (QFile::exists(VaultStore(dir).path(VaultStore::File::Main) + QStringLiteral(".tmp")) ||
            QFile::exists(VaultStore(dir).path(VaultStore::File::Backup) + QStringLiteral(".tmp")))
            ++tempLeft;

        VaultSession check(dir, &keys, fast());
        auto opened = check.open();
        ASSERT_TRUE(opened.ok()) << "round " << round << ": " << opened.error().message;
        EXPECT_FALSE(check.recoveredFromBackup()) << "round " << round << ": the main file "
                                                  << "itself must always be complete";
        const std::uint64_t now = check.vault().tokens.at(0).uri.counter;
        ASSERT_TRUE(now == lastReported || now == lastReported + 1)
            << "round " << round << ": last reported save " << lastReported << ", found " << now;
        if (now == lastReported + 1)
            ++caughtMidSave;  // killed after the rename, before the report
        stored = now;

        // The backup is complete too: the previous good state.
        auto backup = VaultStore(dir).read(VaultStore::File::Backup);
        ASSERT_TRUE(backup.ok()) << "round " << round;
        auto file = otp::vault::parseVaultFile(*backup);
        ASSERT_TRUE(file.ok()) << "round " << round << ": backup " << file.error().message;
    }
    std::cout << "save takes ~" << saveUs << " us, kill delays 0.." << maxDelayUs << " us\n"
              << "rounds " << round << ", completed saves " << totalSaves
              << ", killed after rename before report " << caughtMidSave
              << ", killed with a temp file on disk " << tempLeft << '\n';
    EXPECT_GE(round, 100) << "too few kills: the machine is too slow for this test";
    EXPECT_GE(totalSaves + caughtMidSave, 100) << "too few saves: the machine is too slow";
    EXPECT_GT(tempLeft + caughtMidSave, 0) << "no kill landed inside a save; widen the delays";
}

}  // namespace
