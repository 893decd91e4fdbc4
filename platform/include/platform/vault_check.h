#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include <QString>

#include "otp/error.h"
#include "otp/result.h"
#include "otp/secure_bytes.h"
#include "platform/key_store.h"

// `otptool vault check` (and later the app's locked screen): every file of the vault, each
// opened on its own, so a damaged backup copy is found while the main file still opens.
namespace platform {

struct VaultFileCheck {
    enum class State {
        Intact,    // opens with the given key source
        Missing,   // not there (a new vault has no backup copy until its second save)
        Failed,    // damaged, or (the backup copy) does not open with the main file's key
        SetAside,  // vault.stv.damaged: a main file found damaged earlier; not checked
    };
    QString path;
    State state = State::Missing;
    std::size_t tokens = 0;             // Intact only
    std::optional<otp::Error> problem;  // Failed only: why
};

// Checks vault.stv, vault.stv.bak (and lists vault.stv.damaged) in `dataDirectory` with the
// passphrase (passphrase slot) or, without one, the keystore (keystore slot). Writes nothing.
// A finding is any Failed entry, or a missing main file next to a backup copy.
// Errors (no verdict possible): VaultNotFound (neither file), and for the main file every
// error other than damage: VaultWrongPassphrase, VaultPassphraseRequired, VaultNoSuchSlot,
// VaultNewerVersion, keystore errors, VaultIo.
otp::Result<std::vector<VaultFileCheck>> checkVaultFiles(const QString& dataDirectory,
                                                         KeyStore* keyStore,
                                                         const otp::SecureString* passphrase);

// True if `checks` hold a finding (see above).
bool hasFinding(const std::vector<VaultFileCheck>& checks);

}  // namespace platform
