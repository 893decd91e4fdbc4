#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <QString>

#include "otp/key_uri.h"
#include "otp/result.h"
#include "otp/secure_bytes.h"
#include "otp/vault/vault.h"
#include "otp/vault/vault_crypto.h"
#include "otp/vault/vault_file.h"
#include "platform/key_store.h"
#include "platform/token_repository.h"
#include "platform/vault_store.h"

namespace platform {

// One open vault: ties the durable store, the OS keystore and an optional passphrase together
// for otptool and the app, and is their TokenRepository (the token operations and the duplicate
// rule live there; this class opens, saves and re-keys). Every call blocks: opening (scrypt
// ~0.5 s, keystore) runs on a worker thread in the GUI; a save takes milliseconds (the key is
// already derived). One session per data directory at a time.
//
// Typical use:
//   QtKeychainKeyStore keys;
//   VaultSession session(dataDirectory(overrideDir), &keys);
//   auto opened = session.openOrCreate();              // or open(&passphrase)
//   if (!opened && opened.error().code == otp::ErrorCode::VaultKeystoreUnavailable)
//       ... tell the user why, ask for a passphrase, session.create(&passphrase) ...
class VaultSession : public TokenRepository {
public:
    struct Options {
        otp::vault::RandomSource random = otp::vault::systemRandom();
        otp::vault::ScryptParams scrypt = otp::vault::kDefaultScrypt;  // for new passphrase slots
    };

    // `keyStore` may be null: only passphrase slots can then be used. Not owned.
    VaultSession(QString dataDirectory, KeyStore* keyStore);
    VaultSession(QString dataDirectory, KeyStore* keyStore, Options options);

    // Loads the vault. With a passphrase, the passphrase slot is used and the
    // keystore is not touched; without, the keystore slot. A damaged main file falls back to the
    // backup (then recoveredFromBackup() is true). Writes nothing, except that a passphrase slot
    // weaker than Options::scrypt is re-wrapped at Options::scrypt and saved. Errors:
    // VaultNotFound, VaultDamaged (main and backup), VaultNewerVersion, VaultWrongPassphrase,
    // VaultPassphraseRequired (the vault has only a passphrase slot), VaultNoSuchSlot (a passphrase
    // was given but the vault has no passphrase slot), VaultNoKeystoreKey,
    // VaultKeystoreKeyMismatch, VaultKeystoreUnavailable, VaultIo, VaultCrypto.
    otp::Result<void> open(const otp::SecureString* passphrase = nullptr);

    // Creates and saves an empty vault. Without a passphrase: a new random key goes to the
    // keystore and the vault gets a keystore slot; if no keystore answers, the error is
    // VaultKeystoreUnavailable and nothing is written (ask the user for a passphrase).
    // With a passphrase: a passphrase slot only, the keystore is not touched.
    // Refuses (VaultIo) if a vault or backup already exists in the directory.
    otp::Result<void> create(const otp::SecureString* passphrase = nullptr);

    // open(); on VaultNotFound, create().
    otp::Result<void> openOrCreate(const otp::SecureString* passphrase = nullptr);

    bool isOpen() const { return m_keys.has_value(); }
    // After open(): the main file was damaged or missing and the backup was loaded.
    bool recoveredFromBackup() const override { return m_mainProblem.has_value(); }
    // Why the main file was not used (only when recoveredFromBackup()).
    const std::optional<otp::Error>& mainFileProblem() const { return m_mainProblem; }

    const otp::vault::Vault& vault() const override { return m_vault; }
    bool hasPassphraseSlot() const;
    bool hasKeystoreSlot() const;
    const QString& dataDirectory() const { return m_store.directory(); }

    // Saves `changed` as the new content (main file, previous one as the backup); the session's
    // vault changes only if the save succeeds. Every token change of the app and of otptool
    // ends here (TokenRepository). Requires isOpen(). Errors: VaultIo, VaultCrypto,
    // VaultChangedElsewhere (another process saved since this session loaded or saved: nothing
    // is written; open() again to get its changes, then redo this one).
    otp::Result<void> save(otp::vault::Vault changed) override;

    // What opens the vault after setPassphrase().
    enum class PassphraseUse {
        AlongsideKeystore,  // the passphrase or the OS keystore (if the vault has a keystore slot)
        PassphraseOnly,     // the passphrase alone: the keystore slot is removed
    };

    // Sets the passphrase under a NEW master key: the payload is re-encrypted, every slot is
    // replaced (the keystore slot re-wrapped, or removed with PassphraseOnly), and both the main
    // file and the backup are rewritten, so no file under the old key or old passphrase stays.
    // Errors: VaultIo, VaultCrypto, the keystore's errors (AlongsideKeystore reads the keystore
    // key to re-wrap it); on any error the files and the session are unchanged or, after the
    // first of the two saves, already under the new key.
    otp::Result<void> setPassphrase(const otp::SecureString& passphrase,
                                    PassphraseUse use = PassphraseUse::AlongsideKeystore);

private:
    otp::Result<void> saveWith(const otp::vault::Vault& content, const otp::vault::VaultKeys& keys);
    void upgradePassphraseSlot(const otp::SecureString& passphrase);
    struct Loaded;
    otp::Result<Loaded> loadFile(VaultStore::File which, const otp::SecureString* passphrase);
    otp::Result<Loaded> decodeFile(std::vector<std::uint8_t> bytes,
                                   const otp::SecureString* passphrase);

    VaultStore m_store;
    KeyStore* m_keyStore;
    Options m_options;
    otp::vault::Vault m_vault;
    std::optional<otp::vault::VaultKeys> m_keys;
    std::optional<otp::Error> m_mainProblem;
    bool m_mainNeedsSetAside = false;
    std::vector<std::uint8_t> m_lastGood;  // bytes of the last file known to open
    // What the main file held when this session last read or wrote it (nullopt: no main file).
    std::optional<std::vector<std::uint8_t>> m_expectedMain;
};

}  // namespace platform
