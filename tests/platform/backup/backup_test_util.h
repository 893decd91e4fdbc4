#pragma once

#include <cstdint>
#include <string>

#include <QDir>
#include <QString>

#include "../../support/dir_snapshot.h"
#include "otp/key_uri.h"
#include "otp/vault/backup_settings.h"
#include "otp/vault/vault.h"
#include "platform/backup_engine.h"

namespace backuptest {

using testsupport::snapshot;

inline const otp::SecureString kBackupPassphrase("backup passphrase");

// Backups at a tiny scrypt cost: the tests make hundreds.
inline platform::backup::WriteOptions fast(std::int64_t* clockMs = nullptr)
{
    platform::backup::WriteOptions o;
    o.scrypt = {4, 1, 1};
    if (clockMs != nullptr)
        o.nowMs = [clockMs] { return *clockMs; };
    return o;
}

inline otp::KeyUri uri(const char* issuer, std::uint8_t seed,
                       otp::OtpType type = otp::OtpType::Totp)
{
    otp::KeyUri u;
    u.type = type;
    u.issuer = issuer;
    u.account = "alice";
    for (int i = 0; i < 20; ++i)
        u.secret.push_back(static_cast<std::uint8_t>(seed * 31 + i));
    return u;
}

inline otp::vault::Vault vaultWith(int tokens)
{
    otp::vault::Vault v;
    for (int i = 0; i < tokens; ++i)
        otp::vault::addToken(v, uri("Bank", static_cast<std::uint8_t>(i + 1)), 1700000000 + i);
    return v;
}

inline otp::vault::BackupSettings settingsFor(const QString& folder, std::uint32_t keep = 10)
{
    otp::vault::BackupSettings s;
    s.folder = folder.toStdString();
    s.keep = keep;
    s.passphrase = kBackupPassphrase;
    return s;
}

// The names of the backups in `folder`, newest first.
inline std::vector<std::string> backupNames(const QString& folder)
{
    platform::DirectoryBackupFolder f(folder);
    std::vector<std::string> names;
    auto list = platform::backup::listBackups(f);
    if (list) {
        for (const auto& b : *list)
            names.push_back(b.name);
    }
    return names;
}

}  // namespace backuptest
