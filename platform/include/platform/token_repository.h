#pragma once

#include <cstdint>
#include <string>

#include "otp/interop/import.h"
#include "otp/key_uri.h"
#include "otp/result.h"
#include "otp/vault/vault.h"

namespace platform {

// THE owner of the saved tokens, for the app and otptool alike (docs/vault.md "Where tokens
// live"): the list in display order, ids, the duplicate rule, HOTP counters, import apply. Every
// change is made on a copy of vault() and goes through save(); vault() changes only if the save
// worked, so a failed save leaves both the file and the list as they were. Exports read vault()
// as it is, with the fields a newer version stored (platform::exportTo).
//
// Implementations: VaultSession (the encrypted vault of a data directory) and
// MemoryTokenRepository (--demo, tests). The app's TokenListModel shows one; otptool's commands
// open a VaultSession. Calls block as save() does (a vault save: milliseconds, the key is
// derived once at open).
class TokenRepository {
public:
    virtual ~TokenRepository() = default;

    // The tokens in display order (ids unique, never reused within a session).
    virtual const otp::vault::Vault& vault() const = 0;

    // The ONE persistence point: every change below ends here, so whatever must follow a
    // successful save (writing the file, an automatic backup) belongs in an override of this.
    // `changed` becomes vault() only if the save works.
    virtual otp::Result<void> save(otp::vault::Vault changed) = 0;

    // True if the main file was damaged or missing and the backup copy was loaded: the user is
    // told once, since the most recent change may be missing.
    virtual bool recoveredFromBackup() const { return false; }

    // Adds a token at the end of the display order. Returns its id.
    otp::Result<std::uint64_t> addToken(otp::KeyUri uri, std::int64_t created);
    // Removes the token. Error VaultNoSuchToken.
    otp::Result<void> removeToken(std::uint64_t id);
    // Puts a removed token back at `position` (clamped to the end) with its id, creation time
    // and unknown fields: undo. Error VaultIo if a token with its id exists.
    otp::Result<void> restoreToken(otp::vault::Token token, std::size_t position);
    // New key URI for token `id`, which keeps its id, place, creation time and unknown fields;
    // its serial follows the URI. Error VaultNoSuchToken.
    otp::Result<void> replaceToken(std::uint64_t id, otp::KeyUri uri);
    // New issuer and account names (the serial follows, as a label may carry an issued one).
    // Error VaultNoSuchToken.
    otp::Result<void> renameToken(std::uint64_t id, std::string issuer, std::string account);
    // Moves token `id` to `position` in the display order (clamped). Error VaultNoSuchToken.
    otp::Result<void> moveToken(std::uint64_t id, std::size_t position);

    // HOTP: returns the code for the stored counter after the incremented counter is saved, so a
    // code is never shown twice even if the app dies right after. At 2^64-1 it refuses
    // (UriBadCounter): the counter would wrap to 0 and repeat every code ever shown. Errors:
    // VaultNoSuchToken, the generator's (OtpBadDigits, ...), save()'s.
    otp::Result<std::string> nextHotpCode(std::uint64_t id);

    // The duplicate rule (otp::interop::Duplicate) for one token against the saved ones.
    otp::interop::DuplicateOf findDuplicate(const otp::KeyUri& uri) const;

    // Stores the tokens of `plan.found` that are new against the tokens saved NOW (a preview
    // made before another change cannot add a duplicate), with ONE save: all of them or, on an
    // error, none. Returns how many were added; 0 saves nothing.
    otp::Result<std::size_t> applyImport(const otp::interop::ImportPlan& plan,
                                         std::int64_t created);
};

// The tokens in memory only: --demo and tests. Never fails to save.
class MemoryTokenRepository : public TokenRepository {
public:
    MemoryTokenRepository() = default;
    explicit MemoryTokenRepository(otp::vault::Vault vault) : m_vault(std::move(vault)) {}

    const otp::vault::Vault& vault() const override { return m_vault; }
    otp::Result<void> save(otp::vault::Vault changed) override
    {
        m_vault = std::move(changed);
        return {};
    }

private:
    otp::vault::Vault m_vault;
};

}  // namespace platform
