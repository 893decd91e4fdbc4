#include "otp/secure_bytes.h"

#include <cstdint>
#include <mutex>
#include <unordered_map>

#include <openssl/crypto.h>

#if defined(__unix__) || defined(__APPLE__)
#include <sys/mman.h>
#include <unistd.h>
#define OTP_SECRET_PAGES 1
#endif

namespace otp::detail {

void secureWipe(void* data, std::size_t size) noexcept
{
    if (data != nullptr && size > 0)
        OPENSSL_cleanse(data, size);
}

#ifdef OTP_SECRET_PAGES
namespace {

// Secret buffers are small and share heap pages, with each other and with anything else. A page
// is locked in RAM (mlock: not written to swap) and left out of core dumps (MADV_DONTDUMP) while
// at least one secret block lies on it; the count says when it may be unlocked again. Both are
// best effort: mlock fails past RLIMIT_MEMLOCK, and then the page is merely not locked.
struct SecretPages {
    std::mutex mutex;
    std::unordered_map<std::uintptr_t, unsigned> users;
    std::uintptr_t pageSize = static_cast<std::uintptr_t>(::sysconf(_SC_PAGESIZE));
};

SecretPages& secretPages()
{
    static auto* pages = new SecretPages;  // never destroyed: buffers may die after main()
    return *pages;
}

template <typename PerPage> void forEachPage(const void* data, std::size_t size, PerPage perPage)
{
    SecretPages& pages = secretPages();
    const auto start = reinterpret_cast<std::uintptr_t>(data) & ~(pages.pageSize - 1);
    const auto end = reinterpret_cast<std::uintptr_t>(data) + size;
    const std::lock_guard lock(pages.mutex);
    for (std::uintptr_t page = start; page < end; page += pages.pageSize)
        perPage(pages, page);
}

}  // namespace

void protectSecretMemory(const void* data, std::size_t size) noexcept
{
    if (data == nullptr || size == 0)
        return;
    try {
        forEachPage(data, size, [](SecretPages& pages, std::uintptr_t page) {
            if (pages.users[page]++ > 0)
                return;
            // NOLINTNEXTLINE(performance-no-int-to-ptr): pages are map keys, mlock wants them back
            auto* address = reinterpret_cast<void*>(page);
#ifdef MADV_DONTDUMP
            ::madvise(address, pages.pageSize, MADV_DONTDUMP);
#endif
            ::mlock(address, pages.pageSize);
        });
    } catch (...) {  // std::bad_alloc from the map: the buffer is still wiped, just not locked
    }
}

void releaseSecretMemory(const void* data, std::size_t size) noexcept
{
    if (data == nullptr || size == 0)
        return;
    forEachPage(data, size, [](SecretPages& pages, std::uintptr_t page) {
        const auto found = pages.users.find(page);
        if (found == pages.users.end() || --found->second > 0)
            return;
        pages.users.erase(found);
        // Still excluded from dumps (harmless for whatever the heap puts there next); no longer
        // pinned in RAM.
        // NOLINTNEXTLINE(performance-no-int-to-ptr): as above
        ::munlock(reinterpret_cast<void*>(page), pages.pageSize);
    });
}
#else
void protectSecretMemory(const void*, std::size_t) noexcept {}
void releaseSecretMemory(const void*, std::size_t) noexcept {}
#endif

}  // namespace otp::detail
