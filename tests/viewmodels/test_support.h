#pragma once

#include <memory>
#include <string>

#include <gtest/gtest.h>

#include "app_clock.h"
#include "otp/key_uri.h"
#include "scripted_repository.h"
#include "token_list_model.h"

// RFC 4226 / RFC 6238 SHA1 test key "12345678901234567890" in base32.
inline constexpr const char* kRfcKey = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

inline otp::KeyUri uriFrom(const std::string& text)
{
    auto uri = otp::parseKeyUri(text);
    EXPECT_TRUE(uri.ok()) << text << ": " << (uri ? "" : uri.error().message);
    return uri ? std::move(uri).value() : otp::KeyUri{};
}

inline otp::KeyUri totpUri(const std::string& issuer, const std::string& secret = kRfcKey,
                           int digits = 8)
{
    return uriFrom("otpauth://totp/" + issuer + ":user?secret=" + secret + "&issuer=" + issuer +
                   "&digits=" + std::to_string(digits));
}

inline otp::KeyUri hotpUri(const std::string& issuer, std::uint64_t counter)
{
    return uriFrom("otpauth://hotp/" + issuer + ":user?secret=" + kRfcKey + "&issuer=" + issuer +
                   "&counter=" + std::to_string(counter));
}

// A TokenListModel on an empty in-memory repository, its clock frozen at T = 59 s (RFC 6238's first
// test time: SHA1, 8 digits -> 94287082).
class FrozenClockModelTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        clock.setFakeTime(59);
        clock.setFrozen(true);
        model.setClock(&clock);
        model.setRepository(store);
    }

    AppClock clock;
    std::shared_ptr<testsupport::ScriptedRepository> store =
        std::make_shared<testsupport::ScriptedRepository>();
    TokenListModel model;
};
