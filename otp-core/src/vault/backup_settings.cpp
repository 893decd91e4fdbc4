// The backup settings field: a nested TLV sequence (docs/backups.md "Settings").

#include "otp/vault/backup_settings.h"

#include <algorithm>

#include "vault/byte_io.h"

namespace otp::vault {

namespace {

enum SettingsTag : std::uint16_t {
    kFolder = 0x0001,
    kKeep = 0x0002,
    kPassphrase = 0x0003,
};

Error damaged(const std::string& what)
{
    return Error{ErrorCode::VaultDamaged, "vault damaged: backup settings " + what};
}

bool isSettings(const UnknownField& f)
{
    return f.tag == kBackupSettingsTag;
}

}  // namespace

Result<std::optional<BackupSettings>> backupSettings(const Vault& vault)
{
    const auto field =
        std::find_if(vault.unknownFields.begin(), vault.unknownFields.end(), isSettings);
    if (field == vault.unknownFields.end())
        return std::optional<BackupSettings>{};
    BackupSettings settings;
    bool haveFolder = false, haveKeep = false, havePassphrase = false;
    detail::Reader reader(field->value);
    while (!reader.atEnd()) {
        auto item = detail::readTlv(reader);
        if (!item)
            return damaged("run past their end");
        // Unknown sub-fields are ignored: a newer app may add some (they are lost when this
        // version changes the settings, which only the user does).
        switch (item->tag) {
        case kFolder:
            if (haveFolder)
                return damaged("hold two folders");
            settings.folder = std::string(detail::asText(item->value));
            haveFolder = true;
            break;
        case kKeep: {
            auto keep = detail::fixedUint(item->value, 4);
            if (!keep || *keep < 1 || *keep > kMaxBackupKeep || haveKeep)
                return damaged("have a bad count of backups to keep");
            settings.keep = static_cast<std::uint32_t>(*keep);
            haveKeep = true;
            break;
        }
        case kPassphrase:
            if (havePassphrase)
                return damaged("hold two passphrases");
            settings.passphrase = SecureString(detail::asText(item->value));
            havePassphrase = true;
            break;
        default: break;
        }
    }
    if (!haveFolder || settings.folder.empty() || !havePassphrase || settings.passphrase.empty())
        return damaged("lack the folder or the passphrase");
    return std::optional<BackupSettings>(std::move(settings));
}

void setBackupSettings(Vault& vault, const std::optional<BackupSettings>& settings)
{
    std::erase_if(vault.unknownFields, isSettings);
    if (!settings)
        return;
    UnknownField field;
    field.tag = kBackupSettingsTag;
    detail::Writer w(field.value);
    w.tlvText(kFolder, settings->folder);
    w.tlvU32(kKeep, settings->keep);
    w.tlv(kPassphrase, asBytes(settings->passphrase));
    vault.unknownFields.push_back(std::move(field));
}

Vault withoutBackupSettings(Vault vault)
{
    std::erase_if(vault.unknownFields, isSettings);
    return vault;
}

}  // namespace otp::vault
