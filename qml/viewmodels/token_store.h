#pragma once

#include <cstdint>
#include <vector>

#include "otp/key_uri.h"
#include "otp/result.h"

// One saved token as the view models see it. The secret stays inside `uri` (SecureBytes).
struct StoredToken {
    std::uint64_t id = 0;      // unique in the store, never reused
    otp::KeyUri uri;           // uri.counter is the current HOTP counter
    std::int64_t created = 0;  // Unix seconds
};

// Where the token list lives. The list model owns the working copy and saves the whole list
// after every change (the vault re-encrypts as a whole anyway), so a store only loads and saves.
// Implementations: MemoryTokenStore (tests, --data-dir-less demo), and a vault-backed one once
// platform's vault session exists.
class TokenStore {
public:
    virtual ~TokenStore() = default;

    // The saved tokens in display order. An empty list for a new profile, not an error.
    virtual otp::Result<std::vector<StoredToken>> load() = 0;
    // Replaces the saved list with `tokens` (in display order).
    virtual otp::Result<void> save(const std::vector<StoredToken>& tokens) = 0;
    // True if the main file was damaged or missing and load() returned the backup copy (the
    // state of the save before last): the user is told once, since a change may be missing.
    virtual bool recoveredFromBackup() const { return false; }
};

// Keeps the list in memory only. `failNextSave` lets tests see how save errors surface.
class MemoryTokenStore : public TokenStore {
public:
    MemoryTokenStore() = default;
    explicit MemoryTokenStore(std::vector<StoredToken> tokens) : m_tokens(std::move(tokens)) {}

    otp::Result<std::vector<StoredToken>> load() override { return m_tokens; }
    otp::Result<void> save(const std::vector<StoredToken>& tokens) override
    {
        if (m_failNextSave) {
            m_failNextSave = false;
            return otp::Error{otp::ErrorCode::VaultIo, "simulated save failure"};
        }
        m_tokens = tokens;
        ++m_saveCount;
        return {};
    }

    const std::vector<StoredToken>& tokens() const { return m_tokens; }
    int saveCount() const { return m_saveCount; }
    void failNextSave() { m_failNextSave = true; }

private:
    std::vector<StoredToken> m_tokens;
    int m_saveCount = 0;
    bool m_failNextSave = false;
};
