#pragma once

#include <cassert>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace bank {

// Why the bank refused a request. Each has a stable snake_case name for the JSON API
// (errorName) and its own wording on the pages.
enum class Error {
    BadRequest,     // a field is missing or malformed
    UnknownUser,    // no such user
    WrongSerial,    // no token with this serial number was issued
    SerialInUse,    // Individual mode: the token is registered to another user
    WrongOtp,       // the one-time password does not match
    ReusedOtp,      // the one-time password matches one already accepted
    WrongPin,       // the confirmation PIN (ご契約先確認暗証番号) does not match
    Locked,         // too many failed attempts in a row
    NotRegistered,  // the user has no registered token
    ResyncFailed,   // no two consecutive HOTP codes found in the resync window
};

// "bad_request", "unknown_user", "wrong_serial", ...: the `error` field of the JSON API.
std::string_view errorName(Error error);

struct Failure {
    Error error;
    std::string message;  // English, for the API and logs
};

// A value or the reason it could not be had.
template <typename T> class [[nodiscard]] Outcome {
public:
    Outcome(T value) : m_state(std::in_place_index<0>, std::move(value)) {}  // NOLINT: implicit
    Outcome(Failure failure)                                                 // NOLINT: implicit
        : m_state(std::in_place_index<1>, std::move(failure))
    {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T& value() const
    {
        assert(ok());
        return std::get<0>(m_state);
    }
    const T* operator->() const { return &value(); }
    const T& operator*() const { return value(); }
    const Failure& failure() const
    {
        assert(!ok());
        return std::get<1>(m_state);
    }

private:
    std::variant<T, Failure> m_state;
};

}  // namespace bank
