#pragma once

// Small POSIX helpers shared by the files platform writes durably (the vault, exports).

#include <cerrno>
#include <cstdint>
#include <fcntl.h>
#include <span>
#include <unistd.h>

namespace platform::posix {

// Closes the descriptor when it goes out of scope.
class Fd {
public:
    explicit Fd(int fd) : m_fd(fd) {}
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    ~Fd()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    int get() const { return m_fd; }
    int release()
    {
        const int fd = m_fd;
        m_fd = -1;
        return fd;
    }
    // Closes now and says whether close(2) succeeded (a failed close can mean lost data).
    bool closeChecked() { return ::close(release()) == 0; }

private:
    int m_fd;
};

// Writes every byte, retrying after signals. False with errno set when a write fails.
inline bool writeAll(int fd, std::span<const std::uint8_t> bytes)
{
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n == 0)
            errno = EIO;
        if (n <= 0)
            return false;
        done += static_cast<std::size_t>(n);
    }
    return true;
}

// fsync that also reaches the disk on Apple platforms, where plain fsync only reaches the drive.
inline int fullSync(int fd)
{
#ifdef F_FULLFSYNC
    if (::fcntl(fd, F_FULLFSYNC) == 0)
        return 0;
#endif
    return ::fsync(fd);
}

}  // namespace platform::posix
