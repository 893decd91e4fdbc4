#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include <QString>

#include "otp/result.h"
#include "otp/vault/backup_settings.h"

// The folder the automatic backups go to (docs/backups.md). An interface, because the folder is
// a directory on desktop but a Storage Access Framework tree on Android and a security-scoped
// folder in Files on iOS; the backup engine only lists, reads, creates and removes files.
namespace platform {

// Every error is one of: BackupFolderMissing (the folder is not there), BackupFolderReadOnly
// (no permission, read-only medium), BackupDiskFull (no space or quota), BackupIo (anything
// else). Messages name the folder and the OS's reason.
class BackupFolder {
public:
    virtual ~BackupFolder() = default;

    // The folder as the user would recognise it (a path), for messages.
    virtual std::string describe() const = 0;

    // The names of the files directly in the folder, in no particular order.
    virtual otp::Result<std::vector<std::string>> list() const = 0;

    // The whole file. Also BackupIo if it is larger than a vault file may be (64 MiB).
    virtual otp::Result<std::vector<std::uint8_t>> read(const std::string& name) const = 0;

    // Creates the file `name` (which does not exist yet) so that it appears complete or not at
    // all, and is on stable storage when this returns: on failure no part of it is left under
    // `name`, and nothing else in the folder changed.
    virtual otp::Result<void> create(const std::string& name,
                                     std::span<const std::uint8_t> bytes) = 0;

    // Removes the file `name`. A missing file is not an error.
    virtual otp::Result<void> remove(const std::string& name) = 0;
};

// A directory, with POSIX calls (Linux, macOS; Android and iOS inside the app's own storage).
// Files are created 0600 through a hidden temp file (".NAME.tmp"): write, fsync, rename, fsync
// the directory, as for the vault. The directory is never created here: a folder that went
// away (an unplugged drive) must give a warning, not a new folder on the mount point.
class DirectoryBackupFolder : public BackupFolder {
public:
    explicit DirectoryBackupFolder(QString path);

    std::string describe() const override;
    otp::Result<std::vector<std::string>> list() const override;
    otp::Result<std::vector<std::uint8_t>> read(const std::string& name) const override;
    otp::Result<void> create(const std::string& name, std::span<const std::uint8_t> bytes) override;
    otp::Result<void> remove(const std::string& name) override;

    // The temp file create() uses for `name`; hidden, so list() callers can recognise leftovers.
    static std::string tempNameFor(const std::string& name);

private:
    QString m_path;
};

// The folder named by `settings.folder` on this platform: a DirectoryBackupFolder on desktop.
// (Android: a SAF tree URI; iOS: a bookmark. Not implemented yet, docs/backups.md.)
std::unique_ptr<BackupFolder> openBackupFolder(const otp::vault::BackupSettings& settings);

}  // namespace platform
