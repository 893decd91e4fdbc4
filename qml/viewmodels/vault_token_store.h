#pragma once

#include <memory>

#include "platform/key_store.h"
#include "platform/vault_session.h"
#include "token_store.h"

// The token list in the encrypted vault of one data directory (platform::VaultSession).
// The session must be open. Saves keep each token's unknown fields (written by a newer app).
// Every call blocks on file I/O; saves take milliseconds (the key is already derived).
class VaultTokenStore : public TokenStore {
public:
    VaultTokenStore(std::unique_ptr<platform::KeyStore> keyStore,
                    std::unique_ptr<platform::VaultSession> session);

    otp::Result<std::vector<StoredToken>> load() override;
    otp::Result<void> save(const std::vector<StoredToken>& tokens) override;
    bool recoveredFromBackup() const override { return m_session->recoveredFromBackup(); }

private:
    std::unique_ptr<platform::KeyStore> m_keyStore;  // used by m_session; declared first
    std::unique_ptr<platform::VaultSession> m_session;
};
