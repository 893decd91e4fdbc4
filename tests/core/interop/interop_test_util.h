#pragma once

#include <fstream>
#include <iterator>
#include <string>
#include <string_view>

#include "otp/base32.h"
#include "otp/key_uri.h"
#include "otp/secure_bytes.h"

namespace interop_test {

inline std::string readFixture(std::string_view name)
{
    const std::string path = std::string(SOFTTOKEN_INTEROP_FIXTURES) + "/" + std::string(name);
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error("missing fixture " + path);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

inline otp::SecureBytes bytesOf(std::string_view text)
{
    return otp::SecureBytes(text.begin(), text.end());
}

inline otp::SecureBytes base32(std::string_view text)
{
    return otp::base32Decode(text).value();
}

inline otp::KeyUri totp(std::string issuer, std::string account, std::string_view secretText,
                        int digits = 6, int period = 30,
                        otp::Algorithm algorithm = otp::Algorithm::Sha1)
{
    otp::KeyUri uri;
    uri.issuer = std::move(issuer);
    uri.account = std::move(account);
    uri.secret = bytesOf(secretText);
    uri.digits = digits;
    uri.period = period;
    uri.algorithm = algorithm;
    return uri;
}

inline otp::KeyUri hotp(std::string issuer, std::string account, std::string_view secretText,
                        std::uint64_t counter, int digits = 6,
                        otp::Algorithm algorithm = otp::Algorithm::Sha1)
{
    otp::KeyUri uri =
        totp(std::move(issuer), std::move(account), secretText, digits, 30, algorithm);
    uri.type = otp::OtpType::Hotp;
    uri.counter = counter;
    return uri;
}

}  // namespace interop_test
