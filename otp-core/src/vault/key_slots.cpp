// Key slots: the master key wrapped under a keystore key or a passphrase-derived key.

#include <algorithm>
#include <string_view>

#include "otp/vault/vault_file.h"
#include "vault/aes_gcm.h"
#include "vault/byte_io.h"
#include "vault/slot_format.h"

namespace otp::vault {

namespace {

using detail::OpenStatus;
using detail::Reader;
using detail::Writer;

constexpr std::uint8_t kKdfScrypt = 1;
constexpr std::size_t kWrappedSize = kKeySize + kTagSize;

std::vector<std::uint8_t> slotAad(SlotType type, std::span<const std::uint8_t> prefix)
{
    constexpr std::string_view label = "STVAULT slot";
    std::vector<std::uint8_t> aad(label.begin(), label.end());
    aad.push_back(static_cast<std::uint8_t>(type));
    aad.insert(aad.end(), prefix.begin(), prefix.end());
    return aad;
}

// Appends nonce ‖ wrapped key ‖ tag to `prefix` and returns the slot body.
Result<std::vector<std::uint8_t>> wrap(SlotType type, std::vector<std::uint8_t> prefix,
                                       std::span<const std::uint8_t> wrappingKey,
                                       const VaultKeys& keys, const RandomSource& random)
{
    std::array<std::uint8_t, kNonceSize> nonce{};
    if (auto r = random(nonce); !r)
        return r.error();
    auto sealed = detail::aesGcmSeal(wrappingKey, nonce, slotAad(type, prefix), keys.masterKey);
    if (!sealed)
        return sealed.error();
    prefix.insert(prefix.end(), nonce.begin(), nonce.end());
    prefix.insert(prefix.end(), sealed->begin(), sealed->end());
    return prefix;
}

void putSlot(VaultKeys& keys, SlotType type, std::vector<std::uint8_t> body)
{
    const auto t = static_cast<std::uint8_t>(type);
    auto it = std::find_if(keys.slots.begin(), keys.slots.end(),
                           [t](const KeySlot& s) { return s.type == t; });
    if (it != keys.slots.end())
        it->body = std::move(body);
    else
        keys.slots.push_back(KeySlot{t, std::move(body)});
}

const KeySlot* findSlot(const std::vector<KeySlot>& slots, SlotType type)
{
    const auto t = static_cast<std::uint8_t>(type);
    auto it =
        std::find_if(slots.begin(), slots.end(), [t](const KeySlot& s) { return s.type == t; });
    return it == slots.end() ? nullptr : &*it;
}

// Unwraps a slot whose body is prefix ‖ nonce ‖ wrapped ‖ tag.
OpenStatus unwrap(const KeySlot& slot, std::size_t prefixSize,
                  std::span<const std::uint8_t> wrappingKey, SecureBytes& masterKey)
{
    std::span<const std::uint8_t> body(slot.body);
    if (body.size() != prefixSize + kNonceSize + kWrappedSize)
        return OpenStatus::AuthenticationFailed;  // parseVaultFile already rejects this
    auto prefix = body.first(prefixSize);
    auto nonce = body.subspan(prefixSize, kNonceSize);
    auto sealed = body.subspan(prefixSize + kNonceSize);
    return detail::aesGcmOpen(wrappingKey, nonce, slotAad(static_cast<SlotType>(slot.type), prefix),
                              sealed, masterKey);
}

}  // namespace

namespace detail {

// Parses a passphrase slot's KDF prefix. Shared with vault_file.cpp's structural check.
std::optional<std::pair<ScryptParams, std::span<const std::uint8_t>>>
parsePassphrasePrefix(std::span<const std::uint8_t> body)
{
    Reader r(body);
    auto kdf = r.u8();
    auto log2N = r.u8();
    auto rr = r.u32();
    auto p = r.u32();
    auto saltSize = r.u8();
    if (!kdf || *kdf != kKdfScrypt || !log2N || !rr || !p || !saltSize || *saltSize != kSaltSize)
        return std::nullopt;
    auto salt = r.bytes(kSaltSize);
    ScryptParams params{*log2N, *rr, *p};
    if (!salt || r.remaining() != kNonceSize + kWrappedSize || !scryptParamsAcceptable(params))
        return std::nullopt;
    return std::make_pair(params, *salt);
}

std::size_t passphrasePrefixSize()
{
    return 1 + 1 + 4 + 4 + 1 + kSaltSize;
}

std::size_t slotBodySize(SlotType type)
{
    return (type == SlotType::Passphrase ? passphrasePrefixSize() : 0) + kNonceSize + kWrappedSize;
}

}  // namespace detail

bool VaultKeys::hasSlot(SlotType type) const
{
    return findSlot(slots, type) != nullptr;
}

Result<VaultKeys> newVaultKeys(const RandomSource& random)
{
    VaultKeys keys;
    keys.masterKey.resize(kKeySize);
    if (auto r = random(keys.masterKey); !r)
        return r.error();
    return keys;
}

Result<void> setKeystoreSlot(VaultKeys& keys, std::span<const std::uint8_t> wrappingKey,
                             const RandomSource& random)
{
    auto body = wrap(SlotType::Keystore, {}, wrappingKey, keys, random);
    if (!body)
        return body.error();
    putSlot(keys, SlotType::Keystore, std::move(body).value());
    return {};
}

Result<void> setPassphraseSlot(VaultKeys& keys, const SecureString& passphrase,
                               const ScryptParams& params, const RandomSource& random)
{
    std::array<std::uint8_t, kSaltSize> salt{};
    if (auto r = random(salt); !r)
        return r.error();
    auto derived = deriveScryptKey(passphrase, salt, params);
    if (!derived)
        return derived.error();
    SecureBytes prefixBuf;
    Writer w(prefixBuf);
    w.u8(kKdfScrypt);
    w.u8(params.log2N);
    w.u32(params.r);
    w.u32(params.p);
    w.u8(static_cast<std::uint8_t>(kSaltSize));
    w.bytes(salt);
    auto body =
        wrap(SlotType::Passphrase, {prefixBuf.begin(), prefixBuf.end()}, *derived, keys, random);
    if (!body)
        return body.error();
    putSlot(keys, SlotType::Passphrase, std::move(body).value());
    return {};
}

void removeSlot(VaultKeys& keys, SlotType type)
{
    const auto t = static_cast<std::uint8_t>(type);
    std::erase_if(keys.slots, [t](const KeySlot& s) { return s.type == t; });
}

Result<VaultKeys> unlockWithPassphrase(const VaultFile& file, const SecureString& passphrase)
{
    const KeySlot* slot = findSlot(file.slots, SlotType::Passphrase);
    if (slot == nullptr)
        return Error{ErrorCode::VaultNoSuchSlot, "the vault has no passphrase slot"};
    auto prefix = detail::parsePassphrasePrefix(slot->body);
    if (!prefix)
        return Error{ErrorCode::VaultDamaged, "vault damaged: bad passphrase slot"};
    auto derived = deriveScryptKey(passphrase, prefix->second, prefix->first);
    if (!derived)
        return derived.error();
    VaultKeys keys;
    switch (unwrap(*slot, detail::passphrasePrefixSize(), *derived, keys.masterKey)) {
    case OpenStatus::Ok: break;
    case OpenStatus::AuthenticationFailed:
        return Error{ErrorCode::VaultWrongPassphrase, "wrong passphrase"};
    case OpenStatus::CryptoFailure:
        return Error{ErrorCode::VaultCrypto, "AES-256-GCM failed while opening the slot"};
    }
    keys.slots = file.slots;
    return keys;
}

Result<VaultKeys> unlockWithKeystoreKey(const VaultFile& file,
                                        std::span<const std::uint8_t> wrappingKey)
{
    const KeySlot* slot = findSlot(file.slots, SlotType::Keystore);
    if (slot == nullptr)
        return Error{ErrorCode::VaultNoSuchSlot, "the vault has no OS keystore slot"};
    if (wrappingKey.size() != kKeySize)
        return Error{ErrorCode::VaultKeystoreKeyMismatch,
                     "the key in the OS keystore has the wrong size (" +
                         std::to_string(wrappingKey.size()) + " bytes)"};
    VaultKeys keys;
    switch (unwrap(*slot, 0, wrappingKey, keys.masterKey)) {
    case OpenStatus::Ok: break;
    case OpenStatus::AuthenticationFailed:
        return Error{ErrorCode::VaultKeystoreKeyMismatch,
                     "the key in the OS keystore does not open this vault"};
    case OpenStatus::CryptoFailure:
        return Error{ErrorCode::VaultCrypto, "AES-256-GCM failed while opening the slot"};
    }
    keys.slots = file.slots;
    return keys;
}

}  // namespace otp::vault
