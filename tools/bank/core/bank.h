#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "bank_state.h"
#include "otp/algorithm.h"
#include "otp/totp.h"
#include "outcome.h"

namespace bank {

struct Config {
    std::string confirmationPin = "1234";  // ご契約先確認暗証番号, one for the whole contract
    int maxFailures = 5;                   // failed attempts in a row before a user is locked
    int totpWindow = 1;                    // TOTP steps accepted either side of now
    std::uint64_t hotpLookAhead = 10;      // HOTP counters searched ahead at login
    std::uint64_t resyncLookAhead = 100;    // HOTP counters searched by a resync
    std::string issuer = "SoftToken Bank";  // the issuer written into provisioning URIs
};

struct TokenRequest {
    std::string user;
    otp::OtpType type = otp::OtpType::Totp;
    int digits = 6;
    otp::Algorithm algorithm = otp::Algorithm::Sha1;
    int period = 30;  // TOTP
};

struct IssuedToken {
    std::string user;
    std::string serial;  // compact
    std::string uri;     // the provisioning otpauth:// URI, secret included
};

struct Login {
    std::string serial;
    // TOTP: the matched step minus the bank's current step (negative: the token's clock is
    // behind); HOTP: how many counters the token had run ahead of the bank.
    std::int64_t offset = 0;
    std::int64_t skewSeconds = 0;  // TOTP: offset * period, the clock-skew hint; HOTP: 0
};

// The bank's side of token registration and OTP login, without any HTTP: users, issued tokens,
// the registration rules of the bank's guide, verification through otp-core with replay
// protection, HOTP look-ahead and resync, and a lockout after Config::maxFailures failures.
// OTPs may hold spaces ("123 456", as the app shows them). Every method that changes state()
// returns after the change; the caller persists state().
class Bank {
public:
    Bank(State state, Config config, otp::Clock clock);

    // Creates the user if needed and a token with a fresh random secret (20, 32 or 64 bytes
    // for SHA1, SHA256, SHA512) and a random issued serial (4 letters, 7 digits, a Luhn check
    // digit) written as `serial=` into the URI. Errors: BadRequest (empty user, digits outside
    // 6..10, period < 1).
    Outcome<IssuedToken> issueToken(const TokenRequest& request);

    // The registration page's OK: checks, in this order, the user (UnknownUser, Locked), the
    // PIN (WrongPin), the serial (WrongSerial: not issued, or not a serial at all;
    // SerialInUse), then the OTP (WrongOtp, ReusedOtp). On success the token becomes the
    // user's current token (Shared mode: every user's) and the OTP is used up. WrongPin,
    // WrongSerial, WrongOtp and ReusedOtp count as failures; a success resets the count.
    // Returns the compact serial.
    Outcome<std::string> registerToken(std::string_view user, std::string_view serial,
                                       std::string_view otp, std::string_view pin);

    // Day-to-day login with the user's current token. Errors: UnknownUser, Locked,
    // NotRegistered, WrongOtp, ReusedOtp (the last two count as failures).
    Outcome<Login> login(std::string_view user, std::string_view otp);

    // HOTP resynchronisation with two consecutive codes, searched Config::resyncLookAhead
    // counters ahead. Errors: UnknownUser, Locked, NotRegistered, BadRequest (a TOTP token),
    // ResyncFailed (counts as a failure). Returns the next counter the bank expects.
    Outcome<std::uint64_t> resync(std::string_view user, std::string_view first,
                                  std::string_view second);

    // Changing the mode unregisters every token, as the bank's guide warns. Returns whether
    // the mode changed.
    bool setUsageMode(UsageMode mode);

    // Clears a user's failure count. Error: UnknownUser.
    Outcome<bool> unlock(std::string_view user);

    // The user's current token (現在のトークン情報), or nullopt. In Shared mode the same for all.
    std::optional<std::string> currentSerial(std::string_view user) const;
    bool isLocked(std::string_view user) const;
    bool hasUser(std::string_view user) const;

    const State& state() const { return m_state; }
    const Config& config() const { return m_config; }

private:
    User* findUser(std::string_view name);
    Outcome<User*> activeUser(std::string_view name);
    // The token on the user's current-token line. Error: NotRegistered.
    Outcome<Token*> registeredToken(const User& user);
    Failure fail(User& user, Error error, std::string message);
    Outcome<Login> verify(Token& token, std::string_view typed);
    std::string newSerial() const;

    State m_state;
    Config m_config;
    otp::Clock m_clock;
};

}  // namespace bank
