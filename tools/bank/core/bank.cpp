#include "bank.h"

#include <utility>

#include "otp/random.h"
#include "otp/serial.h"
#include "otp/uri_generators.h"
#include "otp/verify.h"

namespace bank {
namespace {

// Compares without an early exit, so the time taken says nothing about how much of the PIN
// was right.
bool sameText(std::string_view a, std::string_view b)
{
    unsigned char difference = a.size() == b.size() ? 0 : 1;
    const std::string_view& shorter = a.size() < b.size() ? a : b;
    for (std::size_t i = 0; i < shorter.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

std::size_t secretBytesFor(otp::Algorithm algorithm)
{
    switch (algorithm) {
    case otp::Algorithm::Sha1: return 20;
    case otp::Algorithm::Sha256: return 32;
    case otp::Algorithm::Sha512: return 64;
    }
    return 20;
}

// "123 456" as the app shows it is read as "123456".
std::string withoutSpaces(std::string_view code)
{
    std::string digits;
    for (const char c : code) {
        if (c != ' ')
            digits += c;
    }
    return digits;
}

bool counts(Error error)
{
    return error == Error::WrongPin || error == Error::WrongSerial || error == Error::WrongOtp ||
           error == Error::ReusedOtp || error == Error::ResyncFailed;
}

}  // namespace

std::string_view errorName(Error error)
{
    switch (error) {
    case Error::BadRequest: return "bad_request";
    case Error::UnknownUser: return "unknown_user";
    case Error::WrongSerial: return "wrong_serial";
    case Error::SerialInUse: return "serial_in_use";
    case Error::WrongOtp: return "wrong_otp";
    case Error::ReusedOtp: return "reused_otp";
    case Error::WrongPin: return "wrong_pin";
    case Error::Locked: return "locked";
    case Error::NotRegistered: return "not_registered";
    case Error::ResyncFailed: return "resync_failed";
    }
    return "bad_request";
}

Bank::Bank(State state, Config config, otp::Clock clock)
    : m_state(std::move(state)), m_config(std::move(config)), m_clock(std::move(clock))
{}

Outcome<IssuedToken> Bank::issueToken(const TokenRequest& request)
{
    if (request.user.empty())
        return Failure{Error::BadRequest, "user must not be empty"};
    if (request.digits < otp::kMinDigits || request.digits > otp::kMaxDigits)
        return Failure{Error::BadRequest,
                       "digits must be 6 to 10, got " + std::to_string(request.digits)};
    if (request.period < 1)
        return Failure{Error::BadRequest,
                       "period must be at least 1, got " + std::to_string(request.period)};
    auto secret = otp::randomBytes(secretBytesFor(request.algorithm));
    if (!secret)
        return Failure{Error::BadRequest, secret.error().message};
    auto serialText = newSerial();
    if (serialText.empty())
        return Failure{Error::BadRequest, "no random numbers for a serial"};

    Token token;
    token.serial = serialText;
    token.issuedFor = request.user;
    token.uri.type = request.type;
    token.uri.issuer = m_config.issuer;
    token.uri.account = request.user;
    token.uri.secret = std::move(secret.value());
    token.uri.algorithm = request.algorithm;
    token.uri.digits = request.digits;
    token.uri.period = request.period;
    token.uri.serial = otp::Serial::parse(serialText).value();
    const otp::SecureString uri = otp::formatKeyUri(token.uri);

    User& user = m_state.users[request.user];
    user.name = request.user;
    m_state.tokens[serialText] = std::move(token);
    return IssuedToken{request.user, serialText, std::string(uri.view())};
}

Outcome<std::string> Bank::registerToken(std::string_view userName, std::string_view serialText,
                                         std::string_view otp, std::string_view pin)
{
    auto active = activeUser(userName);
    if (!active)
        return active.failure();
    User& user = *active.value();
    if (!sameText(pin, m_config.confirmationPin))
        return fail(user, Error::WrongPin, "the confirmation PIN is wrong");
    auto serial = otp::Serial::parse(serialText);
    if (!serial)
        return fail(user, Error::WrongSerial,
                    "the serial number is not valid: " + serial.error().message);
    const auto found = m_state.tokens.find(serial->compact());
    if (found == m_state.tokens.end())
        return fail(user, Error::WrongSerial,
                    "no token with serial number " + serial->compact() + " was issued");
    Token& token = found->second;
    if (m_state.mode == UsageMode::Individual) {
        for (const auto& [name, other] : m_state.users) {
            if (name != user.name && other.serial == token.serial)
                return Failure{Error::SerialInUse,
                               "the token " + token.serial + " is registered to another user"};
        }
    }
    auto verified = verify(token, otp);
    if (!verified)
        return fail(user, verified.failure().error, verified.failure().message);
    user.failures = 0;
    if (m_state.mode == UsageMode::Shared)
        m_state.sharedSerial = token.serial;
    else
        user.serial = token.serial;
    return token.serial;
}

Outcome<Login> Bank::login(std::string_view userName, std::string_view otp)
{
    auto active = activeUser(userName);
    if (!active)
        return active.failure();
    User& user = *active.value();
    auto token = registeredToken(user);
    if (!token)
        return token.failure();
    auto verified = verify(*token.value(), otp);
    if (!verified)
        return fail(user, verified.failure().error, verified.failure().message);
    user.failures = 0;
    return verified;
}

Outcome<std::uint64_t> Bank::resync(std::string_view userName, std::string_view first,
                                    std::string_view second)
{
    auto active = activeUser(userName);
    if (!active)
        return active.failure();
    User& user = *active.value();
    auto registered = registeredToken(user);
    if (!registered)
        return registered.failure();
    Token& token = *registered.value();
    if (token.uri.type != otp::OtpType::Hotp)
        return Failure{Error::BadRequest, "only HOTP tokens are resynchronised"};
    auto generator = otp::hotpGeneratorFor(token.uri);
    if (!generator)
        return Failure{Error::BadRequest, generator.error().message};
    const auto next = otp::resyncHotp(*generator, withoutSpaces(first), withoutSpaces(second),
                                      token.hotpNext, m_config.resyncLookAhead);
    if (!next)
        return fail(user, Error::ResyncFailed,
                    "no two consecutive codes match within " +
                        std::to_string(m_config.resyncLookAhead) + " counters");
    token.hotpNext = *next;
    user.failures = 0;
    return *next;
}

bool Bank::setUsageMode(UsageMode mode)
{
    if (mode == m_state.mode)
        return false;
    m_state.mode = mode;
    m_state.sharedSerial.reset();
    for (auto& [name, user] : m_state.users)
        user.serial.reset();
    return true;
}

Outcome<bool> Bank::unlock(std::string_view userName)
{
    User* user = findUser(userName);
    if (user == nullptr)
        return Failure{Error::UnknownUser, "no user named " + std::string(userName)};
    user->failures = 0;
    return true;
}

std::optional<std::string> Bank::currentSerial(std::string_view userName) const
{
    const auto found = m_state.users.find(std::string(userName));
    if (found == m_state.users.end())
        return std::nullopt;
    return m_state.mode == UsageMode::Shared ? m_state.sharedSerial : found->second.serial;
}

bool Bank::isLocked(std::string_view userName) const
{
    const auto found = m_state.users.find(std::string(userName));
    return found != m_state.users.end() && found->second.failures >= m_config.maxFailures;
}

bool Bank::hasUser(std::string_view userName) const
{
    return m_state.users.contains(std::string(userName));
}

User* Bank::findUser(std::string_view name)
{
    const auto found = m_state.users.find(std::string(name));
    return found == m_state.users.end() ? nullptr : &found->second;
}

Outcome<User*> Bank::activeUser(std::string_view name)
{
    User* user = findUser(name);
    if (user == nullptr)
        return Failure{Error::UnknownUser, "no user named " + std::string(name)};
    if (user->failures >= m_config.maxFailures)
        return Failure{Error::Locked, "locked after " + std::to_string(m_config.maxFailures) +
                                          " failed attempts; unlock the user first"};
    return user;
}

Outcome<Token*> Bank::registeredToken(const User& user)
{
    const auto serial = currentSerial(user.name);
    const auto found = serial ? m_state.tokens.find(*serial) : m_state.tokens.end();
    if (found == m_state.tokens.end())
        return Failure{Error::NotRegistered, "no token is registered for " + user.name};
    return &found->second;
}

Failure Bank::fail(User& user, Error error, std::string message)
{
    if (counts(error) && ++user.failures >= m_config.maxFailures)
        message += "; the user is now locked";
    return Failure{error, std::move(message)};
}

Outcome<Login> Bank::verify(Token& token, std::string_view typed)
{
    const std::string otp = withoutSpaces(typed);
    if (token.uri.type == otp::OtpType::Totp) {
        auto generator = otp::totpGeneratorFor(token.uri);
        if (!generator)
            return Failure{Error::BadRequest, generator.error().message};
        const std::int64_t now = m_clock();
        const auto step = generator->stepAt(now);
        const auto offset = otp::verifyTotp(*generator, otp, now, m_config.totpWindow);
        if (!step || !offset)
            return Failure{Error::WrongOtp, "the one-time password is wrong"};
        const std::uint64_t matched = *step + static_cast<std::uint64_t>(*offset);
        if (token.lastTotpStep && matched <= *token.lastTotpStep)
            return Failure{Error::ReusedOtp, "the one-time password was already used"};
        token.lastTotpStep = matched;
        return Login{token.serial, *offset, *offset * token.uri.period};
    }

    auto generator = otp::hotpGeneratorFor(token.uri);
    if (!generator)
        return Failure{Error::BadRequest, generator.error().message};
    const auto offset = otp::verifyHotp(*generator, otp, token.hotpNext, m_config.hotpLookAhead);
    if (!offset) {
        // A code of the last few counters was accepted before: say "used", not "wrong".
        const std::uint64_t recent = std::min(token.hotpNext, m_config.hotpLookAhead);
        if (recent > 0 && otp::verifyHotp(*generator, otp, token.hotpNext - recent, recent - 1))
            return Failure{Error::ReusedOtp, "the one-time password was already used"};
        return Failure{Error::WrongOtp, "the one-time password is wrong"};
    }
    token.hotpNext += *offset + 1;
    return Login{token.serial, static_cast<std::int64_t>(*offset), 0};
}

std::string Bank::newSerial() const
{
    for (int attempt = 0; attempt < 16; ++attempt) {
        auto random = otp::randomBytes(8);
        if (!random)
            return {};
        std::uint64_t n = 0;
        for (const std::uint8_t byte : *random)
            n = (n << 8) | byte;
        std::string serial;
        for (int i = 0; i < 4; ++i, n /= 26)
            serial += static_cast<char>('A' + n % 26);
        std::string digits = std::to_string(n % 10'000'000);
        digits.insert(0, 7 - digits.size(), '0');
        serial += digits;
        serial += otp::luhnCheckDigit(digits);
        if (!m_state.tokens.contains(serial))
            return serial;
    }
    return {};
}

}  // namespace bank
