#include "platform/backup_folder.h"

#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QDir>
#include <QFile>

#include "otp/vault/vault_file.h"
#include "platform/error_code.h"
#include "posix_file.h"

namespace platform {

namespace {

using posix::Fd;

// The errno of a failed call, as the backup error the user can act on.
ErrorCode codeFor(int err)
{
    switch (err) {
    case ENOENT:
    case ENOTDIR: return ErrorCode::BackupFolderMissing;
    case EROFS:
    case EACCES:
    case EPERM: return ErrorCode::BackupFolderReadOnly;
    case ENOSPC:
#ifdef EDQUOT
    case EDQUOT:
#endif
        return ErrorCode::BackupDiskFull;
    default: return ErrorCode::BackupIo;
    }
}

otp::Error osError(const std::string& what, const std::string& path, int err)
{
    return otp::Error{codeFor(err), what + " " + path + ": " + std::strerror(err)};
}

}  // namespace

DirectoryBackupFolder::DirectoryBackupFolder(QString path) : m_path(std::move(path)) {}

std::string DirectoryBackupFolder::describe() const
{
    return m_path.toStdString();
}

std::string DirectoryBackupFolder::tempNameFor(const std::string& name)
{
    return "." + name + ".tmp";
}

otp::Result<std::vector<std::string>> DirectoryBackupFolder::list() const
{
    const QByteArray native = QFile::encodeName(m_path);
    std::unique_ptr<DIR, int (*)(DIR*)> dir(::opendir(native.constData()), ::closedir);
    if (!dir)
        return osError("cannot open the backup folder", describe(), errno);
    std::vector<std::string> names;
    for (;;) {
        errno = 0;
        const dirent* entry = ::readdir(dir.get());
        if (entry == nullptr) {
            if (errno != 0)
                return osError("cannot list the backup folder", describe(), errno);
            break;
        }
        const std::string name = entry->d_name;
        if (name != "." && name != "..")
            names.push_back(name);
    }
    return names;
}

otp::Result<std::vector<std::uint8_t>> DirectoryBackupFolder::read(const std::string& name) const
{
    const std::string path = QDir(m_path).filePath(QString::fromStdString(name)).toStdString();
    Fd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0)
        return osError("cannot open", path, errno);
    std::vector<std::uint8_t> bytes;
    std::uint8_t buffer[16384];
    for (;;) {
        const ssize_t n = ::read(fd.get(), buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return osError("cannot read", path, errno);
        if (n == 0)
            return bytes;
        bytes.insert(bytes.end(), buffer, buffer + n);
        if (bytes.size() > otp::vault::kMaxVaultFileSize)
            return otp::Error{ErrorCode::BackupIo, path + " is larger than 64 MiB: no backup"};
    }
}

otp::Result<void> DirectoryBackupFolder::create(const std::string& name,
                                                std::span<const std::uint8_t> bytes)
{
    const QDir dir(m_path);
    const std::string target = dir.filePath(QString::fromStdString(name)).toStdString();
    const std::string temp = dir.filePath(QString::fromStdString(tempNameFor(name))).toStdString();

    ::unlink(temp.c_str());  // left by a crash
    Fd fd(::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600));
    if (fd.get() < 0)
        return osError("cannot create a file in the backup folder", describe(), errno);
    auto fail = [&](const std::string& what) {
        const int err = errno;
        ::close(fd.release());
        ::unlink(temp.c_str());
        return osError(what, temp, err);
    };
    if (::fchmod(fd.get(), 0600) != 0)
        return fail("cannot set permissions of");
    if (!posix::writeAll(fd.get(), bytes))
        return fail("cannot write");
    if (posix::fullSync(fd.get()) != 0)
        return fail("cannot sync");
    if (!fd.closeChecked()) {
        const int err = errno;
        ::unlink(temp.c_str());
        return osError("cannot close", temp, err);
    }
    if (::rename(temp.c_str(), target.c_str()) != 0) {
        const int err = errno;
        ::unlink(temp.c_str());
        return osError("cannot rename to", target, err);
    }
    // The rename itself must be on disk before an older backup may be pruned.
    Fd dirFd(::open(QFile::encodeName(m_path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (dirFd.get() < 0)
        return osError("cannot open the backup folder", describe(), errno);
    if (posix::fullSync(dirFd.get()) != 0)
        return osError("cannot sync the backup folder", describe(), errno);
    return {};
}

otp::Result<void> DirectoryBackupFolder::remove(const std::string& name)
{
    const std::string path = QDir(m_path).filePath(QString::fromStdString(name)).toStdString();
    if (::unlink(path.c_str()) != 0 && errno != ENOENT)
        return osError("cannot remove", path, errno);
    return {};
}

std::unique_ptr<BackupFolder> openBackupFolder(const otp::vault::BackupSettings& settings)
{
    return std::make_unique<DirectoryBackupFolder>(QString::fromStdString(settings.folder));
}

}  // namespace platform
