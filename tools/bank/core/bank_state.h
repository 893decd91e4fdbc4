#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>

#include "otp/key_uri.h"

namespace bank {

// How the contract's users share tokens, as the bank's registration page offers it
// (利用形態): every user has a token of their own, or all users use one token.
enum class UsageMode { Individual, Shared };

// A token the bank has issued (its provisioning QR code was shown once).
struct Token {
    std::string serial;          // compact, e.g. "BKTS12345674"; the key of State::tokens
    std::string issuedFor;       // the user it was issued for (a label: any user may register it)
    otp::KeyUri uri;             // type, secret, algorithm, digits, period, first counter
    std::uint64_t hotpNext = 0;  // HOTP: the next counter the bank expects
    std::optional<std::uint64_t> lastTotpStep;  // TOTP: the last step accepted (replay guard)
};

struct User {
    std::string name;
    std::optional<std::string> serial;  // the registered token (Individual mode)
    int failures = 0;                   // consecutive failed attempts; locked at the limit
};

// Everything the bank remembers; BankStore writes it to disk after every change.
struct State {
    UsageMode mode = UsageMode::Individual;
    std::optional<std::string> sharedSerial;  // the registered token (Shared mode)
    std::map<std::string, User> users;        // by name
    std::map<std::string, Token> tokens;      // by serial
};

}  // namespace bank
