// Why the deprecated low-level SHA API: HMAC pre-keying needs to resume a hash from a saved
// chaining value and run single compression blocks. OpenSSL 3's EVP has no such operation; the
// closest, EVP_MD_CTX_copy_ex from pre-keyed ipad/opad contexts, measured 4.3 M codes/s for
// HMAC-SHA1 here and EVP_MAC_CTX_dup 1.4 M/s, against 9 M/s for SHA1_Transform from a stored
// chaining value (docs/otp.md has the figures). The low-level calls stay in this file, and only
// the *_Init and *_Transform primitives (plus *_Update/*_Final to hash an over-long key) are
// used; they still dispatch to OpenSSL's SHA-NI / AVX2 code.
#define OPENSSL_SUPPRESS_DEPRECATED

#include "hmac_state.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <type_traits>

#include <openssl/crypto.h>
#include <openssl/sha.h>

namespace otp::detail {
namespace {

constexpr std::uint8_t kIpad = 0x36;  // RFC 2104 §2
constexpr std::uint8_t kOpad = 0x5c;

template <typename T> T byteSwap(T value)
{
#if defined(__GNUC__) || defined(__clang__)
    if constexpr (sizeof(T) == 8)
        return __builtin_bswap64(value);
    else
        return __builtin_bswap32(value);
#else
    T swapped = 0;
    for (std::size_t i = 0; i < sizeof(T); ++i, value >>= 8)
        swapped = static_cast<T>((swapped << 8) | (value & 0xff));
    return swapped;
#endif
}

template <typename T> void storeBigEndian(T value, std::uint8_t* out)
{
    static_assert(std::is_unsigned_v<T> && (sizeof(T) == 4 || sizeof(T) == 8));
    if constexpr (std::endian::native == std::endian::little)
        value = byteSwap(value);
    std::memcpy(out, &value, sizeof value);
}

// Per-hash glue: block and digest sizes, and moving the chaining value in and out of
// OpenSSL's context struct.
struct Sha1 {
    using Context = SHA_CTX;
    using Word = std::uint32_t;
    static constexpr std::size_t kBlockSize = SHA_CBLOCK;          // 64
    static constexpr std::size_t kDigestSize = SHA_DIGEST_LENGTH;  // 20
    static constexpr std::size_t kWords = 5;

    static void init(Context& c) { SHA1_Init(&c); }
    static void transform(Context& c, const std::uint8_t* block) { SHA1_Transform(&c, block); }
    static void hash(std::span<const std::uint8_t> data, std::uint8_t* out)
    {
        Context c;
        SHA1_Init(&c);
        SHA1_Update(&c, data.data(), data.size());
        SHA1_Final(out, &c);
        OPENSSL_cleanse(&c, sizeof c);
    }
    static void load(Context& c, const std::array<std::uint64_t, 8>& v)
    {
        c.h0 = static_cast<SHA_LONG>(v[0]);
        c.h1 = static_cast<SHA_LONG>(v[1]);
        c.h2 = static_cast<SHA_LONG>(v[2]);
        c.h3 = static_cast<SHA_LONG>(v[3]);
        c.h4 = static_cast<SHA_LONG>(v[4]);
    }
    static void save(const Context& c, std::array<std::uint64_t, 8>& v)
    {
        v = {c.h0, c.h1, c.h2, c.h3, c.h4, 0, 0, 0};
    }
    static void digest(const Context& c, std::uint8_t* out)
    {
        storeBigEndian<std::uint32_t>(c.h0, out);
        storeBigEndian<std::uint32_t>(c.h1, out + 4);
        storeBigEndian<std::uint32_t>(c.h2, out + 8);
        storeBigEndian<std::uint32_t>(c.h3, out + 12);
        storeBigEndian<std::uint32_t>(c.h4, out + 16);
    }
};

struct Sha256 {
    using Context = SHA256_CTX;
    using Word = std::uint32_t;
    static constexpr std::size_t kBlockSize = SHA256_CBLOCK;          // 64
    static constexpr std::size_t kDigestSize = SHA256_DIGEST_LENGTH;  // 32
    static constexpr std::size_t kWords = 8;

    static void init(Context& c) { SHA256_Init(&c); }
    static void transform(Context& c, const std::uint8_t* block) { SHA256_Transform(&c, block); }
    static void hash(std::span<const std::uint8_t> data, std::uint8_t* out)
    {
        Context c;
        SHA256_Init(&c);
        SHA256_Update(&c, data.data(), data.size());
        SHA256_Final(out, &c);
        OPENSSL_cleanse(&c, sizeof c);
    }
    static void load(Context& c, const std::array<std::uint64_t, 8>& v)
    {
        for (std::size_t i = 0; i < kWords; ++i)
            c.h[i] = static_cast<SHA_LONG>(v[i]);
    }
    static void save(const Context& c, std::array<std::uint64_t, 8>& v)
    {
        for (std::size_t i = 0; i < kWords; ++i)
            v[i] = c.h[i];
    }
    static void digest(const Context& c, std::uint8_t* out)
    {
        for (std::size_t i = 0; i < kWords; ++i)
            storeBigEndian<Word>(c.h[i], out + i * sizeof(Word));
    }
};

struct Sha512 {
    using Context = SHA512_CTX;
    using Word = std::uint64_t;
    static constexpr std::size_t kBlockSize = SHA512_CBLOCK;          // 128
    static constexpr std::size_t kDigestSize = SHA512_DIGEST_LENGTH;  // 64
    static constexpr std::size_t kWords = 8;

    static void init(Context& c) { SHA512_Init(&c); }
    static void transform(Context& c, const std::uint8_t* block) { SHA512_Transform(&c, block); }
    static void hash(std::span<const std::uint8_t> data, std::uint8_t* out)
    {
        Context c;
        SHA512_Init(&c);
        SHA512_Update(&c, data.data(), data.size());
        SHA512_Final(out, &c);
        OPENSSL_cleanse(&c, sizeof c);
    }
    static void load(Context& c, const std::array<std::uint64_t, 8>& v)
    {
        for (std::size_t i = 0; i < kWords; ++i)
            c.h[i] = v[i];
    }
    static void save(const Context& c, std::array<std::uint64_t, 8>& v)
    {
        for (std::size_t i = 0; i < kWords; ++i)
            v[i] = c.h[i];
    }
    static void digest(const Context& c, std::uint8_t* out)
    {
        for (std::size_t i = 0; i < kWords; ++i)
            storeBigEndian<Word>(c.h[i], out + i * sizeof(Word));
    }
};

static_assert(Sha1::kWords * sizeof(Sha1::Word) == Sha1::kDigestSize);
static_assert(Sha256::kWords * sizeof(Sha256::Word) == Sha256::kDigestSize);
static_assert(Sha512::kWords * sizeof(Sha512::Word) == Sha512::kDigestSize);
static_assert(Sha512::kDigestSize <= kMaxDigestSize);

// The final block of a message whose last `used` bytes start the block: those bytes (left zero
// here, the caller fills them), the 0x80 marker, zeros, and the message length in bits,
// big-endian, in the last 8 bytes (FIPS 180-4 §5.1; the upper half of SHA-512's 16-byte length
// field stays zero). The message is one key block plus `used` bytes. Built at compile time.
template <typename H, std::size_t Used> constexpr std::array<std::uint8_t, H::kBlockSize> padded()
{
    static_assert(Used + 1 + 8 <= H::kBlockSize, "must fit in one block");
    std::array<std::uint8_t, H::kBlockSize> block{};
    block[Used] = 0x80;
    const std::uint64_t bits = (H::kBlockSize + Used) * 8;
    for (std::size_t i = 0; i < 8; ++i)
        block[H::kBlockSize - 1 - i] = static_cast<std::uint8_t>(bits >> (8 * i));
    return block;
}

// Inner message: the 8-byte counter. Outer message: the inner digest.
template <typename H> constexpr auto kInnerBlock = padded<H, 8>();
template <typename H> constexpr auto kOuterBlock = padded<H, H::kDigestSize>();

template <typename H>
void precompute(std::span<const std::uint8_t> key, std::array<std::uint64_t, 8>& inner,
                std::array<std::uint64_t, 8>& outer)
{
    // K' = key zero-padded to the block, or H(key) zero-padded if the key is longer.
    std::array<std::uint8_t, H::kBlockSize> keyBlock{};
    if (key.size() > H::kBlockSize)
        H::hash(key, keyBlock.data());
    else
        std::copy(key.begin(), key.end(), keyBlock.begin());

    std::array<std::uint8_t, H::kBlockSize> padded{};
    typename H::Context context;
    for (auto [mask, out] : {std::pair{kIpad, &inner}, std::pair{kOpad, &outer}}) {
        for (std::size_t i = 0; i < H::kBlockSize; ++i)
            padded[i] = static_cast<std::uint8_t>(keyBlock[i] ^ mask);
        H::init(context);
        H::transform(context, padded.data());
        H::save(context, *out);
    }
    OPENSSL_cleanse(keyBlock.data(), keyBlock.size());
    OPENSSL_cleanse(padded.data(), padded.size());
    OPENSSL_cleanse(&context, sizeof context);
}

// No wipe of the locals here: after each transform the context holds a digest, not the stored
// chaining value, and the digests are no more secret than the code derived from them.
// Skipping the wipe keeps the per-code cost at the two compressions.
template <typename H>
std::size_t mac(const std::array<std::uint64_t, 8>& inner,
                const std::array<std::uint64_t, 8>& outer, std::uint64_t counter,
                std::array<std::uint8_t, kMaxDigestSize>& out)
{
    typename H::Context context;

    // Inner hash: K' ^ ipad (already absorbed) || counter.
    std::array<std::uint8_t, H::kBlockSize> block = kInnerBlock<H>;
    storeBigEndian(counter, block.data());
    H::load(context, inner);
    H::transform(context, block.data());

    // Outer hash: K' ^ opad (already absorbed) || inner digest.
    block = kOuterBlock<H>;
    H::digest(context, block.data());
    H::load(context, outer);
    H::transform(context, block.data());

    H::digest(context, out.data());
    return H::kDigestSize;
}

}  // namespace

HmacState::HmacState(std::span<const std::uint8_t> key, Algorithm algorithm)
    : m_algorithm(algorithm)
{
    switch (algorithm) {
    case Algorithm::Sha256: precompute<Sha256>(key, m_inner, m_outer); break;
    case Algorithm::Sha512: precompute<Sha512>(key, m_inner, m_outer); break;
    default:  // Sha1, and any value outside the enum, as algorithmName() does
        m_algorithm = Algorithm::Sha1;
        precompute<Sha1>(key, m_inner, m_outer);
        break;
    }
}

HmacState::~HmacState()
{
    OPENSSL_cleanse(m_inner.data(), sizeof m_inner);
    OPENSSL_cleanse(m_outer.data(), sizeof m_outer);
}

std::size_t HmacState::macCounter(std::uint64_t counter,
                                  std::array<std::uint8_t, kMaxDigestSize>& out) const
{
    switch (m_algorithm) {
    case Algorithm::Sha256: return mac<Sha256>(m_inner, m_outer, counter, out);
    case Algorithm::Sha512: return mac<Sha512>(m_inner, m_outer, counter, out);
    default: return mac<Sha1>(m_inner, m_outer, counter, out);
    }
}

}  // namespace otp::detail
