#include "platform/vault_session.h"

#include <utility>

namespace platform {

using otp::Error;
using otp::ErrorCode;
using otp::Result;
using otp::vault::SlotType;
using otp::vault::VaultKeys;
namespace vault = otp::vault;

struct VaultSession::Loaded {
    vault::Vault vault;
    VaultKeys keys;
    std::vector<std::uint8_t> bytes;
    bool weakPassphraseSlot = false;  // opened with a passphrase slot cheaper than the options'
};

VaultSession::VaultSession(QString dataDirectory, KeyStore* keyStore)
    : VaultSession(std::move(dataDirectory), keyStore, Options{})
{}

VaultSession::VaultSession(QString dataDirectory, KeyStore* keyStore, Options options)
    : m_store(std::move(dataDirectory)), m_keyStore(keyStore), m_options(std::move(options))
{}

bool VaultSession::hasPassphraseSlot() const
{
    return m_keys && m_keys->hasSlot(SlotType::Passphrase);
}

bool VaultSession::hasKeystoreSlot() const
{
    return m_keys && m_keys->hasSlot(SlotType::Keystore);
}

Result<VaultSession::Loaded> VaultSession::loadFile(VaultStore::File which,
                                                    const otp::SecureString* passphrase)
{
    auto bytes = m_store.read(which);
    if (!bytes)
        return bytes.error();
    return decodeFile(std::move(bytes).value(), passphrase);
}

Result<VaultSession::Loaded> VaultSession::decodeFile(std::vector<std::uint8_t> bytes,
                                                      const otp::SecureString* passphrase)
{
    auto file = vault::parseVaultFile(bytes);
    if (!file)
        return file.error();

    Result<VaultKeys> keys = Error{ErrorCode::VaultCrypto, "unreachable"};
    bool weak = false;
    if (passphrase != nullptr) {
        if (!file->hasSlot(SlotType::Passphrase))
            return Error{ErrorCode::VaultNoSuchSlot,
                         "the vault has no passphrase slot; open it without a passphrase to use "
                         "the OS keystore"};
        keys = vault::unlockWithPassphrase(*file, *passphrase);
        weak = vault::scryptWeakerThan(file->passphraseParams().value_or(m_options.scrypt),
                                       m_options.scrypt);
    } else if (file->hasSlot(SlotType::Keystore)) {
        if (m_keyStore == nullptr)
            return Error{ErrorCode::VaultKeystoreUnavailable, "no OS keystore is configured"};
        auto wrappingKey = m_keyStore->readKey(keyStoreEntryName(m_store.directory()));
        if (!wrappingKey)
            return wrappingKey.error();
        keys = vault::unlockWithKeystoreKey(*file, *wrappingKey);
    } else {
        return Error{ErrorCode::VaultPassphraseRequired,
                     "the vault is protected by a passphrase only; give the passphrase"};
    }
    if (!keys)
        return keys.error();
    auto content = vault::decryptVault(*file, *keys);
    if (!content)
        return content.error();
    return Loaded{std::move(content).value(), std::move(keys).value(), std::move(bytes), weak};
}

Result<void> VaultSession::open(const otp::SecureString* passphrase)
{
    m_keys.reset();
    m_mainProblem.reset();
    m_mainNeedsSetAside = false;

    // The main file is read once: the start-up path (first code) waits for it.
    auto rawMain = m_store.read(VaultStore::File::Main);
    std::optional<std::vector<std::uint8_t>> expectedMain;
    if (rawMain)
        expectedMain = *rawMain;
    Result<Loaded> main = rawMain ? decodeFile(std::move(rawMain).value(), passphrase)
                                  : Result<Loaded>(rawMain.error());
    if (!main) {
        const Error& problem = main.error();
        // Only damage (or a missing main file) is worth trying the backup for: a wrong
        // passphrase or a keystore problem would fail there the same way.
        if (problem.code != ErrorCode::VaultDamaged && problem.code != ErrorCode::VaultNotFound)
            return problem;
        auto backup = loadFile(VaultStore::File::Backup, passphrase);
        if (!backup) {
            if (problem.code == ErrorCode::VaultNotFound)
                return backup.error().code == ErrorCode::VaultNotFound
                           ? Error{ErrorCode::VaultNotFound,
                                   "no vault yet in " + m_store.directory().toStdString()}
                           : backup.error();
            if (backup.error().code == ErrorCode::VaultNotFound)
                return Error{problem.code, problem.message + " (and there is no backup)"};
            return Error{problem.code,
                         problem.message + "; the backup failed too: " + backup.error().message};
        }
        m_mainProblem = problem;
        m_mainNeedsSetAside = problem.code == ErrorCode::VaultDamaged;
        main = std::move(backup);
    }
    // Loaded from main: exactly the bytes decoded. From the backup: whatever main held.
    m_expectedMain = m_mainProblem ? std::move(expectedMain) : std::optional(main->bytes);
    m_vault = std::move(main->vault);
    m_lastGood = std::move(main->bytes);
    m_keys = std::move(main->keys);
    if (main->weakPassphraseSlot)
        upgradePassphraseSlot(*passphrase);
    return {};
}

// A slot written with cheaper scrypt parameters (an older version, another tool, a test build)
// would keep them forever: re-wrap it at the current cost while the passphrase is at hand, and
// save now (main and backup) so no weak copy stays behind. A failure is not an error of open():
// the vault did open, and the upgrade is tried again at the next unlock.
void VaultSession::upgradePassphraseSlot(const otp::SecureString& passphrase)
{
    VaultKeys keys{m_keys->masterKey, m_keys->slots};
    if (!vault::setPassphraseSlot(keys, passphrase, m_options.scrypt, m_options.random))
        return;
    if (m_mainProblem) {
        m_keys = std::move(keys);  // written by the next save, which also restores the main file
        return;
    }
    if (saveWith(m_vault, keys) && saveWith(m_vault, keys))
        m_keys = std::move(keys);
}

Result<void> VaultSession::create(const otp::SecureString* passphrase)
{
    if (m_store.exists(VaultStore::File::Main) || m_store.exists(VaultStore::File::Backup))
        return Error{ErrorCode::VaultIo, "a vault already exists in " +
                                             m_store.directory().toStdString() +
                                             "; refusing to replace it"};
    auto keys = vault::newVaultKeys(m_options.random);
    if (!keys)
        return keys.error();
    if (passphrase != nullptr) {
        if (auto ok =
                vault::setPassphraseSlot(*keys, *passphrase, m_options.scrypt, m_options.random);
            !ok)
            return ok.error();
        if (auto ok = m_store.ensureDirectory(); !ok)
            return ok.error();
    } else {
        if (m_keyStore == nullptr)
            return Error{ErrorCode::VaultKeystoreUnavailable,
                         "no OS keystore is configured; protect the vault with a passphrase"};
        // The directory first: the entry name hashes its canonical path.
        if (auto ok = m_store.ensureDirectory(); !ok)
            return ok.error();
        otp::SecureBytes wrappingKey(vault::kKeySize);
        if (auto ok = m_options.random(wrappingKey); !ok)
            return ok.error();
        if (auto ok = m_keyStore->writeKey(keyStoreEntryName(m_store.directory()), wrappingKey);
            !ok)
            return Error{ok.error().code,
                         ok.error().message + ". Protect the vault with a passphrase instead."};
        if (auto ok = vault::setKeystoreSlot(*keys, wrappingKey, m_options.random); !ok)
            return ok.error();
    }
    m_lastGood.clear();
    m_expectedMain.reset();
    m_mainProblem.reset();
    m_mainNeedsSetAside = false;
    vault::Vault empty;
    if (auto ok = saveWith(empty, *keys); !ok)
        return ok;
    m_vault = std::move(empty);
    m_keys = std::move(keys).value();
    return {};
}

Result<void> VaultSession::openOrCreate(const otp::SecureString* passphrase)
{
    auto opened = open(passphrase);
    if (opened || opened.error().code != ErrorCode::VaultNotFound)
        return opened;
    return create(passphrase);
}

Result<void> VaultSession::saveWith(const vault::Vault& content, const VaultKeys& keys)
{
    auto bytes = vault::encodeVaultFile(content, keys, m_options.random);
    if (!bytes)
        return bytes.error();
    if (auto ok = m_store.ensureDirectory(); !ok)
        return ok;
    auto lock = m_store.lock();
    if (!lock)
        return lock.error();
    // Never save over a file another process wrote since we read it: its tokens would be lost.
    auto current = m_store.read(VaultStore::File::Main);
    if (!current && current.error().code != ErrorCode::VaultNotFound)
        return current.error();
    const bool unchanged =
        current ? (m_expectedMain && *m_expectedMain == *current) : !m_expectedMain.has_value();
    if (!unchanged)
        return Error{ErrorCode::VaultChangedElsewhere,
                     "the vault was changed by another program since it was loaded; reload it "
                     "and try again"};
    if (m_mainNeedsSetAside) {
        if (auto ok = m_store.setAsideMain(); !ok)
            return ok;
        m_mainNeedsSetAside = false;
        m_expectedMain.reset();
    }
    // The backup is always a file that was verified to open: the one loaded or last saved.
    if (!m_lastGood.empty()) {
        if (auto ok = m_store.writeAtomically(VaultStore::File::Backup, m_lastGood); !ok)
            return ok;
    }
    if (auto ok = m_store.writeAtomically(VaultStore::File::Main, *bytes); !ok)
        return ok;
    m_expectedMain = *bytes;
    m_lastGood = std::move(bytes).value();
    return {};
}

Result<void> VaultSession::save(vault::Vault changed)
{
    if (!m_keys)
        return Error{ErrorCode::VaultIo, "the vault is not open; refusing to save"};
    if (auto ok = saveWith(changed, *m_keys); !ok)
        return ok;
    m_vault = std::move(changed);
    return {};
}

// A new master key every time, so a leaked old passphrase, old master key or old copy of the
// file opens nothing saved from now on (docs/vault.md "Changing the passphrase").
Result<void> VaultSession::setPassphrase(const otp::SecureString& passphrase, PassphraseUse use)
{
    if (!m_keys)
        return Error{ErrorCode::VaultIo, "the vault is not open"};
    auto keys = vault::newVaultKeys(m_options.random);
    if (!keys)
        return keys.error();
    if (auto ok = vault::setPassphraseSlot(*keys, passphrase, m_options.scrypt, m_options.random);
        !ok)
        return ok;
    if (use == PassphraseUse::AlongsideKeystore && m_keys->hasSlot(SlotType::Keystore)) {
        if (m_keyStore == nullptr)
            return Error{ErrorCode::VaultKeystoreUnavailable, "no OS keystore is configured"};
        auto wrappingKey = m_keyStore->readKey(keyStoreEntryName(m_store.directory()));
        if (!wrappingKey)
            return wrappingKey.error();
        if (auto ok = vault::setKeystoreSlot(*keys, *wrappingKey, m_options.random); !ok)
            return ok;
    }
    // Unknown slot types wrap the old master key and cannot be re-wrapped: they are dropped.
    if (auto ok = saveWith(m_vault, *keys); !ok)
        return ok;
    m_keys = std::move(keys).value();
    // Once more, so the backup carries the new key as well: a backup that only the old
    // passphrase opens would be no fallback for a user who has just changed it, and would keep
    // the old master key on disk.
    return saveWith(m_vault, *m_keys);
}

}  // namespace platform
