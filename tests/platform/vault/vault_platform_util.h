#pragma once

#include <cstdint>

#include <QTemporaryDir>

#include "../../support/dir_snapshot.h"  // shared with tests/viewmodels
#include "otp/key_uri.h"

namespace vaultplatformtest {

using testsupport::snapshot;  // every file under a directory with its bytes

inline otp::KeyUri uri(const char* issuer, const char* account, std::uint8_t seed,
                       otp::OtpType type = otp::OtpType::Totp)
{
    otp::KeyUri u;
    u.type = type;
    u.issuer = issuer;
    u.account = account;
    for (int i = 0; i < 20; ++i)
        u.secret.push_back(static_cast<std::uint8_t>(seed * 31 + i));
    return u;
}

}  // namespace vaultplatformtest
