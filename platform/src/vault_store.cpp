#include "platform/vault_store.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QDir>
#include <QFile>

#include "otp/vault/vault_file.h"
#include "posix_file.h"

namespace platform {

namespace {

constexpr auto kMainName = "vault.stv";
constexpr auto kBackupName = "vault.stv.bak";
constexpr auto kDamagedName = "vault.stv.damaged";

otp::Error ioError(const std::string& what, const QString& path, int err)
{
    return otp::Error{otp::ErrorCode::VaultIo,
                      what + " " + path.toStdString() + ": " + std::strerror(err)};
}

using posix::Fd;
using posix::fullSync;

otp::Result<void> syncDirectory(const QString& dir)
{
    const QByteArray native = QFile::encodeName(dir);
    Fd fd(::open(native.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (fd.get() < 0)
        return ioError("cannot open directory", dir, errno);
    if (fullSync(fd.get()) != 0)
        return ioError("cannot sync directory", dir, errno);
    return {};
}

}  // namespace

VaultStore::VaultStore(QString directory) : m_directory(std::move(directory)) {}

QString VaultStore::path(File file) const
{
    return QDir(m_directory)
        .filePath(QString::fromLatin1(file == File::Main ? kMainName : kBackupName));
}

QString VaultStore::damagedPath() const
{
    return QDir(m_directory).filePath(QString::fromLatin1(kDamagedName));
}

bool VaultStore::exists(File file) const
{
    struct stat st {};
    return ::stat(QFile::encodeName(path(file)).constData(), &st) == 0;
}

otp::Result<std::vector<std::uint8_t>> VaultStore::read(File file) const
{
    const QString p = path(file);
    Fd fd(::open(QFile::encodeName(p).constData(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0) {
        if (errno == ENOENT)
            return otp::Error{otp::ErrorCode::VaultNotFound, "no vault at " + p.toStdString()};
        return ioError("cannot open", p, errno);
    }
    std::vector<std::uint8_t> bytes;
    std::uint8_t buffer[16384];
    for (;;) {
        ssize_t n = ::read(fd.get(), buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return ioError("cannot read", p, errno);
        if (n == 0)
            break;
        bytes.insert(bytes.end(), buffer, buffer + n);
        if (bytes.size() > otp::vault::kMaxVaultFileSize)
            return otp::Error{otp::ErrorCode::VaultDamaged,
                              "vault damaged: " + p.toStdString() + " is larger than 64 MiB"};
    }
    return bytes;
}

otp::Result<void> VaultStore::ensureDirectory() const
{
    if (!QDir().mkpath(m_directory))
        return otp::Error{otp::ErrorCode::VaultIo,
                          "cannot create directory " + m_directory.toStdString()};
    if (::chmod(QFile::encodeName(m_directory).constData(), 0700) != 0)
        return ioError("cannot set permissions of", m_directory, errno);
    return {};
}

otp::Result<void> VaultStore::writeAtomically(File file, std::span<const std::uint8_t> bytes) const
{
    const QString target = path(file);
    const QString temp = target + QStringLiteral(".tmp");
    const QByteArray tempNative = QFile::encodeName(temp);

    ::unlink(tempNative.constData());  // a stale temp file from a crash
    Fd fd(::open(tempNative.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600));
    if (fd.get() < 0)
        return ioError("cannot create", temp, errno);
    auto fail = [&](const std::string& what) {
        const int err = errno;
        ::close(fd.release());
        ::unlink(tempNative.constData());
        return ioError(what, temp, err);
    };
    if (::fchmod(fd.get(), 0600) != 0)  // independent of the umask
        return fail("cannot set permissions of");
    if (!posix::writeAll(fd.get(), bytes))
        return fail("cannot write");
    if (fullSync(fd.get()) != 0)
        return fail("cannot sync");
    if (::close(fd.release()) != 0) {
        const int err = errno;
        ::unlink(tempNative.constData());
        return ioError("cannot close", temp, err);
    }
    if (::rename(tempNative.constData(), QFile::encodeName(target).constData()) != 0) {
        const int err = errno;
        ::unlink(tempNative.constData());
        return ioError("cannot rename over", target, err);
    }
    return syncDirectory(m_directory);
}

VaultStore::Lock::~Lock()
{
    if (m_fd >= 0)
        ::close(m_fd);  // releases the flock
}

otp::Result<VaultStore::Lock> VaultStore::lock() const
{
    const QString path = QDir(m_directory).filePath(QStringLiteral("vault.lock"));
    const QByteArray native = QFile::encodeName(path);
    Fd fd(::open(native.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600));
    if (fd.get() < 0)
        return ioError("cannot open", path, errno);
    while (::flock(fd.get(), LOCK_EX) != 0) {
        if (errno != EINTR)
            return ioError("cannot lock", path, errno);
    }
    return Lock(fd.release());
}

otp::Result<void> VaultStore::setAsideMain() const
{
    const QByteArray main = QFile::encodeName(path(File::Main));
    if (::rename(main.constData(), QFile::encodeName(damagedPath()).constData()) != 0) {
        if (errno == ENOENT)
            return {};
        return ioError("cannot rename", path(File::Main), errno);
    }
    return syncDirectory(m_directory);
}

}  // namespace platform
