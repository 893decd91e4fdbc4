#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <span>

#include <QString>

#include "otp/result.h"
#include "otp/secure_bytes.h"

namespace platform {

// Where a vault's keystore wrapping key lives: the OS keystore, behind a small interface.
// All calls block until the keystore answers. QtKeychainKeyStore may take seconds (or show an OS
// prompt), so the GUI must call it from a worker thread (QThread, QThreadPool), never from the
// GUI thread; otptool calls it directly.
class KeyStore {
public:
    virtual ~KeyStore() = default;

    // Errors: VaultNoKeystoreKey (the keystore answered: no such entry),
    // VaultKeystoreUnavailable (no keystore answered; the message says why, in the backend's
    // words).
    virtual otp::Result<otp::SecureBytes> readKey(const QString& entry) = 0;

    // Creates or replaces the entry. Error VaultKeystoreUnavailable.
    virtual otp::Result<void> writeKey(const QString& entry, std::span<const std::uint8_t> key) = 0;

    // Removing an entry that does not exist succeeds. Error VaultKeystoreUnavailable.
    virtual otp::Result<void> removeKey(const QString& entry) = 0;
};

// "vault-key-" + the first 32 hex digits of SHA-256 of the canonical data directory path, so
// every data directory (a tester's --data-dir, the user's profile) has its own entry.
QString keyStoreEntryName(const QString& dataDirectory);

// The OS keystore through QtKeychain: Secret Service (Linux), Keychain (macOS, iOS), Credential
// Manager (Windows), Android Keystore. Entries are stored under the service name `service`.
// A QCoreApplication must exist. Called from the main thread (otptool), a call runs a local event
// loop until the QtKeychain job finishes. Called from a worker thread (the GUI), the job runs in
// the main thread and the worker waits: the main thread's event loop must be running.
class QtKeychainKeyStore final : public KeyStore {
public:
    explicit QtKeychainKeyStore(QString service = QStringLiteral("SoftToken"));

    otp::Result<otp::SecureBytes> readKey(const QString& entry) override;
    otp::Result<void> writeKey(const QString& entry, std::span<const std::uint8_t> key) override;
    otp::Result<void> removeKey(const QString& entry) override;

private:
    QString m_service;
};

// An in-process keystore for tests. setUnavailable() simulates a machine where no keystore
// answers (what QtKeychain reports as error 7).
class MemoryKeyStore final : public KeyStore {
public:
    otp::Result<otp::SecureBytes> readKey(const QString& entry) override;
    otp::Result<void> writeKey(const QString& entry, std::span<const std::uint8_t> key) override;
    otp::Result<void> removeKey(const QString& entry) override;

    void setUnavailable(std::optional<QString> message);
    bool contains(const QString& entry) const;
    std::size_t size() const;

private:
    mutable std::mutex m_mutex;
    std::map<QString, otp::SecureBytes> m_entries;
    std::optional<QString> m_unavailable;
};

}  // namespace platform
