// The vault container: header, slots, sealed payload, checksum (docs/vault.md "File layout").

#include "otp/vault/vault_file.h"

#include <algorithm>
#include <set>
#include <string>

#include <openssl/evp.h>

#include "vault/aes_gcm.h"
#include "vault/byte_io.h"
#include "vault/slot_format.h"

namespace otp::vault {

namespace {

using detail::Reader;
using detail::Writer;

constexpr std::array<std::uint8_t, 8> kMagic = {'S', 'T', 'V', 'A', 'U', 'L', 'T', 0};
constexpr std::size_t kChecksumSize = 32;
constexpr std::size_t kMaxSlots = 16;
// magic, version, flags, slot count, nonce, length, tag, checksum
constexpr std::size_t kMinimumFileSize = 8 + 2 + 2 + 1 + kNonceSize + 4 + kTagSize + kChecksumSize;

Error damaged(const std::string& what)
{
    return Error{ErrorCode::VaultDamaged, "vault damaged: " + what};
}

bool sha256(std::span<const std::uint8_t> data, std::array<std::uint8_t, kChecksumSize>& out)
{
    std::size_t size = 0;
    return EVP_Q_digest(nullptr, "SHA256", nullptr, data.data(), data.size(), out.data(), &size) ==
               1 &&
           size == kChecksumSize;
}

Result<void> checkSlot(const KeySlot& slot)
{
    if (slot.type != static_cast<std::uint8_t>(SlotType::Keystore) &&
        slot.type != static_cast<std::uint8_t>(SlotType::Passphrase))
        return {};  // unknown type: kept opaque
    const auto type = static_cast<SlotType>(slot.type);
    if (slot.body.size() != detail::slotBodySize(type))
        return damaged("key slot of type " + std::to_string(slot.type) + " has " +
                       std::to_string(slot.body.size()) + " bytes");
    if (type == SlotType::Passphrase && !detail::parsePassphrasePrefix(slot.body))
        return damaged("passphrase slot has bad KDF parameters");
    return {};
}

}  // namespace

bool VaultFile::hasSlot(SlotType type) const
{
    const auto t = static_cast<std::uint8_t>(type);
    return std::any_of(slots.begin(), slots.end(), [t](const KeySlot& s) { return s.type == t; });
}

std::optional<ScryptParams> VaultFile::passphraseParams() const
{
    for (const KeySlot& s : slots) {
        if (s.type == static_cast<std::uint8_t>(SlotType::Passphrase)) {
            if (auto prefix = detail::parsePassphrasePrefix(s.body))
                return prefix->first;
        }
    }
    return std::nullopt;
}

Result<VaultFile> parseVaultFile(std::span<const std::uint8_t> bytes)
{
    if (bytes.size() < kMagic.size() || !std::equal(kMagic.begin(), kMagic.end(), bytes.begin()))
        return damaged("not a SoftToken vault file (bad magic)");
    if (bytes.size() < kMinimumFileSize)
        return damaged("file is truncated (" + std::to_string(bytes.size()) + " bytes)");

    // The checksum comes first in every version, so a flipped version byte reads as damage.
    const auto content = bytes.first(bytes.size() - kChecksumSize);
    std::array<std::uint8_t, kChecksumSize> digest{};
    if (!sha256(content, digest))
        return Error{ErrorCode::VaultCrypto, "SHA-256 failed"};
    if (!std::equal(digest.begin(), digest.end(), bytes.end() - kChecksumSize))
        return damaged("checksum mismatch (the file was changed or cut short)");

    Reader r(content);
    r.bytes(kMagic.size());
    VaultFile file;
    file.version = *r.u16();
    if (file.version > kFormatVersion)
        return Error{ErrorCode::VaultNewerVersion,
                     "the vault has format version " + std::to_string(file.version) +
                         "; this version of SoftToken reads up to " +
                         std::to_string(kFormatVersion) + ". Update the app."};
    if (file.version == 0)
        return damaged("format version 0");
    if (*r.u16() != 0)
        return damaged("unknown flags set");
    const std::uint8_t slotCount = *r.u8();
    if (slotCount < 1 || slotCount > kMaxSlots)
        return damaged("bad key slot count " + std::to_string(slotCount));
    std::set<std::uint8_t> types;
    for (int i = 0; i < slotCount; ++i) {
        auto type = r.u8();
        auto length = r.u16();
        auto body = length ? r.bytes(*length) : std::nullopt;
        if (!type || !body)
            return damaged("key slot " + std::to_string(i + 1) + " runs past the end");
        if (!types.insert(*type).second)
            return damaged("two key slots of type " + std::to_string(*type));
        KeySlot slot{*type, {body->begin(), body->end()}};
        if (auto ok = checkSlot(slot); !ok)
            return ok.error();
        file.slots.push_back(std::move(slot));
    }
    auto nonce = r.bytes(kNonceSize);
    auto length = r.u32();
    if (!nonce || !length)
        return damaged("header runs past the end");
    std::copy(nonce->begin(), nonce->end(), file.nonce.begin());
    const std::size_t headerSize = r.position();
    if (r.remaining() != std::size_t{*length} + kTagSize)
        return damaged("payload length " + std::to_string(*length) + " does not match the file (" +
                       std::to_string(r.remaining()) + " bytes left)");
    file.header.assign(content.begin(), content.begin() + static_cast<std::ptrdiff_t>(headerSize));
    file.sealed.assign(content.begin() + static_cast<std::ptrdiff_t>(headerSize), content.end());
    return file;
}

Result<Vault> decryptVault(const VaultFile& file, const VaultKeys& keys)
{
    SecureBytes payload;
    switch (detail::aesGcmOpen(keys.masterKey, file.nonce, file.header, file.sealed, payload)) {
    case detail::OpenStatus::Ok: break;
    case detail::OpenStatus::AuthenticationFailed:
        return damaged("the encrypted token list does not authenticate");
    case detail::OpenStatus::CryptoFailure:
        return Error{ErrorCode::VaultCrypto, "AES-256-GCM failed while decrypting the vault"};
    }
    return decodePayload(payload);
}

Result<std::vector<std::uint8_t>> encodeVaultFile(const Vault& vault, const VaultKeys& keys,
                                                  const RandomSource& random)
{
    if (keys.slots.empty() || keys.slots.size() > kMaxSlots)
        return Error{ErrorCode::VaultCrypto, "refusing to write a vault without a usable key slot"};
    if (keys.masterKey.size() != kKeySize)
        return Error{ErrorCode::VaultCrypto, "master key has the wrong size"};
    const SecureBytes payload = encodePayload(vault);
    if (payload.size() > kMaxVaultFileSize)
        return Error{ErrorCode::VaultTooLarge, "the vault would be larger than " +
                                                   std::to_string(kMaxVaultFileSize >> 20) +
                                                   " MiB; remove tokens or large fields"};

    std::array<std::uint8_t, kNonceSize> nonce{};
    if (auto ok = random(nonce); !ok)
        return ok.error();

    SecureBytes header;  // not secret; SecureBytes only because Writer appends to one
    Writer w(header);
    w.bytes(kMagic);
    w.u16(kFormatVersion);
    w.u16(0);
    w.u8(static_cast<std::uint8_t>(keys.slots.size()));
    for (const KeySlot& s : keys.slots) {
        w.u8(s.type);
        w.u16(static_cast<std::uint16_t>(s.body.size()));
        w.bytes(s.body);
    }
    w.bytes(nonce);
    w.u32(static_cast<std::uint32_t>(payload.size()));

    auto sealed = detail::aesGcmSeal(keys.masterKey, nonce, header, payload);
    if (!sealed)
        return sealed.error();
    std::vector<std::uint8_t> file(header.begin(), header.end());
    file.insert(file.end(), sealed->begin(), sealed->end());
    std::array<std::uint8_t, kChecksumSize> digest{};
    if (!sha256(file, digest))
        return Error{ErrorCode::VaultCrypto, "SHA-256 failed"};
    file.insert(file.end(), digest.begin(), digest.end());
    if (file.size() > kMaxVaultFileSize)
        return Error{ErrorCode::VaultTooLarge, "the vault would be larger than " +
                                                   std::to_string(kMaxVaultFileSize >> 20) +
                                                   " MiB; remove tokens or large fields"};
    return file;
}

}  // namespace otp::vault
