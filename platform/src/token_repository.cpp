#include "platform/token_repository.h"

#include <algorithm>
#include <limits>
#include <utility>

#include "otp/uri_generators.h"

namespace platform {

namespace vault = otp::vault;
using otp::Error;
using otp::ErrorCode;
using otp::Result;

namespace {

Error noSuchToken(std::uint64_t id)
{
    return Error{ErrorCode::VaultNoSuchToken, "no token with id " + std::to_string(id)};
}

// The stored order follows the list: decode sorts by it, so a moved or restored token must not
// keep a number that puts it back where it was.
void renumber(vault::Vault& v)
{
    for (std::size_t i = 0; i < v.tokens.size(); ++i)
        v.tokens[i].order = static_cast<std::uint32_t>(i);
}

}  // namespace

Result<std::uint64_t> TokenRepository::addToken(otp::KeyUri uri, std::int64_t created)
{
    vault::Vault changed = vault();
    const std::uint64_t id = vault::addToken(changed, std::move(uri), created);
    if (auto ok = save(std::move(changed)); !ok)
        return ok.error();
    return id;
}

Result<void> TokenRepository::removeToken(std::uint64_t id)
{
    vault::Vault changed = vault();
    if (auto ok = vault::removeToken(changed, id); !ok)
        return ok;
    return save(std::move(changed));
}

Result<void> TokenRepository::restoreToken(vault::Token token, std::size_t position)
{
    if (vault::findToken(vault(), token.id) >= 0)
        return Error{ErrorCode::VaultIo,
                     "a token with id " + std::to_string(token.id) + " is already saved"};
    vault::Vault changed = vault();
    changed.nextId = std::max(changed.nextId, token.id + 1);
    position = std::min(position, changed.tokens.size());
    changed.tokens.insert(changed.tokens.begin() + static_cast<std::ptrdiff_t>(position),
                          std::move(token));
    renumber(changed);
    return save(std::move(changed));
}

Result<void> TokenRepository::replaceToken(std::uint64_t id, otp::KeyUri uri)
{
    const std::ptrdiff_t index = vault::findToken(vault(), id);
    if (index < 0)
        return noSuchToken(id);
    vault::Vault changed = vault();
    vault::Token& token = changed.tokens[static_cast<std::size_t>(index)];
    token.serial = otp::effectiveSerial(uri);
    token.uri = std::move(uri);
    return save(std::move(changed));
}

Result<void> TokenRepository::renameToken(std::uint64_t id, std::string issuer, std::string account)
{
    const std::ptrdiff_t index = vault::findToken(vault(), id);
    if (index < 0)
        return noSuchToken(id);
    otp::KeyUri uri = vault().tokens[static_cast<std::size_t>(index)].uri;
    uri.issuer = std::move(issuer);
    uri.account = std::move(account);
    return replaceToken(id, std::move(uri));
}

Result<void> TokenRepository::moveToken(std::uint64_t id, std::size_t position)
{
    const std::ptrdiff_t index = vault::findToken(vault(), id);
    if (index < 0)
        return noSuchToken(id);
    vault::Vault changed = vault();
    position = std::min(position, changed.tokens.size() - 1);
    vault::Token token = std::move(changed.tokens[static_cast<std::size_t>(index)]);
    changed.tokens.erase(changed.tokens.begin() + index);
    changed.tokens.insert(changed.tokens.begin() + static_cast<std::ptrdiff_t>(position),
                          std::move(token));
    renumber(changed);
    return save(std::move(changed));
}

Result<std::string> TokenRepository::nextHotpCode(std::uint64_t id)
{
    const std::ptrdiff_t index = vault::findToken(vault(), id);
    if (index < 0)
        return noSuchToken(id);
    const otp::KeyUri& uri = vault().tokens[static_cast<std::size_t>(index)].uri;
    if (uri.counter == std::numeric_limits<std::uint64_t>::max())
        return Error{ErrorCode::UriBadCounter, "the HOTP counter is at its maximum"};
    auto generator = otp::hotpGeneratorFor(uri);
    if (!generator)
        return generator.error();
    std::string code = generator->code(uri.counter);
    vault::Vault changed = vault();
    changed.tokens[static_cast<std::size_t>(index)].uri.counter += 1;
    if (auto ok = save(std::move(changed)); !ok)
        return ok.error();
    return code;
}

otp::interop::DuplicateOf TokenRepository::findDuplicate(const otp::KeyUri& uri) const
{
    return otp::interop::findDuplicate(vault(), uri);
}

// Linear (planImport), so checking again costs milliseconds even for the largest import.
Result<std::size_t> TokenRepository::applyImport(const otp::interop::ImportPlan& plan,
                                                 std::int64_t created)
{
    const auto fresh = otp::interop::planImport(plan.found, vault());
    const std::size_t count = fresh.newCount();
    if (count == 0)
        return std::size_t{0};
    if (auto ok = save(otp::interop::mergeImport(vault(), fresh, created)); !ok)
        return ok.error();
    return count;
}

}  // namespace platform
