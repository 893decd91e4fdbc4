#pragma once

#include <map>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>

#include "otp/key_uri.h"

namespace vaultplatformtest {

// Every file under `dir` with its bytes, to prove an operation wrote nothing.
inline std::map<QString, QByteArray> snapshot(const QString& dir)
{
    std::map<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            files[path] = f.readAll();
    }
    return files;
}

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
