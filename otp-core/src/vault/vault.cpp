#include "otp/vault/vault.h"

#include <algorithm>
#include <utility>

namespace otp::vault {

std::uint64_t addToken(Vault& vault, KeyUri uri, std::int64_t created)
{
    std::uint32_t order = 0;
    for (const Token& t : vault.tokens)
        order = std::max(order, t.order + 1);
    std::uint64_t id = vault.nextId;
    for (const Token& t : vault.tokens)
        id = std::max(id, t.id + 1);
    vault.nextId = id + 1;
    Serial serial = effectiveSerial(uri);
    vault.tokens.push_back(Token{.id = id,
                                 .uri = std::move(uri),
                                 .serial = std::move(serial),
                                 .order = order,
                                 .created = created,
                                 .unknownFields = {}});
    return id;
}

void addTokens(Vault& vault, std::vector<KeyUri> uris, std::int64_t created)
{
    std::uint32_t order = 0;
    std::uint64_t id = vault.nextId;
    for (const Token& t : vault.tokens) {
        order = std::max(order, t.order + 1);
        id = std::max(id, t.id + 1);
    }
    vault.tokens.reserve(vault.tokens.size() + uris.size());
    for (KeyUri& uri : uris) {
        Serial serial = effectiveSerial(uri);
        vault.tokens.push_back(Token{.id = id++,
                                     .uri = std::move(uri),
                                     .serial = std::move(serial),
                                     .order = order++,
                                     .created = created,
                                     .unknownFields = {}});
    }
    vault.nextId = id;
}

std::ptrdiff_t findToken(const Vault& vault, std::uint64_t id)
{
    auto it = std::find_if(vault.tokens.begin(), vault.tokens.end(),
                           [id](const Token& t) { return t.id == id; });
    return it == vault.tokens.end() ? -1 : it - vault.tokens.begin();
}

Result<void> removeToken(Vault& vault, std::uint64_t id)
{
    std::ptrdiff_t index = findToken(vault, id);
    if (index < 0)
        return Error{ErrorCode::VaultNoSuchToken, "no token with id " + std::to_string(id)};
    vault.tokens.erase(vault.tokens.begin() + index);
    return {};
}

}  // namespace otp::vault
