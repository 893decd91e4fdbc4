#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <utility>

#include "otp/vault/vault_crypto.h"
#include "otp/vault/vault_file.h"

namespace otp::vault::detail {

// The KDF parameters and salt at the start of a passphrase slot body, or nullopt if they are
// malformed or out of bounds.
std::optional<std::pair<ScryptParams, std::span<const std::uint8_t>>>
parsePassphrasePrefix(std::span<const std::uint8_t> body);

std::size_t passphrasePrefixSize();

// The exact body size of a known slot type.
std::size_t slotBodySize(SlotType type);

}  // namespace otp::vault::detail
