#pragma once

#include <cstddef>
#include <cstdint>
#include <new>
#include <span>
#include <string_view>
#include <vector>

namespace otp {

namespace detail {
void secureWipe(void* data, std::size_t size) noexcept;  // OPENSSL_cleanse: not optimised away
// POSIX: the pages under a secret block are locked in RAM (mlock, best effort) and, on Linux,
// left out of core dumps (MADV_DONTDUMP) until the last secret block on them is released.
void protectSecretMemory(const void* data, std::size_t size) noexcept;
void releaseSecretMemory(const void* data, std::size_t size) noexcept;
}  // namespace detail

// Allocator that wipes every block before returning it, so secrets do not linger on the heap
// after a vector grows, shrinks or dies; while a block lives, its pages stay out of swap and
// core dumps where the OS allows (detail::protectSecretMemory).
template <typename T> struct ZeroizingAllocator {
    using value_type = T;

    ZeroizingAllocator() noexcept = default;
    template <typename U>
    ZeroizingAllocator(const ZeroizingAllocator<U>&) noexcept {}  // NOLINT: rebind

    T* allocate(std::size_t n)
    {
        auto* p = static_cast<T*>(::operator new(n * sizeof(T)));
        detail::protectSecretMemory(p, n * sizeof(T));
        return p;
    }
    void deallocate(T* p, std::size_t n) noexcept
    {
        detail::secureWipe(p, n * sizeof(T));
        detail::releaseSecretMemory(p, n * sizeof(T));
        ::operator delete(p);
    }
    template <typename U> bool operator==(const ZeroizingAllocator<U>&) const noexcept
    {
        return true;
    }
};

// Raw secret bytes (a token seed, a key). Use this, never std::string, for anything secret.
using SecureBytes = std::vector<std::uint8_t, ZeroizingAllocator<std::uint8_t>>;

// Secret text (a base32 seed, a URI that carries one, a passphrase). A vector, not a
// std::basic_string: small-string optimisation would keep short secrets outside the wiped heap.
class SecureString {
public:
    SecureString() = default;
    explicit SecureString(std::string_view text) : m_chars(text.begin(), text.end()) {}

    std::string_view view() const { return {m_chars.data(), m_chars.size()}; }
    const char* data() const { return m_chars.data(); }
    std::size_t size() const { return m_chars.size(); }
    bool empty() const { return m_chars.empty(); }

    void reserve(std::size_t n) { m_chars.reserve(n); }
    void push_back(char c) { m_chars.push_back(c); }
    void append(std::string_view text) { m_chars.insert(m_chars.end(), text.begin(), text.end()); }
    void clear() { m_chars.clear(); }

    bool operator==(const SecureString& other) const { return view() == other.view(); }

private:
    std::vector<char, ZeroizingAllocator<char>> m_chars;
};

inline std::span<const std::uint8_t> asBytes(const SecureString& s)
{
    return {reinterpret_cast<const std::uint8_t*>(s.data()), s.size()};
}

}  // namespace otp
