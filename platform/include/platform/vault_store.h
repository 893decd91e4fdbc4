#pragma once

#include <cstdint>
#include <span>
#include <utility>
#include <vector>

#include <QString>

#include "otp/result.h"

namespace platform {

// The vault's files in one data directory, written atomically and durably with POSIX calls
// (Linux, Android, macOS, iOS). Knows nothing about the format: docs/vault.md "Durability".
//
//   vault.stv          the vault
//   vault.stv.bak      the previous good vault
//   vault.stv.damaged  a main file found damaged, set aside by the first save after recovery
//
// Files are created 0600, the directory 0700. Not thread-safe; one writer per directory.
class VaultStore {
public:
    enum class File { Main, Backup };

    explicit VaultStore(QString directory);

    const QString& directory() const { return m_directory; }
    QString path(File file) const;
    QString damagedPath() const;

    // The whole file. Errors: VaultNotFound (it does not exist), VaultIo (any other failure;
    // the message names the path and the OS error).
    otp::Result<std::vector<std::uint8_t>> read(File file) const;

    bool exists(File file) const;

    // Creates the directory (and parents) if needed and sets it to 0700. Error VaultIo.
    otp::Result<void> ensureDirectory() const;

    // Replaces `file` with `bytes` so that after a crash at any instant it holds either its old
    // or its new complete content: temp file in the same directory, write, fsync, rename,
    // fsync the directory. Error VaultIo (the old file is then untouched).
    otp::Result<void> writeAtomically(File file, std::span<const std::uint8_t> bytes) const;

    // An exclusive advisory lock (flock on vault.lock) held while the object lives, so two
    // processes (the app and otptool) never interleave a check-and-save.
    class Lock {
    public:
        explicit Lock(int fd) : m_fd(fd) {}
        Lock(Lock&& other) noexcept : m_fd(std::exchange(other.m_fd, -1)) {}
        Lock(const Lock&) = delete;
        Lock& operator=(const Lock&) = delete;
        Lock& operator=(Lock&&) = delete;
        ~Lock();

    private:
        int m_fd;
    };
    // Blocks until the lock is free. Creates the directory's lock file (empty, 0600). Error
    // VaultIo.
    otp::Result<Lock> lock() const;

    // Renames the main file to vault.stv.damaged (replacing an older one) and syncs the
    // directory. Succeeds if there is no main file. Error VaultIo.
    otp::Result<void> setAsideMain() const;

private:
    QString m_directory;
};

}  // namespace platform
