#include "otp/interop/softtoken_backup.h"

#include <algorithm>
#include <array>

#include "entry.h"
#include "otp/vault/backup_settings.h"
#include "otp/vault/vault_file.h"

namespace otp::interop {

namespace {
constexpr std::array<std::uint8_t, 8> kMagic = {'S', 'T', 'V', 'A', 'U', 'L', 'T', 0};
}

Result<std::vector<std::uint8_t>> writeSoftTokenBackup(const vault::Vault& vault,
                                                       const SecureString& passphrase,
                                                       const vault::ScryptParams& params,
                                                       const vault::RandomSource& random)
{
    auto keys = vault::newVaultKeys(random);
    if (!keys)
        return keys.error();
    if (auto ok = vault::setPassphraseSlot(*keys, passphrase, params, random); !ok)
        return ok.error();
    // This device's backup folder and passphrase are no business of whoever opens the backup.
    return vault::encodeVaultFile(vault::withoutBackupSettings(vault), *keys, random);
}

bool looksLikeSoftTokenBackup(std::span<const std::uint8_t> bytes)
{
    return bytes.size() >= kMagic.size() && std::equal(kMagic.begin(), kMagic.end(), bytes.begin());
}

Result<ImportResult> readSoftTokenBackup(std::span<const std::uint8_t> bytes,
                                         const SecureString* passphrase)
{
    auto file = vault::parseVaultFile(bytes);
    if (!file) {
        const auto code = file.error().code == ErrorCode::VaultNewerVersion
                              ? ErrorCode::ImportUnsupportedFile
                              : ErrorCode::ImportBadStructure;
        return Error{code, "SoftToken backup: " + file.error().message};
    }
    if (!file->hasSlot(vault::SlotType::Passphrase))
        return Error{ErrorCode::ImportUnsupportedFile,
                     "this SoftToken vault has no passphrase slot; only the device that made it "
                     "can open it (export a backup there)"};
    if (passphrase == nullptr)
        return Error{ErrorCode::ImportPassphraseRequired,
                     "this SoftToken backup is encrypted: its passphrase is needed"};
    auto keys = vault::unlockWithPassphrase(*file, *passphrase);
    if (!keys) {
        if (keys.error().code == ErrorCode::VaultWrongPassphrase)
            return Error{ErrorCode::ImportWrongPassphrase,
                         "the passphrase does not open this SoftToken backup"};
        return keys.error();
    }
    auto vault = vault::decryptVault(*file, *keys);
    if (!vault) {
        if (vault.error().code == ErrorCode::VaultDamaged)
            return Error{ErrorCode::ImportBadStructure,
                         "SoftToken backup: " + vault.error().message};
        return vault.error();
    }
    ImportResult result;
    result.format = ImportFormat::SoftTokenBackup;
    // The payload's fields are whatever the backup's writer put there: the same checks as a
    // scanned QR code's (names, digits, extra parameters named like real ones, ...).
    std::size_t position = 0;
    for (auto& token : vault->tokens) {
        const std::string label = entryLabel(token.uri.issuer, token.uri.account);
        detail::addEntry(result, ++position, detail::finishEntry(std::move(token.uri)), label);
    }
    return result;
}

}  // namespace otp::interop
