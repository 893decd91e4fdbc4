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

#include <openssl/crypto.h>
#include <openssl/sha.h>

namespace otp::detail {
namespace {

constexpr std::uint8_t kIpad = 0x36; // RFC 2104 §2
constexpr std::uint8_t kOpad = 0x5c;

// Per-hash glue: block and digest sizes, and moving the chaining value in and out of
// OpenSSL's context struct.
struct Sha1 {
    using Context = SHA_CTX;
    static constexpr std::size_t kBlockSize = SHA_CBLOCK;         // 64
    static constexpr std::size_t kDigestSize = SHA_DIGEST_LENGTH; // 20
    static constexpr std::size_t kWordSize = 4;
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
};

struct Sha256 {
    using Context = SHA256_CTX;
    static constexpr std::size_t kBlockSize = SHA256_CBLOCK;         // 64
    static constexpr std::size_t kDigestSize = SHA256_DIGEST_LENGTH; // 32
    static constexpr std::size_t kWordSize = 4;
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
};

struct Sha512 {
    using Context = SHA512_CTX;
    static constexpr std::size_t kBlockSize = SHA512_CBLOCK;         // 128
    static constexpr std::size_t kDigestSize = SHA512_DIGEST_LENGTH; // 64
    static constexpr std::size_t kWordSize = 8;
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
};

static_assert(Sha1::kWords * Sha1::kWordSize == Sha1::kDigestSize);
static_assert(Sha256::kWords * Sha256::kWordSize == Sha256::kDigestSize);
static_assert(Sha512::kWords * Sha512::kWordSize == Sha512::kDigestSize);
static_assert(Sha512::kDigestSize <= kMaxDigestSize);

void storeBigEndian(std::uint64_t value, std::size_t bytes, std::uint8_t* out)
{
    for (std::size_t i = 0; i < bytes; ++i)
        out[i] = static_cast<std::uint8_t>(value >> (8 * (bytes - 1 - i)));
}

// Completes `block` as the final block of a message whose total length (including the key
// block already hashed) is `messageBytes`, `used` bytes of which are in `block`: appends the
// 0x80 marker, zeros, and the big-endian bit length in the last 8 bytes (FIPS 180-4 §5.1; the
// upper half of SHA-512's 16-byte length field stays zero). Caller ensures it fits.
template <typename H> void pad(std::uint8_t* block, std::size_t used, std::size_t messageBytes)
{
    block[used] = 0x80;
    std::fill(block + used + 1, block + H::kBlockSize - 8, std::uint8_t{0});
    storeBigEndian(messageBytes * 8, 8, block + H::kBlockSize - 8);
}

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
    static_assert(8 + 1 + 8 <= H::kBlockSize && H::kDigestSize + 1 + 8 <= H::kBlockSize,
                  "message and digest must fit in one padded block");
    std::array<std::uint8_t, H::kBlockSize> block;
    typename H::Context context;

    // Inner hash: K' ^ ipad (already absorbed) || counter.
    storeBigEndian(counter, 8, block.data());
    pad<H>(block.data(), 8, H::kBlockSize + 8);
    H::load(context, inner);
    H::transform(context, block.data());

    // Outer hash: K' ^ opad (already absorbed) || inner digest.
    std::array<std::uint64_t, 8> digest{};
    H::save(context, digest);
    for (std::size_t i = 0; i < H::kWords; ++i)
        storeBigEndian(digest[i], H::kWordSize, block.data() + i * H::kWordSize);
    pad<H>(block.data(), H::kDigestSize, H::kBlockSize + H::kDigestSize);
    H::load(context, outer);
    H::transform(context, block.data());

    H::save(context, digest);
    for (std::size_t i = 0; i < H::kWords; ++i)
        storeBigEndian(digest[i], H::kWordSize, out.data() + i * H::kWordSize);
    return H::kDigestSize;
}

} // namespace

HmacState::HmacState(std::span<const std::uint8_t> key, Algorithm algorithm)
    : m_algorithm(algorithm)
{
    switch (algorithm) {
    case Algorithm::Sha256: precompute<Sha256>(key, m_inner, m_outer); break;
    case Algorithm::Sha512: precompute<Sha512>(key, m_inner, m_outer); break;
    default: // Sha1, and any value outside the enum, as algorithmName() does
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

} // namespace otp::detail
