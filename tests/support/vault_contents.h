#pragma once

#include <QString>

#include <gtest/gtest.h>

#include "otp/secure_bytes.h"
#include "otp/vault/vault.h"
#include "otp/vault/vault_file.h"
#include "platform/import_export.h"
#include "platform/vault_session.h"

// What a vault file holds once decrypted, to compare two vaults written by different paths
// (otptool and the app) without caring about nonces, salts or key slots.
namespace testsupport {

// The tokens of the vault in `dataDir`, opened with `passphrase` (a test failure and an empty
// vault if it does not open).
inline otp::vault::Vault vaultIn(const QString& dataDir, const otp::SecureString& passphrase)
{
    platform::VaultSession session(dataDir, nullptr);
    auto opened = session.open(&passphrase);
    EXPECT_TRUE(opened.ok()) << dataDir.toStdString() << ": "
                             << (opened ? "" : opened.error().message);
    return opened ? session.vault() : otp::vault::Vault{};
}

// The content of a SoftToken backup (a vault file with a passphrase slot), opened with
// `passphrase` (a test failure and an empty vault if it does not open).
inline otp::vault::Vault backupContent(const QString& path, const otp::SecureString& passphrase)
{
    auto bytes = platform::readImportFile(path);
    EXPECT_TRUE(bytes.ok()) << path.toStdString();
    if (!bytes)
        return {};
    auto file = otp::vault::parseVaultFile(*bytes);
    EXPECT_TRUE(file.ok()) << path.toStdString();
    if (!file)
        return {};
    auto keys = otp::vault::unlockWithPassphrase(*file, passphrase);
    EXPECT_TRUE(keys.ok()) << path.toStdString();
    if (!keys)
        return {};
    auto content = otp::vault::decryptVault(*file, *keys);
    EXPECT_TRUE(content.ok()) << path.toStdString();
    return content ? std::move(content).value() : otp::vault::Vault{};
}

// The same tokens: ids, display order, every key URI field, serials, fields of a newer version.
// Creation times are not compared: they are the time each path ran.
inline void expectSameTokens(const otp::vault::Vault& actual, const otp::vault::Vault& expected)
{
    ASSERT_EQ(actual.tokens.size(), expected.tokens.size());
    for (std::size_t i = 0; i < expected.tokens.size(); ++i) {
        SCOPED_TRACE("token " + std::to_string(i + 1) + ": " + expected.tokens[i].uri.issuer);
        otp::vault::Token a = actual.tokens[i];
        a.created = expected.tokens[i].created;
        EXPECT_EQ(a, expected.tokens[i]);
    }
    EXPECT_EQ(actual.unknownFields, expected.unknownFields);
}

}  // namespace testsupport
