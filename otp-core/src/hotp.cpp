#include "otp/hotp.h"

#include <array>
#include <memory>
#include <optional>

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include "hmac_state.h"

namespace otp {

struct HotpGenerator::State {
    detail::HmacState hmac;
};

namespace {

std::optional<Error> checkParameters(std::span<const std::uint8_t> key, int digits)
{
    if (key.empty())
        return Error{ErrorCode::OtpEmptyKey, "the key is empty"};
    if (digits < kMinDigits || digits > kMaxDigits)
        return Error{ErrorCode::OtpBadDigits,
                     "digits must be 6 to 10, got " + std::to_string(digits)};
    return std::nullopt;
}

std::optional<Error> checkParameters(std::span<const std::uint8_t> key, int digits,
                                     CodeFormat format)
{
    if (format == CodeFormat::Decimal)
        return checkParameters(key, digits);
    if (key.empty())
        return Error{ErrorCode::OtpEmptyKey, "the key is empty"};
    if (digits != kSteamCodeLength)
        return Error{ErrorCode::OtpBadDigits,
                     "Steam codes have 5 characters, got " + std::to_string(digits)};
    return std::nullopt;
}

// RFC 4226 §5.3 dynamic truncation: 31 bits taken at the offset named by the low nibble of the
// last byte. offset + 3 <= 18, inside even SHA-1's 20 bytes.
std::uint32_t dynamicTruncation(std::span<const std::uint8_t> mac)
{
    const std::size_t offset = mac.back() & 0x0fU;
    return (static_cast<std::uint32_t>(mac[offset] & 0x7fU) << 24) |
           (static_cast<std::uint32_t>(mac[offset + 1]) << 16) |
           (static_cast<std::uint32_t>(mac[offset + 2]) << 8) |
           static_cast<std::uint32_t>(mac[offset + 3]);
}

// "00" "01" ... "99"
constexpr std::array<char, 200> kDigitPairs = [] {
    std::array<char, 200> pairs{};
    for (std::size_t i = 0; i < 100; ++i) {
        pairs[2 * i] = static_cast<char>('0' + i / 10);
        pairs[2 * i + 1] = static_cast<char>('0' + i % 10);
    }
    return pairs;
}();

std::string formatCode(std::uint32_t value, int digits)
{
    // Code = value mod 10^digits. For 10 digits the reduction is skipped: value < 2^31 < 10^10,
    // so it would change nothing (and 10^10 does not fit in 32 bits). Such codes never start
    // with a digit above 2 — a property of RFC 4226, not a bug.
    // One case per length so that each division is by a constant (a multiply, not a divide).
    switch (digits) {
    case 6: value %= 1'000'000; break;
    case 7: value %= 10'000'000; break;
    case 8: value %= 100'000'000; break;
    case 9: value %= 1'000'000'000; break;
    default: break;
    }

    // Two digits per division: the divisions form a dependency chain, so halving it shows in
    // the per-code cost (benchmarked). Built in a buffer, then one string construction.
    std::array<char, 10> buffer{};
    std::size_t position = buffer.size();
    const std::size_t first = buffer.size() - static_cast<std::size_t>(digits);
    while (position >= first + 2) {
        position -= 2;
        const std::size_t pair = std::size_t{2} * (value % 100);
        value /= 100;
        buffer[position] = kDigitPairs[pair];
        buffer[position + 1] = kDigitPairs[pair + 1];
    }
    if (position > first)
        buffer[--position] = static_cast<char>('0' + value % 10);
    return {buffer.data() + first, buffer.size() - first};
}

std::string codeFromMac(std::span<const std::uint8_t> mac, int digits)
{
    return formatCode(dynamicTruncation(mac), digits);
}

struct MacDeleter {
    void operator()(EVP_MAC* mac) const noexcept { EVP_MAC_free(mac); }
    void operator()(EVP_MAC_CTX* context) const noexcept { EVP_MAC_CTX_free(context); }
};

// The HMAC implementation is looked up once; every hotpCode() call still gets a fresh context.
EVP_MAC* hmacAlgorithm()
{
    static const std::unique_ptr<EVP_MAC, MacDeleter> mac(EVP_MAC_fetch(nullptr, "HMAC", nullptr));
    return mac.get();
}

Error cryptoFailure(std::string_view what)
{
    return Error{ErrorCode::OtpCryptoFailure, "OpenSSL " + std::string(what) + " failed"};
}

}  // namespace

HotpGenerator::HotpGenerator(std::unique_ptr<State> state, Algorithm algorithm, int digits,
                             CodeFormat format)
    : m_state(std::move(state)), m_algorithm(algorithm), m_digits(digits), m_format(format)
{}

Result<HotpGenerator> HotpGenerator::create(std::span<const std::uint8_t> key, Algorithm algorithm,
                                            int digits, CodeFormat format)
{
    if (auto error = checkParameters(key, digits, format))
        return *std::move(error);
    auto state = std::make_unique<State>(State{detail::HmacState(key, algorithm)});
    const Algorithm normalized = state->hmac.algorithm();
    return HotpGenerator(std::move(state), normalized, digits, format);
}

std::string HotpGenerator::code(std::uint64_t counter) const
{
    std::array<std::uint8_t, detail::kMaxDigestSize> mac{};
    const std::size_t size = m_state->hmac.macCounter(counter, mac);
    const auto digest = std::span(mac).first(size);
    if (m_format == CodeFormat::Steam)
        return steamCode(dynamicTruncation(digest));
    return codeFromMac(digest, m_digits);
}

HotpGenerator::HotpGenerator(const HotpGenerator& other)
    : m_state(other.m_state ? std::make_unique<State>(*other.m_state) : nullptr),
      m_algorithm(other.m_algorithm), m_digits(other.m_digits), m_format(other.m_format)
{}

HotpGenerator& HotpGenerator::operator=(const HotpGenerator& other)
{
    if (this == &other)
        return *this;
    if (!other.m_state)
        m_state.reset();
    else if (m_state)
        *m_state = *other.m_state;  // overwrites the old key's state in place
    else
        m_state = std::make_unique<State>(*other.m_state);
    m_algorithm = other.m_algorithm;
    m_digits = other.m_digits;
    m_format = other.m_format;
    return *this;
}

HotpGenerator::HotpGenerator(HotpGenerator&&) noexcept = default;
HotpGenerator& HotpGenerator::operator=(HotpGenerator&&) noexcept = default;
HotpGenerator::~HotpGenerator() = default;  // State's HmacState wipes itself

Result<std::string> hotpCode(std::span<const std::uint8_t> key, Algorithm algorithm, int digits,
                             std::uint64_t counter)
{
    if (auto error = checkParameters(key, digits))
        return *std::move(error);

    EVP_MAC* hmac = hmacAlgorithm();
    if (hmac == nullptr)
        return cryptoFailure("EVP_MAC_fetch(HMAC)");
    const std::unique_ptr<EVP_MAC_CTX, MacDeleter> context(EVP_MAC_CTX_new(hmac));
    if (!context)
        return cryptoFailure("EVP_MAC_CTX_new");

    std::string digestName(algorithmName(algorithm));
    const std::array<OSSL_PARAM, 2> parameters = {
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digestName.data(), 0),
        OSSL_PARAM_construct_end()};

    std::array<std::uint8_t, 8> message{};
    for (std::size_t i = 0; i < message.size(); ++i)
        message[i] = static_cast<std::uint8_t>(counter >> (56 - 8 * i));

    std::array<std::uint8_t, EVP_MAX_MD_SIZE> mac{};
    std::size_t size = 0;
    if (EVP_MAC_init(context.get(), key.data(), key.size(), parameters.data()) != 1 ||
        EVP_MAC_update(context.get(), message.data(), message.size()) != 1 ||
        EVP_MAC_final(context.get(), mac.data(), &size, mac.size()) != 1 || size < 20)
        return cryptoFailure("HMAC");
    return codeFromMac(std::span(mac).first(size), digits);
}

}  // namespace otp
