#include "otp/serial.h"

#include <array>
#include <cstddef>
#include <cstdlib>
#include <memory>
#include <new>

#include <openssl/crypto.h>
#include <openssl/evp.h>

namespace otp {

namespace {

constexpr std::size_t kLetters = 4;
constexpr std::size_t kDigits = 8;

bool isAsciiLetter(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}
bool isAsciiDigit(char c)
{
    return c >= '0' && c <= '9';
}
char toUpperAscii(char c)
{
    return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
}

std::string quoted(std::string_view text)
{
    return "\"" + std::string(text) + "\"";
}

Error badFormat(std::string message)
{
    return Error{ErrorCode::SerialBadFormat, std::move(message)};
}

using DigestContext = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;

// SHA-256("SoftToken serial v1" || 0x00 || secret). docs/serial.md, step 1.
std::array<unsigned char, 32> serialDigest(std::span<const std::uint8_t> secret)
{
    static constexpr std::string_view kDomain = "SoftToken serial v1";
    static constexpr unsigned char kSeparator = 0;

    DigestContext context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!context)
        throw std::bad_alloc();
    std::array<unsigned char, 32> digest{};
    unsigned int length = 0;
    const bool ok = EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) == 1 &&
                    EVP_DigestUpdate(context.get(), kDomain.data(), kDomain.size()) == 1 &&
                    EVP_DigestUpdate(context.get(), &kSeparator, 1) == 1 &&
                    EVP_DigestUpdate(context.get(), secret.data(), secret.size()) == 1 &&
                    EVP_DigestFinal_ex(context.get(), digest.data(), &length) == 1 &&
                    length == digest.size();
    // SHA-256 is in every OpenSSL 3 provider, FIPS included: a failure here means a broken
    // installation, and a serial that silently differed from the bank's would be worse.
    if (!ok)
        std::abort();
    return digest;
}

}  // namespace

Result<Serial> Serial::parse(std::string_view text)
{
    std::string compact;
    compact.reserve(kLetters + kDigits);
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == ' ' || c == '-')
            continue;
        if (!isAsciiLetter(c) && !isAsciiDigit(c)) {
            const auto byte = static_cast<unsigned char>(c);
            const std::string shown = byte >= 0x20 && byte < 0x7f ? std::string{'\'', c, '\''}
                                                                  : "byte " + std::to_string(byte);
            return badFormat("serial has an invalid character " + shown + " at position " +
                             std::to_string(i + 1) + "; only A-Z, 0-9, spaces and hyphens");
        }
        compact.push_back(toUpperAscii(c));
    }

    if (compact.size() != kLetters + kDigits) {
        return badFormat("serial must be 4 letters and 8 digits (12 characters), got " +
                         std::to_string(compact.size()) + " in " + quoted(text));
    }
    for (std::size_t i = 0; i < compact.size(); ++i) {
        const bool letterExpected = i < kLetters;
        if (letterExpected && !isAsciiLetter(compact[i])) {
            return badFormat("serial must start with 4 letters A-Z, got " + quoted(text));
        }
        if (!letterExpected && !isAsciiDigit(compact[i])) {
            return badFormat("serial must end with 8 digits after its 4 letters, got " +
                             quoted(text));
        }
    }
    return Serial(std::move(compact));
}

Serial Serial::deriveFromSecret(std::span<const std::uint8_t> secret)
{
    std::array<unsigned char, 32> digest = serialDigest(secret);

    // Step 2: N = the first 8 bytes, big-endian.
    std::uint64_t n = 0;
    for (std::size_t i = 0; i < 8; ++i)
        n = (n << 8) | digest[i];
    OPENSSL_cleanse(digest.data(), digest.size());

    // Step 3: four letters, least significant first. 26^4 * 10^7 is about 4.6e12, so reducing
    // a uniform 64-bit N leaves a bias below 1e-6: every serial is (almost) equally likely.
    std::string compact;
    compact.reserve(kLetters + kDigits);
    for (std::size_t i = 0; i < kLetters; ++i) {
        compact.push_back(static_cast<char>('A' + n % 26));
        n /= 26;
    }

    // Step 4: seven zero-padded digits of N mod 10^7, then their Luhn check digit.
    std::array<char, 7> digits{};
    std::uint64_t rest = n % 10'000'000;
    for (std::size_t i = digits.size(); i-- > 0;) {
        digits[i] = static_cast<char>('0' + rest % 10);
        rest /= 10;
    }
    compact.append(digits.data(), digits.size());
    compact.push_back(luhnCheckDigit({digits.data(), digits.size()}));
    return Serial(std::move(compact));
}

std::string Serial::display() const
{
    // "ABCD 1234 5678": letters, then the digits in two groups of four.
    return m_compact.substr(0, 4) + ' ' + m_compact.substr(4, 4) + ' ' + m_compact.substr(8, 4);
}

char luhnCheckDigit(std::string_view digits)
{
    if (digits.empty())
        return '\0';
    // Double every second digit counting leftwards from the rightmost one (which will sit next
    // to the check digit); subtract 9 from doubled values above 9.
    unsigned sum = 0;
    bool doubleIt = true;
    for (std::size_t i = digits.size(); i-- > 0;) {
        if (!isAsciiDigit(digits[i]))
            return '\0';
        unsigned d = static_cast<unsigned>(digits[i] - '0');
        if (doubleIt) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return static_cast<char>('0' + (10 - sum % 10) % 10);
}

bool luhnValid(std::string_view digitsWithCheck)
{
    if (digitsWithCheck.size() < 2)
        return false;
    const char check = luhnCheckDigit(digitsWithCheck.substr(0, digitsWithCheck.size() - 1));
    return check != '\0' && check == digitsWithCheck.back();
}

}  // namespace otp
