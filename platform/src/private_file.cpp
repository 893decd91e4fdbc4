#include "platform/private_file.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

#include <QFile>
#include <QFileInfo>

#include "posix_file.h"

namespace platform {

namespace {

using posix::Fd;

// Where the new file goes before it takes its name: unnamed (O_TMPFILE) or a hidden temp file.
struct TempFile {
    int fd = -1;
    std::string path;  // empty for an unnamed file
};

TempFile createTemp(const std::string& directory, const std::string& name, bool unnamed)
{
#ifdef O_TMPFILE
    if (unnamed) {
        const int fd = ::open(directory.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
        if (fd >= 0)
            return {fd, {}};
    }
#else
    (void)unnamed;
#endif
    std::string pattern = directory + "/." + name + ".XXXXXX";
    const int fd = ::mkostemp(pattern.data(), O_CLOEXEC);  // O_EXCL, 0600
    if (fd < 0)
        return {};
    return {fd, pattern};
}

// Gives the written temp file its final name: link(2) never replaces an entry, rename(2) does.
int publish(const TempFile& temp, const std::string& target, ExistingFile existing)
{
    if (temp.path.empty()) {
        const std::string self = "/proc/self/fd/" + std::to_string(temp.fd);
        if (existing == ExistingFile::Refuse)
            return ::linkat(AT_FDCWD, self.c_str(), AT_FDCWD, target.c_str(), AT_SYMLINK_FOLLOW);
        // No "replace" for an unnamed file: name it first, then rename over the target.
        for (int attempt = 0; attempt < 8; ++attempt) {
            const std::string staged =
                target + ".tmp" + std::to_string(::getpid()) + "-" + std::to_string(attempt);
            if (::linkat(AT_FDCWD, self.c_str(), AT_FDCWD, staged.c_str(), AT_SYMLINK_FOLLOW) ==
                0) {
                const int rc = ::rename(staged.c_str(), target.c_str());
                const int saved = errno;
                if (rc != 0)
                    ::unlink(staged.c_str());
                errno = saved;
                return rc;
            }
            if (errno != EEXIST)
                return -1;
        }
        return -1;
    }
    if (existing == ExistingFile::Refuse) {
        const int rc = ::link(temp.path.c_str(), target.c_str());
        const int saved = errno;
        ::unlink(temp.path.c_str());
        errno = saved;
        return rc;
    }
    const int rc = ::rename(temp.path.c_str(), target.c_str());
    const int saved = errno;
    if (rc != 0)
        ::unlink(temp.path.c_str());
    errno = saved;
    return rc;
}

}  // namespace

otp::Result<void> writePrivateFile(const QString& path, std::span<const std::uint8_t> bytes,
                                   ExistingFile existing, otp::ErrorCode code)
{
    const std::string target = QFile::encodeName(path).toStdString();
    auto fail = [&](const std::string& reason) {
        return otp::Error{code, "cannot write " + path.toStdString() + ": " + reason};
    };
    struct stat st {};
    if (::lstat(target.c_str(), &st) == 0) {
        if (S_ISLNK(st.st_mode))
            return fail("it is a symbolic link (not followed; give the real path)");
        if (!S_ISREG(st.st_mode))
            return fail("it exists and is not a regular file");
        if (existing == ExistingFile::Refuse)
            return fail("the file exists (not overwritten)");
    } else if (errno != ENOENT) {
        return fail(std::strerror(errno));
    }

    const QFileInfo info(path);
    const std::string directory = QFile::encodeName(info.absolutePath()).toStdString();
    const std::string name = QFile::encodeName(info.fileName()).toStdString();
    // First an unnamed file; if the file system or /proc does not allow naming it afterwards, a
    // hidden temp file.
    for (const bool unnamed : {true, false}) {
        TempFile temp = createTemp(directory, name, unnamed);
        if (temp.fd < 0)
            return fail(std::strerror(errno));
        Fd fd(temp.fd);
        if (!posix::writeAll(fd.get(), bytes) || posix::fullSync(fd.get()) != 0) {
            const int saved = errno;
            if (!temp.path.empty())
                ::unlink(temp.path.c_str());
            return fail(std::strerror(saved));
        }
        if (publish(temp, target, existing) != 0) {
            const int saved = errno;
            if (saved == EEXIST)
                return fail("the file exists (not overwritten)");
            if (temp.path.empty())
                continue;
            return fail(std::strerror(saved));
        }
        if (!fd.closeChecked())
            return fail(std::strerror(errno));
        break;
    }
    // The new name is durable once the directory is.
    const Fd dir(::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (dir.get() >= 0)
        posix::fullSync(dir.get());
    return {};
}

}  // namespace platform
