#include "platform/vault_check.h"

#include <QFile>

#include "otp/vault/vault_file.h"
#include "platform/vault_store.h"

namespace platform {

namespace {

using otp::Error;
using otp::ErrorCode;
using otp::vault::SlotType;

// The tokens in one file, opened as VaultSession::open would open it (without its fallback).
otp::Result<std::size_t> openFile(const VaultStore& store, VaultStore::File which,
                                  KeyStore* keyStore, const otp::SecureString* passphrase)
{
    auto bytes = store.read(which);
    if (!bytes)
        return bytes.error();
    auto file = otp::vault::parseVaultFile(*bytes);
    if (!file)
        return file.error();
    otp::Result<otp::vault::VaultKeys> keys = Error{ErrorCode::VaultCrypto, "unreachable"};
    if (passphrase != nullptr) {
        if (!file->hasSlot(SlotType::Passphrase))
            return Error{ErrorCode::VaultNoSuchSlot, "the file has no passphrase slot"};
        keys = otp::vault::unlockWithPassphrase(*file, *passphrase);
    } else if (file->hasSlot(SlotType::Keystore)) {
        if (keyStore == nullptr)
            return Error{ErrorCode::VaultKeystoreUnavailable, "no OS keystore is configured"};
        auto wrappingKey = keyStore->readKey(keyStoreEntryName(store.directory()));
        if (!wrappingKey)
            return wrappingKey.error();
        keys = otp::vault::unlockWithKeystoreKey(*file, *wrappingKey);
    } else {
        return Error{ErrorCode::VaultPassphraseRequired,
                     "the vault is protected by a passphrase only; give the passphrase"};
    }
    if (!keys)
        return keys.error();
    auto content = otp::vault::decryptVault(*file, *keys);
    if (!content)
        return content.error();
    return content->tokens.size();
}

}  // namespace

otp::Result<std::vector<VaultFileCheck>> checkVaultFiles(const QString& dataDirectory,
                                                         KeyStore* keyStore,
                                                         const otp::SecureString* passphrase)
{
    const VaultStore store(dataDirectory);
    std::vector<VaultFileCheck> checks;
    for (const auto which : {VaultStore::File::Main, VaultStore::File::Backup}) {
        VaultFileCheck check;
        check.path = store.path(which);
        auto tokens = openFile(store, which, keyStore, passphrase);
        if (tokens) {
            check.state = VaultFileCheck::State::Intact;
            check.tokens = *tokens;
        } else if (tokens.error().code == ErrorCode::VaultNotFound) {
            check.state = VaultFileCheck::State::Missing;
        } else if (which == VaultStore::File::Main &&
                   tokens.error().code != ErrorCode::VaultDamaged) {
            return tokens.error();  // a wrong passphrase says nothing about the file
        } else {
            // The backup copy is opened with the key that opened the main file: if it does not
            // open with it, it is no fallback, whatever the reason.
            check.state = VaultFileCheck::State::Failed;
            check.problem = tokens.error();
        }
        checks.push_back(std::move(check));
    }
    if (checks[0].state == VaultFileCheck::State::Missing &&
        checks[1].state == VaultFileCheck::State::Missing)
        return Error{ErrorCode::VaultNotFound, "no vault in " + dataDirectory.toStdString()};
    if (QFile::exists(store.damagedPath()))
        checks.push_back(
            VaultFileCheck{store.damagedPath(), VaultFileCheck::State::SetAside, 0, std::nullopt});
    return checks;
}

bool hasFinding(const std::vector<VaultFileCheck>& checks)
{
    for (const auto& c : checks) {
        if (c.state == VaultFileCheck::State::Failed)
            return true;
    }
    return !checks.empty() && checks[0].state == VaultFileCheck::State::Missing;
}

}  // namespace platform
